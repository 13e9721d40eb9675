// The crosshair's keys: one point per arrow, a tenth per page key, the ends on Home/End, clamped, Escape hides.
import { describe, expect, it } from 'vitest';
import { keyTarget } from '../../../src/components/charts/useCrosshair';

describe('keyTarget', () => {
  it('steps, pages and jumps within 0 … n − 1', () => {
    expect(keyTarget('ArrowLeft', 5, 40)).toBe(4);
    expect(keyTarget('ArrowRight', 5, 40)).toBe(6);
    expect(keyTarget('ArrowUp', 5, 40)).toBe(6);
    expect(keyTarget('ArrowDown', 5, 40)).toBe(4);
    expect(keyTarget('PageUp', 5, 40)).toBe(9);
    expect(keyTarget('PageDown', 5, 40)).toBe(1);
    expect(keyTarget('Home', 5, 40)).toBe(0);
    expect(keyTarget('End', 5, 40)).toBe(39);
  });
  it('clamps at the ends and hides on Escape; other keys are not its own', () => {
    expect(keyTarget('ArrowLeft', 0, 40)).toBe(0);
    expect(keyTarget('ArrowRight', 39, 40)).toBe(39);
    expect(keyTarget('PageDown', 2, 40)).toBe(0);
    expect(keyTarget('Escape', 3, 40)).toBe('hide');
    expect(keyTarget('a', 3, 40)).toBeNull();
    expect(keyTarget('Tab', 3, 40)).toBeNull();
  });
});
