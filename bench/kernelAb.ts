// Same-page A/B of the dense kernels and a per-kernel profile of one population step (SwiftShader or any adapter).
// Two devices on one adapter: A runs src/gpu as built, with the adapter's matmul shape (matmulShape); B is the same engine
// with the dense kernels of another variant: a matmul shape (`x<X>y<Y>c<n>`, `cols<n>`, `hardware`, `software`), compiled
// natively, or a text variant of the hardware shape's kernels (VARIANTS; the 20×20 workgroup-memory tiled matmul of d61af02,
// bench/kernelAb/*_tiled.wgsl, by default), whose 20×20 blocks are the hardware shape's, so its grid needs no mapping.
// Samples alternate A, B, B, A, … so that the load of a shared machine falls on both alike; medians are reported.
// The profile skips one kernel family's dispatches on alternate samples (results are then meaningless, timings are not).
import { createGpuPopulation, GpuContext, isFallbackAdapter } from '../src/gpu';
import { MATMUL_HARDWARE, MATMUL_SOFTWARE, shader, type MatmulShape } from '../src/gpu/kernels/shared';
import type { MemberConfig } from '../src/engine/train/populationTypes';
import { mnist, SEED_HYPER, SEED_SPEC, BATCH } from './mlp';
import { learningRates } from './populationCommon';
import forwardTiled from './kernelAb/dense_forward_tiled.wgsl?raw';
import backwardTiled from './kernelAb/dense_backward_tiled.wgsl?raw';
import gradTiled from './kernelAb/dense_grad_tiled.wgsl?raw';
import tileLib from './kernelAb/matmul_tile.wgsl?raw';

const OLD_TILE = 20;
const TILE_CONSTS = `const TILE: u32 = ${OLD_TILE}u;\nconst TILE_K: u32 = ${OLD_TILE}u;\nconst TILE_THREADS: u32 = ${OLD_TILE / 4}u;\n`;
/** The tiled kernels (their TILE constants in their own text when shared.ts no longer defines them). */
function tiledCode(body: string, libs: ('activation' | 'philox')[]): string {
  const probe = shader('', libs);
  const consts = /const TILE: u32/.test(probe) ? '' : TILE_CONSTS;
  return shader(consts + tileLib + '\n' + body, libs);
}
type Dense = 'dense_forward' | 'dense_backward' | 'dense_grad';
/**
 * Text variants (B runs them with matmul = MATMUL_HARDWARE): 'tiled' (d61af02: 20×20 blocks through workgroup memory,
 * barriers). Variants of the product loop measured before the row groups and since removed (in git history, 9c3c03b
 * to 7c2455b), at R = 64 on SwiftShader, 3 pairs, against the hardware shape: 'nofma' (a multiply and an add) 0.94× the
 * time, losses equal to 6 digits; 'chain4' (each accumulator read and written once per 4 values of p) 1.05×; 'rolled'
 * (a2faa33's loop); and the diagnostics 'noleft' 0.69× and 'noright' 0.85× (one operand a constant instead of storage
 * reads: wrong results), which showed the reads of the operands to be about half the step.
 */
const VARIANTS: Record<string, Record<Dense, () => string>> = {
  tiled: {
    dense_forward: () => tiledCode(forwardTiled, ['activation', 'philox']),
    dense_backward: () => tiledCode(backwardTiled, ['activation']),
    dense_grad: () => tiledCode(gradTiled, []),
  },
};
/**
 * Rewrites of every kernel's text (B keeps A's matmul shape), at R = 64 on SwiftShader, 3 pairs, 2 steps a sample:
 * - 'plainssq': the scaled sums of squares of the norms (ssqAdd: a division and two branches per element) made plain
 *   sums at scale 1, as a bound on what cheaper norms could save: 0.90× the time (before 8e205dc made them plain sums);
 * - 'sgleft': the forward kernel's 4 lanes (one subgroup on SwiftShader) each read one of every 4 left rows and share
 *   them by subgroupBroadcast, a quarter of the left reads: 1.00×, same losses. The left reads no longer set the time.
 * Tried and removed: macRow returning before its products when all its left values are 0 (MNIST's blank pixels):
 * 1.58× the time, same losses.
 */
