// Runs the Python exports in tests: finds an interpreter with numpy (PYTHON, then python3 on the PATH, then Debian's
// /usr/bin/python3, which .ci/run gives python3-numpy when none has it), and reads a printed CSV table back.
import { execFileSync, spawnSync } from 'node:child_process';
import { expect } from 'vitest';

const CANDIDATES = [process.env.PYTHON, 'python3', '/usr/bin/python3'].filter((p): p is string => !!p);

function hasNumpy(python: string): boolean {
  try {
    execFileSync(python, ['-c', 'import numpy'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

let found: string | undefined;

/** The first interpreter that imports numpy; throws naming every one tried when none does. */
export function python(): string {
  found ??= CANDIDATES.find(hasNumpy);
  if (!found) throw new Error(`no Python with numpy among ${CANDIDATES.join(', ')} (apt-get install python3-numpy)`);
  return found;
}

/** Runs `script` on stdin with `args` and returns its stdout; throws when it exits non-zero. */
export function runPython(script: string, args: readonly string[] = [], timeoutMs = 60_000): string {
  return execFileSync(python(), ['-', ...args], { input: script, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 << 20 });
}

/** Runs `script` on stdin with `args`: its exit status, stdout and stderr, whatever the status. */
export function runPythonStatus(script: string, args: readonly string[] = [], timeoutMs = 60_000): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(python(), ['-', ...args], { input: script, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A printed CSV: its header, and rows whose first column stays a string and whose other cells are numbers. */
export function parseCsv(csv: string): { head: string[]; rows: (string | number)[][] } {
  const [head, ...lines] = csv.trimEnd().split('\n');
  return { head: head.split(','), rows: lines.map((l) => l.split(',').map((c, i) => (i === 0 ? c : Number(c)))) };
}

/**
 * Tables equal cell by cell: strings, integers and non-finite numbers exactly, other numbers within `rel` relative
 * (absolute below 1).
 */
export function expectTablesClose(actual: (string | number)[][], expected: (string | number)[][], rel: number) {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, r) => {
    expect(row.length, `row ${r} width`).toBe(expected[r].length);
    row.forEach((v, c) => {
      const e = expected[r][c];
      if (typeof e === 'string' || Number.isInteger(e) || !Number.isFinite(e)) expect(v, `row ${r} col ${c}`).toEqual(e);
      else expect(Math.abs((v as number) - e), `row ${r} col ${c}: ${v} vs ${e}`).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(e)));
    });
  });
}
