// Metric rows written by writers generated from the protocol's column tables, never at hand-counted offsets.
import type { EpochMetrics, StepMetrics } from '../../engine/train';
import { EPOCH_COLUMNS, STEP_BASE_COLUMNS, type EpochColumn } from '../shared/protocol';

/** A source row and the training time it was recorded at. */
export interface Timed<T> {
  m: T;
  trainMs: number;
}

/** Writes one row into out[offset … offset + columns.length). */
export type RowWriter<T> = (out: Float64Array, offset: number, row: T) => void;

type Source<T> = (row: T) => number;

/** Where each base step column comes from (the table must name every STEP_BASE_COLUMNS entry). */
const STEP_SOURCES = {
  step: (r) => r.m.step,
  epoch: (r) => r.m.epoch,
  trainMs: (r) => r.trainMs,
  loss: (r) => r.m.loss,
  dataLoss: (r) => r.m.dataLoss,
  accuracy: (r) => r.m.accuracy,
  gradNorm: (r) => r.m.gradNorm,
} as const satisfies Record<(typeof STEP_BASE_COLUMNS)[number], Source<Timed<StepMetrics>>>;

/** Per-layer step columns `<name><l>` and the array each reads. */
const STEP_LAYER_SOURCES = {
  gradNorm: (r: Timed<StepMetrics>) => r.m.gradNorms,
  weightNorm: (r: Timed<StepMetrics>) => r.m.weightNorms,
} as const;

/** Where each epoch column comes from (NaN where a split is absent). */
const EPOCH_SOURCES = {
  step: (r) => r.m.step,
  epoch: (r) => r.m.epoch,
  trainMs: (r) => r.trainMs,
  trainLoss: (r) => r.m.train.loss,
  trainAccuracy: (r) => r.m.train.accuracy,
  validationLoss: (r) => r.m.validation?.loss ?? NaN,
  validationAccuracy: (r) => r.m.validation?.accuracy ?? NaN,
  testLoss: (r) => r.m.test?.loss ?? NaN,
  testAccuracy: (r) => r.m.test?.accuracy ?? NaN,
} as const satisfies Record<EpochColumn, Source<Timed<EpochMetrics>>>;

/** A writer of `columns`, each column's value from source(column); throws on a column without a source. */
export function rowWriter<T>(columns: readonly string[], source: (column: string) => Source<T> | undefined): RowWriter<T> {
  const sources = columns.map((c) => {
    const s = source(c);
    if (!s) throw new RangeError(`no source for metric column ${c}`);
    return s;
  });
  return (out, offset, row) => {
    for (let j = 0; j < sources.length; j++) out[offset + j] = sources[j](row);
  };
}

/** The writer of the per-step columns (protocol's stepColumns(L)): base columns, then gradNorm<l>, weightNorm<l>. */
export function stepRowWriter(columns: readonly string[]): RowWriter<Timed<StepMetrics>> {
  return rowWriter(columns, (c) => {
    if (c in STEP_SOURCES) return STEP_SOURCES[c as keyof typeof STEP_SOURCES];
    const match = /^(gradNorm|weightNorm)(\d+)$/.exec(c);
    if (!match) return undefined;
    const array = STEP_LAYER_SOURCES[match[1] as keyof typeof STEP_LAYER_SOURCES];
    const l = Number(match[2]);
    return (r) => array(r)[l] ?? NaN;
  });
}

/** The writer of EPOCH_COLUMNS. */
export const writeEpochRow: RowWriter<Timed<EpochMetrics>> = rowWriter(EPOCH_COLUMNS, (c) => EPOCH_SOURCES[c as EpochColumn]);

/** A growable row-major Float64Array block. */
export class RowBuilder {
  rows = 0;
  private data: Float64Array;

  constructor(
    readonly stride: number,
    initialRows = 64,
  ) {
    this.data = new Float64Array(stride * initialRows);
  }

  /** Appends one row through `write`. */
  push<T>(write: RowWriter<T>, row: T): void {
    if ((this.rows + 1) * this.stride > this.data.length) {
      const bigger = new Float64Array(Math.max(this.data.length * 2, this.stride));
      bigger.set(this.data);
      this.data = bigger;
    }
    write(this.data, this.rows++ * this.stride, row);
  }

  /** A copy of the rows so far (its own buffer, ready to transfer); empties the builder. */
  take(): Float64Array {
    const out = this.data.slice(0, this.rows * this.stride);
    this.rows = 0;
    return out;
  }
}
