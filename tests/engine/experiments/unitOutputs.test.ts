// unitOutputs: a hand-worked 2 → 2 → 2 net with batch norm (running statistics) and the book's dropout at evaluation,
// and an independent float64 loop over a deeper net (batch norm after the activation, residual, more rows than one chunk).
import { describe, expect, it } from 'vitest';
import { UNIT_OUTPUT_CHUNK, unitOutputs } from '../../../src/engine/experiments/unitOutputs';
import { createMlp, initMlp, type ModelSpec } from '../../../src/engine/nn';

const tiny: ModelSpec = {
  inputSize: 2,
  hidden: [{ units: 2, activation: 'relu' }],
  outputSize: 2,
  init: { scheme: 'he' },
  loss: 'softmax-ce',
  batchNorm: 'before',
  bnEps: 1e-6,
  dropout: [0.5],
};
// Layout W₀ b₀ γ₀ β₀ W₁ b₁: W₀ = [[1, −1], [2, 0.5]] (row = input), b₀ = (0.5, −0.5), γ = (2, 1), β = (0, 1),
// W₁ = [[1, 0], [0, −2]], b₁ = (0, 1).
const params = [1, -1, 2, 0.5, 0.5, -0.5, 2, 1, 0, 1, 1, 0, 0, -2, 0, 1];
// Running means (1, 0), variances (4, 1).
const running = [1, 0, 4, 1];
const points = new Float32Array([1, 2, -1, 0]);

describe('unitOutputs on a hand-worked net', () => {
  // x = (1, 2): Z = (1 + 4 + 0.5, −1 + 1 − 0.5) = (5.5, −0.5); BN with running stats: (2·(5.5 − 1)/2, (−0.5 − 0)/1 + 1) = (4.5, 0.5);
  // ReLU keeps both; the book's dropout at test multiplies by 1 − p = 0.5 → A = (2.25, 0.25); logits (2.25, −0.5 + 1) = (2.25, 0.5).
  // x = (−1, 0): Z = (−0.5, 0.5); BN: (2·(−1.5)/2, 0.5 + 1) = (−1.5, 1.5); ReLU (0, 1.5); × 0.5 → (0, 0.75); logits (0, −0.5).
  it("gives each layer's output after BN, activation and the book's dropout scale, and softmax probabilities", () => {
    const r = unitOutputs(tiny, params, running, points, 2, { dropout: [0.5], dropoutVariant: 'book' });
    expect(r.hidden).toHaveLength(1);
    [2.25, 0.25, 0, 0.75].forEach((v, i) => expect(r.hidden[0][i]).toBeCloseTo(v, 5));
    const p0 = 1 / (1 + Math.exp(0.5 - 2.25));
    const p1 = 1 / (1 + Math.exp(-0.5));
    [p0, 1 - p0, p1, 1 - p1].forEach((v, i) => expect(r.output[i]).toBeCloseTo(v, 5));
  });

  it('leaves the units unscaled with inverted dropout and gives raw outputs for mse', () => {
    const r = unitOutputs({ ...tiny, loss: 'mse' }, params, running, points, 2, { dropoutVariant: 'inverted' });
    [4.5, 0.5, 0, 1.5].forEach((v, i) => expect(r.hidden[0][i]).toBeCloseTo(v, 5));
    // logits (4.5, −1 + 1) and (0, −3 + 1)
    [4.5, 0, 0, -2].forEach((v, i) => expect(r.output[i]).toBeCloseTo(v, 5));
  });

  it('refuses too few coordinates and wrong vector lengths, and answers zero points with empty arrays', () => {
    expect(() => unitOutputs(tiny, params, running, points, 3)).toThrow(RangeError);
    expect(() => unitOutputs(tiny, params.slice(1), running, points, 2)).toThrow(RangeError);
    expect(() => unitOutputs(tiny, params, [], points, 2)).toThrow(RangeError);
    const r = unitOutputs(tiny, params, running, points, 0);
    expect(r.hidden[0]).toHaveLength(0);
    expect(r.output).toHaveLength(0);
  });
});

