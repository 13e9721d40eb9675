// Prose lists: a paragraph is a list only when every line is an item; anything else stays running text.
import { describe, expect, it } from 'vitest';
import { listOf } from '../../src/components/proseList';

describe('listOf', () => {
  it('reads a paragraph of "- " lines as a bulleted list, item text without the marker', () => {
    expect(listOf('- constant: $\\eta = \\eta_0$\n- step decay: ×γ every k epochs')).toEqual({
      ordered: false,
      start: 1,
      items: ['constant: $\\eta = \\eta_0$', 'step decay: ×γ every k epochs'],
    });
  });

  it('reads "N. " lines as a numbered list that starts at its first number', () => {
    expect(listOf('3. third\n4. **fourth** item')).toEqual({ ordered: true, start: 3, items: ['third', '**fourth** item'] });
  });

  it('leaves running text, a single item, and a paragraph with one non-item line as text', () => {
    expect(listOf('A sentence that wraps\nonto a second line.')).toBeNull();
    expect(listOf('1. only one item')).toBeNull();
    expect(listOf('- an item\nand a line that continues it')).toBeNull();
    expect(listOf('1. numbered\n- bulleted')).toBeNull();
  });
});
