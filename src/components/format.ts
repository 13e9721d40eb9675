// Number formatting shared by controls, tables and formulas.

/** Compact display: up to `digits` significant digits, exponent form for very small or large magnitudes. */
export function fmt(x: number, digits = 4): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  if (x === 0) return '0';
  const a = Math.abs(x);
  const s = a >= 1e5 || a < 1e-4 ? x.toExponential(digits - 1) : String(Number(x.toPrecision(digits)));
  return s.replace('-', '−');
}

/** The data tables' cell format: 6 significant digits (the exact value stays in data-v). */
export const fmt6 = (x: number): string => fmt(x, 6);
