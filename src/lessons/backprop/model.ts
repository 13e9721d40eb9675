// The backprop lesson's pure model: a 2–3–2 sigmoid/softmax net, its forward and backward pass node by node, and central finite differences.
import { gaussian, streamWord, STREAM } from '../../engine/rng';

/** Input size, hidden units and classes of the lesson's network. */
export const N_IN = 2;
export const N_HID = 3;
export const N_OUT = 2;

/**
 * The parameters: W is N_IN×N_HID (W[i][j] joins input i to hidden unit j), b has N_HID entries,
 * V is N_HID×N_OUT (V[j][k] joins hidden unit j to output k), c has N_OUT entries.
 */
export interface Weights {
  W: number[][];
  b: number[];
  V: number[][];
  c: number[];
}

/**
 * Hand-picked weights: hidden units 1 and 2 are the course's sigmoid forward example
 * (weights 1, −2 and bias 1; weights −1, 1 and bias 0, so x = (1, −1) gives z = 4 and −2).
 */
export const EXAMPLE_WEIGHTS: Weights = {
  W: [
    [1, -1, 0.5],
    [-2, 1, 0.5],
  ],
  b: [1, 0, -0.5],
  V: [
    [1, -1],
    [-2, 1],
    [1, -0.5],
  ],
  c: [0, 0],
};

/** Weights drawn from the seed: N(0, 1) entries (stream 'init', sub-stream = layer), biases N(0, 0.25²) (sub-stream 2, 3). */
export function seededWeights(seed: number): Weights {
  const g = (sub: number, i: number, std: number) => Math.round(gaussian(seed, streamWord(STREAM.init, sub), i) * std * 100) / 100;
  return {
    W: Array.from({ length: N_IN }, (_, i) => Array.from({ length: N_HID }, (_, j) => g(0, i * N_HID + j, 1))),
    b: Array.from({ length: N_HID }, (_, j) => g(2, j, 0.25)),
    V: Array.from({ length: N_HID }, (_, j) => Array.from({ length: N_OUT }, (_, k) => g(1, j * N_OUT + k, 1))),
    c: Array.from({ length: N_OUT }, (_, k) => g(3, k, 0.25)),
  };
}

/** σ(z) = 1/(1 + e^(−z)), without overflow. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** Every value of one forward pass: z = xW + b, a = σ(z), u = aV + c, p = softmax(u), L = −ln p_t. */
export interface ForwardValues {
  x: number[];
  z: number[];
  a: number[];
  u: number[];
  p: number[];
  loss: number;
}

export function forwardPass(w: Weights, x: readonly number[], target: number): ForwardValues {
  const z = w.b.map((bj, j) => bj + x.reduce((s, xi, i) => s + xi * w.W[i][j], 0));
  const a = z.map(sigmoid);
  const u = w.c.map((ck, k) => ck + a.reduce((s, aj, j) => s + aj * w.V[j][k], 0));
  const m = Math.max(...u);
  const e = u.map((uk) => Math.exp(uk - m));
  const sum = e.reduce((s, v) => s + v, 0);
  const p = e.map((v) => v / sum);
  // −ln p_t computed as log Σe − (u_t − m), accurate when p_t is close to 1.
  const loss = Math.log(sum) - (u[target] - m);
  return { x: [...x], z, a, u, p, loss };
}

/** ∂L/∂(every node) and ∂L/∂(every parameter) of one backward pass. */
export interface BackwardValues {
  /** ∂L/∂p_k = −y_k/p_k (y one-hot). */
  dp: number[];
  /** ∂L/∂u_k = Σ_m ∂p_m/∂u_k · ∂L/∂p_m = p_k − y_k. */
  du: number[];
  /** ∂L/∂a_j = Σ_k V_jk ∂L/∂u_k. */
  da: number[];
  /** ∂L/∂z_j = σ′(z_j) ∂L/∂a_j = a_j(1 − a_j) ∂L/∂a_j. */
  dz: number[];
  grads: Weights;
}

