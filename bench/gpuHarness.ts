// Browser harness of the GPU parity tests: each kernel against its CPU twin, whole runs (populations of one) step by step
// against the CPU engine, device loss, buffer leaks.
import { ACTIVATIONS } from '../src/engine/nn/activations';
import { batchNormBackward, batchNormForwardTrain, batchNormUpdateRunning, type BatchNormCache } from '../src/engine/nn/batchnorm';
import { clipByGlobalNorm, clipByValue, norm2 } from '../src/engine/nn/clip';
import { dropoutBackward, dropoutForward } from '../src/engine/nn/dropout';
import { finiteRange, histogramInto } from '../src/engine/nn/histogram';
import { countCorrect, meanSquaredError, softmaxCrossEntropy } from '../src/engine/nn/loss';
import { addInto, colSum, matmulBias, matmulTransA, matmulTransB } from '../src/engine/nn/matmul';
import { l1Penalty, l2Penalty } from '../src/engine/nn/penalty';
import { OPTIMIZERS, initState } from '../src/engine/optimizers';
import { scaleLayerUpdates } from '../src/engine/train/layerFactors';
import { scheduledLr } from '../src/engine/train/lrSchedule';
import { createTrainer } from '../src/engine/train/trainer';
import type { DropoutMask, LayerHistogram, StepMetrics, StepReport, TrainData, TrainOptions } from '../src/engine/train/types';
import type { PopulationReport } from '../src/engine/train/populationTypes';
import { acquireGpu, createBestPopulation, createGpuPopulation, liveBufferCount, type GpuContext, type GpuPopulation, type GpuTrainOptions } from '../src/gpu';
import type { BackendStatus } from '../src/engine/backendStatus';
import { MATMUL_HARDWARE, MATMUL_SOFTWARE, type MatmulShape } from '../src/gpu/kernels/shared';
import { GPU_CASES, HISTOGRAM_MOVED, KERNEL_TOL, RUN_TOL, errorRatio, gpuCase, makeCaseData, type GpuCase, type Tol } from '../tests/gpu/cases';

/** One comparison: ratio = max |gpu − cpu| / (atol + rtol·|cpu|) (≤ 1 passes; exact checks give 0 or Infinity). */
export interface Check {
  name: string;
  ratio: number;
  n: number;
}

/** Whole-run comparison numbers (see RUN_TOL). */
export interface ParityResult {
  name: string;
  steps: number;
  gpuSteps: number;
  /** Largest relative loss difference over the steps compared, and at which step. */
  lossRel: number;
  lossRelStep: number;
  gradNormRel: number;
  accuracyMaxDiff: number;
  paramsRel: number;
  runningRel: number;
  evalLossRel: number;
  epochsCompared: number;
  masksEqual: boolean;
  maskBits: number;
  progressCpu: unknown;
  progressGpu: unknown;
  stepsPerSubmit: number;
  dispatchesPerStep: number;
}

async function context(): Promise<GpuContext> {
  const r = await acquireGpu();
  if (!r.ok) throw new Error(`no GPU: ${r.reason} ${r.message}`);
  return r.ctx;
}

/** The case's single run on the GPU: a population of one (member 0), as the site trains a single run. */
async function single(c: GpuCase, data: TrainData, options: GpuTrainOptions): Promise<GpuPopulation> {
  return createGpuPopulation(await context(), c.spec, data, [{ seed: c.seed, hyper: c.hyper }], options);
}

/** Member 0's part of a population report: the single run's report. */
const only = (r: PopulationReport): StepReport => r.members[0];

function rows(data: TrainData['train'], idx: Uint32Array): { x: Float32Array; y: Uint8Array | Float32Array } {
  const { d } = data;
  const w = data.y instanceof Uint8Array ? 1 : data.y.length / data.n;
  const x = new Float32Array(idx.length * d);
  const y = data.y instanceof Uint8Array ? new Uint8Array(idx.length) : new Float32Array(idx.length * w);
  idx.forEach((i, r) => {
    x.set(data.x.subarray(i * d, (i + 1) * d), r * d);
    y.set(data.y.subarray(i * w, (i + 1) * w), r * w);
  });
  return { x, y };
}

