// layers/direction: every import from a layer of src to a higher one is an error, own and lower layers are fine, and only app imports the catalogue.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
const LAYERS = ['engine', 'gpu', 'worker', 'state', 'components', 'lessons', 'app'];

async function layerErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'layers/direction').map((m) => m.message);
}
const importOf = (spec: string) => `import { x } from '${spec}';\nexport const y = x;`;

describe('eslint layers/direction', () => {
  const pairs = LAYERS.flatMap((from, i) => LAYERS.map((to, j) => ({ from, to, upward: j > i })));
  it.each(pairs.filter((p) => p.upward))('rejects src/$from importing src/$to', async ({ from, to }) => {
    expect(await layerErrors(importOf(`../../${to}/probe/x`), `src/${from}/probe/file.ts`)).toHaveLength(1);
  });
  it.each(pairs.filter((p) => !p.upward && p.to !== 'lessons'))('accepts src/$from importing src/$to', async ({ from, to }) => {
    expect(await layerErrors(importOf(`../../${to}/probe/x`), `src/${from}/probe/file.ts`)).toEqual([]);
  });
  it('sees dynamic imports, re-exports and worker URLs', async () => {
    const file = 'src/worker/probe.ts';
    expect(await layerErrors("export const m = () => import('../state/store');", file)).toHaveLength(1);
    expect(await layerErrors("export * from '../components/Figure';", file)).toHaveLength(1);
    expect(await layerErrors("export const u = new URL('../lessons/x.worker.ts', import.meta.url);", file)).toHaveLength(1);
  });
  it('rejects an index import of a higher layer (a folder, not a file)', async () => {
    expect(await layerErrors(importOf('../worker'), 'src/gpu/probe.ts')).toHaveLength(1);
    expect(await layerErrors(importOf('../gpu'), 'src/worker/probe.ts')).toEqual([]);
  });
  it('lets only app (and src/main.tsx) import the lesson catalogue', async () => {
    expect(await layerErrors(importOf('../lessons'), 'src/app/probe.ts')).toEqual([]);
    expect(await layerErrors(importOf('./lessons/index'), 'src/main.tsx')).toEqual([]);
    expect(await layerErrors(importOf('../index'), 'src/lessons/dropout/probe.ts')).toHaveLength(1);
    expect(await layerErrors(importOf('../../lessons/dropout/meta'), 'src/lessons/x/probe.ts')).toEqual([]);
  });
  it('lets every layer import the backend vocabulary (src/engine/backendStatus), the lowest layer', async () => {
    for (const layer of LAYERS) {
      expect(await layerErrors(importOf('../../engine/backendStatus'), `src/${layer}/probe/file.ts`)).toEqual([]);
    }
    expect(await layerErrors(importOf('../../gpu/backendRules'), 'src/state/probe/file.ts')).toEqual([]);
    expect(await layerErrors(importOf('../gpu/backendRules'), 'src/engine/probe.ts')).toHaveLength(1);
  });
  it('leaves packages and files outside src alone', async () => {
    expect(await layerErrors(importOf('zustand'), 'src/state/probe.ts')).toEqual([]);
    expect(await layerErrors(importOf('../../src/app/App'), 'tests/app/probe.test.ts')).toEqual([]);
  });
});
