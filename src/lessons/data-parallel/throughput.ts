// This machine measured: samples per second of the site's CPU and WebGPU engines on the race net, batch by batch and population by population, in a worker of its own.
import type { TrainerClient } from '../../components/run';
import { gpuKindOf, type MeasurementPhase, type MeasurementSinks } from '../../components/useMeasurement';
import { raceNet } from '../optimizers-mnist/race';
import { throughputCells, type ThroughputRow } from './model';

/** A cell left out because its engine had used up its time budget. */
export interface SkippedCell {
  engine: 'cpu' | 'gpu';
  batch: number;
  members: number;
}

/** What the measurement is doing now. */
export type ThroughputPhase = MeasurementPhase<ThroughputRunning>;

/** The cell being timed now. */
export interface ThroughputRunning {
  kind: 'running';
  engine: 'cpu' | 'gpu';
  batch: number;
  members: number;
  index: number;
  total: number;
}

/** Digits the timed runs draw their batches from (the largest batch is one pass over them). */
export const TP_DIGITS = 1000;
/** Aim of one timed stretch, and the most updates in it: the whole measurement stays at a few seconds. */
const TARGET_MS = 150;
const MAX_STEPS = 40;
/**
 * Time one engine may spend on the grid after its first cell: cells not started by then are skipped and reported (a software GPU such as
 * SwiftShader needs seconds for one update of 64 nets; a real one, and the CPU engine, finish the grid well inside it).
 */
export const ENGINE_BUDGET_MS = 8000;

/**
 * Times training updates (forward, backward, SGD) of the race net on MNIST on each engine, cell by cell
 * (throughputCells): R networks with batches of `batch` rows, one population on that engine. Per cell: one warm-up
 * update, one to size the stretch, then k ≤ MAX_STEPS updates timed from the page (the worker answers after the last
 * one has finished, on the GPU too). samples/s = batch · R · k / seconds. An engine that has spent ENGINE_BUDGET_MS skips
 * its remaining cells (reported through on.skip). Stops between updates once `cancelled()`.
 */
export async function measureThroughput(
  client: TrainerClient,
  maxBatch: number,
  maxMembers: number,
  on: MeasurementSinks<ThroughputRow, ThroughputRunning> & { skip(cell: SkippedCell): void },
  cancelled: () => boolean,
): Promise<void> {
  const cells = throughputCells(maxBatch, maxMembers);
  const total = 2 * cells.length;
  let index = 0;
  for (const engine of ['cpu', 'gpu'] as const) {
    // The budget's clock starts after the first cell, whose first update also compiles the GPU's programs.
    let t0 = Infinity;
    for (const { batch, members } of cells) {
      if (cancelled()) return;
      if (performance.now() - t0 > ENGINE_BUDGET_MS) {
        on.skip({ engine, batch, members });
        index++;
        continue;
      }
      on.phase({ kind: 'running', engine, batch, members, index: index++, total });
      const created = await client.create({
        spec: raceNet(),
        data: { kind: 'mnist', nTrain: TP_DIGITS },
        members: Array.from({ length: members }, (_, i) => ({ seed: i + 1, hyper: { optimizer: 'sgd' as const, lr: 0.01, batchSize: batch } })),
        options: { evalEachEpoch: false },
        backend: engine,
      });
      if (engine === 'gpu') {
        const g = gpuKindOf(created.backendStatus);
        on.gpu(g);
        if (g.kind === 'none') return;
      }
      const msPerUpdate = await timeUpdates(client, cancelled);
      if (cancelled()) return;
      on.row({ engine, batch, members, samplesPerS: (1000 * batch * members) / msPerUpdate });
      if (t0 === Infinity) t0 = performance.now();
    }
  }
}

/** ms per update: a warm-up, a sizing update, then k ≤ MAX_STEPS updates timed together. */
async function timeUpdates(client: TrainerClient, cancelled: () => boolean): Promise<number> {
  await client.step(1);
  if (cancelled()) return NaN;
  let t0 = performance.now();
  await client.step(1);
  const one = performance.now() - t0;
  const k = Math.max(1, Math.min(MAX_STEPS, Math.round(TARGET_MS / Math.max(one, 1e-3))));
  if (k === 1 || cancelled()) return one;
  t0 = performance.now();
  await client.step(k);
  return (performance.now() - t0) / k;
}
