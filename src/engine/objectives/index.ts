// Registry of 2-D objectives keyed by name.
import { book } from './book';
import { quadratic } from './quadratic';
import type { Objective2D } from './types';

export type { Objective2D } from './types';
export const OBJECTIVES = { quadratic, book } satisfies Record<string, Objective2D>;
export type ObjectiveName = keyof typeof OBJECTIVES;
