// The WebGPU population in real Chromium on SwiftShader: every member against the CPU engine's single run with its own seed and
// hyperparameters (losses, evaluations, parameters, bit-identical dropout masks), a member diverging alone, batch norm as a
// per-member switch (groups), dispatches per step independent of R. The harness page (tests/browser/harness) is built here with Vite, so the spec needs no other build.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { build } from 'vite';
import type { MemberParity, PopulationCase } from './harness/gpuPopulationHarness';
import { serve } from '../support/serve.mjs';
import { HISTOGRAM_MOVED, RUN_TOL, makeCaseData, startParams } from '../gpu/cases';
import { classWeights } from '../../src/engine/nn/loss';
import { expect, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

const root = fileURLToPath(new URL('./harness', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist-test/gpu-population', import.meta.url));
let server: Server;
let page: Page;
const pageErrors: string[] = [];

const dense = (units: number, activation: 'relu' | 'sigmoid' | 'tanh') => ({ units, activation });

/** Every optimizer, L2, L1, dropout ratios (and the book's variant), both clippings, two batch sizes, with epochs and per-epoch evaluation. */
const MIXED: PopulationCase = {
  spec: { inputSize: 12, hidden: [dense(20, 'relu'), dense(16, 'tanh')], outputSize: 4, init: { scheme: 'he' }, loss: 'softmax-ce', dropout: [0.2, 0] },
  data: { n: 96, d: 12, classes: 4, validation: 40, seed: 4 },
  members: [
    { seed: 1, hyper: { optimizer: 'sgd', lr: 0.1, batchSize: 16 } },
    { seed: 2, hyper: { optimizer: 'momentum', lr: 0.05, batchSize: 16, weightDecay: 0.01, dropout: [0.5, 0.3] } },
    { seed: 3, hyper: { optimizer: 'adagrad', lr: 0.05, batchSize: 12, l1: 0.001 } },
    { seed: 4, hyper: { optimizer: 'rmsprop', lr: 0.01, batchSize: 16, clipNorm: 0.5 } },
    { seed: 5, hyper: { optimizer: 'adadelta', batchSize: 16, clipValue: 0.05, dropout: 0 } },
    { seed: 6, hyper: { optimizer: 'adam', lr: 0.01, batchSize: 12, weightDecay: 0.001 }, init: { scheme: 'xavier' } },
    { seed: 7, hyper: { optimizer: 'sgd', lr: 0.1, batchSize: 16, dropout: [0.5, 0.3], dropoutVariant: 'book' } },
  ],
  options: { evalEachEpoch: true },
  steps: 30,
};

/** The four ways to rebalance a skewed label set (the teacher's argmax is not balanced), one member each; the last two with dropout and Adam. */
const REBALANCED: PopulationCase = {
  spec: { inputSize: 10, hidden: [dense(16, 'relu'), dense(12, 'tanh')], outputSize: 5, init: { scheme: 'he' }, loss: 'softmax-ce', dropout: [0.2, 0] },
  data: { n: 90, d: 10, classes: 5, validation: 30, seed: 12 },
  members: [
    { seed: 31, hyper: { optimizer: 'sgd', lr: 0.1, batchSize: 16, rebalance: 'none' } },
    { seed: 32, hyper: { optimizer: 'sgd', lr: 0.1, batchSize: 16, rebalance: 'oversample' } },
    { seed: 33, hyper: { optimizer: 'momentum', lr: 0.05, batchSize: 12, rebalance: 'undersample' } },
    { seed: 34, hyper: { optimizer: 'adam', lr: 0.01, batchSize: 16, rebalance: 'class-weights' } },
  ],
  options: { evalEachEpoch: true },
  steps: 30,
};

/**
 * Augmented mini-batches (6×6 "images"): all four transforms, none (its rows go up copied beside the others), shifts on the
 * first 24 rows only (trainRows: its own epoch length and evaluation cap), noise; the GPU reads the uploaded rows.
 */
const AUGMENTED: PopulationCase = {
  spec: { inputSize: 36, hidden: [dense(16, 'relu'), dense(12, 'tanh')], outputSize: 3, init: { scheme: 'he' }, loss: 'softmax-ce' },
  data: { n: 48, d: 36, classes: 3, validation: 12, seed: 14 },
  members: [
    { seed: 41, hyper: { optimizer: 'sgd', lr: 0.05, batchSize: 8, augment: { shift: 1, rotate: 20, elastic: 3, elasticSigma: 1, noise: 0.1, side: 6 } } },
    { seed: 42, hyper: { optimizer: 'sgd', lr: 0.05, batchSize: 8 } },
    { seed: 43, hyper: { optimizer: 'adam', lr: 0.01, batchSize: 8, trainRows: 24, augment: { shift: 2, rotate: 0, elastic: 0, noise: 0, side: 6 } } },
    { seed: 44, hyper: { optimizer: 'momentum', lr: 0.02, batchSize: 12, augment: { shift: 0, rotate: 0, elastic: 0, noise: 0.2, side: 6 } } },
  ],
  options: { evalEachEpoch: true },
  steps: 24,
};

/** Fine-tuning in miniature: members started from given weights (output layer redrawn) with frozen or slowed lower layers (one on k = 4 rows per class, cycled to 8), beside a fresh one. */
const FINE_TUNE_SPEC = { inputSize: 10, hidden: [dense(16, 'relu'), dense(12, 'relu')], outputSize: 3, init: { scheme: 'he' as const }, loss: 'softmax-ce' as const };
const FINE_TUNE: PopulationCase = {
  spec: FINE_TUNE_SPEC,
  data: { n: 72, d: 10, classes: 3, validation: 24, seed: 14 },
  members: [
    { seed: 41, start: { params: startParams(FINE_TUNE_SPEC, 40) }, hyper: { optimizer: 'adam', lr: 0.01, batchSize: 12, lrFactors: [0, 0, 1] } },
    { seed: 42, start: { params: startParams(FINE_TUNE_SPEC, 40) }, hyper: { optimizer: 'sgd', lr: 0.1, batchSize: 12, lrFactors: [0.1, 0.1, 1], perClass: 4, perClassCycle: 8 } },
    { seed: 43, hyper: { optimizer: 'momentum', lr: 0.05, batchSize: 12, lrFactors: [1, 0.5] } },
  ],
  options: { evalEachEpoch: true },
  steps: 24,
};

/** The seed MLP's shape in miniature (sigmoid too), one member with a huge learning rate. */
const DIVERGING: PopulationCase = {
  spec: { inputSize: 8, hidden: [dense(16, 'sigmoid'), dense(12, 'relu')], outputSize: 3, init: { scheme: 'he' }, loss: 'softmax-ce', dropout: [0.25, 0.25] },
  data: { n: 64, d: 8, classes: 3, seed: 7 },
  members: [
    { seed: 11, hyper: { lr: 0.1, batchSize: 16 } },
    { seed: 12, hyper: { lr: 1e30, batchSize: 16 } },
    { seed: 13, hyper: { optimizer: 'adam', lr: 0.01, batchSize: 16 } },
  ],
  steps: 20,
};

/** Early stopping per member (with an epoch budget as a backstop). */
const STOPPING: PopulationCase = {
  spec: { inputSize: 8, hidden: [dense(16, 'relu')], outputSize: 3, init: { scheme: 'he' }, loss: 'softmax-ce' },
  data: { n: 48, d: 8, classes: 3, validation: 48, seed: 9 },
  members: [
    { seed: 21, hyper: { lr: 0.5, batchSize: 16 } },
    { seed: 22, hyper: { optimizer: 'adam', lr: 0.05, batchSize: 24 } },
  ],
  options: { evalEachEpoch: false, epochs: 8, earlyStopping: { patience: 2 } },
  steps: 30,
};

/** Batch norm before and after the activation and none, as per-member switches (three groups), residual links; the book's dropout after batch norm. */
const BATCH_NORM: PopulationCase = {
  spec: { inputSize: 10, hidden: [dense(16, 'relu'), dense(16, 'tanh')], outputSize: 3, init: { scheme: 'he' }, loss: 'softmax-ce', residual: true },
  data: { n: 72, d: 10, classes: 3, validation: 24, seed: 5 },
  members: [
    { seed: 31, batchNorm: 'before', hyper: { optimizer: 'sgd', lr: 0.05, batchSize: 16 } },
    { seed: 32, batchNorm: 'after', hyper: { optimizer: 'adam', lr: 0.01, batchSize: 16, dropout: 0.2 } },
    { seed: 33, hyper: { optimizer: 'momentum', lr: 0.02, batchSize: 12 } },
    { seed: 34, batchNorm: 'before', hyper: { optimizer: 'rmsprop', lr: 0.005, batchSize: 12, dropout: [0.1, 0.3], dropoutVariant: 'book' } },
  ],
  options: { evalEachEpoch: true },
  steps: 24,
};

test.beforeAll(async ({ browser }) => {
  await build({ configFile: false, root, base: './', logLevel: 'warn', build: { outDir, emptyOutDir: true, target: 'es2022', rollupOptions: { input: `${root}/gpuPopulation.html` } } });
  server = (await serve(outDir, 0)) as Server;
  page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/gpuPopulation.html`);
  await page.waitForFunction(() => window.__gpuPopulation);
});

test.afterEach(async () => {
  expect(pageErrors, 'console errors on the harness page').toEqual([]);
  expect(await page.evaluate(() => window.__gpuPopulation!.unhandled), 'unhandled promise rejections').toEqual([]);
});

test.afterAll(async () => {
  await page?.close();
  server?.close();
});

test('every member of a mixed population matches its own single CPU run step by step, masks bit-identical', async () => {
  const r = await page.evaluate((c) => window.__gpuPopulation!.parity(c), MIXED);
  expect(r.members).toHaveLength(MIXED.members.length);
  r.members.forEach((m, i) => {
    const at = `member ${i} (${MIXED.members[i].hyper?.optimizer})`;
    expect(m.steps, at).toBe(MIXED.steps);
    expect(m.gpuSteps, `${at}: metrics of every step come back`).toBe(m.steps);
    expect(m.stepsMatch, `${at}: same step and epoch numbers`).toBe(true);
    expect(m.progressGpu, at).toEqual(m.progressCpu);
    expect(m.lossRel, at).toBeLessThanOrEqual(RUN_TOL.loss);
    expect(m.gradNormRel, at).toBeLessThanOrEqual(RUN_TOL.gradNorm);
    expect(m.accuracyMaxDiff, at).toBe(0);
    expect(m.paramsRel, at).toBeLessThanOrEqual(RUN_TOL.params);
    expect(m.epochs, `${at}: epoch evaluations`).toBeGreaterThanOrEqual(2);
    expect(m.evalLossRel, at).toBeLessThanOrEqual(RUN_TOL.evalLoss);
    expect(m.lastBatchEqual, `${at}: its own shuffle`).toBe(true);
    expect(m.masksEqual, `${at}: ${m.maskBits} dropout keep bits`).toBe(true);
  });
  expect(r.members.filter((m) => m.maskBits > 0).length, 'members with dropout').toBeGreaterThanOrEqual(3);
});

/** A member's run against its single CPU run, update by update: every step's metrics, losses, gradients, accuracy, parameters. */
function expectStepsMatchCpu(m: MemberParity, at: string, steps: number) {
  expect(m.gpuSteps, `${at}: metrics of every step come back`).toBe(steps);
  expect(m.stepsMatch, `${at}: same step and epoch numbers`).toBe(true);
  expect(m.progressGpu, at).toEqual(m.progressCpu);
  expect(m.lossRel, at).toBeLessThanOrEqual(RUN_TOL.loss);
  expect(m.gradNormRel, at).toBeLessThanOrEqual(RUN_TOL.gradNorm);
  expect(m.accuracyMaxDiff, at).toBe(0);
  expect(m.paramsRel, at).toBeLessThanOrEqual(RUN_TOL.params);
}

test('rebalanced members (oversampling, undersampling, a class-weighted loss) match their single CPU runs step by step', async () => {
  const weights = classWeights(makeCaseData(REBALANCED.data).train.y as Uint8Array, REBALANCED.spec.outputSize);
  expect(Math.max(...weights) / Math.min(...weights), 'the labels are skewed, so the weights differ').toBeGreaterThan(1.5);
  const r = await page.evaluate((c) => window.__gpuPopulation!.parity(c), REBALANCED);
  expect(r.members).toHaveLength(REBALANCED.members.length);
  r.members.forEach((m, i) => {
    const at = `member ${i} (${REBALANCED.members[i].hyper?.rebalance})`;
    expectStepsMatchCpu(m, at, REBALANCED.steps);
    expect(m.evalLossRel, at).toBeLessThanOrEqual(RUN_TOL.evalLoss);
    expect(m.lastBatchEqual, `${at}: its own resampled shuffle`).toBe(true);
  });
});

test('augmented members (uploaded batches, keyed by seed, epoch and row) and one on its first rows only match their single CPU runs', async () => {
  const r = await page.evaluate((c) => window.__gpuPopulation!.parity(c), AUGMENTED);
  expect(r.members).toHaveLength(AUGMENTED.members.length);
  r.members.forEach((m, i) => {
    const at = `member ${i}`;
    expectStepsMatchCpu(m, at, AUGMENTED.steps);
    expect(m.epochs, `${at}: epoch evaluations`).toBeGreaterThanOrEqual(2);
    expect(m.evalLossRel, at).toBeLessThanOrEqual(RUN_TOL.evalLoss);
    expect(m.lastBatchEqual, `${at}: its own shuffle`).toBe(true);
  });
});

test('augmented members on the augment kernel (rows made on the GPU from the rows there) match their single CPU runs', async () => {
  const c = { ...AUGMENTED, augmentPath: 'kernel' as const };
  const r = await page.evaluate((c) => window.__gpuPopulation!.parity(c), c);
  expect(r.members).toHaveLength(c.members.length);
  r.members.forEach((m, i) => {
    const at = `member ${i} (kernel)`;
    expectStepsMatchCpu(m, at, c.steps);
    expect(m.evalLossRel, at).toBeLessThanOrEqual(RUN_TOL.evalLoss);
    expect(m.lastBatchEqual, `${at}: its own shuffle`).toBe(true);
  });
});

test('members started from given weights with frozen or slowed layers match their single CPU runs; frozen layers stay as given', async () => {
  const r = await page.evaluate((c) => window.__gpuPopulation!.parity(c), FINE_TUNE);
  expect(r.members).toHaveLength(FINE_TUNE.members.length);
  r.members.forEach((m, i) => {
    const at = `member ${i}`;
    expectStepsMatchCpu(m, at, FINE_TUNE.steps);
    expect(m.evalLossRel, at).toBeLessThanOrEqual(RUN_TOL.evalLoss);
    expect(m.frozenMoved, `${at}: entries of frozen layers that moved`).toBe(0);
    expect(m.lastBatchEqual, `${at}: its own shuffle (of its k-per-class rows)`).toBe(true);
  });
});

test('a diverging member stops alone at its step; the others carry on as their single runs', async () => {
  const r = await page.evaluate((c) => window.__gpuPopulation!.parity(c), DIVERGING);
  const [a, bad, c] = r.members;
  expect(bad.progressGpu).toEqual(bad.progressCpu);
  expect((bad.progressGpu as { stopped: string }).stopped).toBe('diverged');
  expect(bad.gpuSteps, 'the diverging member reports its steps up to the divergence').toBe(bad.steps);
  for (const m of [a, c]) {
    expect((m.progressGpu as { stopped: unknown }).stopped).toBeNull();
    expect(m.progressGpu).toEqual(m.progressCpu);
    expect(m.gpuSteps).toBe(DIVERGING.steps);
    expect(m.lossRel).toBeLessThanOrEqual(RUN_TOL.loss);
    expect(m.paramsRel).toBeLessThanOrEqual(RUN_TOL.params);
    expect(m.masksEqual, `${m.maskBits} dropout keep bits`).toBe(true);
  }
});

test('early stopping applies per member (each stops at its own step and restores its own best), as in their single runs', async () => {
  const r = await page.evaluate((c) => window.__gpuPopulation!.parity(c), STOPPING);
  expect(r.members[0].steps, 'the members stop at different steps').not.toBe(r.members[1].steps);
  for (const m of r.members) {
    expect((m.progressCpu as { stopped: unknown }).stopped, 'the case stops every member within its steps').not.toBeNull();
    const { bestValidationLoss: bg, ...gpu } = m.progressGpu as { bestValidationLoss: number };
    const { bestValidationLoss: bc, ...cpu } = m.progressCpu as { bestValidationLoss: number };
    expect(gpu).toEqual(cpu);
    expect(Math.abs(bg - bc) / bc).toBeLessThanOrEqual(RUN_TOL.evalLoss);
    expect(m.gpuSteps).toBe(m.steps);
    expect(m.lossRel).toBeLessThanOrEqual(RUN_TOL.loss);
    expect(m.paramsRel, 'the best parameters restored').toBeLessThanOrEqual(RUN_TOL.params);
  }
});

test("per-member histograms, evaluation and state hand-over match each member's single run", async () => {
  const r = await page.evaluate((c) => window.__gpuPopulation!.memberApi(c), MIXED);
  for (const h of r.hist) {
    expect(h.moved).toBeLessThanOrEqual(HISTOGRAM_MOVED);
    expect(h.range).toBeLessThanOrEqual(1e-4);
    expect(h.total).toBeLessThanOrEqual(1);
  }
  expect(r.hist).toHaveLength(2 * MIXED.members.length);
  for (const e of r.evalRel) expect(e).toBeLessThanOrEqual(RUN_TOL.evalLoss);
  expect(r.resetStep, 'reset(member) puts that member back to step 0').toBe(0);
  expect(r.stepsAfter).toEqual(MIXED.members.map(() => 5));
  expect(r.handOverLossRel, 'the member handed over through getState / reset / setState').toBeLessThanOrEqual(RUN_TOL.loss);
  expect(r.othersLossRel, 'the other members, untouched').toBeLessThanOrEqual(RUN_TOL.loss);
  expect(r.statesAgree, 'getStates (one read of every member) equals getState member by member').toBe(true);
});

test("a member's batch growing past the training workspace mid-run: training and evaluation still match the single runs", async () => {
  // MIXED's largest batch is 16; 40 makes the group allocate a larger training workspace (and release the old one).
  const r = await page.evaluate((c) => window.__gpuPopulation!.batchGrowth({ ...c, steps: 4 }, 40), MIXED);
  expect(r.steps).toEqual(MIXED.members.map(() => 8));
  expect(r.lossRel).toBeLessThanOrEqual(RUN_TOL.loss);
  expect(r.evalRel).toHaveLength(2 * MIXED.members.length);
  for (const e of r.evalRel) expect(e).toBeLessThanOrEqual(RUN_TOL.evalLoss);
});

test('dispatches per step do not grow with the number of members (R = 2 and R = 8)', async () => {
  const [two, eight] = await page.evaluate((c) => window.__gpuPopulation!.dispatches(c, [2, 8]), DIVERGING);
  expect(two).toBeGreaterThan(0);
  expect(eight).toBe(two);
});

test('a histogram bound given alone is kept on the GPU as on the CPU; the other is measured', async () => {
  for (const opts of [{ bins: 12, lo: 0.1 }, { bins: 12, hi: 0.5 }]) {
    const { gpu, cpu } = await page.evaluate(([c, o]) => window.__gpuPopulation!.histograms(c, o), [DIVERGING, opts] as const);
    cpu.forEach((h, l) => {
      const g = gpu[l];
      if (opts.lo !== undefined) expect(g.lo).toBe(opts.lo);
      if (opts.hi !== undefined) expect(g.hi).toBe(opts.hi);
      expect(Math.abs(g.lo - h.lo)).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(h.lo)));
      expect(Math.abs(g.hi - h.hi)).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(h.hi)));
      const moved = Object.values(h.counts).reduce((t, v, b) => t + Math.abs(v - (g.counts as unknown as Record<number, number>)[b]), 0);
      expect(moved / 2).toBeLessThanOrEqual(Math.max(1, HISTOGRAM_MOVED * h.total));
      expect(Math.abs(g.total - h.total)).toBeLessThanOrEqual(Math.max(1, HISTOGRAM_MOVED * h.total));
    });
  }
});

test('members with and without batch norm train in groups, each member still its own single run', async () => {
  const r = await page.evaluate((c) => window.__gpuPopulation!.parity(c), BATCH_NORM);
  expect(r.groups).toBe(3);
  r.members.forEach((m, i) => {
    const at = `member ${i} (batch norm ${BATCH_NORM.members[i].batchNorm ?? 'none'})`;
    expect(m.gpuSteps, at).toBe(BATCH_NORM.steps);
    expect(m.stepsMatch, at).toBe(true);
    expect(m.progressGpu, at).toEqual(m.progressCpu);
    expect(m.lossRel, at).toBeLessThanOrEqual(RUN_TOL.loss);
    expect(m.paramsRel, at).toBeLessThanOrEqual(RUN_TOL.params);
    expect(m.runningRel, `${at}: running statistics`).toBeLessThanOrEqual(RUN_TOL.running);
    expect(m.evalLossRel, at).toBeLessThanOrEqual(RUN_TOL.evalLoss);
    expect(m.masksEqual, `${at}: ${m.maskBits} dropout keep bits`).toBe(true);
    expect(m.lastBatchEqual, at).toBe(true);
  });
});

test('a population frees every buffer on dispose, and refuses impossible members with a RangeError', async () => {
  const leak = await page.evaluate((c) => window.__gpuPopulation!.leakCheck(c), BATCH_NORM);
  expect(leak.during).toBeGreaterThan(leak.before);
  expect(leak.after).toBe(leak.before);
  const { spec, data } = DIVERGING;
  expect(await page.evaluate(([s, d]) => window.__gpuPopulation!.rejects(s, d, []), [spec, data] as const)).toMatch(/^RangeError: a population needs/);
  const badDropout = [{ seed: 1 }, { seed: 2, hyper: { dropout: 1.5 } }];
  expect(await page.evaluate(([s, d, m]) => window.__gpuPopulation!.rejects(s, d, m), [spec, data, badDropout] as const)).toMatch(/^RangeError/);
  const badBatch = [{ seed: 1, hyper: { batchSize: 0 } }];
  expect(await page.evaluate(([s, d, m]) => window.__gpuPopulation!.rejects(s, d, m), [spec, data, badBatch] as const)).toMatch(/^RangeError: batchSize/);
});
