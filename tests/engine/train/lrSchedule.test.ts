// Learning-rate schedules: each formula at hand-worked points, the domain checks, and the lr both engines read per update.
import { describe, expect, it } from 'vitest';
import { resolveSpec } from '../../../src/engine/nn/spec';
import { checkLrSchedule, createTrainer, resolveHyper, scheduledLr, type LrSchedule } from '../../../src/engine/train';
import { RunSchedule } from '../../../src/engine/train/schedule';
import { blobs, smallSpec } from './fixtures';

describe('scheduledLr at hand-worked points', () => {
  const at = (s: LrSchedule, lr0: number, e: number) => scheduledLr(s, lr0, e);

  it('constant: η₀ everywhere', () => {
    expect(at({ kind: 'constant' }, 0.3, 0)).toBe(0.3);
    expect(at({ kind: 'constant' }, 0.3, 17.5)).toBe(0.3);
  });

  it('step: ×γ every k epochs, held between the steps', () => {
    const s: LrSchedule = { kind: 'step', gamma: 0.5, every: 2 };
    expect(at(s, 0.1, 0)).toBeCloseTo(0.1, 15);
    expect(at(s, 0.1, 1.99)).toBeCloseTo(0.1, 15);
    expect(at(s, 0.1, 2)).toBeCloseTo(0.05, 15);
    expect(at(s, 0.1, 5)).toBeCloseTo(0.025, 15); // ⌊5/2⌋ = 2 halvings
  });

  it('exponential: η₀·γ^e, also between whole epochs', () => {
    const s: LrSchedule = { kind: 'exponential', gamma: 0.9 };
    expect(at(s, 0.1, 2)).toBeCloseTo(0.081, 15);
    expect(at(s, 1, 0.5)).toBeCloseTo(Math.sqrt(0.9), 15);
  });

  it('1/t: η₀/(1 + k·e)', () => {
    const s: LrSchedule = { kind: 'inverse', k: 1 };
    expect(at(s, 0.1, 3)).toBeCloseTo(0.025, 15);
    expect(at({ kind: 'inverse', k: 0.5 }, 0.3, 2)).toBeCloseTo(0.15, 15);
  });

  it('cosine: η₀ at 0, the midpoint halfway, η_min at T and after', () => {
    const s: LrSchedule = { kind: 'cosine', total: 10, min: 0.01 };
    expect(at(s, 0.1, 0)).toBeCloseTo(0.1, 15);
    expect(at(s, 0.1, 5)).toBeCloseTo(0.055, 15);
    expect(at(s, 0.1, 10)).toBeCloseTo(0.01, 15);
    expect(at(s, 0.1, 25)).toBeCloseTo(0.01, 15);
    // a quarter of the way: cos(π/4) = √2/2
    expect(at({ kind: 'cosine', total: 4, min: 0 }, 1, 1)).toBeCloseTo((1 + Math.SQRT1_2) / 2, 15);
  });

  it('warm-up then cosine: a line from 0 to η₀ over W epochs, then half a cosine to η_min at T', () => {
    const s: LrSchedule = { kind: 'warmup-cosine', warmup: 2, total: 10, min: 0 };
    expect(at(s, 0.1, 0)).toBe(0);
    expect(at(s, 0.1, 1)).toBeCloseTo(0.05, 15);
    expect(at(s, 0.1, 2)).toBeCloseTo(0.1, 15);
    expect(at(s, 0.1, 6)).toBeCloseTo(0.05, 15); // halfway through the 8 cosine epochs
    expect(at(s, 0.1, 10)).toBeCloseTo(0, 15);
  });

  it('range test: log-linear from η₀ to η₁ over T epochs', () => {
    const s: LrSchedule = { kind: 'range', to: 1, total: 1 };
    expect(at(s, 1e-4, 0)).toBeCloseTo(1e-4, 15);
    expect(at(s, 1e-4, 0.25)).toBeCloseTo(1e-3, 15);
    expect(at(s, 1e-4, 0.5)).toBeCloseTo(1e-2, 15);
    expect(at(s, 1e-4, 1)).toBeCloseTo(1, 12);
  });

  it('rejects unknown kinds and parameters outside their domain', () => {
    expect(() => checkLrSchedule({ kind: 'step', gamma: 0.5, every: 0 })).toThrow(RangeError);
    expect(() => checkLrSchedule({ kind: 'cosine', total: 10, min: -1 })).toThrow(RangeError);
    expect(() => checkLrSchedule({ kind: 'warp' } as unknown as LrSchedule)).toThrow(RangeError);
    expect(() => resolveHyper({ lrSchedule: { kind: 'exponential', gamma: NaN } }, [])).toThrow(RangeError);
    expect(resolveHyper({}, []).lrSchedule).toEqual({ kind: 'constant' });
  });
});

describe('the lr of each update (RunSchedule, shared by both engines)', () => {
  it('is the schedule at epoch + rows seen / n, read before the update', () => {
    // n = 50, batches of 20: the updates of an epoch start at 0, 20 and 40 rows in.
    const run = new RunSchedule(resolveSpec(smallSpec()), { train: blobs(50) }, { lr: 0.1, batchSize: 20, lrSchedule: { kind: 'exponential', gamma: 0.5 } }, 1, {});
    const expected = [0, 0.4, 0.8, 1, 1.4, 1.8].map((e) => 0.1 * Math.pow(0.5, e));
    const seen: number[] = [];
    for (let i = 0; i < 6; i++) {
      seen.push(run.updateHyper().lr);
      run.step++;
      if (run.advance(run.nextRows())) run.endEpoch();
    }
    seen.forEach((lr, i) => expect(lr).toBeCloseTo(expected[i], 15));
    expect(run.hyper.lr).toBe(0.1); // the base lr stays what was set
  });
});

describe('a scheduled CPU run equals a constant-lr run changed by hand before each update', () => {
  const n = 50;
  const batch = 20;
  /** Progress in epochs at update i (0-based): 3 updates per epoch, starting 0, 20 and 40 rows in. */
  const progress = (i: number) => Math.floor(i / 3) + (20 * (i % 3)) / n;
  const cosineLr = (e: number) => 0.005 + (0.2 - 0.005) * (1 + Math.cos((Math.PI * Math.min(e, 4)) / 4)) / 2;
  const stepLr = (e: number) => 0.3 * Math.pow(0.1, Math.floor(e / 2));

  it('update by update, including a schedule changed mid-run', () => {
    const data = { train: blobs(n) };
    const base = { optimizer: 'momentum' as const, gamma: 0.9, batchSize: batch };
    const scheduled = createTrainer(smallSpec(), data, { ...base, lr: 0.2, lrSchedule: { kind: 'cosine', total: 4, min: 0.005 } }, 3, { evalEachEpoch: false });
    const byHand = createTrainer(smallSpec(), data, { ...base, lr: 0.2 }, 3, { evalEachEpoch: false });
    for (let i = 0; i < 15; i++) {
      if (i === 8) scheduled.setHyper({ lr: 0.3, lrSchedule: { kind: 'step', gamma: 0.1, every: 2 } });
      byHand.setHyper({ lr: i < 8 ? cosineLr(progress(i)) : stepLr(progress(i)) });
      const a = scheduled.step(1);
      const b = byHand.step(1);
      expect(a.steps[0].loss).toBe(b.steps[0].loss);
      expect(scheduled.getParams()).toEqual(byHand.getParams());
    }
    expect(scheduled.getHyper().lr).toBe(0.3);
  });
});
