// Browser harness of the GPU population tests: every member against the CPU engine's single run with its seed and hyperparameters.
import type { ModelSpec } from '../../../src/engine/nn/spec';
import { memberSpec, type MemberConfig } from '../../../src/engine/train/populationTypes';
import { createTrainer } from '../../../src/engine/train/trainer';
import { layerRanges } from '../../../src/engine/train/layerFactors';
import type { ParamLayout } from '../../../src/engine/nn/spec';
import type { DropoutMask, LayerHistogram, StepMetrics, StepReport, TrainOptions } from '../../../src/engine/train/types';
import { acquireGpu, liveBufferCount, type GpuContext } from '../../../src/gpu';
import { setAugmentPath, type AugmentPath } from '../../../src/gpu/kernels/augment';
import { createGpuPopulation } from '../../../src/gpu/population';
import { makeCaseData, type DataRecipe } from '../../gpu/cases';

/** A population case: shared spec and data, the members, the options, the steps to take. */
export interface PopulationCase {
  spec: ModelSpec;
  data: DataRecipe;
  members: MemberConfig[];
  options?: TrainOptions;
  steps: number;
  /** How augmented rows reach the GPU (default: the engine's, the upload). */
  augmentPath?: AugmentPath;
}

/** One member against its single CPU run. */
export interface MemberParity {
  steps: number;
  gpuSteps: number;
  stepsMatch: boolean;
  lossRel: number;
  gradNormRel: number;
  accuracyMaxDiff: number;
  paramsRel: number;
  /** Batch-norm running statistics at the end, relative to their largest magnitude (0 without batch norm). */
  runningRel: number;
  evalLossRel: number;
  epochs: number;
  masksEqual: boolean;
  maskBits: number;
  lastBatchEqual: boolean;
  progressCpu: unknown;
  progressGpu: unknown;
  /** Parameters of the dense layers with lrFactor 0 that differ from the start (the given weights, or the seed's draw), on the GPU. */
  frozenMoved: number;
}

/** Entries of the layers with factor 0 where `params` differs from `start` (and the CPU run, which must keep them too, from `start`). */
function frozenMoved(params: Float32Array, cpu: Float32Array, start: Float32Array, layout: ParamLayout, factors: readonly number[] | undefined): number {
  let moved = 0;
  layerRanges(layout).forEach(([a, b], l) => {
    if (factors?.[l] !== 0) return;
    for (let i = a; i < b; i++) if (params[i] !== start[i] || cpu[i] !== start[i]) moved++;
  });
  return moved;
}

async function context(): Promise<GpuContext> {
  const r = await acquireGpu();
  if (!r.ok) throw new Error(`no GPU: ${r.reason} ${r.message}`);
  return r.ctx;
}

function masksEqual(a: DropoutMask[], b: DropoutMask[]): { equal: boolean; bits: number } {
  let equal = a.length === b.length;
  let bits = 0;
  a.forEach((m, l) => {
    const g = b[l];
    equal &&= g !== undefined && g.rows === m.rows && g.units === m.units && g.p === m.p && g.mask.length === m.mask.length;
    for (let i = 0; equal && i < m.mask.length; i++) equal = m.mask[i] === g.mask[i];
    bits += m.p > 0 ? m.mask.length : 0;
  });
  return { equal, bits };
}

const rel = (a: number, b: number) => Math.abs(b - a) / Math.abs(a);
const maxAbs = (v: ArrayLike<number>) => Array.from(v).reduce((t, x) => Math.max(t, Math.abs(x)), 0);
const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => Array.from(a).reduce((t, x, i) => Math.max(t, Math.abs(x - b[i])), 0);

/** Step by step: losses, gradient norms, accuracies (steps must carry the same numbers). */
function compareSteps(cs: StepMetrics[], gs: StepMetrics[]) {
  let lossRel = 0;
  let gradNormRel = 0;
  let accuracyMaxDiff = 0;
  let stepsMatch = cs.length === gs.length;
  for (let i = 0; i < Math.min(cs.length, gs.length); i++) {
    const [a, b] = [cs[i], gs[i]];
    stepsMatch &&= a.step === b.step && a.epoch === b.epoch;
    if (!Number.isFinite(a.loss)) {
      stepsMatch &&= !Number.isFinite(b.loss);
      continue;
    }
    lossRel = Math.max(lossRel, rel(a.loss, b.loss));
    gradNormRel = Math.max(gradNormRel, rel(a.gradNorm, b.gradNorm));
    if (!Number.isNaN(a.accuracy)) accuracyMaxDiff = Math.max(accuracyMaxDiff, Math.abs(b.accuracy - a.accuracy));
  }
  return { lossRel, gradNormRel, accuracyMaxDiff, stepsMatch };
}