const exact = (name: string, a: ArrayLike<number>, b: ArrayLike<number>): Check => {
  let same = a.length === b.length;
  for (let i = 0; same && i < a.length; i++) same = a[i] === b[i];
  return { name, ratio: same ? 0 : Infinity, n: b.length };
};

/** Histogram agreement: same total, ranges within tolerance, at most HISTOGRAM_MOVED of the values in another bin. */
function histCheck(name: string, g: LayerHistogram, c: { lo: number; hi: number; counts: Uint32Array; total: number }, tol: Tol): Check {
  let moved = 0;
  for (let b = 0; b < c.counts.length; b++) moved += Math.abs(g.counts[b] - c.counts[b]);
  const movedFrac = c.total > 0 ? moved / 2 / c.total : 0;
  const range = errorRatio([g.lo, g.hi], [c.lo, c.hi], tol);
  const total = Math.abs(g.total - c.total) <= Math.max(1, HISTOGRAM_MOVED * c.total) ? 0 : Infinity;
  return { name, ratio: Math.max(movedFrac / HISTOGRAM_MOVED, range, total), n: c.total };
}

/**
 * One training step on the GPU, then every kernel's output against its CPU twin fed with the GPU's own
 * inputs (read back), so each kernel is checked on its own: forward per layer, loss, backward per layer,
 * penalties, norms, clipping + optimizer, histograms. `shape`: the dense kernels' tile shape (default: the adapter's),
 * reported back with the checks.
 */
