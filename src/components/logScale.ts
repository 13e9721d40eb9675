// Positions of a log-scale slider: evenly spaced in log10, each position standing for the roundest number in its interval.

/** Positions per decade: each step multiplies the value by about 10^(1/50) ≈ 1.047, and a 200 px track gives every position a pixel. */
export const STEPS_PER_DECADE = 50;

/** Number of steps from min to max (the slider's max; its min is 0). */
export function logSteps(min: number, max: number): number {
  return Math.round(STEPS_PER_DECADE * Math.log10(max / min));
}

/** The position whose interval holds x (clamped to 0 … logSteps). */
export function logPosition(min: number, max: number, x: number): number {
  const p = Math.round(STEPS_PER_DECADE * Math.log10(x / min));
  return Math.min(logSteps(min, max), Math.max(0, Number.isFinite(p) ? p : 0));
}

/** Fewer significant digits first; among equals, a last digit of 5 (0.25, 1.5) before others. */
function roughness(digits: number, lastDigit: number): number {
  return 2 * digits - (lastDigit === 5 ? 1 : 0);
}

/**
 * The value at position `pos`: of the numbers with at most `digits` significant digits in
 * [min·10^((pos − ½)/N), min·10^((pos + ½)/N)] ∩ [min, max], the roundest (see roughness), then the
 * one nearest the interval's centre in log10. So 0.4, 0.01, 0.95 or 1.5 are each one position.
 */
export function logValue(min: number, max: number, pos: number, digits = 3): number {
  const centre = Math.log10(min) + pos / STEPS_PER_DECADE;
  const lo = Math.max(min, Math.pow(10, centre - 0.5 / STEPS_PER_DECADE));
  const hi = Math.min(max, Math.pow(10, centre + 0.5 / STEPS_PER_DECADE));
  let best = Number(Math.pow(10, centre).toPrecision(digits));
  let bestScore = Infinity;
  let bestDist = Infinity;
  for (let d = 1; d <= digits; d++) {
    // Candidates k·u with d significant digits, for the decade of lo and the next one.
    for (let e = Math.floor(Math.log10(lo)); e <= Math.floor(Math.log10(hi)); e++) {
      const u = Math.pow(10, e - d + 1);
      for (let k = Math.ceil(lo / u - 1e-9); k * u <= hi * (1 + 1e-12); k++) {
        const v = Number((k * u).toPrecision(d));
        if (v < lo * (1 - 1e-12) || v > hi * (1 + 1e-12)) continue;
        const score = roughness(d, k % 10);
        const dist = Math.abs(Math.log10(v) - centre);
        if (score < bestScore || (score === bestScore && dist < bestDist)) [best, bestScore, bestDist] = [v, score, dist];
      }
    }
    if (bestScore <= 2 * d) break; // nothing with more digits can be rounder
  }
  return best;
}
