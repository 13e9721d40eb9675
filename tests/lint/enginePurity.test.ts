// The lint rule that keeps src/engine pure fires on React, D3, DOM, src/gpu and Math.random, and only there.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('eslint: src/engine purity', () => {
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
