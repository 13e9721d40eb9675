// Same-page A/B of the dense kernels and a per-kernel profile of one population step (SwiftShader or any adapter).
// Two devices on one adapter: A runs src/gpu as built; B is the same engine with the dense kernels swapped for another
// variant (VARIANTS: the 20×20 workgroup-memory tiled matmul of d61af02, bench/kernelAb/*_tiled.wgsl, by default), its grid mapped back. Samples alternate
// A, B, B, A, … so that the load of a shared machine falls on both alike; medians are reported.
// The profile skips one kernel family's dispatches on alternate samples (results are then meaningless, timings are not).
import { createGpuPopulation, GpuContext } from '../src/gpu';
import { MATMUL, shader } from '../src/gpu/kernels/shared';
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
import { LIB } from '../src/gpu/kernels/shared';
import rolledLib from './kernelAb/matmul_reg_rolled.wgsl?raw';

const OLD_TILE = 20;
const TILE_CONSTS = `const TILE: u32 = ${OLD_TILE}u;\nconst TILE_K: u32 = ${OLD_TILE}u;\nconst TILE_THREADS: u32 = ${OLD_TILE / 4}u;\n`;
/** The tiled kernels (their TILE constants in their own text when shared.ts no longer defines them). */
function tiledCode(body: string, libs: ('activation' | 'philox')[]): string {
  const probe = shader('', libs);
  const consts = /const TILE: u32/.test(probe) ? '' : TILE_CONSTS;
  return shader(consts + tileLib + '\n' + body, libs);
}
/**
 * The kernels B may run instead of src's: 'tiled' (d61af02: 20×20 blocks through workgroup memory, barriers),
 * 'tallY25' (src's with 25 rows of invocations per workgroup), 'rolled' (src's with a2faa33's product loop).
 */
const VARIANTS: Record<string, Record<string, () => string>> = {
  tiled: {
    dense_forward: () => tiledCode(forwardTiled, ['activation', 'philox']),
    dense_backward: () => tiledCode(backwardTiled, ['activation']),
    dense_grad: () => tiledCode(gradTiled, []),
  },
  // src's kernels with 25 rows of invocations (100 output rows) per workgroup instead of MATMUL.y.
  tallY25: {
    dense_forward: () => tall(shader(srcForward, ['activation', 'philox', 'matmul'])),
    dense_backward: () => tall(shader(srcBackward, ['activation', 'matmul'])),
    dense_grad: () => tall(shader(srcGrad, ['matmul'])),
  },
  // src's kernels with a multiply and an add in place of each fma of the product. R = 64, SwiftShader, 3 pairs: 0.94× src's
  // time, losses equal to 6 digits (a within-noise gain; src keeps fma).
  nofma: {
    dense_forward: () => noFma(shader(srcForward, ['activation', 'philox', 'matmul'])),
    dense_backward: () => noFma(shader(srcBackward, ['activation', 'matmul'])),
    dense_grad: () => noFma(shader(srcGrad, ['matmul'])),
  },
  // src's kernels with each accumulator read and written once per 4 values of p (one nested fma expression, same order).
  // R = 64, SwiftShader, 3 pairs: 1.05× src's time, losses identical (the accumulators' traffic is not what costs).
  chain4: {
    dense_forward: () => chain4(shader(srcForward, ['activation', 'philox', 'matmul'])),
    dense_backward: () => chain4(shader(srcBackward, ['activation', 'matmul'])),
    dense_grad: () => chain4(shader(srcGrad, ['matmul']).replace('return dz[rightRow + rightAt[j]];', 'return dz[(member * run.rowStride + p) * layer.m + rightAt[j]];')),
  },
  // src's kernels with the product loop of a2faa33 (one value of p per trip, accumulators in five variables).
  rolled: {
    dense_forward: () => rolled(shader(srcForward, ['activation', 'philox', 'matmul'])),
    dense_backward: () => rolled(shader(srcBackward, ['activation', 'matmul'])),
    dense_grad: () => rolled(shader(srcGrad, ['matmul'])),
  },
};
/**
 * 'cols<n>': src's kernels with 4 rows × n columns per invocation instead of × MATMUL.cols. At R = 64 (SwiftShader, same
 * page, 3 pairs) cols3, cols6 and cols8 took 1.38×, 1.17× and 1.09× the time of src's 5 (which tiles the 100-wide layers exactly).
 */
