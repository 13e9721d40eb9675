// Helpers of the "Reproduce in Python" exports: JavaScript values written as Python literals, and numbers printed back
// the way the page's CSV writes them.

/** A number as a Python float or int literal that reads back to the same double (String(v) round-trips in JS). */
export function pyNumber(v: number): string {
  if (Number.isNaN(v)) return "float('nan')";
  if (!Number.isFinite(v)) return v > 0 ? "float('inf')" : "float('-inf')";
  return String(v);
}

/** Python source of js_number(v): a float printed for the CSV, NaN and ±Infinity spelled as the page spells them. */
export const JS_NUMBER_PY = `def js_number(v):
    """A number as the page's CSV writes it (NaN, Infinity, -Infinity)."""
    if v != v:
        return 'NaN'
    if v in (float('inf'), float('-inf')):
        return 'Infinity' if v > 0 else '-Infinity'
    return repr(float(v))`;