function compareEpochs(cpu: StepReport[], gpu: StepReport[]): { evalLossRel: number; epochs: number } {
  const ce = cpu.flatMap((r) => r.epochs);
  const ge = gpu.flatMap((r) => r.epochs);
  let evalLossRel = ce.length === ge.length ? 0 : Infinity;
  for (let i = 0; i < Math.min(ce.length, ge.length); i++) {
    if (ce[i].epoch !== ge[i].epoch || ce[i].step !== ge[i].step) evalLossRel = Infinity;
    for (const split of ['train', 'validation', 'test'] as const) {
      const [a, b] = [ce[i][split], ge[i][split]];
      if (!a || !b) {
        if (a || b) evalLossRel = Infinity;
        continue;
      }
      if (a.n !== b.n) evalLossRel = Infinity;
      else if (a.n > 0) evalLossRel = Math.max(evalLossRel, rel(a.loss, b.loss));
    }
  }
  return { evalLossRel, epochs: ce.length };
}

/**
 * The population of `c.members` for c.steps steps (in two step() calls, then flush) against each member's single
 * CPU run (createTrainer(memberSpec(spec, member), data, member.hyper, member.seed, options with member.start)).
 */
async function parity(c: PopulationCase): Promise<{ members: MemberParity[]; dispatchesPerStep: number; groups: number }> {
  const data = makeCaseData(c.data);
  const options: TrainOptions = { evalEachEpoch: false, ...c.options };
  setAugmentPath(c.augmentPath ?? 'upload');
  const pop = await createGpuPopulation(await context(), c.spec, data, c.members, options).finally(() => setAugmentPath('upload'));
  try {
    const first = Math.max(1, Math.floor(c.steps / 3));
    const gpuReports = [await pop.step(first), await pop.step(c.steps - first), await pop.flush()];
    const members: MemberParity[] = [];
    for (let i = 0; i < c.members.length; i++) {
      const m = c.members[i];
      const cpu = createTrainer(memberSpec(c.spec, m), data, m.hyper ?? {}, m.seed, { ...options, start: m.start });
      const cpuReports = [cpu.step(first), cpu.step(c.steps - first)];
      const gReports = gpuReports.map((r) => r.members[i]);
      const cs = cpuReports.flatMap((r) => r.steps);
      const gs = gReports.flatMap((r) => r.steps);
      const masks = masksEqual(cpu.dropoutMasks(), await pop.dropoutMasks(i));
      const cpuBatch = cpu.lastBatch();
      const gpuBatch = pop.lastBatch(i);
      const params = await pop.getParams(i);
      const running = (await pop.getState(i)).running;
      const cpuRunning = cpu.getState().running;
      members.push({
        steps: cs.length,
        gpuSteps: gs.length,
        ...compareSteps(cs, gs),
        ...compareEpochs(cpuReports, gReports),
        paramsRel: maxDiff(params, cpu.getParams()) / maxAbs(cpu.getParams()),
        runningRel: cpuRunning.length ? maxDiff(running, cpuRunning) / maxAbs(cpuRunning) : running.length,
        masksEqual: masks.equal,
        maskBits: masks.bits,
        lastBatchEqual: cpuBatch.length === gpuBatch.length && cpuBatch.every((v, j) => v === gpuBatch[j]),
        progressCpu: cpu.progress(),
        progressGpu: pop.progress(i),
        frozenMoved: frozenMoved(params, cpu.getState().params, createTrainer(memberSpec(c.spec, m), data, m.hyper ?? {}, m.seed, { ...options, start: m.start }).getParams(), cpu.layout, m.hyper?.lrFactors),
      });
    }
    const stats = pop.stats();
    return { members, dispatchesPerStep: stats.dispatchesPerStep, groups: stats.groups };
  } finally {
    pop.dispose();
  }
}

/** A histogram against the CPU's: bins moved (fraction of values counted), range difference, totals. */
function histDiff(g: LayerHistogram, c: LayerHistogram): { moved: number; range: number; total: number } {
  let moved = 0;
  for (let b = 0; b < c.counts.length; b++) moved += Math.abs(g.counts[b] - c.counts[b]);
  const scale = Math.max(1, Math.abs(c.lo), Math.abs(c.hi));
  return { moved: c.total > 0 ? moved / 2 / c.total : 0, range: Math.max(Math.abs(g.lo - c.lo), Math.abs(g.hi - c.hi)) / scale, total: Math.abs(g.total - c.total) };
}

/**
 * The per-member API after c.steps steps, each member against its single CPU run: histograms of its last batch,
 * evaluate(), and member 1 handed over (getState, reset, setState) and stepped on, with the others untouched.
 */
