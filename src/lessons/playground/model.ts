// The playground's pure model: the run (data, network, hyperparameters) from the URL values, the plotted grid, and what changed.
import { featureRows, orderedFeatures, type FeatureName } from '../../engine/data';
import type { ActivationName, ModelSpec } from '../../engine/nn';
import type { HyperUpdate } from '../../engine/train';
import type { PopulationConfig } from '../../components/run';
import type { DataDescriptor } from '../../components/run';
import { initOf } from '../gradients/model';
import { hyperFrom } from '../../state/hyperFrom';
import { PLANE, playgroundParams, type PlaygroundValues } from './params';

/** Points generated per data set (train + test); the `train` share of them trains. */
export const TOTAL_POINTS = 400;
/** Cells per side of the heat map's grid and of the boundary table's coarser one. */
export const GRID = 48;
export const TABLE_GRID = 21;
/** Hidden layers the per-layer dropout overrides cover. */
export const MAX_DEPTH = 6;

type V = PlaygroundValues;
const ACT: Record<string, ActivationName> = { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'relu', leaky: 'leaky-relu' };

export const isRegression = (v: Pick<V, 'data'>) => v.data === 'sine';

/** The network's input features of a plane set, in input order (the sine set has one input, x, and no features). */
export function featuresOf(v: Pick<V, 'feat'>): FeatureName[] {
  const f = orderedFeatures(v.feat);
  return f.length ? f : ['x1', 'x2'];
}

/** The raw coordinates alone: the inputs of a link written before features existed. */
const rawInputs = (f: readonly FeatureName[]) => f.length === 2 && f[0] === 'x1' && f[1] === 'x2';

/**
 * The network's inputs at plane points: m×2 (x₁, x₂) mapped to m×k features (featuresOf); the regression set's m×1 x and
 * the raw coordinates (x₁, x₂) come back as they are.
 */
export function inputsAt(points: Float32Array, v: Pick<V, 'data' | 'feat'>): Float32Array {
  const f = featuresOf(v);
  return isRegression(v) || rawInputs(f) ? points : featureRows(points, f);
}

/** Training and test rows out of TOTAL_POINTS (added points come on top of the training rows). */
export function splitSizes(train: number): { nTrain: number; nTest: number } {
  const nTrain = Math.min(TOTAL_POINTS - 1, Math.max(1, Math.round(TOTAL_POINTS * train)));
  return { nTrain, nTest: TOTAL_POINTS - nTrain };
}

/** The added points as extra training rows: (x, y) with class c for a classification set, (x → y) for the regression set. */
export function extraRows(v: Pick<V, 'data' | 'pts'>): { x: number[]; y: number[] } {
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i + 2 < v.pts.length; i += 3) {
    if (isRegression(v)) {
      x.push(v.pts[i]);
      y.push(v.pts[i + 1]);
    } else {
      x.push(v.pts[i], v.pts[i + 1]);
      y.push(v.pts[i + 2]);
    }
  }
  return { x, y };
}

/**
 * The data descriptor: TOTAL_POINTS of the chosen set from dataSeed, a shuffled share 1 − train of them held out (the
 * worker's validation split, keyed by dataSeed: the page calls it the test set; held-out points lie between the
 * training points, as in TensorFlow Playground), the added points appended to the training rows.
 */
export function dataOf(v: Pick<V, 'data' | 'noise' | 'train' | 'dataSeed' | 'pts' | 'feat'>): DataDescriptor {
  const { nTest } = splitSizes(v.train);
  // (nTest + ½)/TOTAL so that ⌊fraction·TOTAL⌋ is exactly nTest whatever the rounding.
  const held = { validation: (nTest + 0.5) / TOTAL_POINTS, splitSeed: v.dataSeed };
  const extra = v.pts.length ? { extra: extraRows(v) } : {};
  if (isRegression(v)) return { kind: 'sine', seed: v.dataSeed, n: TOTAL_POINTS, noise: v.noise, ...held, ...extra };
  const name = v.data === 'circles' || v.data === 'xor' || v.data === 'blobs' ? v.data : 'spirals';
  const f = featuresOf(v);
  // The raw coordinates are left out, so that a link without features builds the very descriptor it always did.
  const features = rawInputs(f) ? {} : { features: f };
  return { kind: 'toy', name, n: TOTAL_POINTS, noise: v.noise, seed: v.dataSeed, ...held, ...extra, ...features };
}

