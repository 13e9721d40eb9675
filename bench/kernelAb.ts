// Same-page A/B of the dense kernels and a per-kernel profile of one population step (SwiftShader or any adapter).
// Two devices on one adapter: A runs src/gpu as built, with the adapter's matmul shape (matmulShape); B is the same engine
// with the dense kernels of another variant: a matmul shape (`x<X>y<Y>c<n>`, `cols<n>`, `hardware`, `software`), compiled
// natively, or a text variant of the hardware shape's kernels (VARIANTS; the 20×20 workgroup-memory tiled matmul of d61af02,
// bench/kernelAb/*_tiled.wgsl, by default), whose 20×20 blocks are the hardware shape's, so its grid needs no mapping.
// Samples alternate A, B, B, A, … so that the load of a shared machine falls on both alike; medians are reported.
// The profile skips one kernel family's dispatches on alternate samples (results are then meaningless, timings are not).
import { createGpuPopulation, GpuContext, isFallbackAdapter } from '../src/gpu';
import { MATMUL_HARDWARE, MATMUL_SOFTWARE, matmulLib, shader, type MatmulShape } from '../src/gpu/kernels/shared';
import type { MemberConfig } from '../src/engine/train/populationTypes';
import { mnist, SEED_HYPER, SEED_SPEC, BATCH } from './mlp';
import { learningRates } from './populationCommon';
import forwardTiled from './kernelAb/dense_forward_tiled.wgsl?raw';
import backwardTiled from './kernelAb/dense_backward_tiled.wgsl?raw';
import gradTiled from './kernelAb/dense_grad_tiled.wgsl?raw';
import tileLib from './kernelAb/matmul_tile.wgsl?raw';
import srcForward from '../src/gpu/kernels/dense_forward.wgsl?raw';
import srcBackward from '../src/gpu/kernels/dense_backward.wgsl?raw';
import srcGrad from '../src/gpu/kernels/dense_grad.wgsl?raw';
import rolledLib from './kernelAb/matmul_reg_rolled.wgsl?raw';

const OLD_TILE = 20;
const TILE_CONSTS = `const TILE: u32 = ${OLD_TILE}u;\nconst TILE_K: u32 = ${OLD_TILE}u;\nconst TILE_THREADS: u32 = ${OLD_TILE / 4}u;\n`;
/** The tiled kernels (their TILE constants in their own text when shared.ts no longer defines them). */
function tiledCode(body: string, libs: ('activation' | 'philox')[]): string {
  const probe = shader('', libs);
  const consts = /const TILE: u32/.test(probe) ? '' : TILE_CONSTS;
  return shader(consts + tileLib + '\n' + body, libs);
}
/** The hardware shape's constants, for a replacement library (matmulLib writes them before its own). */
const HARDWARE_CONSTS = matmulLib(MATMUL_HARDWARE).split('\n').slice(0, 3).join('\n') + '\n';
type Dense = 'dense_forward' | 'dense_backward' | 'dense_grad';
/** src's three dense kernels with the matmul library `lib` (matmulLib of a shape, or a replacement). */
const SRC: Record<Dense, (lib: string) => string> = {
  dense_forward: (lib) => shader(srcForward, ['activation', 'philox'], lib),
  dense_backward: (lib) => shader(srcBackward, ['activation'], lib),
  dense_grad: (lib) => shader(srcGrad, [], lib),
};
/** src's hardware-shape kernels through `edit`. */
const hardwareVia = (edit: (code: string) => string): Record<Dense, () => string> => ({
  dense_forward: () => edit(SRC.dense_forward(matmulLib(MATMUL_HARDWARE))),
  dense_backward: () => edit(SRC.dense_backward(matmulLib(MATMUL_HARDWARE))),
  dense_grad: () => edit(SRC.dense_grad(matmulLib(MATMUL_HARDWARE))),
});
/**
 * Text variants of the hardware shape (B runs them with matmul = MATMUL_HARDWARE): 'tiled' (d61af02: 20×20 blocks
 * through workgroup memory, barriers), 'rolled' (a2faa33's product loop), 'nofma', 'chain4', and the diagnostics
 * 'noleft' and 'noright' (wrong results: one operand of the product a constant instead of storage reads).
 * Measured at R = 64 on SwiftShader, 3 pairs, against the hardware shape: nofma 0.94× the time (losses equal to 6
 * digits), chain4 1.05× (each accumulator read and written once per 4 values of p: the accumulators' traffic is not the
 * cost), noleft 0.69×, noright 0.85×: the reads of the operands are about half the step.
 */
