// Line breaks for a step's equation in a narrow column: one term per line, so nothing is cut off on a phone.

/** Splits `tex` before each top-level separator (outside {…} and (…)); the separator starts the next piece. */
function splitTop(tex: string, seps: readonly string[]): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < tex.length; i++) {
    const c = tex[i];
    if (c === '{' || c === '(') depth++;
    else if (c === '}' || c === ')') depth--;
    else if (depth === 0 && i > start) {
      const sep = seps.find((s) => tex.startsWith(s, i));
      if (sep) {
        out.push(tex.slice(start, i).trim());
        start = i;
        i += sep.length - 1;
      }
    }
  }
  out.push(tex.slice(start).trim());
  return out.filter((s) => s !== '');
}

/**
 * "a = b + c ⊙ d = e" → an aligned block: "a = b", "+ c", "⊙ d", "= e" on their own lines. Several
 * equations joined by ",\quad" become several lines too. A lone "a = b" without terms stays as it is.
 */
export function wrapTerms(tex: string): string {
  const lines: string[] = [];
  for (const eq of splitTop(tex, [',\\quad '])) {
    const parts = eq.replace(/^,\\quad /, '').split(' = ');
    if (parts.length === 1) {
      lines.push(eq);
      continue;
    }
    lines.push(`${parts[0]} &= `);
    parts.slice(1).forEach((part, i) => {
      const terms = splitTop(part, [' + ', ' - ', ' \\odot ']);
      if (i > 0) lines.push('&= ');
      lines[lines.length - 1] += terms[0];
      for (const term of terms.slice(1)) lines.push(`&\\quad ${term}`);
    });
  }
  if (lines.length < 2) return tex;
  return `\\begin{aligned} ${lines.join(' \\\\ ')} \\end{aligned}`;
}
