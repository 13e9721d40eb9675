// Pure model of the fine-tuning lesson (survey §8: fine-tune a pre-trained model): a 784-100-100-10 ReLU net pre-trained on
// the digits 0–4, then trained on 5–9 with k examples per class, from the pre-trained weights (new output layer, lower layers
// frozen or slowed) and from scratch, several seeds of each, as one population; accuracy per (k, way) and the crossover.
import type { ModelSpec } from '../../engine/nn/spec';
import type { MemberConfig } from '../../engine/train/populationTypes';
import type { PopulationConfig } from '../../components/run';

export const OLD = [0, 1, 2, 3, 4];
export const NEW = [5, 6, 7, 8, 9];
/** The k of the accuracy-against-k figure (the slider's k joins them). */
export const K_SWEEP = [1, 3, 10, 30, 100] as const;
export const K_MAX = 100;
/** MNIST training digits read for the 5–9 set: enough for 100 of each digit. */
export const N_NEW_POOL = 2000;
export const LR = 0.001;
export const BATCH = 50;
/** Mini-batch on 5–9. */
export const FT_BATCH = 10;
/** Updates per epoch on 5–9: 5 digits × K_MAX rows / FT_BATCH. */
export const UPDATES_PER_EPOCH = (NEW.length * K_MAX) / FT_BATCH;
/** The learning-rate factor of the hidden layers when they are slowed rather than frozen. */
export const SLOW = 0.1;
export const METHODS = ['fine-tune', 'scratch'] as const;
export type Method = (typeof METHODS)[number];
export type Lower = 'frozen' | 'first' | 'slow';

export const SPEC: ModelSpec = {
  inputSize: 784,
  hidden: [
    { units: 100, activation: 'relu' },
    { units: 100, activation: 'relu' },
  ],
  outputSize: 10,
  init: { scheme: 'he' },
  loss: 'softmax-ce',
};

/** The pre-training run: every 0–4 among the first `pre` MNIST training digits, Adam η = 0.001, batch 50; tested on the 0–4 of the test digits. */
export function pretrainConfig(q: { pre: number; preEpochs: number; test: number; seed: number }): PopulationConfig {
  return {
    spec: SPEC,
    data: { kind: 'mnist', nTrain: q.pre, nTest: q.test, keepClasses: { keep: OLD } },
    options: { epochs: q.preEpochs, evalEachEpoch: true, evalTrainSamples: 500 },
    members: [{ seed: q.seed, hyper: { optimizer: 'adam', lr: LR, batchSize: BATCH } }],
  };
}

/** The k values the population trains: the sweep and the slider's k, ascending. */
export function kValues(k: number): number[] {
  return [...new Set([...K_SWEEP, k])].sort((a, b) => a - b);
}

/** One member's place in the population. */
export interface MemberKey {
  k: number;
  method: Method;
  seed: number;
}

/** Member order: for each k (ascending), for each way, for each seed. */
export function memberKeys(q: { k: number; seeds: number; seed: number }): MemberKey[] {
  return kValues(q.k).flatMap((k) => METHODS.flatMap((method) => Array.from({ length: q.seeds }, (_, s) => ({ k, method, seed: q.seed + s }))));
}

/**
 * Per-layer learning-rate factors of a fine-tuned member: both hidden layers frozen (0), only the first frozen (the second
 * trains at the full rate), or both slowed (SLOW); the new output layer always 1.
 */
export function lrFactors(lower: Lower): number[] {
  if (lower === 'frozen') return [0, 0, 1];
  if (lower === 'first') return [0, 1, 1];
  return [SLOW, SLOW, 1];
}

/**
 * The population on 5–9: the first 100 of each digit among N_NEW_POOL training digits (member k trains on the first k of
 * each, hyper.perClass, repeated to 100 per digit per epoch: every member takes the same updates), tested on the 5–9 among the first `test` test digits. A fine-tuned member starts from `pretrained`
 * (output layer redrawn from its seed) with lrFactors(lower); a scratch member draws all its weights. Same η, batch and epochs.
 */
export function fineTuneConfig(q: { k: number; lower: Lower; seeds: number; epochs: number; test: number; seed: number }, pretrained: Float32Array): PopulationConfig {
  const members: MemberConfig[] = memberKeys(q).map(({ k, method, seed }) => ({
    seed,
    hyper: {
      optimizer: 'adam',
      lr: LR,
      batchSize: FT_BATCH,
      perClass: k,
      perClassCycle: K_MAX,
      ...(method === 'fine-tune' ? { lrFactors: lrFactors(q.lower) } : {}),
    },
    ...(method === 'fine-tune' ? { start: { params: pretrained } } : {}),
  }));
  return {
    spec: SPEC,
    data: { kind: 'mnist', nTrain: N_NEW_POOL, nTest: q.test, keepClasses: { keep: NEW, perClass: K_MAX } },
    options: { epochs: q.epochs, evalEachEpoch: true, evalTrainSamples: 0 },
    members,
  };
}

/** A row of the accuracy table. */
export interface AccuracyRow {
  k: number;
  method: Method;
  seed: number;
  test_acc: number;
}

/** Mean test accuracy of each (k, way) over its seeds (NaN where no seed has a value), k ascending. */
export function meanByK(rows: readonly AccuracyRow[]): { k: number; fineTune: number; scratch: number }[] {
  const ks = [...new Set(rows.map((r) => r.k))].sort((a, b) => a - b);
  const mean = (k: number, m: Method) => {
    const xs = rows.filter((r) => r.k === k && r.method === m && Number.isFinite(r.test_acc)).map((r) => r.test_acc);
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
  };
  return ks.map((k) => ({ k, fineTune: mean(k, 'fine-tune'), scratch: mean(k, 'scratch') }));
}

/**
 * Where the mean curves cross: the first k (linear in log k between two measured k) at which the sign of scratch − fine-tune
 * changes between neighbouring k (a zero counts as the later sign), or null when it never does.
 */
export function crossover(means: readonly { k: number; fineTune: number; scratch: number }[]): number | null {
  const pts = means.filter((m) => Number.isFinite(m.fineTune) && Number.isFinite(m.scratch));
  for (let i = 1; i < pts.length; i++) {
    const d0 = pts[i - 1].scratch - pts[i - 1].fineTune;
    const d = pts[i].scratch - pts[i].fineTune;
    if (d0 < 0 === d < 0) continue;
    const t = -d0 / (d - d0);
    return Math.exp(Math.log(pts[i - 1].k) + t * (Math.log(pts[i].k) - Math.log(pts[i - 1].k)));
  }
  return null;
}

/** Which way leads at every measured k ('fine-tune' or 'scratch'; a tie counts for scratch), or null when the lead changes. */
export function leader(means: readonly { k: number; fineTune: number; scratch: number }[]): Method | null {
  const pts = means.filter((m) => Number.isFinite(m.fineTune) && Number.isFinite(m.scratch));
  if (!pts.length) return null;
  if (pts.every((m) => m.fineTune > m.scratch)) return 'fine-tune';
  if (pts.every((m) => m.fineTune <= m.scratch)) return 'scratch';
  return null;
}
