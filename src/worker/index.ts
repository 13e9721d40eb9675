// Training off the main thread: the page's worker pool, the clients lessons use, and the typed message protocol.
export { TrainerClient, TrainerError, type TrainerClientOptions, type TrainerEvents } from './client';
export { MemberRun, type RunView } from './memberRun';
export { pagePool, WorkerPool, defaultPoolSize, spawnTrainerWorker, type Placement, type PoolOptions } from './pool';
export * from './protocol';