const REWRITES: Record<string, (code: string, label: string) => string> = {
  sgleft: (code, label) => (label === 'dense_forward' ? subgroupLeft(code) : code),
  plainssq: (code) => code.replace(/fn ssqAdd\(acc: vec2<f32>, x: f32\) -> vec2<f32> \{[\s\S]*?\n\}\n/, 'fn ssqAdd(acc: vec2<f32>, x: f32) -> vec2<f32> {\n  return vec2<f32>(1.0, acc.y + x * x);\n}\n'),
};
/** The forward kernel with each lane reading one of every 4 left rows and the subgroup sharing them (4 lanes = the workgroup). */
function subgroupLeft(code: string): string {
  const rep = (a: string, b: string, c: string) => {
    if (!a.includes(b)) throw new Error(`sgleft: no ${b}`);
    return a.replace(b, c);
  };
  let out = 'enable subgroups;\ndiagnostic(off, subgroup_uniformity);\n' + code;
  out = rep(out, 'fn leftRows(p: u32, g: u32) -> vec4<f32> {', `var<private> lane: u32;
var<private> leftMine: array<u32, MATMUL_GROUPS>;
fn leftRows(p: u32, g: u32) -> vec4<f32> {
  let v = inputs[leftMine[g] + p];
  return vec4<f32>(subgroupBroadcast(v, 0u), subgroupBroadcast(v, 1u), subgroupBroadcast(v, 2u), subgroupBroadcast(v, 3u));
}
fn leftRowsOld(p: u32, g: u32) -> vec4<f32> {`);
  out = rep(out, 'fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {', 'fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>, @builtin(subgroup_invocation_id) sid: u32) {\n  lane = sid;');
  out = rep(out, '  regProduct(layer.k);', '  for (var g = 0u; g < MATMUL_GROUPS; g++) { leftMine[g] = leftAt[g][lane]; }\n  regProduct(layer.k);');
  return out;
}

/**
 * Matmul shapes B may compile natively: 'x<X>y<Y>c<n>' (X × Y invocations of 4 × n outputs), 'x<X>y<Y>g<G>c<n>'
 * (of 4G × n), 'cols<n>' (the hardware
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
  const s = /^x(\d+)y(\d+)(?:g(\d+))?c(\d+)$/.exec(variant);
  return s ? { x: Number(s[1]), y: Number(s[2]), groups: Number(s[3] ?? 1), cols: Number(s[4]) } : null;
}
interface Hooks {
  /** Labels whose dispatches are skipped now. */
  skip: Set<string>;
  /** Dispatches per label seen (counted once per sample by the caller). */
  seen: Map<string, number>;
}

/** Wraps `device` so that the dense kernels of a text variant compile from its code and hooks.skip drops dispatches. */
function instrument(device: GPUDevice, variant: string | null, hooks: Hooks): void {
  const rewrite = variant ? REWRITES[variant] : undefined;
  const swap = variant && !variantShape(variant) && !rewrite ? VARIANTS[variant] : null;
  if (variant && !variantShape(variant) && !swap && !rewrite) throw new Error(`kernelAb: no variant ${variant}`);
  const createShaderModule = device.createShaderModule.bind(device);
  device.createShaderModule = (d: GPUShaderModuleDescriptor) =>
    swap && d.label && d.label in swap
      ? createShaderModule({ ...d, code: swap[d.label as Dense]() })
      : createShaderModule(rewrite ? { ...d, code: rewrite(d.code, d.label ?? '') } : d);
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
const shapeOfB = (variant: string | null): MatmulShape | undefined =>
  variant && !REWRITES[variant] ? (variantShape(variant) ?? MATMUL_HARDWARE) : undefined;

async function context(variant: string | null, hooks: Hooks): Promise<GpuContext> {
  const adapter = await navigator.gpu.requestAdapter();
  if (!adapter) throw new Error('no adapter');
  const device = await adapter.requestDevice({
    label: variant ? `${variant} device` : 'src device',
    requiredFeatures: adapter.features.has('subgroups') ? ['subgroups' as GPUFeatureName] : [],
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