const VARIANTS: Record<string, Record<Dense, () => string>> = {
  tiled: {
    dense_forward: () => tiledCode(forwardTiled, ['activation', 'philox']),
    dense_backward: () => tiledCode(backwardTiled, ['activation']),
    dense_grad: () => tiledCode(gradTiled, []),
  },
  nofma: hardwareVia(noFma),
  chain4: hardwareVia(chain4),
  rolled: {
    dense_forward: () => SRC.dense_forward(HARDWARE_CONSTS + rolledLib),
    dense_backward: () => SRC.dense_backward(HARDWARE_CONSTS + rolledLib),
    dense_grad: () => SRC.dense_grad(HARDWARE_CONSTS + rolledLib),
  },
  noleft: hardwareVia(noLeft),
  noright: hardwareVia(noRight),
};
/**
 * Matmul shapes B may compile natively: 'x<X>y<Y>c<n>' (X × Y invocations of 4 × n outputs), 'cols<n>' (the hardware
 * shape with n columns), 'hardware', 'software', 'tallY25' (the hardware shape with 25 rows of invocations).
 * At R = 64 on SwiftShader, 3 pairs, against the hardware shape (4 × 5 invocations of 4 × 5): cols3 1.38× the time,
 * cols6 1.17×, cols8 1.09× (blocks past the 100-wide layers), tallY25 1.05×, x2y2c10 0.93×, x1y4c20 0.92×,
 * x1y4c25 0.84×, x2y2c25 0.79×, x2y2c50 0.75×, x1y4c50 0.76×, x1y4c100 0.71× (noisier); losses identical throughout.
 */
function variantShape(variant: string): MatmulShape | null {
  if (variant === 'hardware') return MATMUL_HARDWARE;
  if (variant === 'software') return MATMUL_SOFTWARE;
  if (variant === 'tallY25') return { ...MATMUL_HARDWARE, y: 25 };
  const c = /^cols(\d+)$/.exec(variant);
  if (c) return { ...MATMUL_HARDWARE, cols: Number(c[1]) };
  const s = /^x(\d+)y(\d+)c(\d+)$/.exec(variant);
  return s ? { x: Number(s[1]), y: Number(s[2]), cols: Number(s[3]) } : null;
}
function noLeft(code: string): string {
  const out = code.replace(/(fn leftRows\([a-z]+: u32\) -> vec4<f32> \{\n)([\s\S]*?)\n\}/, (_m, head: string, body: string) => {
    const keep = body.split('\n').filter((l) => l.includes('rightRow =') || l.includes('var row') || l.includes('if (layer.gather'));
    return `${head}${keep.join('\n')}\n  return vec4<f32>(1e-6);\n}`;
  });
  if (out === code) throw new Error('kernelAb: noleft did not apply');
  return out;
}
function noRight(code: string): string {
  const out = code.replace(/(fn rightCol\(([a-z]+): u32, j: u32\) -> f32 \{\n)[^\n]*\n\}/, (_m, head: string, p: string) => `${head}  return f32(${p} + j) * 1e-6;\n}`);
  if (out === code) throw new Error('kernelAb: noright did not apply');
  return out;
}
function noFma(code: string): string {
  const out = code.replace(/fma\(a, vec4<f32>\((rightCol\(p, \d+u\))\), (\(\*c\)\[\d+\])\)/g, (_m, b: string, c: string) => `a * ${b} + ${c}`);
  if (out.includes('fma(a, ')) throw new Error('kernelAb: nofma left an fma');
  return out;
}
function chain4(code: string): string {
  const nest = (j: number) => {
    let e = `(*c)[${j}]`;
    for (let q = 0; q < 4; q++) e = `fma(a${q}, vec4<f32>(rightCol(p + ${q}u, ${j}u)), ${e})`;
    return `  (*c)[${j}] = ${e};`;
  };
  const body = [
    'fn macRow4(p: u32, c: ptr<function, array<vec4<f32>, MATMUL_COLS>>) {',
    '  let a0 = leftRows(p);\n  let a1 = leftRows(p + 1u);\n  let a2 = leftRows(p + 2u);\n  let a3 = leftRows(p + 3u);',
    ...Array.from({ length: MATMUL_HARDWARE.cols }, (_, j) => nest(j)),
    '}',
  ].join('\n');
  const loop = '    macRow(p, &c);\n    macRow(p + 1u, &c);\n    macRow(p + 2u, &c);\n    macRow(p + 3u, &c);\n';
  if (!code.includes(loop)) throw new Error('kernelAb: chain4 found no 4-row loop');
  return code.replace(loop, '    macRow4(p, &c);\n').replace('fn regProduct(', `${body}\n\nfn regProduct(`);
}

