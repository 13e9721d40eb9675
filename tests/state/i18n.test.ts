// Every user-visible string exists in both languages, with the same {placeholders} and $math$ count.
import { describe, expect, it } from 'vitest';
import { UI } from '../../src/state/strings';
import { LESSONS } from '../../src/lessons';
import * as optimizersText from '../../src/lessons/optimizers/text';
import * as generalizationText from '../../src/lessons/generalization/text';
import * as initializationText from '../../src/lessons/initialization/text';
import * as dropoutText from '../../src/lessons/dropout/text';
import { PRESETS } from '../../src/lessons/optimizers/presets';

/** Collects every {zh, en} record reachable from a value, with its path. */
function texts(value: unknown, path: string, out: [string, Record<string, unknown>][] = []) {
  if (value && typeof value === 'object') {
    const rec = value as Record<string, unknown>;
    if ('zh' in rec || 'en' in rec) out.push([path, rec]);
    else for (const [k, v] of Object.entries(rec)) texts(v, `${path}.${k}`, out);
  }
  return out;
}

const all = [
  ...texts(UI, 'UI'),
  ...texts(optimizersText, 'optimizers.text'),
  ...texts(generalizationText, 'generalization.text'),
  ...texts(initializationText, 'initialization.text'),
  ...texts(dropoutText, 'dropout.text'),
  ...texts(PRESETS, 'optimizers.presets'),
  ...LESSONS.flatMap((l) => texts({ title: l.title, summary: l.summary, seedTopic: l.seedTopic, params: l.params }, `lesson.${l.id}`)),
];

const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
const mathCount = (s: string) => (s.match(/\$/g) ?? []).length;

describe('bilingual text', () => {
  it('finds the strings it checks', () => {
    expect(all.length).toBeGreaterThan(80);
  });
  it('has a non-empty zh and en for every string', () => {
    for (const [path, rec] of all) {
      expect(typeof rec.zh === 'string' && rec.zh.trim().length > 0, `${path}.zh`).toBe(true);
      expect(typeof rec.en === 'string' && rec.en.trim().length > 0, `${path}.en`).toBe(true);
    }
  });
  it('uses the same placeholders and the same number of formulas in both languages', () => {
    for (const [path, rec] of all) {
      expect(placeholders(String(rec.zh)), path).toEqual(placeholders(String(rec.en)));
      expect(mathCount(String(rec.zh)), path).toBe(mathCount(String(rec.en)));
      expect(mathCount(String(rec.en)) % 2, path).toBe(0);
    }
  });
});