export function backwardPass(w: Weights, f: ForwardValues, target: number): BackwardValues {
  const y = f.p.map((_, k) => (k === target ? 1 : 0));
  const dp = f.p.map((pk, k) => -y[k] / pk);
  // Softmax Jacobian ∂p_m/∂u_k = p_m(δ_mk − p_k) times dp, summed over m.
  const du = f.u.map((_, k) => f.p.reduce((s, pm, m) => s + pm * ((m === k ? 1 : 0) - f.p[k]) * dp[m], 0));
  const da = f.a.map((_, j) => du.reduce((s, duk, k) => s + w.V[j][k] * duk, 0));
  const dz = f.a.map((aj, j) => aj * (1 - aj) * da[j]);
  return {
    dp,
    du,
    da,
    dz,
    grads: {
      W: f.x.map((xi) => dz.map((dzj) => xi * dzj)),
      b: [...dz],
      V: f.a.map((aj) => du.map((duk) => aj * duk)),
      c: [...du],
    },
  };
}

/** One parameter: its name in the table ("w11" = W[0][0]) and where it lives. */
export interface ParamRef {
  name: string;
  group: keyof Weights;
  i: number;
  j: number;
}

/** The 17 parameters in table order: W row by row, b, V row by row, c. */
export const PARAMS: readonly ParamRef[] = [
  ...Array.from({ length: N_IN * N_HID }, (_, n) => ({ name: `w${Math.floor(n / N_HID) + 1}${(n % N_HID) + 1}`, group: 'W' as const, i: Math.floor(n / N_HID), j: n % N_HID })),
  ...Array.from({ length: N_HID }, (_, j) => ({ name: `b${j + 1}`, group: 'b' as const, i: j, j: 0 })),
  ...Array.from({ length: N_HID * N_OUT }, (_, n) => ({ name: `v${Math.floor(n / N_OUT) + 1}${(n % N_OUT) + 1}`, group: 'V' as const, i: Math.floor(n / N_OUT), j: n % N_OUT })),
  ...Array.from({ length: N_OUT }, (_, k) => ({ name: `c${k + 1}`, group: 'c' as const, i: k, j: 0 })),
];

export function getParam(w: Weights, r: ParamRef): number {
  const g = w[r.group];
  return Array.isArray(g[0]) ? (g as number[][])[r.i][r.j] : (g as number[])[r.i];
}

function withParam(w: Weights, r: ParamRef, value: number): Weights {
  const copy: Weights = { W: w.W.map((row) => [...row]), b: [...w.b], V: w.V.map((row) => [...row]), c: [...w.c] };
  if (r.group === 'W' || r.group === 'V') copy[r.group][r.i][r.j] = value;
  else copy[r.group][r.i] = value;
  return copy;
}

/** Step of the central difference (L(θ + h) − L(θ − h))/2h: error O(h²) ≈ 1e-10, rounding ≈ 1e-16/h ≈ 1e-11. */
export const FD_STEP = 1e-5;

/** The central finite difference of L with respect to one parameter. */
export function numericGradient(w: Weights, x: readonly number[], target: number, r: ParamRef, h = FD_STEP): number {
  const v = getParam(w, r);
  const up = forwardPass(withParam(w, r, v + h), x, target).loss;
  const down = forwardPass(withParam(w, r, v - h), x, target).loss;
  return (up - down) / (2 * h);
}

/** One row of the gradient check: the parameter, backprop's gradient and the finite difference. */
export interface GradientRow {
  param: string;
  value: number;
  backprop: number;
  numeric: number;
}

export function gradientRows(w: Weights, x: readonly number[], target: number, back: BackwardValues): GradientRow[] {
  return PARAMS.map((r) => ({ param: r.name, value: getParam(w, r), backprop: getParam(back.grads, r), numeric: numericGradient(w, x, target, r) }));
}

/** |a − b| / max(|a|, |b|, tiny): 0 when both are 0. */
export function relativeError(a: number, b: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale < 1e-300 ? 0 : Math.abs(a - b) / scale;
}
