// The playground's defaults: two spirals trained on the CPU engine reach a clean boundary within the default epoch budget.
import { describe, expect, it } from 'vitest';
import { createTrainer } from '../../../src/engine/train';
import { defaults } from '../../../src/state/params';
import { buildData } from '../../../src/worker/shared/data/buildData';
import { runOf } from '../../../src/lessons/playground/model';
import { playgroundParams } from '../../../src/lessons/playground/params';

const noMnist = () => Promise.reject(new Error('no MNIST here'));

describe('playground defaults', () => {
  it('two spirals: held-out (test) accuracy ≥ 0.95 at the end of the default epoch budget (CPU engine)', async () => {
    const v = defaults(playgroundParams);
    expect(v.data).toBe('spirals');
    const run = runOf(v);
    const data = await buildData(run.data, noMnist);
    const trainer = createTrainer(run.spec, data, run.members[0].hyper, run.members[0].seed, { ...run.options, evalEachEpoch: false });
    const perEpoch = Math.ceil(data.train.n / v.batch);
    const accs: number[] = [];
    for (let e = 0; e < v.epochs; e++) {
      trainer.step(perEpoch);
      if ((e + 1) % 25 === 0) accs.push(trainer.evaluate(['validation']).validation!.accuracy);
    }
    const final = trainer.evaluate(['train', 'validation']);
    console.info(`spirals defaults: held-out accuracy every 25 epochs ${accs.map((a) => a.toFixed(3)).join(' ')}; final train ${final.train!.accuracy} held-out ${final.validation!.accuracy}`);
    expect(final.validation!.accuracy).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});

describe('playground defaults: held-out points', () => {
  it('the test points are a share of the 400 generated ones, none of them a training point (noise 0 included)', async () => {
    const v = defaults(playgroundParams);
    const data = await buildData(runOf(v).data, noMnist);
    expect(data.train.n).toBe(200);
    expect(data.validation!.n).toBe(200);
    const key = (x: Float32Array, i: number) => `${x[2 * i]},${x[2 * i + 1]}`;
    const train = new Set(Array.from({ length: data.train.n }, (_, i) => key(data.train.x, i)));
    for (let i = 0; i < data.validation!.n; i++) expect(train.has(key(data.validation!.x, i))).toBe(false);
  });
});
