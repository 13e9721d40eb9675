// The GPU run's public types (options, probe, stats, lost-device error) and the records its run loop keeps per pass and per submit.
import type { TrainOptions, EvalReport, SplitName } from '../../engine/train/types';
import type { RunCounters } from '../../engine/train/schedule';
import type { OptimizerName } from '../../engine/optimizers';
import type { MatmulShape } from '../kernels/shared';

/** Thrown (as a rejection) by every GPU method once the device is lost or failed. */
export class GpuLostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GpuLostError';
  }
}

/** TrainOptions plus the GPU's pacing. */
export interface GpuTrainOptions extends TrainOptions {
  /** Target GPU time per submit in ms (default 8: a frame's worth, with room for the page). */
  frameMs?: number;
  /** Most training steps per submit (default 32). */
  maxStepsPerSubmit?: number;
  /** Fixed steps per submit instead of adapting to frameMs (tests, benchmarks). */
  stepsPerSubmit?: number;
  /** A managed population reads every member's state back (where a CPU fallback resumes) at most this often, in ms, after a step (default 2000; 0: after every step). */
  snapshotMs?: number;
  /** The dense kernels' tile shape (default: matmulShape of the adapter; tests set it to check each shape on one adapter). */
  matmul?: MatmulShape;
}

/** Everything on the GPU for the last training step, read back (tests and diagnostics). Shapes as in GpuWorkspace. */
export interface GpuProbe {
  rows: number;
  hidden: { z: Float32Array; pre: Float32Array; out: Float32Array; mask: Uint32Array; stats: Float32Array; dOut: Float32Array; dz: Float32Array }[];
  logits: Float32Array;
  dLogits: Float32Array;
  grads: Float32Array;
  params: Float32Array;
  running: Float32Array;
  control: Float32Array;
  v: Float32Array;
  s: Float32Array;
  dx: Float32Array;
}

/** Pacing and counts, for the benchmark. */
export interface GpuStats {
  stepsPerSubmit: number;
  dispatchesPerStep: number;
  submits: number;
  /** Estimated GPU time per training step (ms; NaN before the first measurement). */
  msPerStep: number;
  /** The dense kernels' tile shape. */
  matmul: MatmulShape;
}

/** Pass slots per submit: training steps plus evaluation chunks. */
export const MAX_PASSES = 128;
/**
 * Staging buffers for metrics in flight: how many submits the GPU may run ahead of the read-back (a few KB each;
 * generous, because a mapAsync can take a frame or two to resolve and the GPU should not idle meanwhile).
 */
export const RING = 8;

/** One member's part of a training pass: where it stood before, to roll back to on a late-found divergence. */
export interface MemberStepTag {
  /** The member's generation when encoded (a reset of that member alone makes the tag stale). */
  gen: number;
  /** 1-based number of this update. */
  step: number;
  epoch: number;
  cursorBefore: number;
  tBefore: number;
  rows: number;
}

/** A training pass: each member's tag, or null for a member that did not train (stopped). */
export interface StepTag {
  kind: 'step';
  members: (MemberStepTag | null)[];
}

/** An evaluation chunk's pass (every member evaluated; the job says whose results count). */
export interface EvalTag {
  kind: 'eval';
  job: EvalJob;
  split: SplitName;
  rows: number;
}

export type PassTag = StepTag | EvalTag;

/** Running sums of one split of an evaluation. */
export interface EvalSums {
  loss: number;
  correct: number;
  n: number;
}

/** A member an evaluation is for: the epoch that ended (or the current one) and the updates taken then. */
export interface EvalEntry {
  member: number;
  /** The member's generation when queued (see MemberStepTag.gen). */
  gen: number;
  epoch: number;
  step: number;
  sums: Partial<Record<SplitName, EvalSums>>;
}

/** An evaluation (an epoch end's, or one asked for by evaluate()), summed chunk by chunk as its records come back. */
export interface EvalJob {
  kind: 'epoch' | 'request';
  entries: EvalEntry[];
  splits: SplitName[];
  remaining: number;
  resolve?: (r: EvalReport[]) => void;
}

/** evalRows rows of one split, one pass. */
export interface EvalChunk {
  job: EvalJob;
  split: SplitName;
  firstRow: number;
  rows: number;
}

/** The counters of a snapshot, taken when its copy was encoded. */
export type Counters = RunCounters & { optimizer: OptimizerName; t: number };
