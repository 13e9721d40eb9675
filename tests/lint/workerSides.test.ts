// src/worker says where its code runs: page/ (main thread) and thread/ (the trainer worker) never import each other,
// shared/ imports neither; the rule fires on each crossing and no file of src/worker breaks it today.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
const RULE = 'no-restricted-imports';

async function restricted(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = 1;`, { filePath });
  return result.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe('src/worker: page side, worker side and what they share', () => {
  it.each([
    ["import { TrainerSession } from '../thread/session';", 'src/worker/page/probe.ts'],
    ["import type { RunLoop } from '../thread/runLoop';", 'src/worker/page/probe.ts'],
    ["import { pagePool } from '../page/pool';", 'src/worker/thread/probe.ts'],
    ["import { TrainerClient } from '../../page/client';", 'src/worker/shared/data/probe.ts'],
    ["export { WorkerHost } from '../thread/workerHost';", 'src/worker/shared/probe.ts'],
  ])('fires on %s in %s', async (line, file) => {
    expect(await restricted(line, file)).toHaveLength(1);
  });

  it('lets both sides import shared/ and lower layers, and keeps the no-view rule there', async () => {
    expect(await restricted("import type { Envelope } from '../shared/protocol';", 'src/worker/page/probe.ts')).toEqual([]);
    expect(await restricted("import { buildData } from '../shared/data/buildData';", 'src/worker/thread/probe.ts')).toEqual([]);
    expect(await restricted("import { decideBackend } from '../../gpu/backend';", 'src/worker/thread/probe.ts')).toEqual([]);
    expect(await restricted("import { useState } from 'react';", 'src/worker/shared/probe.ts')).toHaveLength(1);
  });

  it('finds no crossing in src/worker', async () => {
    const results = await eslint.lintFiles(['src/worker/**/*.ts']);
    const hits = results.flatMap((r) => r.messages.filter((m) => m.ruleId === RULE).map((m) => `${r.filePath}:${m.line}`));
    expect(hits).toEqual([]);
  }, 180_000);
});
