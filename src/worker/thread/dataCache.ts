// A worker's data sets, built and verified once and kept: splits by data descriptor (MNIST itself is downloaded once per worker by loadMnist).
import type { TrainData } from '../../engine/train';
import { buildData, type MnistLoader } from '../shared/data/buildData';
import type { DataDescriptor } from '../shared/protocol';

/** The splits of a descriptor, built at most once while kept; keeps the `capacity` most recently used (default 6). */
export class DataCache {
  /** Built splits by descriptor (JSON), most recently used last. */
  private readonly built = new Map<string, Promise<TrainData>>();
  /** How many times splits were built (not taken from the cache). */
  builds = 0;

  constructor(
    private readonly loadMnist: MnistLoader,
    private readonly capacity = 6,
  ) {}

  /** The splits of `descriptor`: from the cache, or built now. A failed build is not kept, so asking again retries. */
  get(descriptor: DataDescriptor, onProgress?: (received: number, total: number) => void): Promise<TrainData> {
    const key = JSON.stringify(descriptor);
    let entry = this.built.get(key);
    if (entry) {
      this.built.delete(key);
    } else {
      this.builds++;
      const started = buildData(descriptor, this.loadMnist, onProgress);
      started.catch(() => {
        if (this.built.get(key) === started) this.built.delete(key);
      });
      entry = started;
    }
    this.built.set(key, entry);
    while (this.built.size > this.capacity) this.built.delete(this.built.keys().next().value as string);
    return entry;
  }
}
