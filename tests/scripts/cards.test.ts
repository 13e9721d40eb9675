// The index cards' pictures: every lesson has one and an alt text in both languages; the quick ones, recomputed here
// from real runs, equal the committed files (so no picture can go stale or be drawn by hand).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../src/lessons';
import { CARD_ALT } from '../../src/lessons/cards';
import { CARDS, cardPath } from '../../scripts/cards/all';
import { FAST_CARDS } from '../../scripts/cards/fast';
import { playgroundCard } from '../../scripts/cards/playground';
import { gradientsCard, weightDecayCard } from '../../scripts/cards/trained';
import { SERIES } from '../../src/components/palette';

const committed = (id: string) => readFileSync(cardPath(id), 'utf8');

describe('card pictures', () => {
  it('exist for every lesson of the catalogue, each with a generator and an alt text in both languages', () => {
    for (const { id } of LESSONS) {
      expect(existsSync(cardPath(id)), cardPath(id)).toBe(true);
      expect(CARDS[id], id).toBeTypeOf('function');
      expect(CARD_ALT[id]?.zh.trim(), id).toBeTruthy();
      expect(CARD_ALT[id]?.en.trim(), id).toBeTruthy();
    }
  });

  it('are small SVGs of the card size that follow the dark theme and draw in the site palette', () => {
    const palette = SERIES.map((s) => s.color.toLowerCase());
    for (const { id } of LESSONS) {
      const svg = committed(id);
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 120"'), id).toBe(true);
      expect(svg.length, id).toBeLessThan(12_000);
      expect(svg, id).toContain('prefers-color-scheme:dark');
      expect(svg, id).not.toMatch(/NaN|Infinity|undefined/);
      const hex = [...svg.matchAll(/(?:fill|stroke)="(#[0-9a-fA-F]{6})"/g)].map((m) => m[1].toLowerCase());
      const viridis = id === 'hyperparameter-search';
      if (!viridis) for (const c of hex) expect(palette, `${id} uses ${c}`).toContain(c);
    }
  });

  it.each(Object.keys(FAST_CARDS))('%s: recomputed from the lesson model at its defaults, equals the committed file', (id) => {
    expect(FAST_CARDS[id]()).toBe(committed(id));
  });

  it('weight-decay, gradients and playground: retrained on the CPU engine, equal the committed files', async () => {
    expect(await weightDecayCard()).toBe(committed('weight-decay'));
    expect(await gradientsCard()).toBe(committed('gradients'));
    expect(await playgroundCard()).toBe(committed('playground'));
  });
});
