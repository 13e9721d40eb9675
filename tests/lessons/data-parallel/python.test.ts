// "Reproduce in Python" for the data-parallel lesson: the exported scripts (equivalence, scaling, model), run by python3 on the
// site's own data files at CI size, print the tables the CPU engine computes (the page's own functions and population).
import { describe, expect, it } from 'vitest';
import { createCpuPopulation } from '../../../src/engine/train';
import { buildData } from '../../../src/worker/shared/data/buildData';
import { commModel } from '../../../src/lessons/data-parallel/commModel';
import { allReduceTime, equivalenceRow, equivalenceSetup, eqWorkerCounts, MODEL_K, scalingMembers, scalingPopulation, speedup, stepTime, type ScalingKnobs } from '../../../src/lessons/data-parallel/model';
import { dataParallelParams, type DataParallelValues } from '../../../src/lessons/data-parallel/params';
import { dataParallelScript, DP_FIGURE_COLUMNS, type DataParallelFigure } from '../../../src/lessons/data-parallel/python';
import { defaults } from '../../../src/state/params';
import { mnistSmall } from '../../engine/train/mnistFixtures';
import { loadMnistBytesNode, MNIST_DATA_DIR } from '../../helpers/mnistNode';
import { tamperedMnist } from '../../helpers/tamperedMnist';
import { expectTablesClose, parseCsv, runPython, runPythonStatus } from '../../helpers/python';

const base = defaults(dataParallelParams) as DataParallelValues;
const URL = 'https://example.invalid/site/data/';
const run = (figure: DataParallelFigure, v: DataParallelValues, args = ['--data', MNIST_DATA_DIR]) => parseCsv(runPython(dataParallelScript(figure, v, 'en', URL), args, 600_000));

describe('the data-parallel figures exported as scripts', () => {
  it('carry the page’s settings and each figure’s columns', () => {
    const v = { ...base, 'eq.batch': 40, lr: 0.05, b: 8, kmax: 16, epochs: 3, n: 512, warmup: 0.5, seed: 4, bw: 2, lat: 5, mb: 0.5, ms: 3 } as DataParallelValues;
    const eq = dataParallelScript('equivalence', v, 'en', URL);
    for (const s of ['N = 40', 'WORKERS = [1, 2, 3, 4, 5, 7, 8, 16, 32]', 'LR = 0.1', 'SIZES = [784, 100, 100, 100, 100, 10]', 'SEED = 4', 'def ring_all_reduce(bufs):']) expect(eq).toContain(s);
    const sc = dataParallelScript('scaling', v, 'en', URL);
    for (const s of ['LR = 0.05', 'B = 8', 'KMAX = 16', 'EPOCHS = 3', 'N = 512', 'N_TEST = 2000', 'WARMUP = 0.5', 'SEED = 4', "'kind': 'warmup-cosine'"]) expect(sc).toContain(s);
    const model = dataParallelScript('model', v, 'en', URL);
    for (const s of ['BANDWIDTH = 2 * 1e9', 'LATENCY = 5 / 1e6', 'BYTES = 0.5 * 1e6', 'COMPUTE = 3 / 1e3', 'KS = [1, 2, 4, 8, 16, 32, 64, 128, 256]']) expect(model).toContain(s);
    for (const f of ['equivalence', 'scaling', 'model'] as const) {
      expect(dataParallelScript(f, v, 'en', URL)).toContain(DP_FIGURE_COLUMNS[f].join(','));
      expect(dataParallelScript(f, v, 'zh', URL)).toContain(`运行：python3 data-parallel-${f}.py`);
    }
  });

  it('model: the time model’s table, the page’s formula to the last bit', () => {
    const v = { ...base, bw: 3.7, lat: 45, mb: 0.37, ms: 2.5 } as DataParallelValues;
    const m = commModel(v);
    const { head, rows } = parseCsv(runPython(dataParallelScript('model', v, 'en', URL)));
    expect(head).toEqual([...DP_FIGURE_COLUMNS.model]);
    expect(rows.map(([k, ...r]) => [Number(k), ...r])).toEqual(MODEL_K.map((K) => [K, speedup(K, m), stepTime(K, m) * 1e3, allReduceTime(K, m) * 1e3]));
  });

  it('equivalence: the K workers’ differences from the whole batch’s update, as the page computes them', () => {
    const v = { ...base, 'eq.batch': 40, seed: 7 } as DataParallelValues;
    const { train } = mnistSmall(40, 0);
    const setup = equivalenceSetup(train.x, train.y as Uint8Array, 40, v.seed);
    const expected = eqWorkerCounts(40).map((K) => equivalenceRow(setup, K)).map((r) => [r.K, r.shards, r.maxAbsDiff, r.plainMeanDiff]);
    // Uneven shards: the plain mean is off by far more than rounding, the weighted all-reduce is not.
    expect(expected.some((r) => (r[3] as number) > 1e3 * (r[2] as number) && (r[3] as number) > 1e-6)).toBe(true);
    const [head, ...lines] = runPython(dataParallelScript('equivalence', v, 'en', URL), ['--data', MNIST_DATA_DIR], 600_000).trimEnd().split('\n');
    expect(head).toBe(DP_FIGURE_COLUMNS.equivalence.join(','));
    // shard_rows is text ("14×5 + 13×2"): every other cell a number. The same float32 operations in the same order: the
    // rounding-sized differences themselves are equal, not just close.
    const rows = lines.map((l) => l.split(',').map((c, i) => (i === 1 ? c : Number(c))));
    expect(rows).toEqual(expected);
  }, 600_000);

  it('scaling: every member’s last epoch and test accuracy, as the CPU engine’s population trains them (a warm-up of half an epoch)', async () => {
    const knobs: ScalingKnobs = { lr: 0.05, b: 16, kmax: 4, epochs: 1, n: 256, warmup: 0.5, seed: 2 };
    const v = { ...base, ...knobs } as DataParallelValues;
    const config = scalingPopulation(knobs);
    const data = await buildData(config.data, () => Promise.resolve(loadMnistBytesNode()));
    const pop = createCpuPopulation(config.spec, data, config.members, config.options);
    const last: (number | undefined)[][] = config.members.map(() => []);
    while (config.members.some((_, i) => pop.progress(i).stopped === null)) {
      const report = await pop.step(20);
      report.members.forEach((m, i) => m.epochs.forEach((e) => (last[i] = [e.epoch + 1, e.test!.accuracy])));
    }
    const expected = scalingMembers(knobs).map((m, i) => {
      const diverged = pop.progress(i).stopped === 'diverged';
      return [m.K, m.batch, m.warmup ? 1 : 0, m.lr, last[i][0] ?? 0, diverged ? NaN : (last[i][1] ?? NaN), diverged ? 1 : 0];
    });
    pop.dispose();
    const { head, rows } = run('scaling', v);
    expect(head).toEqual([...DP_FIGURE_COLUMNS.scaling]);
    expectTablesClose(rows.map(([k, ...r]) => [Number(k), ...r]), expected as number[][], 1e-4);
  }, 900_000);

  it('stops with a message naming the file, and prints no table, when a data file does not match the manifest', () => {
    const name = 'mnist-train-images.u8.gzip';
    const { dir, remove } = tamperedMnist(name);
    try {
      const r = runPythonStatus(dataParallelScript('scaling', base, 'en', URL), ['--data', dir], 60_000);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain(name);
      expect(r.stdout).toBe('');
    } finally {
      remove();
    }
  });
});
