// The GPU run machinery of a population (resources, run loop, submits, read-backs): its public types and lost-device error.
export { GpuLostError, type GpuProbe, type GpuStats, type GpuTrainOptions } from './types';
