// Activation histograms per layer of Gaussian inputs through L dense layers, for a chosen activation and weight scale (seed 004 §二).
import { STREAM, gaussian, streamWord } from '../rng';
import { ACTIVATIONS } from '../nn/activations';
import { matmulBias } from '../nn/matmul';

export type InitActivation = 'sigmoid' | 'tanh' | 'relu';
export type InitScheme = 'std1' | 'std001' | 'xavier' | 'he' | 'custom';

export interface HistogramParams {
  act: InitActivation;
  init: InitScheme;
  /** Weight std when init = 'custom'. */
  std: number;
  layers: number;
  units: number;
  seed: number;
  /** Input rows (the book uses 1000). */
  samples?: number;
  /** Bins per histogram (30, as in the book). */
  bins?: number;
}

/** A value counts as saturated when a sigmoid output is within this of 0 or 1 (tanh: of ±1). */
export const SATURATION = 0.01;

/** One layer's activation histogram and the numbers the lesson reads out. */
export interface LayerReading {
  layer: number;
  /** Bin edges lo + i·(hi − lo)/bins. */
  lo: number;
  hi: number;
  counts: Uint32Array;
  mean: number;
  std: number;
  /** Share of sigmoid/tanh outputs within SATURATION of the asymptotes (0 for ReLU). */
  saturated: number;
  /** Share of exact zeros (dead ReLU units' outputs; 0 for sigmoid/tanh). */
  dead: number;
}

/** The weight standard deviation of a scheme for fan-in n. */
export function weightStd(init: InitScheme, n: number, custom: number): number {
  switch (init) {
    case 'std1':
      return 1;
    case 'std001':
      return 0.01;
    case 'xavier':
      return Math.sqrt(1 / n);
    case 'he':
      return Math.sqrt(2 / n);
    case 'custom':
      return custom;
  }
}

/** Histogram range of an activation's outputs: [0, 1], [−1, 1], or [0, largest value seen] for ReLU. */
function rangeOf(act: InitActivation, values: Float64Array): [number, number] {
  if (act === 'sigmoid') return [0, 1];
  if (act === 'tanh') return [-1, 1];
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return [0, max > 0 ? max : 1];
}

/**
 * Runs x (samples×units, N(0, 1)) through `layers` layers a_l = f(a_{l−1} W_l), W_l ~ N(0, σ²) with no bias,
 * as in the book's experiment, and bins each layer's activations. Inputs come from STREAM.data, weights from
 * STREAM.init (sub-stream = layer), so the same seed gives the same figure on every backend.
 */
export function activationHistograms(p: HistogramParams): LayerReading[] {
  const n = p.samples ?? 1000;
  const u = p.units;
  const bins = p.bins ?? 30;
  for (const [name, v] of [['layers', p.layers], ['units', u], ['samples', n], ['bins', bins]] as const) {
    if (!Number.isInteger(v) || v < 1) throw new RangeError(`${name} must be a positive integer, got ${v}`);
  }
  if (!(p.act in ACTIVATIONS)) throw new RangeError(`unknown activation ${String(p.act)}`);
  if (p.init === 'custom' && !(Number.isFinite(p.std) && p.std >= 0)) throw new RangeError(`std must be a finite number ≥ 0, got ${p.std}`);
  const act = ACTIVATIONS[p.act];
  const std = weightStd(p.init, u, p.std);
  let [a, z] = scratch(n * u);
  const out: LayerReading[] = [];
  for (let l = 0; l < p.layers; l++) {
    // W = σ·G with G ~ N(0, 1) fixed by (seed, layer): z = a·W = σ·(a·G), so only σ changes with the scheme. The first
    // layer's a·G (inputs times G₁) is the same for every scheme and activation: it is computed once and kept.
    if (l === 0) z.set(firstProduct(p.seed, n, u));
    else matmulBias(a, standardNormals(p.seed, STREAM.init, l, u * u), null, z, n, u, u);
    for (let i = 0; i < z.length; i++) z[i] *= std;
    act.forward(z, z, z.length, 0);
    [a, z] = [z, a];
    out.push(readLayer(l, p.act, a, bins));
  }
  return out;
}

