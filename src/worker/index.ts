// Training off the main thread: the page-side client of the training worker and its message protocol.
export { TrainerClient, TrainerError, spawnTrainerWorker, type TrainerClientOptions, type TrainerEvents } from './client';
export * from './protocol';
