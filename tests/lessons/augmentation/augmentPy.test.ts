// The numpy port of the engine's augmentation (src/components/python/augment.ts), run by python3 on a few MNIST digits:
// each transform alone and all four together give the engine's float32 pixels bit for bit (the engine's augmentRow is the
// oracle, an independent implementation row by row in JavaScript).
import { describe, expect, it } from 'vitest';
import { augmentRow, type Augment } from '../../../src/engine/data/augment';
import { augmentLiteral, augmentPy } from '../../../src/components/python/augment';
import { mlpPy } from '../../../src/components/python/mlp';
import { RNG_PY } from '../../../src/components/python/rng';
import { mnistSmall } from '../../engine/train/mnistFixtures';
import { runPython } from '../../helpers/python';

/** Data rows keyed into the RNG (row 1999 puts the counters near the top of the pool). */
const ROWS = [0, 7, 123, 1999];
const { train } = mnistSmall(2000, 1);

const CASES: [string, Augment, number, number][] = [
  ['shift', { shift: 3, rotate: 0, elastic: 0, noise: 0 }, 1, 0],
  ['rotate', { shift: 0, rotate: 30, elastic: 0, noise: 0 }, 2, 4],
  ['elastic', { shift: 0, rotate: 0, elastic: 34, noise: 0 }, 3, 1],
  ['noise', { shift: 0, rotate: 0, elastic: 0, noise: 0.2 }, 4, 7],
  ['all four', { shift: 2, rotate: 15, elastic: 20, elasticSigma: 3, noise: 0.1 }, 5, 2],
];

/** The engine's augmented rows, stored as float32 (as a training batch stores them), as hex bytes. */
function engineHex(a: Augment, seed: number, epoch: number): string {
  const out = new Float32Array(ROWS.length * 784);
  const dst = new Float64Array(784);
  ROWS.forEach((i, r) => {
    augmentRow(Float64Array.from(train.x.subarray(i * 784, (i + 1) * 784)), i, a, seed, epoch, dst);
    out.set(dst, r * 784);
  });
  return Buffer.from(out.buffer).toString('hex');
}

function script(): string {
  const digits = ROWS.map((i) => `x[${i}] = np.frombuffer(bytes.fromhex('${Buffer.from(train.x.slice(i * 784, (i + 1) * 784).buffer).toString('hex')}'), dtype=F32)`);
  const calls = CASES.map(([, a, seed, epoch]) => `print(augment_rows(x, ROWS, ${augmentLiteral(a)}, ${seed}, ${epoch}).tobytes().hex())`);
  return ['import math', 'import numpy as np', RNG_PY, mlpPy('en'), augmentPy('en'), 'x = np.zeros((2000, 784), dtype=F32)', ...digits, `ROWS = [${ROWS.join(', ')}]`, ...calls, ''].join('\n\n');
}

describe('augment_rows, the numpy port of the engine’s augmentation', () => {
  it('gives the engine’s float32 pixels for each transform alone and all four together', () => {
    const lines = runPython(script(), [], 120_000).trimEnd().split('\n');
    expect(lines).toHaveLength(CASES.length);
    CASES.forEach(([name, a, seed, epoch], k) => {
      const want = engineHex(a, seed, epoch);
      const differ = Array.from({ length: want.length / 8 }, (_, p) => p).filter((p) => lines[k].slice(8 * p, 8 * p + 8) !== want.slice(8 * p, 8 * p + 8));
      expect(differ, `${name}: pixels that differ`).toEqual([]);
      // The transform did something: the pixels are not the digits as stored.
      expect(want).not.toBe(Buffer.from(Float32Array.from(ROWS.flatMap((i) => Array.from(train.x.subarray(i * 784, (i + 1) * 784)))).buffer).toString('hex'));
    });
  }, 120_000);
});
