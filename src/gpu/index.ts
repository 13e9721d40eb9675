// The WebGPU backend's public surface: device detection, the GPU population, its managed wrapper and the backend-choosing population factory (the words of a backend status are in src/engine/backendStatus.ts).
export { acquireGpu, adapterName, detectBackend, isFallbackAdapter, GpuContext, type BackendInfo, type GpuFailure } from './device';
export { liveBufferCount } from './buffers';
export { GpuLostError, type GpuProbe, type GpuStats, type GpuTrainOptions } from './run';
export { createGpuPopulation, GpuPopulation, type GpuPopulationStats } from './population';
export { ManagedPopulation } from './managedPopulation';
export { createBestPopulation, type BackendOptions } from './backend';