async function kernelCase(name: string, shape: 'adapter' | 'hardware' | 'software' = 'adapter'): Promise<{ checks: Check[]; matmul: MatmulShape }> {
  const c = gpuCase(name);
  const data = makeCaseData(c.data);
  const matmul = shape === 'adapter' ? undefined : shape === 'hardware' ? MATMUL_HARDWARE : MATMUL_SOFTWARE;
  const gpu = await single(c, data, { ...c.options, evalEachEpoch: false, stepsPerSubmit: 1, matmul });
  try {
    const before = await gpu.getState(0);
    const first = only(await gpu.step(1));
    const m = [...first.steps, ...only(await gpu.flush()).steps][0] as StepMetrics;
    const probe = await gpu.inspect(0);
    const batch = gpu.lastBatch(0);
    const [spec, layout] = [gpu.specs[0], gpu.layouts[0]];
    const hp = gpu.getHyper(0);
    const H = spec.hidden.length;
    const n = probe.rows;
    const c0 = spec.outputSize;
    const slope = spec.leakySlope;
    const checks: Check[] = [];
    const check = (label: string, g: ArrayLike<number>, cpu: ArrayLike<number>, tol: Tol) =>
      checks.push({ name: label, ratio: errorRatio(g, cpu, tol), n: cpu.length });
    const P = before.params;
    const Wof = (p: Float32Array, l: number) => p.subarray(layout.layers[l].W, layout.layers[l].W + layout.layers[l].fanIn * layout.layers[l].fanOut);
    const bof = (p: Float32Array, l: number) => p.subarray(layout.layers[l].b, layout.layers[l].b + layout.layers[l].fanOut);
    const { x: X, y: Y } = rows(data.train, batch);
    const bnTol = KERNEL_TOL.batchNorm;
    const caches: (BatchNormCache | null)[] = [];
    const hs: Float32Array[] = [];

    // Forward, layer by layer.
    let A: Float32Array = X;
    const inputs: Float32Array[] = [];
    for (let l = 0; l < H; l++) {
      const L = layout.layers[l];
      const u = L.fanOut;
      const len = n * u;
      const B = probe.hidden[l];
      const act = ACTIVATIONS[spec.hidden[l].activation];
      inputs.push(A);
      const z = new Float32Array(len);
      matmulBias(A, Wof(P, l), bof(P, l), z, n, L.fanIn, u);
      check(`forward ${l}: Z = A·W + b`, B.z, z, KERNEL_TOL.matmul);
      let cur = B.z;
      let tol: Tol = KERNEL_TOL.elementwise;
      let cache: BatchNormCache | null = null;
      const normalise = (input: Float32Array) => {
        cache = { xhat: new Float32Array(len), mean: new Float32Array(u), variance: new Float32Array(u), invStd: new Float32Array(u) };
        const y = new Float32Array(len);
        const gamma = P.subarray(L.gamma, L.gamma + u);
        const beta = P.subarray(L.beta, L.beta + u);
        batchNormForwardTrain(input, y, n, u, gamma, beta, cache, spec.bnEps);
        check(`batchnorm ${l}: mean, variance, 1/√(σ²+ε)`, B.stats, [...cache.mean, ...cache.variance, ...cache.invStd], bnTol);
        const rm = before.running.slice(L.runMean, L.runMean + u);
        const rv = before.running.slice(L.runVar, L.runVar + u);
        batchNormUpdateRunning(rm, rv, cache, u, spec.bnMomentum);
        check(`batchnorm ${l}: running averages`, probe.running.subarray(L.runMean, L.runVar + u), [...rm, ...rv], bnTol);
        tol = bnTol;
        return y;
      };
      if (spec.batchNorm === 'before') {
        check(`batchnorm ${l}: γ x̂ + β`, B.pre, normalise(cur), bnTol);
        cur = B.pre;
      }
      const h = new Float32Array(len);
      act.forward(cur, h, len, slope);
      hs.push(h);
      cur = h;
      if (spec.batchNorm === 'after') cur = normalise(h);
      caches.push(cache);
      const p = hp.dropout[l];
      if (p > 0) {
        const mask = new Uint8Array(len);
        const d = new Float32Array(len);
        dropoutForward(cur, d, mask, n, u, p, before.seed, 0, l, hp.dropoutVariant);
        checks.push(exact(`dropout ${l}: mask bits (Philox in WGSL)`, B.mask, mask));
        cur = d;
      }
      if (L.residual) {
        const r = new Float32Array(len);
        addInto(cur, A, r, len);
        cur = r;
      }
      check(`forward ${l}: f, dropout, residual`, B.out, cur, tol);
      A = B.out;
    }
    const O = layout.layers[H];
    const logits = new Float32Array(n * c0);
    matmulBias(A, Wof(P, H), bof(P, H), logits, n, O.fanIn, c0);
    check('forward output: logits', probe.logits, logits, KERNEL_TOL.matmul);

    // Loss, from the GPU's logits.
    const dLogits = new Float32Array(n * c0);
    const labels = Y instanceof Uint8Array;
    const dataLoss =
      spec.loss === 'softmax-ce' ? softmaxCrossEntropy(probe.logits, Y as Uint8Array, n, c0, dLogits) : meanSquaredError(probe.logits, Y, n, c0, dLogits);
    check('loss: data loss', [m.dataLoss], [dataLoss], KERNEL_TOL.loss);
    check('loss: ∂L/∂logits', probe.dLogits, dLogits, KERNEL_TOL.loss);
    if (labels) checks.push(exact('loss: accuracy', [m.accuracy], [countCorrect(probe.logits, Y as Uint8Array, n, c0) / n]));

    // Backward, layer by layer, from the GPU's upstream gradients.
    const grads = new Float32Array(layout.size);
    const denseGrad = (l: number, input: Float32Array, dz: Float32Array) => {
      const L = layout.layers[l];
      matmulTransA(input, dz, grads.subarray(L.W, L.W + L.fanIn * L.fanOut), n, L.fanIn, L.fanOut);
      colSum(dz, grads.subarray(L.b, L.b + L.fanOut), n, L.fanOut);
    };
    const inputGrad = (l: number, dz: Float32Array) => {
      const L = layout.layers[l];
      const out = new Float32Array(n * L.fanIn);
      matmulTransB(dz, Wof(P, l), out, n, L.fanOut, L.fanIn, new Float32Array(L.fanIn * L.fanOut));
      if (L.residual) addInto(out, probe.hidden[l].dOut, out, n * L.fanIn);
      check(`backward ${l}: ∂L/∂A_${l - 1} = dZ·Wᵀ`, probe.hidden[l - 1].dOut, out, KERNEL_TOL.matmul);
    };
    denseGrad(H, A, probe.dLogits);
    if (H > 0) inputGrad(H, probe.dLogits);
    for (let l = H - 1; l >= 0; l--) {
      const L = layout.layers[l];
      const u = L.fanOut;
      const len = n * u;
      const B = probe.hidden[l];
      const act = ACTIVATIONS[spec.hidden[l].activation];
      const g = B.dOut.slice(0, len);
      if (hp.dropout[l] > 0) dropoutBackward(g, g, Uint8Array.from(B.mask), len, hp.dropout[l], hp.dropoutVariant);
      const cache = caches[l];
      const bnBack = (src: Float32Array) => {
        const c = cache as BatchNormCache;
        const dGamma = grads.subarray(L.gamma, L.gamma + u);
        const dBeta = grads.subarray(L.beta, L.beta + u);
        batchNormBackward(src, src, n, u, P.subarray(L.gamma, L.gamma + u), c, dGamma, dBeta, true);
      };
      if (spec.batchNorm === 'after') bnBack(g);
      const pre = spec.batchNorm === 'before' ? B.pre : B.z;
      const h = new Float32Array(len);
      act.forward(pre, h, len, slope);
      act.backward(pre, h, g, g, len, slope);
      if (spec.batchNorm === 'before') bnBack(g);
      check(`backward ${l}: ∂L/∂Z (dropout, f′${spec.batchNorm === 'none' ? '' : ', batch norm'})`, B.dz, g, spec.batchNorm === 'none' ? KERNEL_TOL.elementwise : bnTol);
      denseGrad(l, inputs[l], B.dz);
      if (l > 0) inputGrad(l, B.dz);
    }
    const penalty = l2Penalty(P, grads, layout, hp.weightDecay) + l1Penalty(P, grads, layout, hp.l1);
    check('gradients: dW, db, dγ, dβ (+ λW, λ₁ sign W)', probe.grads, grads, KERNEL_TOL.matmul);

    // Norms, loss and the update, from the GPU's gradient.
    const gradNorms = layout.layers.map((L) => norm2(probe.grads, L.W, L.W + L.fanIn * L.fanOut));
    check('norms: per-layer ‖∂L/∂W‖', m.gradNorms, gradNorms, KERNEL_TOL.norms);
    check('norms: global ‖g‖', [m.gradNorm], [norm2(probe.grads)], KERNEL_TOL.norms);
    check('loss: data loss + penalties', [m.loss], [m.dataLoss + penalty], KERNEL_TOL.norms);
    const g = Float32Array.from(probe.grads);
    clipByGlobalNorm(g, hp.clipNorm);
    clipByValue(g, hp.clipValue);
    const x = Float32Array.from(P);
    const opt = OPTIMIZERS[hp.optimizer];
    const st = initState(opt, x);
    // The first update's lr: the schedule at progress 0 (the base lr unless a schedule says otherwise).
    opt.step(x, g, st, { ...hp, lr: scheduledLr(hp.lrSchedule, hp.lr, 0) });
    // Per-layer learning-rate factors: x ← x₀ + f_l·(x − x₀) on each layer (the CPU engine's rule).
    scaleLayerUpdates(x, P, layout, hp.lrFactors);
    check(`optimizer (${hp.optimizer}): x`, probe.params, x, KERNEL_TOL.optimizer);
    if (opt.uses.v) check(`optimizer (${hp.optimizer}): v`, probe.v, st.v, KERNEL_TOL.optimizer);
    if (opt.uses.s) check(`optimizer (${hp.optimizer}): s`, probe.s, st.s, KERNEL_TOL.optimizer);
    if (opt.uses.dx) check(`optimizer (${hp.optimizer}): Δx`, probe.dx, st.dx, KERNEL_TOL.optimizer);
    const weightNorms = layout.layers.map((L) => norm2(probe.params, L.W, L.W + L.fanIn * L.fanOut));
    check('norms: per-layer ‖W‖ after the update', m.weightNorms, weightNorms, KERNEL_TOL.norms);

    // Histograms of the last batch's activations (atomics on the GPU) against the engine's, on the same values.
    // The CPU twin applies the engine's f to the GPU's inputs: ranges agree to the activation's rounding.
    const rangeTol = KERNEL_TOL.elementwise;
    const auto = await gpu.histograms(0, { bins: 16 });
    const fixed = await gpu.histograms(0, { bins: 10, lo: -0.5, hi: 1.5 });
    hs.forEach((h, l) => {
      const [lo, hi] = finiteRange(h, h.length);
      const counts = new Uint32Array(16);
      const total = histogramInto(h, h.length, lo, hi, counts);
      checks.push(histCheck(`histogram ${l}: own range`, auto[l], { lo, hi, counts, total }, rangeTol));
      const fc = new Uint32Array(10);
      const ft = histogramInto(h, h.length, -0.5, 1.5, fc);
      checks.push(histCheck(`histogram ${l}: fixed range`, fixed[l], { lo: -0.5, hi: 1.5, counts: fc, total: ft }, rangeTol));
    });
    // Evaluation-mode histograms of given inputs, against the CPU engine holding the GPU's parameters.
    if (H > 0) {
      const cpu = createTrainer(c.spec, data, c.hyper, c.seed, { ...c.options, evalEachEpoch: false });
      cpu.setState(await gpu.getState(0));
      const xs = data.train.x.subarray(0, Math.min(40, data.train.n) * data.train.d);
      const gh = await gpu.histograms(0, { x: xs, bins: 12 });
      const ch = cpu.histograms({ x: xs, bins: 12 });
      gh.forEach((h, l) => checks.push(histCheck(`histogram ${l}: evaluation of given inputs`, h, ch[l], KERNEL_TOL.matmul)));
    }
    return { checks, matmul: gpu.stats().matmul };
  } finally {
    gpu.dispose();
  }
}

