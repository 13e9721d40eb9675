// d2l's under/overfitting experiment (seed 000 §1–3) reproduces the qualitative results from the text.
import { describe, expect, it } from 'vitest';
import { fitGrid, GeneralizationRun, verdictOf, type GeneralizationParams } from '../../../src/lessons/generalization/model';

const run = (over: Partial<GeneralizationParams>) => {
  const r = new GeneralizationRun({ degree: 3, n: 100, noise: 0.1, epochs: 400, seed: 1, ...over });
  r.advance(r.params.epochs);
  return r;
};
const last = (r: GeneralizationRun) => r.losses[r.losses.length - 1];

describe('GeneralizationRun', () => {
  it('trains epoch by epoch: advance(k) adds k losses, up to the epoch budget', () => {
    const r = new GeneralizationRun({ degree: 3, n: 20, noise: 0.1, epochs: 5, seed: 1 });
    expect(r.advance(2).map((e) => e.epoch)).toEqual([1, 2]);
    expect(r.advance(10).length).toBe(3);
    expect(r.done).toBe(true);
  });
  it('degree 3 (the right capacity) fits: both losses near the noise floor ½σ² = 0.005 and close to each other', () => {
    const e = last(run({ degree: 3 }));
    expect(e.train).toBeLessThan(0.05);
    expect(e.test).toBeLessThan(0.1);
  });
  it('degree 1 underfits: the training loss itself stays high', () => {
    const e = last(run({ degree: 1 }));
    expect(e.train).toBeGreaterThan(10 * last(run({ degree: 3 })).train);
  });
  it('high degree on few points overfits: test loss far above training loss', () => {
    const e = last(run({ degree: 20, n: 8, epochs: 1000 }));
    expect(e.test).toBeGreaterThan(5 * e.train);
  });
  it('more data pushes overfitting back: the same degree generalizes better with more points', () => {
    const few = last(run({ degree: 20, n: 8, epochs: 1000 }));
    const many = last(run({ degree: 20, n: 100, epochs: 1000 }));
    expect(many.test / many.train).toBeLessThan(few.test / few.train);
    expect(many.test).toBeLessThan(few.test);
  });
  it('predict evaluates Σ wᵢ xⁱ/i! with the learned weights', () => {
    const r = run({ degree: 3 });
    const w = r.weights();
    const x = 0.7;
    expect(r.predict([x])[0]).toBeCloseTo(w[0] + w[1] * x + (w[2] * x * x) / 2 + (w[3] * x ** 3) / 6, 9);
  });
});

describe('fitGrid', () => {
  it('holds the generating cubic 5 + 1.2x − 3.4x²/2! + 5.6x³/3!', () => {
    const g = fitGrid(-1, 1, 3);
    expect(g.x).toEqual([-1, 0, 1]);
    expect(g.yTrue[1]).toBe(5);
    expect(g.yTrue[2]).toBeCloseTo(5 + 1.2 - 1.7 + 5.6 / 6, 12);
  });
});

describe('verdictOf(train, test, noise)', () => {
  it('names the three regimes of the experiment', () => {
    const final = (over: Partial<GeneralizationParams>) => last(run(over));
    const under = final({ degree: 1 });
    const good = final({ degree: 3 });
    const over = final({ degree: 20, n: 10, epochs: 1000 });
    expect(verdictOf(under.train, under.test, 0.1)).toBe('under');
    expect(verdictOf(good.train, good.test, 0.1)).toBe('good');
    expect(verdictOf(over.train, over.test, 0.1)).toBe('over');
    // Part-way through training the right model is not called overfitting.
    const early = final({ degree: 3, epochs: 200 });
    expect(verdictOf(early.train, early.test, 0.1)).toBe('good');
  });
});
