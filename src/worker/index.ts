// Training off the main thread: the page's worker pool, the clients lessons use, and the typed message protocol.
export { TrainerClient, TrainerError, type TrainerClientOptions, type TrainerEvents } from './page/client';
export { MemberView, type RunView } from './page/memberView';
export { pagePool, WorkerPool, defaultPoolSize, spawnTrainerWorker, type Placement, type PoolOptions } from './page/pool';
export * from './shared/protocol';
