// wrapTerms: one term per line at top level only; equations joined by ",\quad" split; short equations unchanged.
import { describe, expect, it } from 'vitest';
import { wrapTerms } from '../../../src/lessons/optimizers/wrapTex';

describe('wrapTerms', () => {
  it('puts each top-level term and each result on its own line', () => {
    expect(wrapTerms('v = 0.5\\,(1,\\ 2) + 0.4\\,(3,\\ -4) = (5,\\ 6)')).toBe(
      '\\begin{aligned} v &= 0.5\\,(1,\\ 2) \\\\ &\\quad + 0.4\\,(3,\\ -4) \\\\ &= (5,\\ 6) \\end{aligned}',
    );
  });
  it('leaves signs inside braces and parentheses alone, and splits at ⊙', () => {
    expect(wrapTerms('x = (1,\\ 2) - \\dfrac{0.4}{\\sqrt{(1,\\ 2) + 1e-6}} \\odot (3,\\ 4) = (0,\\ 1)')).toBe(
      '\\begin{aligned} x &= (1,\\ 2) \\\\ &\\quad - \\dfrac{0.4}{\\sqrt{(1,\\ 2) + 1e-6}} \\\\ &\\quad \\odot (3,\\ 4) \\\\ &= (0,\\ 1) \\end{aligned}',
    );
  });
  it('splits equations joined by ,\\quad', () => {
    expect(wrapTerms('v = (1,\\ 2),\\quad s = (3,\\ 4)')).toBe('\\begin{aligned} v &= (1,\\ 2) \\\\ s &= (3,\\ 4) \\end{aligned}');
  });
  it('keeps an equation with one term as it is', () => {
    expect(wrapTerms('f(x) = 3')).toBe('f(x) = 3');
  });
});
