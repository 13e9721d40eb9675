// Turns a DataDescriptor into the trainer's splits, inside the worker: generates toy and regression sets, loads MNIST.
import { TOY_SETS, dataSampler, linearData, polynomialData, takeRows } from '../engine/data';
import { kFoldSplits, splitTrainValidation, type Dataset, type TrainData } from '../engine/train';
import { headSplit, sortedByLabel } from '../engine/train/ordered';
import type { LoadMnistOptions, MnistLoadError, MnistSplits } from './data/loadMnist';
import type { DataDescriptor } from './protocol';

/** The MNIST loader the worker uses (loadMnist in the browser, a Node reader in tests). */
export type MnistLoader = (options: LoadMnistOptions) => Promise<MnistSplits>;

/** Thrown when the data cannot be loaded; carries the loader's error. */
export class DataLoadError extends Error {
  readonly file?: string;
  readonly loadCode?: string;

  constructor(cause: unknown) {
    const e = cause as Partial<MnistLoadError>;
    super(typeof e?.message === 'string' ? e.message : String(cause), { cause });
    this.name = 'DataLoadError';
    this.file = typeof e?.file === 'string' ? e.file : undefined;
    this.loadCode = typeof e?.code === 'string' ? e.code : undefined;
  }
}

function count(value: number | undefined, fallback: number, what: string, max = Infinity): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > max) throw new RangeError(`${what} must be an integer in [0, ${max}], got ${n}`);
  return n;
}

/**
 * Builds the splits `data` describes. Throws RangeError on an impossible descriptor and DataLoadError when
 * MNIST cannot be loaded (onProgress sees the download's bytes).
 */
export async function buildData(
  data: DataDescriptor,
  loadMnist: MnistLoader,
  onProgress?: (received: number, total: number) => void,
): Promise<TrainData> {
  let train: Dataset;
  let test: Dataset | undefined;
  switch (data.kind) {
    case 'mnist': {
      let splits: MnistSplits;
      try {
        splits = await loadMnist({ baseUrl: data.baseUrl, onProgress: onProgress && ((p) => onProgress(p.received, p.total)) });
      } catch (cause) {
        throw new DataLoadError(cause);
      }
      train = takeRows(splits.train, 0, count(data.nTrain, 0, 'nTrain', splits.train.n));
      const nTest = count(data.nTest, 0, 'nTest', splits.test.n);
      if (nTest > 0) test = takeRows(splits.test, 0, nTest);
      break;
    }
    case 'toy': {
      const make = TOY_SETS[data.name];
      if (!make) throw new RangeError(`unknown toy set ${String(data.name)}`);
      const options = { noise: data.noise, classes: data.classes, turns: data.turns };
      train = make(dataSampler(data.seed, 0), { ...options, n: count(data.n, 0, 'n') });
      const nTest = count(data.nTest, 0, 'nTest');
      if (nTest > 0) test = make(dataSampler(data.seed, 1), { ...options, n: nTest });
      break;
    }
    case 'polynomial': {
      const set = polynomialData(dataSampler(data.seed, 0), data);
      train = set.train;
      test = set.test.n > 0 ? set.test : undefined;
      break;
    }
    case 'linear': {
      const set = linearData(dataSampler(data.seed, 0), data);
      train = set.train;
      test = set.test.n > 0 ? set.test : undefined;
      break;
    }
    default:
      throw new RangeError(`unknown data kind ${String((data as { kind?: unknown }).kind)}`);
  }
  if (data.sortByLabel) train = sortedByLabel(train);
  if (data.fold) {
    const { k, index } = data.fold;
    if (!Number.isInteger(index) || index < 0 || index >= k) throw new RangeError(`fold index must be an integer in [0, ${k - 1}], got ${index}`);
    return { ...kFoldSplits(train, k, data.splitSeed ?? 0)[index], test };
  }
  const fraction = data.validation ?? 0;
  if (fraction > 0) {
    const split = data.shuffleSplit === false ? headSplit(train, fraction) : splitTrainValidation(train, fraction, data.splitSeed ?? 0);
    return { train: split.train, validation: split.validation, test };
  }
  return { train, test };
}
