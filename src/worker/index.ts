// Training off the main thread: the page-side client of the training worker and its message protocol.
export { TrainerClient, TrainerError, type TrainerClientOptions, type TrainerEvents } from './client';
export { MemberRun, type RunView } from './memberRun';
export { pagePool, WorkerPool, defaultPoolSize, spawnTrainerWorker, type Placement, type PoolOptions } from './pool';
export * from './protocol';
