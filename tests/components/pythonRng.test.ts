// The Python port of the engine's RNG draws the engine's numbers: u32 words exactly, uniforms exactly, Gaussians within
// 1e-14 (libm's log and cos against V8's may differ in the last bit), over several seeds, streams and sub-streams.
import { describe, expect, it } from 'vitest';
import { RNG_PY } from '../../src/components/python/rng';
import { gaussian, randomU32, STREAM, streamWord, uniform } from '../../src/engine/rng';
import { runPython } from '../helpers/python';

const CASES = [
  { seed: 0, stream: streamWord(STREAM.init, 0) },
  { seed: 1, stream: streamWord(STREAM.shuffle, 7) },
  { seed: 0xffffffff, stream: streamWord(STREAM.dropout, 123456) },
  { seed: 42, stream: streamWord(STREAM.gradNoise, 0) },
];
const INDICES = [0, 1, 2, 3, 1000, 65535, 65536, 0x7fffffff, 0xfffffffe];

describe('the Python RNG of the exports', () => {
  const script = `import json\nimport math\n${RNG_PY}\nprint(json.dumps([[random_u32(c['seed'], c['stream'], i), uniform(c['seed'], c['stream'], i), gaussian(c['seed'], c['stream'], i)] for c in ${JSON.stringify(CASES)} for i in ${JSON.stringify(INDICES)}]))\n`;
  const out = JSON.parse(runPython(script)) as number[][];

  it('gives the engine’s u32 words and uniforms bit for bit', () => {
    const expected = CASES.flatMap((c) => INDICES.map((i) => [randomU32(c.seed, c.stream, i), uniform(c.seed, c.stream, i)]));
    expect(out.map(([u32, u]) => [u32, u])).toEqual(expected);
  });

  it('gives the engine’s Gaussians within 1e-14', () => {
    const expected = CASES.flatMap((c) => INDICES.map((i) => gaussian(c.seed, c.stream, i)));
    out.forEach(([, , g], k) => expect(Math.abs(g - expected[k]), `draw ${k}`).toBeLessThan(1e-14 * Math.max(1, Math.abs(expected[k]))));
  });

  it('composes stream words as the engine does', () => {
    const words = runPython(`${RNG_PY.split('\ndef philox')[0]}\nprint(stream_word(3, 123456), stream_word(20), stream_word(1, 0x1000000 + 5))\n`);
    expect(words.trim().split(' ').map(Number)).toEqual([streamWord(3, 123456), streamWord(20), streamWord(1, 0x1000000 + 5)]);
  });
});
