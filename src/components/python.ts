// Helpers of the "Reproduce in Python" exports: JavaScript values written as Python literals.

/** A number as a Python float or int literal that reads back to the same double (String(v) round-trips in JS). */
export function pyNumber(v: number): string {
  if (Number.isNaN(v)) return "float('nan')";
  if (!Number.isFinite(v)) return v > 0 ? "float('inf')" : "float('-inf')";
  return String(v);
}
