// The unitOutputs request over a fake worker: per member, the engine's unitOutputs on that member's state after some steps;
// bad points rejected as 'invalid'; a trainer whose getState is a promise (the WebGPU one) answered the same way.
import { afterEach, describe, expect, it } from 'vitest';
import { TrainerClient } from '../../src/worker/page/client';
import { UNIT_OUTPUT_POINTS, type DataDescriptor } from '../../src/worker/shared/protocol';
import { answerMember } from '../../src/worker/thread/memberRequests';
import { dataSampler, TOY_SETS } from '../../src/engine/data';
import type { ModelSpec } from '../../src/engine/nn';
import { createCpuPopulation, createTrainer, type MemberConfig, type Population } from '../../src/engine/train';
import { unitOutputs } from '../../src/engine/experiments/unitOutputs';
import { fakeWorker } from './fakeWorker';

const spec: ModelSpec = {
  inputSize: 2,
  hidden: [
    { units: 5, activation: 'tanh' },
    { units: 4, activation: 'relu' },
  ],
  outputSize: 2,
  init: { scheme: 'xavier' },
  loss: 'softmax-ce',
};
const spirals: DataDescriptor = { kind: 'toy', name: 'spirals', n: 120, noise: 0.05, seed: 5 };
const members: MemberConfig[] = [
  { seed: 3, hyper: { lr: 0.1, batchSize: 16 } },
  { seed: 4, hyper: { lr: 0.05, batchSize: 12, dropout: 0.3, dropoutVariant: 'book' }, batchNorm: 'before' },
];
// A 3×3 grid over [−1, 1]².
const points = new Float32Array([-1, 0, 1].flatMap((y) => [-1, 0, 1].flatMap((x) => [x, y])));

let clients: TrainerClient[] = [];
afterEach(() => {
  clients.forEach((c) => c.dispose());
  clients = [];
});

/** Member `k` trained alone for `steps` updates: the engine's unitOutputs on its state. */
function expected(k: number, steps: number) {
  const train = TOY_SETS.spirals(dataSampler(5, 0), { n: 120, noise: 0.05 });
  const m = members[k];
  const s = { ...spec, batchNorm: m.batchNorm ?? 'none' };
  const single = createTrainer(s, { train }, m.hyper, m.seed);
  single.step(steps);
  const state = single.getState();
  return { ...unitOutputs(s, state.params, state.running, points, 9, state.hyper), params: state.params };
}

describe('unitOutputs request', () => {
  it("answers per member with the engine's unit outputs on its trained state, through the run view", async () => {
    const client = new TrainerClient({ worker: fakeWorker(), stepCapacity: 1024 });
    clients.push(client);
    await client.create({ spec, data: spirals, members });
    await client.step(8);
    const kept = Float32Array.from(points);
    for (const k of [0, 1]) {
      const got = await client.member(k).unitOutputs(points);
      const want = expected(k, 8);
      expect(got.hidden.map((h) => h.length)).toEqual([45, 36]);
      got.hidden.forEach((h, l) => expect(Array.from(h)).toEqual(Array.from(want.hidden[l])));
      expect(Array.from(got.output)).toEqual(Array.from(want.output));
      // The parameters and step of the state the outputs come from.
      expect(Array.from(got.params)).toEqual(Array.from(want.params));
      expect(got.step).toBe(8);
      // Probabilities: every row sums to 1.
      for (let i = 0; i < 9; i++) expect(got.output[2 * i] + got.output[2 * i + 1]).toBeCloseTo(1, 6);
    }
    // The caller's points are copied, not transferred away.
    expect(Array.from(points)).toEqual(Array.from(kept));
    // The members differ (seed, batch norm, dropout): the request did not answer member 0 twice.
    const [a, b] = await Promise.all([client.unitOutputs(points, 0), client.unitOutputs(points, 1)]);
    expect(Array.from(a.output)).not.toEqual(Array.from(b.output));
  });

  it("rejects points that are not whole rows, too many points and a member out of range with 'invalid'", async () => {
    const client = new TrainerClient({ worker: fakeWorker(), stepCapacity: 64 });
    clients.push(client);
    await client.create({ spec, data: spirals, seed: 1 });
    await expect(client.unitOutputs(new Float32Array(5))).rejects.toMatchObject({ code: 'invalid' });
    await expect(client.unitOutputs(new Float32Array(2 * (UNIT_OUTPUT_POINTS + 1)))).rejects.toMatchObject({ code: 'invalid' });
    await expect(client.unitOutputs(points, 1)).rejects.toMatchObject({ code: 'invalid' });
    // Still answering after the refusals; zero points give empty arrays.
    const empty = await client.unitOutputs(new Float32Array(0));
    expect(empty.output).toHaveLength(0);
    expect(UNIT_OUTPUT_POINTS).toBe(100_000);
  });

  it('awaits a trainer whose state arrives later (as the WebGPU trainer reads it back)', async () => {
    const train = TOY_SETS.spirals(dataSampler(5, 0), { n: 120, noise: 0.05 });
    const cpu = createCpuPopulation(spec, { train }, members);
    cpu.step(8);
    const later = Object.assign(Object.create(cpu) as Population, {
      getState: (m: number) => new Promise((resolve) => setTimeout(() => resolve(cpu.getState(m)), 5)),
    }) as Population;
    const [got] = (await answerMember(later, { train }, { type: 'unitOutputs', id: 1, points, member: 1 })) as [ReturnType<typeof unitOutputs>, unknown];
    const want = expected(1, 8);
    expect(Array.from(got.output)).toEqual(Array.from(want.output));
    expect(Array.from(got.hidden[1])).toEqual(Array.from(want.hidden[1]));
  });
});
