// A member's TrainerState from its counters and the arrays read back from the GPU (parameters, running statistics, optimizer state).
import { OPTIMIZERS } from '../../engine/optimizers';
import type { TrainerState } from '../../engine/train/types';
import type { Counters } from './types';

/** Optimizer arrays (layout.size each). */
export interface OptArrays {
  v: Float32Array;
  s: Float32Array;
  dx: Float32Array;
}

/** A TrainerState as the CPU engine writes it: arrays the optimizer does not use are empty. */
export function composeState(c: Counters, params: Float32Array, running: Float32Array, arrays: OptArrays): TrainerState {
  const uses = OPTIMIZERS[c.optimizer].uses;
  const { optimizer, t, ...rest } = c;
  const empty = new Float32Array(0);
  return {
    ...rest,
    params,
    running,
    optimizer: { name: optimizer, t, v: uses.v ? arrays.v : empty, s: uses.s ? arrays.s : empty, dx: uses.dx ? arrays.dx : empty },
  };
}