async function memberApi(c: PopulationCase): Promise<{
  hist: { moved: number; range: number; total: number }[];
  evalRel: number[];
  resetStep: number;
  handOverLossRel: number;
  othersLossRel: number;
  stepsAfter: number[];
  statesAgree: boolean;
}> {
  const data = makeCaseData(c.data);
  const options: TrainOptions = { evalEachEpoch: false, ...c.options };
  const pop = await createGpuPopulation(await context(), c.spec, data, c.members, options);
  try {
    await pop.step(c.steps);
    await pop.flush();
    const cpus = c.members.map((m) => createTrainer(memberSpec(c.spec, m), data, m.hyper ?? {}, m.seed, { ...options, start: m.start }));
    for (const cpu of cpus) cpu.step(c.steps);
    const hist: { moved: number; range: number; total: number }[] = [];
    for (let i = 0; i < cpus.length; i++) {
      const g = await pop.histograms(i, { bins: 10 });
      cpus[i].histograms({ bins: 10 }).forEach((h, l) => hist.push(histDiff(g[l], h)));
    }
    const evals = await pop.evaluate();
    const evalRel = cpus.map((cpu, i) => rel(cpu.evaluate().train.loss, evals[i].train.loss));
    // getStates (one read of the stacked buffers) against getState member by member.
    const together = await pop.getStates();
    const oneByOne = await Promise.all(c.members.map((_, i) => pop.getState(i)));
    const same = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.from(a).every((v, k) => Object.is(v, b[k]));
    const statesAgree = together.every((t, i) => {
      const o = oneByOne[i];
      return t.step === o.step && same(t.params, o.params) && same(t.running, o.running) && same(t.optimizer.v, o.optimizer.v) && same(t.optimizer.s, o.optimizer.s) && same(t.optimizer.dx, o.optimizer.dx);
    });
    const state = await pop.getState(1);
    pop.reset(1, 99);
    const resetStep = pop.progress(1).step;
    pop.setState(1, state);
    const after = [await pop.step(5), await pop.flush()];
    const cpuAfter = cpus.map((cpu) => cpu.step(5));
    const lossRel = (i: number) => compareSteps(cpuAfter[i].steps, after.flatMap((r) => r.members[i].steps)).lossRel;
    return {
      hist,
      evalRel,
      resetStep,
      handOverLossRel: lossRel(1),
      othersLossRel: Math.max(...cpus.map((_, i) => (i === 1 ? 0 : lossRel(i)))),
      stepsAfter: cpus.map((_, i) => after.flatMap((r) => r.members[i].steps).length),
      statesAgree,
    };
  } finally {
    pop.dispose();
  }
}

/**
 * A member's batch grows past the training workspace mid-run (setHyper, as the worker does on a slider change), then
 * every member steps on and is evaluated: losses and evaluations against single CPU runs given the same change.
 */
async function batchGrowth(c: PopulationCase, grownBatch: number): Promise<{ lossRel: number; evalRel: number[]; steps: number[] }> {
  const data = makeCaseData(c.data);
  const options: TrainOptions = { evalEachEpoch: false, ...c.options };
  const pop = await createGpuPopulation(await context(), c.spec, data, c.members, options);
  try {
    const cpus = c.members.map((m) => createTrainer(memberSpec(c.spec, m), data, m.hyper ?? {}, m.seed, { ...options, start: m.start }));
    const before = [await pop.step(c.steps), await pop.flush()];
    const cpuBefore = cpus.map((cpu) => cpu.step(c.steps));
    pop.setHyper(0, { batchSize: grownBatch });
    cpus[0].setHyper({ batchSize: grownBatch });
    const after = [await pop.step(c.steps), await pop.flush()];
    const cpuAfter = cpus.map((cpu) => cpu.step(c.steps));
    const evals = await pop.evaluate(['train', 'validation']);
    const gpuSteps = (i: number) => [...before, ...after].flatMap((r) => r.members[i].steps);
    const cpuSteps = (i: number) => [...cpuBefore[i].steps, ...cpuAfter[i].steps];
    return {
      lossRel: Math.max(...cpus.map((_, i) => compareSteps(cpuSteps(i), gpuSteps(i)).lossRel)),
      evalRel: cpus.flatMap((cpu, i) => {
        const e = cpu.evaluate(['train', 'validation']);
        return [rel(e.train.loss, evals[i].train.loss), rel(e.validation!.loss, evals[i].validation!.loss)];
      }),
      steps: cpus.map((_, i) => gpuSteps(i).length),
    };
  } finally {
    pop.dispose();
  }
}

