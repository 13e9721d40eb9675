// augmentSamples: the next mini-batch's first rows, as the trainer will see them (augmented with the same keys).
import { describe, expect, it } from 'vitest';
import { augmentRow, type Augment } from '../../../src/engine/data/augment';
import { resolveSpec } from '../../../src/engine/nn/spec';
import { createTrainer, type Dataset } from '../../../src/engine/train';
import { augmentSamples } from '../../../src/engine/train/augmentSamples';
import { smallSpec } from './fixtures';

const AUG: Augment = { shift: 1, rotate: 10, elastic: 0, noise: 0.1, side: 4 };
const data: Dataset = { x: Float32Array.from({ length: 20 * 16 }, (_, i) => (i % 5) / 5), y: Uint8Array.from({ length: 20 }, (_, i) => i % 3), n: 20, d: 16 };

describe('augmentSamples(spec, data, state, count)', () => {
  it('after 2 steps of 4, returns rows 8–10 of the epoch order with their labels, augmented for (seed, epoch 0, row)', () => {
    const t = createTrainer(smallSpec(16, 3), { train: data }, { batchSize: 4, augment: AUG }, 7, { evalEachEpoch: false });
    t.step(2);
    const state = t.getState();
    const s = augmentSamples(resolveSpec(smallSpec(16, 3)), { train: data }, state, 3);
    expect(s.rows).toHaveLength(3);
    expect(s.epoch).toBe(0);
    s.rows.forEach((row, r) => {
      expect(s.labels[r]).toBe(data.y[row]);
      expect(Array.from(s.original.subarray(r * 16, (r + 1) * 16))).toEqual(Array.from(data.x.subarray(row * 16, (row + 1) * 16)));
      const expected = augmentRow(data.x.subarray(row * 16, (row + 1) * 16), row, AUG, 7, 0, new Float32Array(16));
      expect(Array.from(s.augmented.subarray(r * 16, (r + 1) * 16))).toEqual(Array.from(expected));
    });
    // The rows are those the trainer takes next: its third batch starts with them.
    expect(new Set(s.rows).size).toBe(3);
  });
});
