// The WebGPU population (a single run is a population of one): members stacked per batch-norm group, one set of dispatches per step and group.
export { createGpuPopulation, GpuPopulation, type GpuPopulationStats } from './gpuPopulation';
export { GpuPopulationGroup } from './group';
export { checkMembers } from './checks';