/** Two work arrays of `length` (reused between calls: a recompute allocates nothing); only their counts leave. */
let work: [Float64Array, Float64Array] = [new Float64Array(0), new Float64Array(0)];
function scratch(length: number): [Float64Array, Float64Array] {
  if (work[0].length !== length) work = [new Float64Array(length), new Float64Array(length)];
  return work;
}

/** The last few first-layer products X·G₁ (samples × units), keyed by (seed, samples, units) — do not modify. */
const productCache = new Map<string, Float64Array>();
const CACHE_PRODUCTS = 4;

/** X·G₁ for X = the n×u standard-normal inputs (STREAM.data) and G₁ = the layer-0 normals (STREAM.init, sub-stream 0). */
function firstProduct(seed: number, n: number, u: number): Float64Array {
  const key = `${seed}:${n}:${u}`;
  let product = productCache.get(key);
  if (!product) {
    product = new Float64Array(n * u);
    matmulBias(standardNormals(seed, STREAM.data, 0, n * u), standardNormals(seed, STREAM.init, 0, u * u), null, product, n, u, u);
    if (productCache.size >= CACHE_PRODUCTS) productCache.delete(productCache.keys().next().value!);
    productCache.set(key, product);
  }
  return product;
}

/** The last few standard-normal blocks drawn, keyed by (seed, stream, sub, length): sliders reuse them. */
const normalCache = new Map<string, Float64Array>();
const CACHE_BLOCKS = 24;

/** length draws gaussian(seed, streamWord(stream, sub), i), i < length — cached, do not modify. */
function standardNormals(seed: number, stream: number, sub: number, length: number): Float64Array {
  const key = `${seed}:${stream}:${sub}:${length}`;
  let g = normalCache.get(key);
  if (!g) {
    g = new Float64Array(length);
    const word = streamWord(stream, sub);
    for (let i = 0; i < length; i++) g[i] = gaussian(seed, word, i);
    if (normalCache.size >= CACHE_BLOCKS) normalCache.delete(normalCache.keys().next().value!);
    normalCache.set(key, g);
  }
  return g;
}

function readLayer(layer: number, act: InitActivation, values: Float64Array, bins: number): LayerReading {
  const [lo, hi] = rangeOf(act, values);
  const counts = new Uint32Array(bins);
  const scale = bins / (hi - lo);
  const top = bins - 1;
  let sum = 0, sumSq = 0, saturated = 0, dead = 0;
  // An indexed loop with the clamping written out (the recompute runs this over every activation of every layer): bin
  // min(bins − 1, max(0, ⌊(v − lo)·scale⌋)), and a NaN counted nowhere.
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    sum += v;
    sumSq += v * v;
    const f = (v - lo) * scale;
    if (f === f) counts[f >= top ? top : f > 0 ? Math.floor(f) : 0]++;
    if (act === 'relu') {
      if (v === 0) dead++;
    } else if ((act === 'sigmoid' ? (v < 1 - v ? v : 1 - v) : 1 - Math.abs(v)) < SATURATION) saturated++;
  }
  const len = values.length;
  const mean = sum / len;
  return { layer, lo, hi, counts, mean, std: Math.sqrt(Math.max(0, sumSq / len - mean * mean)), saturated: saturated / len, dead: dead / len };
}

/** What the histograms show, in one word: the lesson's reading of the experiment. */
export type Diagnosis = 'saturated' | 'collapsed' | 'vanishing' | 'healthy';

/**
 * Reads the layers: 'saturated' when over 30% of the last layer's sigmoid/tanh outputs sit at the asymptotes;
 * 'collapsed' when the last layer's std is under 5% of the activation's natural spread (0.5 for sigmoid,
 * 1 for tanh, the first layer's std for ReLU): every unit outputs nearly the same value; 'vanishing' when
 * the spread shrinks by over 4× from the first layer to the last; else 'healthy'.
 */
export function diagnose(layers: readonly LayerReading[], act: InitActivation): Diagnosis {
  const first = layers[0];
  const last = layers[layers.length - 1];
  if (act !== 'relu' && last.saturated > 0.3) return 'saturated';
  const spread = act === 'sigmoid' ? 0.5 : act === 'tanh' ? 1 : first.std;
  if (!(last.std > 0.05 * spread)) return 'collapsed';
  if (last.std < first.std / 4) return 'vanishing';
  return 'healthy';
}
