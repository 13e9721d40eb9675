// The engine's counter-based RNG (src/engine/rng.ts: Philox-2x32-10 keyed by seed, counter (index, stream)) in Python, so
// an exported script draws the page's numbers: the same u32 words, the same uniforms and Gaussians (Box–Muller).
import { STREAM } from '../../engine/rng';

/** Python source: STREAM, stream_word, philox, random_u32, uniform, gaussian (Python ints for the u32 arithmetic). */
export const RNG_PY = `# The page's random numbers: Philox-2x32-10 (Salmon et al., SC 2011), key = seed, counter = (index, stream).
STREAM = {${Object.entries(STREAM)
  .map(([k, v]) => `'${k}': ${v}`)
  .join(', ')}}
PHILOX_M = 0xD256D193
PHILOX_W = 0x9E3779B9
MASK32 = 0xFFFFFFFF
INV_2_24 = 5.9604644775390625e-8


def stream_word(stream, sub=0):
    return ((stream & 0xFF) | ((sub & 0xFFFFFF) << 8)) & MASK32


def philox(index, stream, seed):
    c0, c1, k = index & MASK32, stream & MASK32, seed & MASK32
    for _ in range(10):
        product = PHILOX_M * c0
        c0, c1 = ((product >> 32) ^ k ^ c1) & MASK32, product & MASK32
        k = (k + PHILOX_W) & MASK32
    return c0, c1


def random_u32(seed, stream, index):
    return philox(index, stream, seed)[0]


def uniform(seed, stream, index):
    return (philox(index, stream, seed)[0] >> 8) * INV_2_24


def gaussian(seed, stream, index):
    w0, w1 = philox(index, stream, seed)
    u1 = ((w0 >> 8) + 1) * INV_2_24
    u2 = (w1 >> 8) * INV_2_24
    return math.sqrt(-2 * math.log(u1)) * math.cos(2 * math.pi * u2)`;
