// The CPU/GPU timing of one training step for growing widths, measured in the reader's browser through the worker pool's typed protocol.
import type { ModelSpec } from '../../engine/nn';
import type { TrainerClient } from '../../components/run';
import { gpuKindOf, type GpuKind, type MeasurementPhase, type MeasurementSinks } from '../../components/useMeasurement';

/** One measured width: ms per training step on each engine (gpuMs null: no GPU ran it). */
export interface TimingRow {
  width: number;
  cpuMs: number;
  gpuMs: number | null;
}

/** The timed network: 2 inputs → w sigmoid → w sigmoid → 2 softmax outputs (so the w×w product dominates). */
export function timingSpec(width: number): ModelSpec {
  return {
    inputSize: 2,
    hidden: [
      { units: width, activation: 'sigmoid' },
      { units: width, activation: 'sigmoid' },
    ],
    outputSize: 2,
    init: { scheme: 'xavier' },
    loss: 'softmax-ce',
  };
}

/** Multiply–adds of one step, B·(2w + w² + 2w) forward, about twice that backward: ≈ 3B(w² + 4w). */
export function stepMacs(width: number, batch: number): number {
  return 3 * batch * (width * width + 4 * width);
}

/** The step being timed now. */
export interface TimingRunning {
  kind: 'running';
  width: number;
  engine: 'cpu' | 'gpu';
  index: number;
  total: number;
}

/** What the measurement is doing now. */
export type TimingPhase = MeasurementPhase<TimingRunning>;

/** Aim of one timed stretch: long enough that the message to the worker is a small part of it. */
const TARGET_MS = 250;
const MAX_STEPS = 20;

/**
 * Times one training step (forward, backward, SGD update) of timingSpec(w) on a batch of `batch` rows, on the
 * CPU engine and on WebGPU, width by width. Each engine: one warm-up step, one step to size the stretch, then k
 * steps timed from the page (the worker's reply comes after the GPU's last step has finished). Reports each
 * row as it is done; stops between steps when `cancelled()` turns true.
 */
export async function measureTiming(
  client: TrainerClient,
  widths: readonly number[],
  batch: number,
  on: MeasurementSinks<TimingRow, TimingRunning>,
  cancelled: () => boolean,
): Promise<void> {
  let gpuFound: GpuKind | null = null;
  const total = widths.length * 2;
  for (const [i, width] of widths.entries()) {
    const times: Partial<Record<'cpu' | 'gpu', number | null>> = {};
    for (const engine of ['cpu', 'gpu'] as const) {
      if (cancelled()) return;
      if (engine === 'gpu' && gpuFound?.kind === 'none') {
        times.gpu = null;
        continue;
      }
      on.phase({ kind: 'running', width, engine, index: 2 * i + (engine === 'gpu' ? 1 : 0), total });
      const created = await client.create({
        spec: timingSpec(width),
        data: { kind: 'toy', name: 'xor', n: batch, seed: 1 },
        hyper: { optimizer: 'sgd', lr: 0.1, batchSize: batch },
        seed: 1,
        options: { evalEachEpoch: false },
        backend: engine,
      });
      if (engine === 'gpu') {
        gpuFound = gpuKindOf(created.backendStatus);
        on.gpu(gpuFound);
        if (gpuFound.kind === 'none') {
          times.gpu = null;
          continue;
        }
      }
      times[engine] = await timeSteps(client, cancelled);
    }
    if (cancelled()) return;
    on.row({ width, cpuMs: times.cpu as number, gpuMs: times.gpu ?? null });
  }
}

/** ms per step: a warm-up, a sizing step, then k ≤ MAX_STEPS steps timed together. */
async function timeSteps(client: TrainerClient, cancelled: () => boolean): Promise<number> {
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

/**
 * The smallest measured width from which the GPU is faster at every larger measured width (null: it never is,
 * or no GPU ran). Rows in increasing width.
 */
export function crossover(rows: readonly TimingRow[]): number | null {
  let from: number | null = null;
  for (const r of rows) {
    const wins = r.gpuMs !== null && r.gpuMs < r.cpuMs;
    if (wins && from === null) from = r.width;
    if (!wins) from = null;
  }
  return from;
}
