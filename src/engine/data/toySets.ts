// Registry of the 2-D toy sets keyed by the name a URL or menu uses.
import { blobs, type BlobOptions } from './blobs';
import { circles } from './circles';
import { twoSpirals, type SpiralOptions } from './spirals';
import type { ToyOptions } from './toy';
import type { ClassificationData, Sampler } from './types';
import { xor } from './xor';

/** Names of the 2-D toy sets, in menu order. */
export const TOY_SET_NAMES = ['spirals', 'circles', 'xor', 'blobs'] as const;
export type ToySetName = (typeof TOY_SET_NAMES)[number];

/** name → generator; each returns x: Float32Array n×2, y: Uint8Array n, d = 2. */
export const TOY_SETS: Record<ToySetName, (sampler: Sampler, options?: ToyOptions & SpiralOptions & BlobOptions) => ClassificationData> = {
  spirals: twoSpirals,
  circles,
  xor,
  blobs,
};
