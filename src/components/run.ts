// What a lesson needs to train: the run hook lives beside this file (useTrainerRuns); here are the run's view and
// the worker-side names a lesson may use, so that no lesson imports src/worker itself (lint: no-restricted-imports).
export { TrainerClient, type RunView } from '../worker';
export type { PopulationConfig } from '../worker/page/populationRun';
export type { BatchNormTraceResult, DataDescriptor, RequestMap } from '../worker/shared/protocol';
export { RingTable } from '../worker/page/ringTable';
export { MnistLoadError } from '../worker/shared/data/loadMnist';
export { buildData } from '../worker/shared/data/buildData';
