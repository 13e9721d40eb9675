// Loss-curve smoothing: the book's smooth_curve (common/util.py: an 11-point Kaiser window, β = 2) and a trailing mean.

/** Points of the book's window. */
export const KAISER_LEN = 11;
const KAISER_BETA = 2;

/** Modified Bessel function of the first kind, order 0, by its power series (converges fast for the small x here). */
function besselI0(x: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k < 50 && term > 1e-17 * sum; k++) {
    term *= (x / (2 * k)) ** 2;
    sum += term;
  }
  return sum;
}

/** numpy.kaiser(m, beta): w[k] = I0(β·√(1 − (2k/(m−1) − 1)²)) / I0(β), k = 0…m−1. */
export function kaiser(m: number, beta: number): Float64Array {
  return Float64Array.from({ length: m }, (_, k) => {
    const r = (2 * k) / (m - 1) - 1;
    return besselI0(beta * Math.sqrt(Math.max(0, 1 - r * r))) / besselI0(beta);
  });
}

const WEIGHTS = (() => {
  const w = kaiser(KAISER_LEN, KAISER_BETA);
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((v) => v / total);
})();

/**
 * The book's smooth_curve(x) for n ≥ 11 values: a centred weighted mean over 11 points, the ends extended by
 * reflection as numpy's np.r_[x[10:0:-1], x, x[-1:-11:-1]] does (the left end without its edge value, the right
 * end with it). Fewer than 11 values come back unchanged (the book's code needs at least 11).
 */
export function bookSmooth(x: ArrayLike<number>): Float64Array {
  const n = x.length;
  const out = Float64Array.from(x);
  if (n < KAISER_LEN) return out;
  const half = (KAISER_LEN - 1) / 2;
  const at = (t: number) => x[t < 0 ? -t : t >= n ? 2 * n - 1 - t : t];
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < KAISER_LEN; k++) s += WEIGHTS[k] * at(i + k - half);
    out[i] = s;
  }
  return out;
}

/** y[i] = mean of x[max(0, i − window + 1) … i]: each point averages the last `window` values up to it. */
export function trailingMean(x: ArrayLike<number>, window: number): Float64Array {
  const out = new Float64Array(x.length);
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    sum += x[i];
    if (i >= window) sum -= x[i - window];
    out[i] = sum / Math.min(i + 1, window);
  }
  return out;
}
