// fromLesson: every catalogue lesson (but the playground) maps to playground params that decode without notices, and carries its setup.
import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../../src/lessons';
import { decode, defaults, encode } from '../../../src/state/params';
import { fromLesson } from '../../../src/lessons/playground/fromLesson';
import { playgroundParams } from '../../../src/lessons/playground/params';

const link = (mapped: Record<string, number | string>) => {
  const q = encode(playgroundParams, { ...defaults(playgroundParams), ...mapped });
  return decode(playgroundParams, new URLSearchParams(q));
};

describe('fromLesson(id, values)', () => {
  it('maps every lesson of the catalogue but the playground, at its defaults, to params that decode with no notice', () => {
    for (const lesson of LESSONS) {
      const mapped = fromLesson(lesson.id, defaults(lesson.params));
      if (lesson.id === 'playground') {
        expect(mapped).toBeNull();
        continue;
      }
      expect(mapped, lesson.id).not.toBeNull();
      const names = new Set(playgroundParams.map((p) => p.name as string));
      for (const k of Object.keys(mapped!)) expect(names.has(k), `${lesson.id}: ${k}`).toBe(true);
      const { values, notices } = link(mapped!);
      expect(notices, lesson.id).toEqual([]);
      for (const [k, v] of Object.entries(mapped!)) expect((values as Record<string, unknown>)[k], `${lesson.id}: ${k}`).toEqual(v);
    }
  });
  it('also with each lesson’s parameters at their maxima and minima (no notice either)', () => {
    for (const lesson of LESSONS) {
      for (const end of ['max', 'min'] as const) {
        const v = { ...defaults(lesson.params) } as Record<string, unknown>;
        for (const p of lesson.params) if (p.kind === 'number' || p.kind === 'int') v[p.name] = p[end];
        const mapped = fromLesson(lesson.id, v as never);
        if (mapped) expect(link(mapped).notices, `${lesson.id} at ${end}`).toEqual([]);
      }
    }
  });
  it('carries each lesson’s setup: dropout p, weight decay λ as L2, the optimizer and its rate, BN placement, the regression set', () => {
    expect(fromLesson('dropout', { p: 0.5 })).toMatchObject({ dropout: 0.5, depth: 6 });
    expect(fromLesson('weight-decay', { 'mnist.lambda': 0.05 })).toMatchObject({ l2: 0.05 });
    expect(fromLesson('optimizers', { opt: ['momentum'], 'momentum.lr': 0.6, 'momentum.gamma': 0.5 })).toMatchObject({ opt: 'momentum', lr: 0.6, 'momentum.gamma': 0.5 });
    expect(fromLesson('optimizers-mnist', { 'adam.lr': 0.002 })).toMatchObject({ opt: 'adam', lr: 0.002 });
    expect(fromLesson('gradients', { act: 'tanh', init: 'he', depth: 20, bn: 'after', clip: 1 })).toMatchObject({ act: 'tanh', init: 'he', depth: 6, bn: 'after', clip: 1 });
    expect(fromLesson('batch-norm', { place: 'after' })).toMatchObject({ bn: 'after' });
    expect(fromLesson('generalization', { noise: 0.1 })).toMatchObject({ data: 'sine', noise: 0.1 });
    expect(fromLesson('minibatch', { b: 32, lr: 0.2 })).toMatchObject({ batch: 32, opt: 'sgd', lr: 0.2 });
  });
});
