// The gradients lesson's pure model: the deep net and its run from the URL values, and what the page reads off it.
import type { ActivationName, InitSpec, ModelSpec, ParamLayout } from '../../engine/nn';
import type { LayerHistogram } from '../../engine/train';
import type { PopulationConfig } from '../../components/run';
import { hyperFrom } from '../../state/hyperFrom';
import { gradientsParams, type GradientsValues } from './params';

/** Training digits and mini-batch size: 10 updates per epoch. */
export const N_TRAIN = 1000;
export const BATCH = 100;
/** A layer gradient above this norm counts as exploding (a healthy net's are about 0.1–3 here). */
export const EXPLODING_NORM = 100;
/** The first layer's gradient below this fraction of the output layer's counts as vanished. */
export const VANISHED_RATIO = 1e-2;

type Values = Pick<GradientsValues, 'act' | 'k' | 'init' | 'std' | 'depth' | 'units' | 'lr' | 'clip' | 'bn' | 'residual' | 'l2' | 'epochs' | 'seed'>;

const ACT: Record<string, ActivationName> = { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'relu', leaky: 'leaky-relu' };

/** The initialization the `init` (and `std`) values name. */
export function initOf(init: string, std: number): InitSpec {
  switch (init) {
    case 'std1':
      return { scheme: 'gaussian', std: 1 };
    case 'std001':
      return { scheme: 'gaussian', std: 0.01 };
    case 'he':
      return { scheme: 'he' };
    case 'custom':
      return { scheme: 'gaussian', std };
    default:
      return { scheme: 'xavier' };
  }
}

/** 784 → depth × units (act) → 10, softmax cross-entropy, with the chosen init, batch norm and residual links. */
export function deepNet(v: Values): ModelSpec {
  return {
    inputSize: 784,
    hidden: Array.from({ length: v.depth }, () => ({ units: v.units, activation: ACT[v.act] ?? 'sigmoid' })),
    outputSize: 10,
    init: initOf(v.init, v.std),
    loss: 'softmax-ce',
    batchNorm: v.bn === 'before' || v.bn === 'after' ? v.bn : 'none',
    residual: v.residual === 'on',
    leakySlope: v.k,
  };
}

/** The run: SGD at η = lr (with clip, l2: the table's bindings), batch BATCH, on the first N_TRAIN MNIST digits for `epochs` epochs (a population of one). */
export function deepRun(v: Values): PopulationConfig {
  return {
    spec: deepNet(v),
    data: { kind: 'mnist', nTrain: N_TRAIN, nTest: 0 },
    options: { epochs: v.epochs, evalEachEpoch: true },
    members: [{ seed: v.seed, hyper: { optimizer: 'sgd', batchSize: BATCH, ...hyperFrom(gradientsParams, v) } }],
  };
}

/**
 * How far each dense layer's weights moved from their start: ‖W_l − W_l(0)‖₂ / ‖W_l(0)‖₂, hidden layers then output.
 * Shapes: params and initial both layout.size.
 */
export function relativeChange(params: ArrayLike<number>, initial: ArrayLike<number>, layout: ParamLayout): number[] {
  return layout.layers.map((L) => {
    let moved = 0;
    let start = 0;
    for (let e = L.W, end = L.W + L.fanIn * L.fanOut; e < end; e++) {
      const d = params[e] - initial[e];
      moved += d * d;
      start += initial[e] * initial[e];
    }
    return Math.sqrt(moved) / Math.sqrt(start);
  });
}

/**
 * The activation's derivative written in terms of its output a = f(z): sigmoid a(1 − a), tanh 1 − a²,
 * ReLU 1 for a > 0 else 0, leaky ReLU 1 for a > 0 else k.
 */
export function derivativeAt(act: string, a: number, k: number): number {
  switch (act) {
    case 'sigmoid':
      return a * (1 - a);
    case 'tanh':
      return 1 - a * a;
    case 'leaky':
      return a > 0 ? 1 : k;
    default:
      return a > 0 ? 1 : 0;
  }
}

/**
 * Mean f′(z) over a layer's activations, from its histogram: every count at its bin's centre, except that for ReLU
 * and leaky ReLU the bin holding 0 (where a ReLU's inactive units all sit) counts as inactive. NaN when empty.
 */
export function meanDerivative(h: LayerHistogram, act: string, k: number): number {
  const bins = h.counts.length;
  const width = (h.hi - h.lo) / bins;
  const kinked = act === 'relu' || act === 'leaky';
  let sum = 0;
  let n = 0;
  for (let i = 0; i < bins; i++) {
    const c = h.counts[i];
    if (!c) continue;
    const a0 = h.lo + i * width;
    const holdsZero = kinked && a0 <= 0 && 0 < a0 + width;
    sum += c * (holdsZero ? derivativeAt(act, -1, k) : derivativeAt(act, a0 + 0.5 * width, k));
    n += c;
  }
  return n ? sum / n : NaN;
}

/** ‖g_l‖ / ‖g_{l+1}‖ for l = 0 … L − 2: the factor the backward pass applied between layer l + 1 and layer l. */
export function layerRatios(norms: readonly number[]): number[] {
  return norms.slice(0, -1).map((g, l) => g / norms[l + 1]);
}

export type GradientVerdict = 'vanishing' | 'exploding' | 'healthy';

/** Reads one update's per-layer gradient norms (layer 1 first, output layer last). */
export function verdictOf(norms: readonly number[], diverged: boolean): GradientVerdict {
  if (diverged || norms.some((g) => !Number.isFinite(g) || g > EXPLODING_NORM)) return 'exploding';
  return norms[0] / norms[norms.length - 1] < VANISHED_RATIO ? 'vanishing' : 'healthy';
}

/** The four networks the comparison trains side by side: the same net and seed under sigmoid and under each remedy. */
export const REMEDIES = [
  { id: 'sigmoid', over: { act: 'sigmoid', init: 'xavier', bn: 'off', residual: 'off' } },
  { id: 'relu-he', over: { act: 'relu', init: 'he', bn: 'off', residual: 'off' } },
  { id: 'sigmoid-bn', over: { act: 'sigmoid', init: 'xavier', bn: 'before', residual: 'off' } },
  { id: 'sigmoid-residual', over: { act: 'sigmoid', init: 'xavier', bn: 'off', residual: 'on' } },
] as const;

/** The comparison's runs: the URL's depth, units, rate, epochs and seed, no clipping or L2, each remedy's settings. */
export function remedyRuns(v: Values): PopulationConfig[] {
  return REMEDIES.map((r) => deepRun({ ...v, k: 0.01, std: 0.3, clip: 0, l2: 0, ...r.over }));
}

/** exp(mean(ln x)) of the positive finite values; NaN when there are none. */
export function geometricMean(xs: readonly number[]): number {
  const ok = xs.filter((x) => Number.isFinite(x) && x > 0);
  return ok.length ? Math.exp(ok.reduce((s, x) => s + Math.log(x), 0) / ok.length) : NaN;
}
