// What a lesson needs to train: the run hook lives beside this file (useTrainerRuns); here are the run's view and
// the worker-side names a lesson may use, so that no lesson imports src/worker itself (lint: no-restricted-imports).
export { TrainerClient, type RunView } from '../worker';
export type { PopulationConfig } from '../worker/populationRun';
export type { BatchNormTraceResult, DataDescriptor, RequestMap } from '../worker/protocol';
export { RingTable } from '../worker/ring/ringTable';
export { MnistLoadError } from '../worker/data/loadMnist';
export { buildData } from '../worker/buildData';