function masksEqual(a: DropoutMask[], b: DropoutMask[]): { equal: boolean; bits: number } {
  let bits = 0;
  let equal = a.length === b.length;
  a.forEach((m, l) => {
    const o = b[l];
    equal &&= m.rows === o.rows && m.units === o.units && m.p === o.p && m.mask.length === o.mask.length;
    for (let i = 0; equal && i < m.mask.length; i++) equal = m.mask[i] === o.mask[i];
    bits += m.mask.length;
  });
  return { equal, bits };
}

/**
 * The same run (same seed) on the CPU engine (the oracle) and on the GPU as a population of one, compared step by
 * step; dropout masks after the first and the last step.
 */
async function parity(name: string, pacing: GpuTrainOptions = {}): Promise<ParityResult> {
  const c = gpuCase(name);
  const data = makeCaseData(c.data);
  const opts: TrainOptions = { evalEachEpoch: false, ...c.options };
  const cpu = createTrainer(c.spec, data, c.hyper, c.seed, opts);
  const gpu = await single(c, data, { ...opts, ...pacing });
  try {
    const cpuReports = [cpu.step(1)];
    const gpuReports = [only(await gpu.step(1))];
    const m1 = masksEqual(cpu.dropoutMasks(), await gpu.dropoutMasks(0));
    cpuReports.push(cpu.step(c.steps - 1));
    gpuReports.push(only(await gpu.step(c.steps - 1)), only(await gpu.flush()));
    const m2 = masksEqual(cpu.dropoutMasks(), await gpu.dropoutMasks(0));
    const cs = cpuReports.flatMap((r) => r.steps);
    const gs = gpuReports.flatMap((r) => r.steps);
    let lossRel = 0;
    let lossRelStep = 0;
    let gradNormRel = 0;
    let accuracyMaxDiff = 0;
    const compared = Math.min(cs.length, gs.length);
    for (let i = 0; i < compared; i++) {
      const a = cs[i];
      const b = gs[i];
      if (a.step !== b.step) throw new Error(`step numbers differ at ${i}: cpu ${a.step}, gpu ${b.step}`);
      if (!Number.isFinite(a.loss)) continue;
      const rel = Math.abs(b.loss - a.loss) / Math.abs(a.loss);
      if (!(rel <= lossRel)) {
        lossRel = rel;
        lossRelStep = a.step;
      }
      gradNormRel = Math.max(gradNormRel, Math.abs(b.gradNorm - a.gradNorm) / Math.abs(a.gradNorm));
      if (!Number.isNaN(a.accuracy)) accuracyMaxDiff = Math.max(accuracyMaxDiff, Math.abs(b.accuracy - a.accuracy));
    }
    const ce = cpuReports.flatMap((r) => r.epochs);
    const ge = gpuReports.flatMap((r) => r.epochs);
    let evalLossRel = ce.length === ge.length ? 0 : Infinity;
    for (let i = 0; i < Math.min(ce.length, ge.length); i++) {
      for (const split of ['train', 'validation', 'test'] as const) {
        const a = ce[i][split];
        const b = ge[i][split];
        if (!a || !b || a.n !== b.n || ce[i].step !== ge[i].step) {
          if (a || b) evalLossRel = Infinity;
          continue;
        }
        if (a.n > 0) evalLossRel = Math.max(evalLossRel, Math.abs(b.loss - a.loss) / Math.abs(a.loss));
      }
    }
    const cState = cpu.getState();
    const gState = await gpu.getState(0);
    const maxAbs = (v: ArrayLike<number>) => Array.from(v).reduce((t, x) => Math.max(t, Math.abs(x)), 0);
    const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => Array.from(a).reduce((t, x, i) => Math.max(t, Math.abs(x - b[i])), 0);
    const stats = gpu.stats();
    return {
      name,
      steps: cs.length,
      gpuSteps: gs.length,
      lossRel,
      lossRelStep,
      gradNormRel,
      accuracyMaxDiff,
      paramsRel: maxDiff(gState.params, cState.params) / maxAbs(cState.params),
      runningRel: cState.running.length ? maxDiff(gState.running, cState.running) / maxAbs(cState.running) : 0,
      evalLossRel,
      epochsCompared: ce.length,
      masksEqual: m1.equal && m2.equal,
      maskBits: m1.bits + m2.bits,
      progressCpu: cpu.progress(),
      progressGpu: gpu.progress(0),
      stepsPerSubmit: stats.stepsPerSubmit,
      dispatchesPerStep: stats.dispatchesPerStep,
    };
  } finally {
    gpu.dispose();
  }
}