/** The spec's layer formula in float64, one row at a time (no workspace, no engine kernels). */
function reference(spec: Required<ModelSpec>, P: ArrayLike<number>, R: ArrayLike<number>, x: ArrayLike<number>, p: number[], book: boolean) {
  let a = Array.from(x);
  let off = 0;
  let roff = 0;
  const hidden: number[][] = [];
  const act = (v: number, name: string) => (name === 'tanh' ? Math.tanh(v) : name === 'relu' ? Math.max(0, v) : name === 'sigmoid' ? 1 / (1 + Math.exp(-v)) : v);
  const dense = (inp: number[], u: number) => {
    const k = inp.length;
    const out = Array.from({ length: u }, (_, j) => {
      let s = P[off + k * u + j];
      for (let i = 0; i < k; i++) s += inp[i] * P[off + i * u + j];
      return s;
    });
    off += k * u + u;
    return out;
  };
  for (let l = 0; l < spec.hidden.length; l++) {
    const u = spec.hidden[l].units;
    const prev = a;
    let v = dense(a, u);
    let bn = (w: number[]) => w;
    if (spec.batchNorm !== 'none') {
      const g = off, b = off + u, rm = roff, rv = roff + u;
      bn = (w) => w.map((t, j) => P[g + j] * (t - R[rm + j]) / Math.sqrt(R[rv + j] + spec.bnEps) + P[b + j]);
      off += 2 * u;
      roff += 2 * u;
    }
    if (spec.batchNorm === 'before') v = bn(v);
    v = v.map((t) => act(t, spec.hidden[l].activation));
    if (spec.batchNorm === 'after') v = bn(v);
    if (book) v = v.map((t) => t * (1 - p[l]));
    if (spec.residual && l > 0 && prev.length === u) v = v.map((t, j) => t + prev[j]);
    hidden.push(v);
    a = v;
  }
  return { hidden, out: dense(a, spec.outputSize) };
}

describe('unitOutputs against an independent float64 loop', () => {
  const spec: ModelSpec = {
    inputSize: 2,
    hidden: [
      { units: 4, activation: 'tanh' },
      { units: 4, activation: 'relu' },
      { units: 3, activation: 'sigmoid' },
    ],
    outputSize: 3,
    init: { scheme: 'xavier' },
    loss: 'softmax-ce',
    batchNorm: 'after',
    residual: true,
  };
  const net = createMlp(spec);
  initMlp(net, 11);
  // Non-trivial biases, γ, β and running statistics.
  net.params.forEach((v, i) => (net.params[i] = v + 0.1 * Math.sin(3 * i + 1)));
  net.running.forEach((_, i) => (net.running[i] = i % 2 === 0 ? 0.2 * Math.cos(i) : 0.5 + (i % 5) / 4));
  const layout = net.layout;
  // Running vector order per layer: means (u) then variances (u); keep variances positive.
  layout.layers.forEach((L) => {
    if (L.runVar >= 0) for (let j = 0; j < L.fanOut; j++) net.running[L.runVar + j] = 0.5 + j / 4;
  });
  const m = UNIT_OUTPUT_CHUNK + 300;
  const pts = new Float32Array(2 * m).map((_, i) => 2 * Math.sin(0.37 * i + 0.1 * i * i));
  const dropout = [0.2, 0.4, 0.1];

  it.each([['book', true], ['inverted', false]] as const)('matches row by row with %s dropout over more rows than one chunk', (variant, book) => {
    const runBefore = Float32Array.from(net.running);
    const r = unitOutputs(spec, net.params, net.running, pts, m, { dropout, dropoutVariant: variant });
    expect(Array.from(net.running)).toEqual(Array.from(runBefore));
    for (const i of [0, 1, UNIT_OUTPUT_CHUNK - 1, UNIT_OUTPUT_CHUNK, m - 1]) {
      const want = reference(net.spec, net.params, net.running, pts.subarray(2 * i, 2 * i + 2), dropout, book);
      want.hidden.forEach((row, l) => row.forEach((v, j) => expect(r.hidden[l][i * row.length + j]).toBeCloseTo(v, 4)));
      const max = Math.max(...want.out);
      const e = want.out.map((z) => Math.exp(z - max));
      const s = e.reduce((x, y) => x + y, 0);
      e.forEach((v, j) => expect(r.output[i * 3 + j]).toBeCloseTo(v / s, 4));
    }
    expect(r.hidden.map((h) => h.length)).toEqual([4 * m, 4 * m, 3 * m]);
  });
});
