// The loss smoothing against numpy: np.kaiser(11, 2) and the book's smooth_curve, values printed by numpy 2.4.
import { describe, expect, it } from 'vitest';
import { bookSmooth, kaiser, trailingMean } from '../../../src/lessons/optimizers-mnist/smoothing';

// python3: np.kaiser(11, 2)
const NUMPY_KAISER = [0.43867628, 0.61139435, 0.767675, 0.89216143, 0.9723298, 1, 0.9723298, 0.89216143, 0.767675, 0.61139435, 0.43867628];
// x[i] = ((7i) mod 13)/13 + 1/(i + 1), i = 0…19, and smooth_curve(x) from the book's common/util.py run by numpy.
const X = Array.from({ length: 20 }, (_, i) => ((i * 7) % 13) / 13 + 1 / (i + 1));
const NUMPY_SMOOTH = [
  0.74917502, 0.72547358, 0.7384863, 0.70548229, 0.71152993, 0.67347779, 0.66912985, 0.65425175, 0.64013144, 0.62181122, 0.59845803,
  0.57120914, 0.54233678, 0.5147091, 0.49133968, 0.44687605, 0.4492071, 0.41502124, 0.42770606, 0.43420713,
];

describe('smoothing', () => {
  it('kaiser(11, 2) is numpy’s window', () => {
    kaiser(11, 2).forEach((w, k) => expect(w).toBeCloseTo(NUMPY_KAISER[k], 7));
  });

  it('bookSmooth is the book’s smooth_curve, ends included', () => {
    const y = bookSmooth(X);
    expect(y.length).toBe(X.length);
    y.forEach((v, i) => expect(v, `i = ${i}`).toBeCloseTo(NUMPY_SMOOTH[i], 7));
  });

  it('bookSmooth leaves fewer than 11 values as they are, and a constant stays constant', () => {
    expect(Array.from(bookSmooth([3, 1, 2]))).toEqual([3, 1, 2]);
    bookSmooth(Array(30).fill(0.7)).forEach((v) => expect(v).toBeCloseTo(0.7, 12));
  });

  it('trailingMean averages the last `window` values (fewer at the start)', () => {
    expect(Array.from(trailingMean([1, 2, 3, 4, 5], 2))).toEqual([1, 1.5, 2.5, 3.5, 4.5]);
    expect(Array.from(trailingMean([4, 2, 6], 100))).toEqual([4, 3, 4]);
  });
});
