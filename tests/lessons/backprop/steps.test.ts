// The pass as steps: forward nodes in graph order then backward ones, each step's value the model's, weight gradients completed where the chain rule has them.
import { describe, expect, it } from 'vitest';
import { backwardPass, EXAMPLE_WEIGHTS, forwardPass } from '../../../src/lessons/backprop/model';
import { breakLong, paramLines, passSteps, texNum } from '../../../src/lessons/backprop/steps';

const f = forwardPass(EXAMPLE_WEIGHTS, [1, -1], 0);
const b = backwardPass(EXAMPLE_WEIGHTS, f, 0);
const steps = passSteps(EXAMPLE_WEIGHTS, f, b, 0);

describe('passSteps', () => {
  it('visits z, a, u, p, L forward, then L, p, u, a, z backward: 11 + 11 steps', () => {
    expect(steps.map((s) => s.node)).toEqual(['z1', 'z2', 'z3', 'a1', 'a2', 'a3', 'u1', 'u2', 'p1', 'p2', 'L', 'L', 'p1', 'p2', 'u1', 'u2', 'a1', 'a2', 'a3', 'z1', 'z2', 'z3']);
    expect(steps.slice(0, 11).every((s) => s.phase === 'forward')).toBe(true);
    expect(steps.slice(11).every((s) => s.phase === 'backward')).toBe(true);
  });

  it('the first step is z₁ = 4 with its numbers, the backward pass starts from ∂L/∂L = 1', () => {
    expect(steps[0].value).toBe(4);
    expect(steps[0].numbers).toContain('= 4');
    expect(steps[11].value).toBe(1);
  });

  it('completes each weight gradient exactly once, with the u and z steps', () => {
    const all = steps.flatMap((s) => s.params);
    expect(all.length).toBe(17);
    expect(new Set(all).size).toBe(17);
    expect(steps.find((s) => s.phase === 'backward' && s.node === 'z2')!.params).toEqual(['w12', 'w22', 'b2']);
  });

  it('paramLines writes ∂L/∂w = x ∂L/∂z with the numbers for a z step', () => {
    const z1 = steps.find((s) => s.phase === 'backward' && s.node === 'z1')!;
    const lines = paramLines(z1, f, b);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`= ${texNum(-1 * b.dz[0])}`);
    expect(paramLines(steps[0], f, b)).toEqual([]);
  });
});

describe('texNum', () => {
  it('keeps 4 significant digits and switches to powers of ten at the extremes', () => {
    expect(texNum(0.982013790)).toBe('0.982');
    expect(texNum(-2)).toBe('-2');
    expect(texNum(1.5e-6)).toBe('1.5\\times10^{-6}');
  });
});

describe('breakLong', () => {
  it('puts the result of a long a = b = c on its own line and leaves short ones alone', () => {
    expect(breakLong('z = 1 + 3 = 4')).toBe('z = 1 + 3 = 4');
    const long = `u = ${'0.1234\\cdot0.5678 + '.repeat(6)}0 = 1`;
    expect(breakLong(long)).toMatch(/^\\begin\{aligned\} u &= .* \\\\ &= 1 \\end\{aligned\}$/);
  });
});
