// The WebGPU population trainer: R stacked members, one set of dispatches per step.
export { createGpuPopulation, GpuPopulation } from './gpuPopulation';
export { checkMembers } from './checks';
