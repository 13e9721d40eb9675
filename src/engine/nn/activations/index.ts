// Registry of activations keyed by name.
import { identity } from './identity';
import { leakyRelu, relu } from './relu';
import { sigmoid } from './sigmoid';
import { tanh } from './tanh';
import type { Activation, ActivationName } from './types';

export * from './types';

export const ACTIVATIONS: Record<ActivationName, Activation> = {
  identity,
  sigmoid,
  tanh,
  relu,
  'leaky-relu': leakyRelu,
};

/** Default leaky-ReLU slope k. */
export const LEAKY_SLOPE = 0.01;