interface Hooks {
  /** Labels whose dispatches are skipped now. */
  skip: Set<string>;
  /** Dispatches per label seen (counted once per sample by the caller). */
  seen: Map<string, number>;
}

/** Wraps `device` so that the dense kernels of a text variant compile from its code and hooks.skip drops dispatches. */
function instrument(device: GPUDevice, variant: string | null, hooks: Hooks): void {
  const swap = variant && !variantShape(variant) ? VARIANTS[variant] : null;
  if (variant && !variantShape(variant) && !swap) throw new Error(`kernelAb: no variant ${variant}`);
  const createShaderModule = device.createShaderModule.bind(device);
  device.createShaderModule = (d: GPUShaderModuleDescriptor) =>
    swap && d.label && d.label in swap ? createShaderModule({ ...d, code: swap[d.label as Dense]() }) : createShaderModule(d);
  const createCommandEncoder = device.createCommandEncoder.bind(device);
  device.createCommandEncoder = (d?: GPUCommandEncoderDescriptor) => {
    const enc = createCommandEncoder(d);
    const begin = enc.beginComputePass.bind(enc);
    enc.beginComputePass = (pd?: GPUComputePassDescriptor) => {
      const pass = begin(pd);
      let label = '';
      const setPipeline = pass.setPipeline.bind(pass);
      const dispatch = pass.dispatchWorkgroups.bind(pass);
      pass.setPipeline = (p: GPUComputePipeline) => {
        label = p.label;
        setPipeline(p);
      };
      pass.dispatchWorkgroups = (x: number, y?: number, z?: number) => {
        hooks.seen.set(label, (hooks.seen.get(label) ?? 0) + 1);
        if (!hooks.skip.has(label)) dispatch(x, y, z);
      };
      return pass;
    };
    return enc;
  };
}

/** B's matmul shape: the variant's own, the hardware shape for a text variant (whose kernels replace it), A's otherwise. */
const shapeOfB = (variant: string | null): MatmulShape | undefined => (variant ? (variantShape(variant) ?? MATMUL_HARDWARE) : undefined);

async function context(variant: string | null, hooks: Hooks): Promise<GpuContext> {
  const adapter = await navigator.gpu.requestAdapter();
  if (!adapter) throw new Error('no adapter');
  const device = await adapter.requestDevice({
    label: variant ? `${variant} device` : 'src device',
    requiredLimits: { maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize, maxBufferSize: adapter.limits.maxBufferSize },
  });
  instrument(device, variant, hooks);
  return new GpuContext(device, adapter.info.description || adapter.info.vendor, isFallbackAdapter(adapter));
}

