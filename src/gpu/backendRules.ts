// The backend policy's rules (pure, light enough for the page): which rule decides where a run goes (its words are in
// src/engine/backendStatus.ts).
import type { BackendChoice, BackendStatus } from '../engine/backendStatus';
import type { BackendInfo } from './device';

/** Models of at most this many parameters are "very small": on a hardware adapter, auto times both engines. */
export const SMALL_MODEL_PARAMS = 20_000;

/** What 'auto' does with an adapter: the CPU on a software one, the GPU on hardware, both timed for a very small model. */
export type AutoRule = 'software-adapter' | 'auto-gpu' | 'measure';

/**
 * The rule 'auto' applies (pure): a software (fallback) adapter → the CPU engine; a hardware adapter → the GPU,
 * unless a single run (members = 1) has at most SMALL_MODEL_PARAMS parameters, where both are plausible and are
 * timed. A population of several members takes the GPU: one set of dispatches per step serves them all, while a
 * timing of one member would say nothing about R of them.
 */
export function autoRule(fallbackAdapter: boolean, params: number, members = 1): AutoRule {
  if (fallbackAdapter) return 'software-adapter';
  return params <= SMALL_MODEL_PARAMS && members === 1 ? 'measure' : 'auto-gpu';
}

/**
 * What the page can decide before any worker asks for a device (pure): the CPU engine with its reason when
 * the choice is 'cpu', or when the page's own detection found no WebGPU, no adapter, or (under 'auto') a
 * software adapter; null when only the worker holding the GPU device can tell (it then runs createBestPopulation).
 */
export function preDecide(choice: BackendChoice, detected: BackendInfo | null): BackendStatus | null {
  if (choice === 'cpu') return { backend: 'cpu', reason: 'requested-cpu' };
  if (!detected || choice === 'gpu') return null;
  if (detected.kind === 'cpu') return { backend: 'cpu', reason: detected.reason };
  if (detected.fallback) return { backend: 'cpu', reason: 'software-adapter', adapter: detected.name, fallbackAdapter: true };
  return null;
}

