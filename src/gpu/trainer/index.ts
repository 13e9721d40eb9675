// The WebGPU trainer: the CPU engine's Trainer contract on compute shaders, many steps per submit, metrics read back asynchronously.
export { createGpuTrainer, GpuTrainer } from './gpuTrainer';
export { GpuLostError, type GpuProbe, type GpuStats, type GpuTrainOptions } from './types';
