// The network engine: spec, layers, losses, penalties and the MLP forward/backward passes.
export * from './activations';
export * from './batchnorm';
export * from './clip';
export * from './confidence';
export * from './confusion';
export * from './dropout';
export * from './histogram';
export * from './init';
export * from './loss';
export * from './matmul';
export * from './mlp';
export * from './penalty';
export * from './spec';
