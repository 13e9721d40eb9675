// No lesson imports src/worker: the lint rule fires on every form of such an import, spares src/components and other
// layers, and no file of src/lessons breaks it today.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
const RULE = 'no-restricted-imports';

async function restricted(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe('lessons reach the worker only through src/components', () => {
  it.each([
    "import { TrainerClient } from '../../worker';",
    "import type { PopulationConfig } from '../../worker/page/populationRun';",
    "import { RingTable } from '../../worker/page/ringTable';",
    "export { buildData } from '../../worker/shared/data/buildData';",
  ])('fires on %s in a lesson', async (line) => {
    const messages = await restricted(`${line}\nexport const used = 1;`, 'src/lessons/dropout/probe.ts');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/src\/components/);
  });

  it('lets a lesson import components/run, and lets src/components import src/worker', async () => {
    expect(await restricted("import { RingTable } from '../../components/run';\nexport const r = RingTable;", 'src/lessons/dropout/probe.ts')).toEqual([]);
    expect(await restricted("import { RingTable } from '../worker/page/ringTable';\nexport const r = RingTable;", 'src/components/probe.ts')).toEqual([]);
  });

  it('finds no such import in src/lessons', async () => {
    const results = await eslint.lintFiles(['src/lessons/**/*.{ts,tsx}']);
    const hits = results.flatMap((r) => r.messages.filter((m) => m.ruleId === RULE).map((m) => `${r.filePath}:${m.line}`));
    expect(hits).toEqual([]);
  }, 180_000); // lints every lesson file: about 10 s alone, several times that beside other work on 2 cores
});