const members = (R: number): MemberConfig[] => learningRates(R).map((lr, r) => ({ seed: r + 1, hyper: { ...SEED_HYPER, lr } }));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export interface AbOptions {
  R: number;
  /** Alternating sample pairs. */
  pairs: number;
  /** Population steps per sample (one step(n) + flush). */
  steps: number;
  warmup?: number;
  /** 'ab': src (A) against a variant (B). 'profile': src with all dispatches (A) against src without `skip` (B). */
  mode: 'ab' | 'profile';
  /** The kernels B runs in mode 'ab' (a matmul shape, or VARIANTS; default 'tiled'). */
  b?: string;
  skip?: string[];
}

/** Runs one A/B; ms per population step (median over samples) for A and B, and both members' last losses. */
async function run(o: AbOptions) {
  const hooksA: Hooks = { skip: new Set(), seen: new Map() };
  const hooksB: Hooks = { skip: new Set(), seen: new Map() };
  const ctxA = await context(null, hooksA);
  const variantB = o.mode === 'ab' ? (o.b ?? 'tiled') : null;
  const ctxB = await context(variantB, hooksB);
  const { train } = await mnist();
  const pa = await createGpuPopulation(ctxA, SEED_SPEC, { train }, members(o.R), { evalEachEpoch: false });
  const pb = await createGpuPopulation(ctxB, SEED_SPEC, { train }, members(o.R), { evalEachEpoch: false, matmul: shapeOfB(variantB) });
  const skipB = new Set(o.mode === 'profile' ? (o.skip ?? []) : []);
  const times: { a: number[]; b: number[] } = { a: [], b: [] };
  const lossA: number[] = [];
  const lossB: number[] = [];
  const timed = async (pop: typeof pa, hooks: Hooks, skip: Set<string>, out: number[], losses: number[]) => {
    hooks.skip = skip;
    hooks.seen.clear();
    const t0 = performance.now();
    const first = await pop.step(o.steps);
    const last = await pop.flush();
    out.push((performance.now() - t0) / o.steps);
    const s = [...first.members[0].steps, ...last.members[0].steps];
    losses.push(s[s.length - 1]?.loss ?? NaN);
  };
  try {
    for (const [pop, h] of [
      [pa, hooksA],
      [pb, hooksB],
    ] as const) {
      await pop.step(o.warmup ?? 2);
      await pop.flush();
      void h;
    }
    for (let i = 0; i < o.pairs; i++) {
      const aFirst = i % 2 === 0;
      for (const which of aFirst ? ['a', 'b'] : ['b', 'a']) {
        if (which === 'a') await timed(pa, hooksA, new Set(), times.a, lossA);
        else await timed(pb, hooksB, skipB, times.b, lossB);
      }
    }
    const stats = pa.stats();
    const mA = median(times.a);
    const mB = median(times.b);
    return {
      R: o.R,
      mode: o.mode,
      b: variantB ?? 'src',
      matmulA: ctxA.fallback ? 'software' : 'hardware',
      skip: o.skip ?? [],
      steps: o.steps,
      pairs: o.pairs,
      msA: Number(mA.toFixed(1)),
      msB: Number(mB.toFixed(1)),
      samplesPerSecA: Math.round((o.R * BATCH * 1000) / mA),
      samplesPerSecB: Math.round((o.R * BATCH * 1000) / mB),
      ratioBoverA: Number((mB / mA).toFixed(3)),
      timesA: times.a.map((t) => Number(t.toFixed(1))),
      timesB: times.b.map((t) => Number(t.toFixed(1))),
      lossA: lossA.map((l) => Number(l.toFixed(6))),
      lossB: lossB.map((l) => Number(l.toFixed(6))),
      dispatchesPerStep: stats.dispatchesPerStep,
      dispatchesSeenLastSample: Object.fromEntries(hooksA.seen),
    };
  } finally {
    pa.dispose();
    pb.dispose();
    ctxA.device.destroy();
    ctxB.device.destroy();
  }
}

declare global {
  interface Window {
    __kernelAb: { run: typeof run };
  }
}
window.__kernelAb = { run };
document.getElementById('status')!.textContent = 'ready';