/** Destroys the device in the middle of a single run (a managed population of one): training must go on, on the CPU, and say so. */
async function deviceLoss(): Promise<{
  statuses: BackendStatus[];
  before: string;
  after: string;
  takenAfter: number;
  stepAfter: number;
  lossesFinite: boolean;
  live: number;
}> {
  const c = gpuCase('dropout-adagrad');
  const data = makeCaseData(c.data);
  const statuses: BackendStatus[] = [];
  const { population: t } = await createBestPopulation(c.spec, data, [{ seed: c.seed, hyper: c.hyper }], { evalEachEpoch: false, snapshotMs: 0 }, {
    backend: 'gpu',
    onBackend: (s) => statuses.push({ ...s }),
  });
  try {
    const before = t.backend;
    await t.step(8);
    const pending = t.step(8);
    (await context()).device.destroy();
    const r1 = only(await pending);
    const r2 = only(await t.step(12));
    const losses = [...r1.steps, ...r2.steps].map((s) => s.loss);
    return {
      statuses,
      before,
      after: t.backend,
      takenAfter: r2.taken,
      stepAfter: t.progress(0).step,
      lossesFinite: losses.length > 0 && losses.every(Number.isFinite),
      live: liveBufferCount(),
    };
  } finally {
    t.dispose();
  }
}

