// The WebGPU backend's public surface: device detection, the GPU trainer and population, and the backend-choosing trainer factory (the words of a backend status are in src/engine/backendStatus.ts).
export { acquireGpu, adapterName, detectBackend, isFallbackAdapter, GpuContext, type BackendInfo, type GpuFailure } from './device';
export { liveBufferCount } from './buffers';
export { createGpuTrainer, GpuLostError, GpuTrainer, type GpuProbe, type GpuStats, type GpuTrainOptions } from './trainer';
export { createGpuPopulation, GpuPopulation } from './population';
export { createBestTrainer, ManagedTrainer, type BackendOptions } from './backend';
