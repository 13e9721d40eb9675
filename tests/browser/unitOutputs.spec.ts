// The unitOutputs request on the WebGPU trainer in real Chromium (dist-bench's worker.html harness): the same run on the
// CPU engine is the oracle for every unit's output; bad points are refused on the GPU path too.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '../support/serve.mjs';
import { expect, test } from './fixtures';

let server: Server;
let harness = '';

test.beforeAll(async () => {
  // TEST_BENCH_DIST: another copy of dist-bench (while another build rewrites it).
  server = (await serve(process.env.TEST_BENCH_DIST ?? 'dist-bench', 0)) as Server;
  harness = `http://127.0.0.1:${(server.address() as AddressInfo).port}/worker.html`;
});
test.afterAll(() => {
  server?.close();
});

test("the WebGPU trainer answers unitOutputs with the CPU engine's unit outputs of the same run", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(harness);
  await page.waitForFunction(() => window.__workerHarness);
  const r = await page.evaluate(async () => {
    const h = window.__workerHarness!;
    const spec = {
      inputSize: 2,
      hidden: [
        { units: 6, activation: 'tanh' as const },
        { units: 5, activation: 'relu' as const },
      ],
      outputSize: 2,
      init: { scheme: 'xavier' as const },
      loss: 'softmax-ce' as const,
      batchNorm: 'before' as const,
    };
    const g = 8;
    const points = new Float32Array(2 * g * g).map((_, i) => (i % 2 === 0 ? -1.5 + (3 * ((i / 2) % g)) / (g - 1) : 1.5 - (3 * Math.floor(i / 2 / g)) / (g - 1)));
    const run = async (backend: 'gpu' | 'cpu') => {
      const client = new h.TrainerClient();
      const info = await client.create({
        spec,
        data: { kind: 'toy', name: 'spirals', n: 200, seed: 2 },
        hyper: { lr: 0.05, batchSize: 20, dropout: 0.2, dropoutVariant: 'book' },
        seed: 4,
        backend,
      });
      await client.step(12);
      const out = await client.unitOutputs(points);
      const refused = await client.unitOutputs(new Float32Array(3)).then(
        () => 'answered',
        (e: { code: string }) => e.code,
      );
      client.dispose();
      return { backend: info.backend, hidden: out.hidden.map((a) => Array.from(a)), output: Array.from(out.output), refused };
    };
    return { gpu: await run('gpu'), cpu: await run('cpu') };
  });
  expect(r.gpu.backend).toBe('webgpu');
  expect(r.cpu.backend).toBe('cpu');
  expect(r.gpu.refused).toBe('invalid');
  expect(r.gpu.hidden.map((a) => a.length)).toEqual([6 * 64, 5 * 64]);
  expect(r.gpu.output).toHaveLength(2 * 64);
  // Float32 GPU kernels vs the CPU engine after 12 updates (measured: about 1e-7 apart).
  const maxDiff = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i])));
  r.gpu.hidden.forEach((a, l) => expect(maxDiff(a, r.cpu.hidden[l])).toBeLessThan(1e-4));
  expect(maxDiff(r.gpu.output, r.cpu.output)).toBeLessThan(1e-4);
  // Not trivially equal: the units vary over the grid.
  expect(Math.max(...r.cpu.hidden[0]) - Math.min(...r.cpu.hidden[0])).toBeGreaterThan(0.5);
});
