// The data table's cells: numbers keep their exact value, text is escaped, a missing cell is an empty cell (never an exception).
import { describe, expect, it } from 'vitest';
import { cellHtml } from '../../src/components/Figure';

describe('cellHtml', () => {
  it('writes a number with its exact value in data-v and the formatted text', () => {
    expect(cellHtml(0.125, (x) => x.toFixed(1))).toBe('<td data-v="0.125">0.1</td>');
  });
  it('escapes text', () => {
    expect(cellHtml('<b a="1">&', String)).toBe('<td>&lt;b a=&quot;1&quot;&gt;&amp;</td>');
  });
  it('writes undefined and null as an empty, marked cell', () => {
    expect(cellHtml(undefined, String)).toBe('<td data-missing></td>');
    expect(cellHtml(null, String)).toBe('<td data-missing></td>');
  });
});