/** The points as drawn on the plot: dataOf without the features, so every row is a point (x₁, x₂) (or x → y). */
export function plotDataOf(v: Pick<V, 'data' | 'noise' | 'train' | 'dataSeed' | 'pts'>): DataDescriptor {
  return dataOf({ ...v, feat: ['x1', 'x2'] });
}

/** Dropout ratio of each hidden layer: its override p.l when ≥ 0, else the common p. */
export function dropoutOf(v: V): number[] {
  const per = [v['p.1'], v['p.2'], v['p.3'], v['p.4'], v['p.5'], v['p.6']];
  return Array.from({ length: v.depth }, (_, l) => (per[l] >= 0 ? per[l] : v.dropout));
}

/** The network: one input per feature (1, x, for regression) → depth × units (act) → 2 classes (softmax-ce) or 1 value (mse). */
export function specOf(v: V): ModelSpec {
  const reg = isRegression(v);
  return {
    inputSize: reg ? 1 : featuresOf(v).length,
    hidden: Array.from({ length: v.depth }, () => ({ units: v.units, activation: ACT[v.act] ?? 'tanh' })),
    outputSize: reg ? 1 : 2,
    init: initOf(v.init, v.std),
    loss: reg ? 'mse' : 'softmax-ce',
    batchNorm: v.bn === 'before' || v.bn === 'after' ? v.bn : 'none',
    dropout: dropoutOf(v),
  };
}

/**
 * Every hyperparameter setHyper can change mid-run: those bound in the parameter table (optimizer, lr, ρ, β₁, β₂, batch,
 * L1, L2, clipping); γ from the selected optimizer's group (RMSProp's decay when RMSProp runs, momentum's γ otherwise);
 * the dropout ratios computed per layer (dropoutOf).
 */
export function hyperOf(v: V): HyperUpdate {
  return {
    ...hyperFrom(playgroundParams, v),
    ...hyperFrom(playgroundParams, v, v.opt === 'rmsprop' ? 'rmsprop' : 'momentum'),
    dropout: dropoutOf(v),
  };
}

/** The run: a population of one member (seed, hyperOf) evaluated on train and test every epoch. */
export function runOf(v: V): PopulationConfig {
  return {
    spec: specOf(v),
    data: dataOf(v),
    options: { epochs: v.epochs, evalEachEpoch: true },
    members: [{ seed: v.seed, hyper: hyperOf(v) }],
  };
}

/** What needs a fresh run: the network, the data, the budget and the seed (not the hyperparameters, nor dropout). */
export function restartKey(v: V): string {
  const { dropout, ...spec } = specOf(v);
  void dropout;
  return JSON.stringify({ spec, data: dataOf(v), epochs: v.epochs, seed: v.seed });
}

export type ChangeKind = 'restart' | 'hyper';

/** Which kind of change turned `prev` into `next`: a restart (restartKey differs), a mid-run hyperparameter change, or none. */
export function changeKind(prev: V, next: V): ChangeKind | null {
  if (restartKey(prev) !== restartKey(next)) return 'restart';
  return JSON.stringify(hyperOf(prev)) !== JSON.stringify(hyperOf(next)) ? 'hyper' : null;
}

/** Updates per epoch: ⌈training rows / batch⌉. */
export function stepsPerEpoch(v: V): number {
  return Math.ceil((splitSizes(v.train).nTrain + v.pts.length / 3) / v.batch);
}

/** Epochs per second of each `speed` (0: no limit). */
const EPOCHS_PER_SECOND: Record<string, number> = { slow: 5, normal: 20, fast: 100, max: 0 };

/** The cap on updates per second while playing (0 = none): the speed's epochs per second × updates per epoch. */
export function stepsPerSecondOf(v: V): number {
  return (EPOCHS_PER_SECOND[v.speed] ?? 20) * stepsPerEpoch(v);
}