/** Creates and disposes twenty managed GPU populations of one (some disposed mid-step): no buffer may stay alive. */
async function leakCheck(): Promise<{ before: number; during: number; after: number }> {
  const c = gpuCase('bn-after-dropout-adadelta');
  const data = makeCaseData(c.data);
  const before = liveBufferCount();
  let during = 0;
  for (let i = 0; i < 20; i++) {
    const { population: t } = await createBestPopulation(c.spec, data, [{ seed: c.seed + i, hyper: c.hyper }], {}, { backend: 'gpu' });
    const p = Promise.resolve(t.step(3));
    if (i % 5 === 4) {
      t.dispose();
      await p.catch(() => undefined);
      continue;
    }
    await p;
    await t.histograms(0);
    during = Math.max(during, liveBufferCount());
    t.dispose();
  }
  return { before, during, after: liveBufferCount() };
}

/**
 * backend 'auto' told to measure (as it does for a very small single run on a hardware adapter): the choice, its reason
 * and timings, and whether the chosen population of one starts from step 0 (the measurement's updates undone) — its
 * first update equals a fresh CPU engine's.
 */
async function autoChoice(): Promise<{ status: BackendStatus; firstLossGpuOrCpu: number; firstLossCpu: number; step: number }> {
  const c = gpuCase('relu-sgd');
  const data = makeCaseData(c.data);
  const { population: t, status } = await createBestPopulation(c.spec, data, [{ seed: c.seed, hyper: c.hyper }], { evalEachEpoch: false }, { backend: 'auto', measure: true });
  try {
    const first = [...only(await t.step(1)).steps, ...only(await t.flush()).steps][0];
    const reference = createTrainer(c.spec, data, c.hyper, c.seed, { evalEachEpoch: false }).step(1).steps[0];
    return { status, firstLossGpuOrCpu: first.loss, firstLossCpu: reference.loss, step: t.progress(0).step };
  } finally {
    t.dispose();
  }
}