/** Dispatches per training step of populations of each size in `sizes` (same model), after two steps. */
async function dispatches(c: PopulationCase, sizes: number[]): Promise<number[]> {
  const data = makeCaseData(c.data);
  const out: number[] = [];
  for (const R of sizes) {
    const members = Array.from({ length: R }, (_, i) => ({ seed: i + 1, hyper: { lr: 0.01 * (i + 1) } }));
    const pop = await createGpuPopulation(await context(), c.spec, data, members, { evalEachEpoch: false });
    try {
      await pop.step(2);
      await pop.flush();
      out.push(pop.stats().dispatchesPerStep);
    } finally {
      pop.dispose();
    }
  }
  return out;
}

/** Histograms of one GPU run (a population of member 0 alone) and the CPU run holding its parameters, for `opts` (a bound alone included). */
async function histograms(c: PopulationCase, opts: { bins: number; lo?: number; hi?: number }): Promise<{ gpu: LayerHistogram[]; cpu: LayerHistogram[] }> {
  const data = makeCaseData(c.data);
  const m = c.members[0];
  const gpu = await createGpuPopulation(await context(), c.spec, data, [{ seed: m.seed, hyper: m.hyper }], { evalEachEpoch: false });
  try {
    await gpu.step(c.steps);
    const cpu = createTrainer(c.spec, data, m.hyper ?? {}, m.seed, { evalEachEpoch: false });
    cpu.setParams(await gpu.getParams(0));
    const x = data.train.x.subarray(0, 40 * data.train.d);
    return { gpu: await gpu.histograms(0, { ...opts, x, n: 40 }), cpu: cpu.histograms({ ...opts, x, n: 40 }) };
  } finally {
    gpu.dispose();
  }
}

/**
 * Diagnostics (no test asserts on time): milliseconds per population step of R members of `spec` (SGD, batch 100,
 * learning rates spread over 10^[−3, −0.5]) on random data, after two warm-up steps, and the dispatches per step.
 */
async function timePopulation(spec: ModelSpec, R: number, steps: number): Promise<{ msPerStep: number; samplesPerSecond: number; dispatchesPerStep: number }> {
  const data = makeCaseData({ n: 1000, d: spec.inputSize, classes: spec.outputSize, seed: 1 });
  const members = Array.from({ length: R }, (_, i) => ({ seed: i + 1, hyper: { lr: 10 ** (-3 + (2.5 * i) / Math.max(1, R - 1)), batchSize: 100 } }));
  const pop = await createGpuPopulation(await context(), spec, data, members, { evalEachEpoch: false });
  try {
    await pop.step(2);
    await pop.flush();
    const t0 = performance.now();
    await pop.step(steps);
    await pop.flush();
    const msPerStep = (performance.now() - t0) / steps;
    return { msPerStep, samplesPerSecond: (R * 100 * 1000) / msPerStep, dispatchesPerStep: pop.stats().dispatchesPerStep };
  } finally {
    pop.dispose();
  }
}

/** Creates, steps and disposes a population: the live buffer count must come back. */
async function leakCheck(c: PopulationCase): Promise<{ before: number; during: number; after: number }> {
  const before = liveBufferCount();
  const pop = await createGpuPopulation(await context(), c.spec, makeCaseData(c.data), c.members, { evalEachEpoch: false });
  await pop.step(2);
  await pop.flush();
  const during = liveBufferCount();
  pop.dispose();
  return { before, during, after: liveBufferCount() };
}

/** Whether createGpuPopulation rejects with a RangeError, and its message. */
async function rejects(spec: ModelSpec, recipe: DataRecipe, members: MemberConfig[]): Promise<string | null> {
  try {
    const pop = await createGpuPopulation(await context(), spec, makeCaseData(recipe), members);
    pop.dispose();
    return null;
  } catch (e) {
    return e instanceof RangeError ? `RangeError: ${e.message}` : `other: ${String(e)}`;
  }
}

/** What the browser tests reach through page.evaluate. */
export interface GpuPopulationHarness {
  parity: typeof parity;
  memberApi: typeof memberApi;
  batchGrowth: typeof batchGrowth;
  dispatches: typeof dispatches;
  histograms: typeof histograms;
  leakCheck: typeof leakCheck;
  timePopulation: typeof timePopulation;
  rejects: typeof rejects;
  unhandled: string[];
}

declare global {
  interface Window {
    __gpuPopulation?: GpuPopulationHarness;
  }
}

const unhandled: string[] = [];
window.addEventListener('unhandledrejection', (e) => unhandled.push(String(e.reason)));
window.__gpuPopulation = { parity, memberApi, batchGrowth, dispatches, histograms, leakCheck, timePopulation, rejects, unhandled };
document.getElementById('status')!.textContent = 'ready';
