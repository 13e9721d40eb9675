// What a GPU population can stack in one group: checked before any GPU work.
import { describe, expect, it } from 'vitest';
import { resolveSpec, type ModelSpec } from '../../src/engine/nn/spec';
import { memberSpec } from '../../src/engine/train/populationTypes';
import { checkMembers } from '../../src/gpu/population/checks';

const spec: ModelSpec = { inputSize: 4, hidden: [{ units: 8, activation: 'relu' }], outputSize: 3, init: { scheme: 'he' }, loss: 'softmax-ce' };
const specs = (...members: Parameters<typeof memberSpec>[1][]) => members.map((m) => resolveSpec(memberSpec(spec, m)));

describe('checkMembers', () => {
  it('accepts members differing in seed, hyperparameters and init', () => {
    expect(() => checkMembers(specs({ seed: 1 }, { seed: 2, hyper: { lr: 1, batchSize: 7 } }, { seed: 3, init: { scheme: 'xavier' } }))).not.toThrow();
  });

  it('accepts one batch norm placement for every member, refuses a mix (createGpuPopulation groups those)', () => {
    expect(() => checkMembers(specs({ seed: 1, batchNorm: 'before' }, { seed: 2, batchNorm: 'before' }))).not.toThrow();
    expect(() => checkMembers(specs({ seed: 1 }, { seed: 2, batchNorm: 'after' }))).toThrow(/batch norm 'after'.*one population per batch-norm group/);
  });

  it('refuses no members and other architectures', () => {
    expect(() => checkMembers([])).toThrow(RangeError);
    const wider = resolveSpec({ ...spec, hidden: [{ units: 9, activation: 'relu' }] });
    expect(() => checkMembers([resolveSpec(spec), wider])).toThrow(/another architecture/);
  });
});
