// The metric-row writers are generated from the protocol's column tables: each column holds the field it names.
import { describe, expect, it } from 'vitest';
import type { EpochMetrics, StepMetrics } from '../../src/engine/train';
import { RowBuilder, rowWriter, stepRowWriter, writeEpochRow } from '../../src/worker/thread/metricRows';
import { EPOCH_COLUMNS, STEP_BASE_COLUMNS, stepColumns } from '../../src/worker/shared/protocol';

const L = 3;
const step: StepMetrics = {
  step: 11,
  epoch: 2,
  loss: 0.5,
  dataLoss: 0.25,
  accuracy: 0.75,
  gradNorm: 1.5,
  gradNorms: new Float64Array([10, 20, 30]),
  weightNorms: new Float64Array([100, 200, 300]),
};

describe('stepRowWriter(stepColumns(L))', () => {
  it('writes each column the value of the field it names', () => {
    const columns = stepColumns(L);
    const out = new Float64Array(columns.length + 2).fill(-1);
    stepRowWriter(columns)(out, 1, { m: step, trainMs: 42 });
    const at = (name: string) => out[1 + columns.indexOf(name)];
    for (const name of STEP_BASE_COLUMNS) expect(at(name), name).toBe(name === 'trainMs' ? 42 : step[name]);
    for (let l = 0; l < L; l++) {
      expect(at(`gradNorm${l}`)).toBe(step.gradNorms[l]);
      expect(at(`weightNorm${l}`)).toBe(step.weightNorms[l]);
    }
    expect([out[0], out[out.length - 1]]).toEqual([-1, -1]);
  });

  it('follows the column order it is given, and rejects a column it has no source for', () => {
    const out = new Float64Array(3);
    stepRowWriter(['weightNorm2', 'loss', 'step'])(out, 0, { m: step, trainMs: 0 });
    expect([...out]).toEqual([300, 0.5, 11]);
    expect(() => stepRowWriter(['loss', 'nonsense'])).toThrow(/nonsense/);
  });
});

describe('writeEpochRow', () => {
  it('writes EPOCH_COLUMNS from the epoch metrics, NaN for an absent split', () => {
    const m: EpochMetrics = { epoch: 4, step: 50, train: { loss: 0.3, accuracy: 0.9, n: 10 }, test: { loss: 0.6, accuracy: 0.8, n: 5 } };
    const out = new Float64Array(EPOCH_COLUMNS.length);
    writeEpochRow(out, 0, { m, trainMs: 7 });
    const row = Object.fromEntries(EPOCH_COLUMNS.map((c, j) => [c, out[j]]));
    expect(row).toEqual({
      step: 50,
      epoch: 4,
      trainMs: 7,
      trainLoss: 0.3,
      trainAccuracy: 0.9,
      validationLoss: NaN,
      validationAccuracy: NaN,
      testLoss: 0.6,
      testAccuracy: 0.8,
    });
  });
});

describe('RowBuilder', () => {
  it('push grows past its initial size and take() returns exactly the rows, then empties', () => {
    const b = new RowBuilder(2, 1);
    const write = rowWriter<number>(['a', 'b'], (c) => (c === 'a' ? (x) => x : (x) => -x));
    for (let i = 0; i < 5; i++) b.push(write, i);
    expect([...b.take()]).toEqual([0, -0, 1, -1, 2, -2, 3, -3, 4, -4]);
    expect(b.rows).toBe(0);
    expect(b.take().length).toBe(0);
  });
});
