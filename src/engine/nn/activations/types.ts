// The activation contract: scalar {f, df} records (TF-Playground style) plus array loops for the hot path.
import type { Vec } from '../../optimizers/types';

/** Names of the activations, in the order the lessons list them. */
export const ACTIVATION_NAMES = ['identity', 'sigmoid', 'tanh', 'relu', 'leaky-relu'] as const;
export type ActivationName = (typeof ACTIVATION_NAMES)[number];

/**
 * An elementwise activation y = f(x). `k` is the leaky-ReLU slope; the others ignore it.
 * The array forms are what the network runs; the scalar forms define them and feed plots and tests.
 */
export interface Activation {
  name: ActivationName;
  /** y = f(x). */
  f(x: number, k: number): number;
  /** f′(x), given x and y = f(x) (sigmoid and tanh use y; the ReLUs use x). */
  df(x: number, y: number, k: number): number;
  /** Y[i] = f(X[i]) for i < len. Shapes: X, Y length ≥ len; Y may be X. */
  forward(X: Vec, Y: Vec, len: number, k: number): void;
  /** dX[i] = dY[i]·f′(X[i]) for i < len, given Y = f(X). dX may be dY. */
  backward(X: Vec, Y: Vec, dY: Vec, dX: Vec, len: number, k: number): void;
}