const COLS_VARIANT = /^cols(\d+)$/;
/** src's three dense kernels with `n` columns per invocation: MATMUL_COLS and macRow's written-out lines replaced. */
function colsVariant(n: number): Record<string, () => string> {
  const swap = (code: string) => {
    const lines = Array.from({ length: n }, (_, j) => `  (*c)[${j}] = fma(a, vec4<f32>(rightCol(p, ${j}u)), (*c)[${j}]);`).join('\n');
    const out = code
      .replace(`const MATMUL_COLS: u32 = ${MATMUL.cols}u;`, `const MATMUL_COLS: u32 = ${n}u;`)
      .replace(/(fn macRow[^{]*\{\n {2}let a = leftRows\(p\);\n)(?: {2}\(\*c\)\[\d\] = [^\n]*\n)+/, (_m, head: string) => `${head}${lines}\n`);
    if (!out.includes(`const MATMUL_COLS: u32 = ${n}u;`) || !out.includes(`rightCol(p, ${n - 1}u)`)) throw new Error(`kernelAb: cols${n} did not apply`);
    return out;
  };
  return {
    dense_forward: () => swap(shader(srcForward, ['activation', 'philox', 'matmul'])),
    dense_backward: () => swap(shader(srcBackward, ['activation', 'matmul'])),
    dense_grad: () => swap(shader(srcGrad, ['matmul'])),
  };
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
    ...Array.from({ length: MATMUL.cols }, (_, j) => nest(j)),
    '}',
  ].join('\n');
  const loop = '    macRow(p, &c);\n    macRow(p + 1u, &c);\n    macRow(p + 2u, &c);\n    macRow(p + 3u, &c);\n';
  if (!code.includes(loop)) throw new Error('kernelAb: chain4 found no 4-row loop');
  return code.replace(loop, '    macRow4(p, &c);\n').replace('fn regProduct(', `${body}\n\nfn regProduct(`);
}
function rolled(code: string): string {
  if (!code.includes(LIB.matmul)) throw new Error('kernelAb: no matmul library to replace');
  return code.replace(LIB.matmul, () => rolledLib);
}
function tall(code: string): string {
  const out = code.replace(`const MATMUL_Y: u32 = ${MATMUL.y}u;`, 'const MATMUL_Y: u32 = 25u;');
  if (out === code) throw new Error('kernelAb: no MATMUL_Y to replace');
  return out;
}
/** Output block (rows × columns) per workgroup of each variant. */
const VARIANT_TILE: Record<string, [number, number]> = {
  tiled: [20, 20],
  tallY25: [100, 20],
  rolled: [20, 20],
  nofma: [MATMUL.tileRows, MATMUL.tileCols],
  chain4: [MATMUL.tileRows, MATMUL.tileCols],
};

/** The (rows, cols) outputs of the seed MLP's dense kernels, batch 100 (for mapping a grid back to its output). */
const OUTPUTS: Record<string, [number, number][]> = {
  dense_forward: [
    [BATCH, 100],
    [BATCH, 10],
  ],
  dense_backward: [[BATCH, 100]],
  dense_grad: [
    [785, 100],
    [101, 100],
    [101, 10],
  ],
};
const newGrid = (rows: number, cols: number): [number, number] => [Math.ceil(cols / MATMUL.tileCols), Math.ceil(rows / MATMUL.tileRows)];
const variantGrid = (variant: string, rows: number, cols: number): [number, number] => {
  const n = COLS_VARIANT.exec(variant);
  const [tr, tc] = n ? [MATMUL.tileRows, MATMUL.x * Number(n[1])] : VARIANT_TILE[variant];
  return [Math.ceil(cols / tc), Math.ceil(rows / tr)];
};

interface Hooks {
  /** Labels whose dispatches are skipped now. */
  skip: Set<string>;
  /** Dispatches per label seen (counted once per sample by the caller). */
  seen: Map<string, number>;
}

/** Wraps `device` so that kernels in `swap` compile from other code (grid mapped) and hooks.skip drops dispatches. */
function instrument(device: GPUDevice, variant: string | null, hooks: Hooks): void {
  const cols = variant ? COLS_VARIANT.exec(variant) : null;
  const TILED = cols ? colsVariant(Number(cols[1])) : variant ? VARIANTS[variant] : null;
  if (variant && !TILED) throw new Error(`kernelAb: no variant ${variant}`);
  const swap = TILED !== null;
  const createShaderModule = device.createShaderModule.bind(device);
  device.createShaderModule = (d: GPUShaderModuleDescriptor) => (TILED && d.label && TILED[d.label] ? createShaderModule({ ...d, code: TILED[d.label]() }) : createShaderModule(d));
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
        if (hooks.skip.has(label)) return;
        if (swap && OUTPUTS[label]) {
          const out = OUTPUTS[label].find(([r, c]) => {
            const g = newGrid(r, c);
            return g[0] === x && g[1] === y;
          });
          if (!out) throw new Error(`kernelAb: no output of ${label} has grid ${x}×${y}`);
          [x, y] = variantGrid(variant!, ...out);
        }
        dispatch(x, y, z);
      };
      return pass;
    };
    return enc;
  };
}

async function context(variant: string | null, hooks: Hooks): Promise<GpuContext> {
  const adapter = await navigator.gpu.requestAdapter();
  if (!adapter) throw new Error('no adapter');
  const device = await adapter.requestDevice({
    label: variant ? `${variant} device` : 'src device',
    requiredLimits: { maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize, maxBufferSize: adapter.limits.maxBufferSize },
  });
  instrument(device, variant, hooks);
  return new GpuContext(device, adapter.info.description || adapter.info.vendor, false);
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
  /** 'ab': src (A) against the tiled kernels (B). 'profile': src with all dispatches (A) against src without `skip` (B). */
  mode: 'ab' | 'profile';
  /** The kernels B runs in mode 'ab' (VARIANTS; default 'tiled'). */
  b?: string;
  skip?: string[];
}

/** Runs one A/B; ms per population step (median over samples) for A and B, and both members' last losses. */
async function run(o: AbOptions) {
  const hooksA: Hooks = { skip: new Set(), seen: new Map() };
  const hooksB: Hooks = { skip: new Set(), seen: new Map() };
  const ctxA = await context(null, hooksA);
  const ctxB = await context(o.mode === 'ab' ? (o.b ?? 'tiled') : null, hooksB);
  const { train } = await mnist();
  const pa = await createGpuPopulation(ctxA, SEED_SPEC, { train }, members(o.R), { evalEachEpoch: false });
  const pb = await createGpuPopulation(ctxB, SEED_SPEC, { train }, members(o.R), { evalEachEpoch: false });
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
      b: o.mode === 'ab' ? (o.b ?? 'tiled') : 'src',
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
