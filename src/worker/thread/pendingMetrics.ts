// The metric rows a session has recorded but not yet posted, one step block and one epoch block per member.
import type { PopulationReport, Progress, StepMetrics } from '../../engine/train';
import { RowBuilder, stepRowWriter, writeEpochRow, type RowWriter, type Timed } from './metricRows';
import { EPOCH_COLUMNS, stepColumns, type MetricsMessage } from '../shared/protocol';

/** Pending rows of a population of `members` networks with `layers` dense layers each. */
export class PendingMetrics {
  /** The per-step columns (protocol's stepColumns(layers)). */
  readonly columns: string[];
  private readonly writeStep: RowWriter<Timed<StepMetrics>>;
  private readonly steps: RowBuilder[];
  private readonly epochs: RowBuilder[];

  constructor(members: number, layers: number) {
    this.columns = stepColumns(layers);
    this.writeStep = stepRowWriter(this.columns);
    this.steps = Array.from({ length: members }, () => new RowBuilder(this.columns.length));
    this.epochs = Array.from({ length: members }, () => new RowBuilder(EPOCH_COLUMNS.length));
  }

  /** Appends each member's step and epoch metrics; with every > 1 only every k-th step (and a stopping one). */
  record(population: PopulationReport, trainMs: number, every: number): void {
    population.members.forEach((report, i) => {
      for (const m of report.steps) {
        if (every > 1 && m.step % every !== 0 && report.stopped === null) continue;
        this.steps[i].push(this.writeStep, { m, trainMs });
      }
      for (const m of report.epochs) this.epochs[i].push(writeEpochRow, { m, trainMs });
    });
  }

  /** Drops every pending row. */
  clear(): void {
    for (const b of [...this.steps, ...this.epochs]) b.rows = 0;
  }

  /** One metrics message per member with pending rows (buffers of their own, ready to transfer); empties. */
  take(progress: (member: number) => Progress): MetricsMessage[] {
    const out: MetricsMessage[] = [];
    this.steps.forEach((steps, member) => {
      const epochs = this.epochs[member];
      if (steps.rows === 0 && epochs.rows === 0) return;
      const stepCount = steps.rows;
      const epochCount = epochs.rows;
      out.push({
        type: 'metrics',
        member,
        stepColumns: this.columns,
        steps: steps.take(),
        stepCount,
        epochs: epochs.take(),
        epochCount,
        progress: progress(member),
      });
    });
    return out;
  }
}
