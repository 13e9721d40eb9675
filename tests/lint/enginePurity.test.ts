// The lint rule that keeps src/engine pure fires on React, D3, DOM, src/gpu and Math.random, and only there.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

// Loading the flat config and its plugins (typescript-eslint, react-hooks, the layers rule) is the costly part,
// ~0.6 s alone and several seconds on a busy machine: do it once, under its own limit, so each case below only
// lints a two-line snippet (a few ms).
const CONFIG_LOAD_LIMIT_MS = 60_000;
const SNIPPET_LIMIT_MS = 15_000;
beforeAll(async () => {
  await eslint.calculateConfigForFile('src/engine/optimizers/probe.ts');
  await eslint.lintText('export const warm = 1;', { filePath: 'src/engine/optimizers/probe.ts' });
}, CONFIG_LOAD_LIMIT_MS);

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('eslint: src/engine purity', { timeout: SNIPPET_LIMIT_MS }, () => {
  const engineFile = 'src/engine/optimizers/probe.ts';
  it.each([
    ["import { useState } from 'react';\nexport const x = useState;", 'no-restricted-imports'],
    ["import { scaleLinear } from 'd3';\nexport const x = scaleLinear;", 'no-restricted-imports'],
    ["import { detectBackend } from '../../gpu/device';\nexport const x = detectBackend;", 'no-restricted-imports'],
    ['export const x = document.title;', 'no-restricted-globals'],
    ['export const x = window.innerWidth;', 'no-restricted-globals'],
    ['export const x = Math.random();', 'no-restricted-properties'],
  ])('rejects %j in src/engine', async (code, rule) => {
    expect(await ruleIds(code, engineFile)).toContain(rule);
  });
  it('accepts the same imports outside src/engine', async () => {
    const ids = await ruleIds("import { scaleLinear } from 'd3';\nexport const x = scaleLinear;", 'src/components/probe.ts');
    expect(ids).not.toContain('no-restricted-imports');
  });
  it('accepts engine code that imports only the engine', async () => {
    const ids = await ruleIds("import { sgd } from './sgd';\nexport const x = sgd;", engineFile);
    expect(ids).toEqual([]);
  });
});
