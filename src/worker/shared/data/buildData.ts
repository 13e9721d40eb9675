// Turns a DataDescriptor into the trainer's splits, inside the worker: generates toy and regression sets, loads MNIST.
import { TOY_SETS, classRows, dataSampler, imbalancedRows, pseudoLabelled, featureRows, linearData, noisySine, polynomialData, type FeatureName } from '../../../engine/data';
import { kFoldSplits, splitTrainValidation, subset, type Dataset, type TrainData } from '../../../engine/train';
import { headSplit, sortedByLabel } from '../../../engine/train/ordered';
import { mnistRows, type LoadMnistOptions, type MnistLoadError, type MnistSplits } from './loadMnist';
import type { DataDescriptor } from '../protocol';

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
      // Only the digits the run uses become Float32 rows.
      train = mnistRows(splits.train, count(data.nTrain, 0, 'nTrain', splits.train.n));
      const nTest = count(data.nTest, 0, 'nTest', splits.test.n);
      if (nTest > 0) test = mnistRows(splits.test, nTest);
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
    case 'sine': {
      const options = { noise: data.noise };
      train = noisySine(dataSampler(data.seed, 0), { ...options, n: count(data.n, 0, 'n') });
      const nTest = count(data.nTest, 0, 'nTest');
      if (nTest > 0) test = noisySine(dataSampler(data.seed, 1), { ...options, n: nTest });
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
  if (data.keepClasses) {
    if (!(train.y instanceof Uint8Array) || (test && !(test.y instanceof Uint8Array))) throw new RangeError('keeping classes needs a labelled set');
    const { keep, perClass } = data.keepClasses;
    train = subset(train, classRows(train.y, keep, perClass));
    if (test) test = subset(test, classRows(test.y, keep));
  }
  if (data.rare) {
    if (!(train.y instanceof Uint8Array)) throw new RangeError('rare classes need a labelled set');
    train = subset(train, imbalancedRows(train.y, data.rare.classes, data.rare.share));
  }
  if (data.pseudo) {
    if (!(train.y instanceof Uint8Array)) throw new RangeError('pseudo-labels need a labelled set');
    train = pseudoLabelled({ ...train, y: train.y }, data.pseudo.keep, data.pseudo.rows, data.pseudo.labels);
  }
  if (data.sortByLabel) train = sortedByLabel(train);
  const splits = split(train, test, data);
  const all = data.extra ? { ...splits, train: withExtraRows(splits.train, data.extra) } : splits;
  return data.kind === 'toy' && data.features ? withFeatures(all, data.features) : all;
}

/** Every split of `data` (rows of (x₁, x₂)) with its rows mapped to `features` (engine featureRows): d becomes their count. */
export function withFeatures(data: TrainData, features: readonly FeatureName[]): TrainData {
  const map = (ds: Dataset): Dataset => {
    if (ds.d !== 2) throw new RangeError(`features need rows of (x₁, x₂), got ${ds.d} columns`);
    return { ...ds, x: featureRows(ds.x, features), d: features.length };
  };
  return {
    ...data,
    train: map(data.train),
    ...(data.validation ? { validation: map(data.validation) } : {}),
    ...(data.test ? { test: map(data.test) } : {}),
  };
}

/** The K-fold or fraction validation split the descriptor asks for (none: the rows as they are). */
function split(train: Dataset, test: Dataset | undefined, data: DataDescriptor): TrainData {
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

/**
 * `train` with k more rows at its end: extra.x is k×d row-major, extra.y the k labels (an integer class below 256 for a
 * labelled set) or targets (a regression set with one output column). Throws RangeError when the shapes disagree.
 */
export function withExtraRows(train: Dataset, extra: { x: readonly number[]; y: readonly number[] }): Dataset {
  const k = extra.y.length;
  if (extra.x.length !== k * train.d) throw new RangeError(`extra rows: ${k} rows of ${train.d} features need ${k * train.d} values, got ${extra.x.length}`);
  if (!extra.x.every(Number.isFinite)) throw new RangeError('extra rows: every coordinate must be finite');
  const x = new Float32Array((train.n + k) * train.d);
  x.set(train.x);
  x.set(extra.x, train.n * train.d);
  if (train.y instanceof Uint8Array) {
    if (!extra.y.every((c) => Number.isInteger(c) && c >= 0 && c < 256)) throw new RangeError('extra rows: labels must be integers in [0, 255]');
    const y = new Uint8Array(train.n + k);
    y.set(train.y);
    y.set(extra.y, train.n);
    return { x, y, n: train.n + k, d: train.d };
  }
  if (train.y.length !== train.n) throw new RangeError('extra rows: only regression sets with one target per row take extra rows');
  if (!extra.y.every(Number.isFinite)) throw new RangeError('extra rows: every target must be finite');
  const y = new Float32Array(train.n + k);
  y.set(train.y);
  y.set(extra.y, train.n);
  return { x, y, n: train.n + k, d: train.d };
}
