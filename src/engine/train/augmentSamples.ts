// A few rows of a run's next mini-batch, as they are and as its augmentation transforms them (what a page shows as samples).
import { augmentActive, augmentRow, augmentScratch } from '../data/augment';
import type { ResolvedSpec } from '../nn/spec';
import { RunSchedule } from './schedule';
import type { TrainData, TrainerState } from './types';

/** Rows (data indices), labels, pixels as they are and augmented (count×d each), and the epoch and step they belong to. */
export interface AugmentSamples {
  rows: Uint32Array;
  labels: Uint8Array;
  original: Float32Array;
  augmented: Float32Array;
  epoch: number;
  step: number;
}

/**
 * The first `count` rows of the mini-batch the run in `state` trains next (its epoch's order from the shared RunSchedule),
 * augmented by state.hyper.augment keyed by (seed, epoch, row) exactly as the trainers do (copies when augmentation is off).
 */
export function augmentSamples(spec: ResolvedSpec, data: TrainData, state: TrainerState, count: number): AugmentSamples {
  const run = new RunSchedule(spec, data, state.hyper, state.seed, {});
  run.restore(state);
  const { x, y, d } = data.train;
  const start = run.cursor < run.perm.length ? run.cursor : 0;
  const rows = Uint32Array.from(run.perm.subarray(start, start + count));
  const k = rows.length;
  const original = new Float32Array(k * d);
  const augmented = new Float32Array(k * d);
  const labels = new Uint8Array(k);
  const a = state.hyper.augment;
  const scratch = augmentActive(a) ? augmentScratch(a.side ?? 28) : null;
  const dst = new Float64Array(d);
  rows.forEach((i, r) => {
    const src = x.subarray(i * d, (i + 1) * d);
    original.set(src, r * d);
    labels[r] = y instanceof Uint8Array ? y[i] : 0;
    if (augmentActive(a) && scratch) augmented.set(augmentRow(src, i, a, run.seed, run.epoch, dst, scratch), r * d);
    else augmented.set(src, r * d);
  });
  return { rows, labels, original, augmented, epoch: run.epoch, step: run.step };
}