/** Milliseconds per training step of a single run of a model on random data (diagnostics): GPU (a population of one, its own pacing) and CPU engine. */
async function timeSteps(spec: GpuCase['spec'], n: number, steps: number, batchSize = 100): Promise<{ gpuMs: number; cpuMs: number; perSubmit: number }> {
  const data = makeCaseData({ n, d: spec.inputSize, classes: spec.outputSize, seed: 1 });
  const hyper = { optimizer: 'sgd' as const, lr: 0.05, batchSize };
  const gpu = await createGpuPopulation(await context(), spec, data, [{ seed: 1, hyper }], { evalEachEpoch: false });
  try {
    await gpu.step(2);
    await gpu.flush();
    let t0 = performance.now();
    await gpu.step(steps);
    await gpu.flush();
    const gpuMs = (performance.now() - t0) / steps;
    const cpu = createTrainer(spec, data, hyper, 1, { evalEachEpoch: false });
    cpu.step(2);
    t0 = performance.now();
    cpu.step(steps);
    return { gpuMs, cpuMs: (performance.now() - t0) / steps, perSubmit: gpu.stats().stepsPerSubmit };
  } finally {
    gpu.dispose();
  }
}

/** What the browser tests reach through page.evaluate. */
export interface GpuHarness {
  cases: string[];
  kernelCase: typeof kernelCase;
  parity: typeof parity;
  deviceLoss: typeof deviceLoss;
  leakCheck: typeof leakCheck;
  autoChoice: typeof autoChoice;
  timeSteps: typeof timeSteps;
  tolerances: { kernel: typeof KERNEL_TOL; run: typeof RUN_TOL; histogramMoved: number };
  matmulShapes: { software: MatmulShape; hardware: MatmulShape };
  unhandled: string[];
}

declare global {
  interface Window {
    __gpuHarness?: GpuHarness;
  }
}

const unhandled: string[] = [];
window.addEventListener('unhandledrejection', (e) => unhandled.push(String(e.reason)));
window.__gpuHarness = {
  cases: GPU_CASES.map((c) => c.name),
  kernelCase,
  parity,
  deviceLoss,
  leakCheck,
  autoChoice,
  timeSteps,
  tolerances: { kernel: KERNEL_TOL, run: RUN_TOL, histogramMoved: HISTOGRAM_MOVED },
  matmulShapes: { software: MATMUL_SOFTWARE, hardware: MATMUL_HARDWARE },
  unhandled,
};
document.getElementById('status')!.textContent = 'ready';