/** Centre of cell i of g across [−PLANE, PLANE]. */
export const cellCentre = (i: number, g: number) => -PLANE + ((i + 0.5) * 2 * PLANE) / g;
/** Grid node i of g (ends included) across [−PLANE, PLANE], rounded to 6 decimals (table values). */
export const gridNode = (i: number, g: number) => Math.round((-PLANE + (i * 2 * PLANE) / (g - 1)) * 1e6) / 1e6;

/**
 * The points one unitOutputs request asks about: first the plot's grid, then the boundary table's. For the plane,
 * GRID×GRID cell centres row-major with row 0 at the top (x₂ = +PLANE), then a TABLE_GRID×TABLE_GRID lattice with both
 * ends included, x₁ fastest, x₂ from −PLANE up (shape m×2); for the regression set, GRID cell centres along x, then
 * TABLE_GRID nodes (shape m×1). gridCount and tableCount say how many rows each part has.
 */
export function queryPoints(regression: boolean): { points: Float32Array; gridCount: number; tableCount: number } {
  if (regression) {
    const points = new Float32Array(GRID + TABLE_GRID);
    for (let i = 0; i < GRID; i++) points[i] = cellCentre(i, GRID);
    for (let i = 0; i < TABLE_GRID; i++) points[GRID + i] = gridNode(i, TABLE_GRID);
    return { points, gridCount: GRID, tableCount: TABLE_GRID };
  }
  const gridCount = GRID * GRID;
  const tableCount = TABLE_GRID * TABLE_GRID;
  const points = new Float32Array(2 * (gridCount + tableCount));
  for (let r = 0; r < GRID; r++) for (let c = 0; c < GRID; c++) {
    points[2 * (r * GRID + c)] = cellCentre(c, GRID);
    points[2 * (r * GRID + c) + 1] = -cellCentre(r, GRID);
  }
  for (let r = 0; r < TABLE_GRID; r++) for (let c = 0; c < TABLE_GRID; c++) {
    const i = gridCount + r * TABLE_GRID + c;
    points[2 * i] = gridNode(c, TABLE_GRID);
    points[2 * i + 1] = gridNode(r, TABLE_GRID);
  }
  return { points, gridCount, tableCount };
}

/** Rows from … to − 1 of an m×w row-major block of m rows. */
export function rowsOf(a: Float32Array, m: number, from: number, to: number): Float32Array {
  const w = m > 0 ? a.length / m : 0;
  return a.subarray(from * w, to * w);
}

/** A row of the classification boundary table: P(class 1) at the lattice node (x₁, x₂). */
export interface BoundaryRow {
  x1: number;
  x2: number;
  p: number;
}

/** A row of the regression boundary table: the prediction ŷ at the node x. */
export interface RegressionRow {
  x: number;
  y_hat: number;
}

/** The boundary table, classification or regression (the flag tells which rows it holds). */
export type BoundaryTable = { regression: false; rows: BoundaryRow[] } | { regression: true; rows: RegressionRow[] };

/**
 * The boundary table from the table part of a queryPoints request's output (null: no rows yet): one row per lattice node
 * (classification, output m×2) or per node of the line (regression, output m×1).
 */
export function boundaryRows(output: Float32Array | null, regression: boolean, gridCount: number): BoundaryTable {
  if (regression) {
    const rows: RegressionRow[] = [];
    if (output) for (let k = 0; k < TABLE_GRID; k++) rows.push({ x: gridNode(k, TABLE_GRID), y_hat: output[gridCount + k] });
    return { regression, rows };
  }
  const rows: BoundaryRow[] = [];
  if (output) for (let k = 0; k < TABLE_GRID * TABLE_GRID; k++) {
    rows.push({ x1: gridNode(k % TABLE_GRID, TABLE_GRID), x2: gridNode(Math.floor(k / TABLE_GRID), TABLE_GRID), p: output[2 * (gridCount + k) + 1] });
  }
  return { regression, rows };
}

/** P(class 1) of the first `count` rows of a softmax output (m×2). */
export function classOneProbability(output: Float32Array, count: number): Float32Array {
  return Float32Array.from({ length: count }, (_, i) => output[2 * i + 1]);
}
