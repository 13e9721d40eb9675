// The augment kernel on its own (src/gpu/kernels/augment.*): one member's mini-batch rows made on the GPU from rows already
// there, for the bench (kernel vs CPU + upload, bench/augment.ts) and the pixel check of tests/browser/augmentKernel.spec.ts
// (window.__augmentKernel on gpu.html: the kernel's rows against engine augmentBatch on hand-picked rows).
import { augmentBatch, type Augment } from '../src/engine/data/augment';
import { acquireGpu } from '../src/gpu';
import { BufferSet, readBuffers } from '../src/gpu/buffers';
import { AUG_REC, AUG_TAPS, augmentGrid, augmentKernels, fieldWords, writeAugRec, type AugmentKernels } from '../src/gpu/kernels/augment';
import { passLayout } from '../src/gpu/kernels/kernel';
import { MEMBER, PASS } from '../src/gpu/kernels/shared';

/** One member's augmented batches on `device`: x (n×side²) uploaded once, batches of up to maxRows rows. */
export class AugmentKernelRunner {
  readonly bufs: BufferSet;
  readonly out: GPUBuffer;
  private readonly idx: GPUBuffer;
  private readonly recs: GPUBuffer;
  private readonly taps: GPUBuffer;
  private readonly passGroup: GPUBindGroup;
  private readonly group: GPUBindGroup;
  private readonly fieldGroups: GPUBindGroup[];
  private readonly recStage = new ArrayBuffer(AUG_REC.size);
  private readonly tapStage = new Float32Array(AUG_TAPS);

  private constructor(readonly device: GPUDevice, private readonly kernels: AugmentKernels, x: Float32Array, readonly side: number, readonly maxRows: number) {
    const bufs = (this.bufs = new BufferSet(device, 'augment-kernel'));
    const d = side * side;
    this.out = bufs.storage('out', maxRows * d * 4);
    this.idx = bufs.storage('idx', maxRows * 4);
    this.recs = bufs.storage('recs', AUG_REC.size);
    this.taps = bufs.storage('taps', AUG_TAPS * 4);
    const passBuf = bufs.uniform('pass', PASS.size);
    const view = new DataView(new ArrayBuffer(PASS.size));
    PASS.write(view, 0, {
      rows: maxRows, rowStride: maxRows, train: 1, idxOffset: 0, firstRow: 0, record: 0, updateRunning: 0, layers: 1, control: 0,
      recordStride: 0, members: 1, stateStride: 0, paramStride: 0, partialStride: 0,
    });
    device.queue.writeBuffer(passBuf, 0, view.buffer);
    const members = bufs.storage('members', MEMBER.size);
    this.passGroup = device.createBindGroup({
      layout: passLayout(device),
      entries: [
        { binding: 0, resource: { buffer: passBuf, size: PASS.size } },
        { binding: 1, resource: { buffer: members } },
      ],
    });
    const xBuf = bufs.upload('x', x);
    const { recs, taps, idx: batchIdx } = this;
    const field = bufs.storage('field', maxRows * fieldWords(side) * 4);
    this.fieldGroups = kernels.field.map((k, p) => k.bind(device, `augment-kernel field ${p}`, { recs, taps, batchIdx, field }));
    this.group = kernels.warp.bind(device, 'augment-kernel', { recs, field, x: xBuf, batchIdx, out: this.out });
  }

  static async create(device: GPUDevice, x: Float32Array, side: number, maxRows: number): Promise<AugmentKernelRunner> {
    return new AugmentKernelRunner(device, await augmentKernels(device), x, side, maxRows);
  }

  /** Submits the batch `rows` augmented by `a` (null: copied) for (seed, epoch) into `out`; resolves when the GPU is done. */
  async run(rows: ArrayLike<number>, a: Augment | null, seed: number, epoch: number): Promise<void> {
    const q = this.device.queue;
    writeAugRec(new DataView(this.recStage), this.tapStage, 0, a, rows.length, 0, seed, epoch, this.side);
    q.writeBuffer(this.idx, 0, Uint32Array.from(rows));
    q.writeBuffer(this.recs, 0, this.recStage);
    q.writeBuffer(this.taps, 0, this.tapStage);
    const encoder = this.device.createCommandEncoder();
    const pass = encoder.beginComputePass();
    if ((a?.elastic ?? 0) > 0) this.kernels.field.forEach((k, p) => k.dispatch(pass, this.passGroup, 0, this.fieldGroups[p], augmentGrid(this.side, 2), rows.length, 1));
    this.kernels.warp.dispatch(pass, this.passGroup, 0, this.group, augmentGrid(this.side, 1), rows.length, 1);
    pass.end();
    q.submit([encoder.finish()]);
    await q.onSubmittedWorkDone();
  }

  /** The first `rows` output rows. */
  async read(rows: number): Promise<Float32Array> {
    const [buf] = await readBuffers(this.device, [{ buffer: this.out, size: rows * this.side * this.side * 4 }], 'augment-kernel');
    return new Float32Array(buf);
  }

  dispose(): void {
    this.bufs.destroyAll();
  }
}

/** A hand-made image set: row i of side² pixels has a diagonal ramp, a bright square and a single hot pixel, all in [0, 1]. */
export function handImages(n: number, side: number): Float32Array {
  const x = new Float32Array(n * side * side);
  for (let i = 0; i < n; i++) {
    for (let y = 0; y < side; y++) {
      for (let c = 0; c < side; c++) {
        const ramp = ((c + y + i) % side) / side;
        const square = Math.abs(c - side / 3 - (i % 3)) < side / 5 && Math.abs(y - side / 2) < side / 4 ? 0.5 : 0;
        const hot = c === (3 * i + 1) % side && y === (5 * i + 2) % side ? 1 : 0;
        x[(i * side + y) * side + c] = Math.min(1, 0.4 * ramp + square + hot);
      }
    }
  }
  return x;
}

/** One check: the largest |kernel − engine| over a batch, the pixels compared, and how many the transform changed. */
export interface AugmentCheck {
  variant: string;
  side: number;
  maxDiff: number;
  pixels: number;
  changed: number;
}

const OFF: Augment = { shift: 0, rotate: 0, elastic: 0, noise: 0 };

/** The variants the check runs at side `side`: each transform alone, and all together. */
export function checkVariants(side: number): Record<string, Augment> {
  const s = side < 28 ? { side, elasticSigma: 1 } : {};
  return {
    copy: { ...OFF, ...s },
    shift: { ...OFF, ...s, shift: side < 28 ? 1 : 3 },
    rotate: { ...OFF, ...s, rotate: 30 },
    elastic: { ...OFF, ...s, elastic: side < 28 ? 3 : 34 },
    noise: { ...OFF, ...s, noise: 0.2 },
    all: { ...s, shift: side < 28 ? 1 : 2, rotate: 15, elastic: side < 28 ? 3 : 34, noise: 0.1 },
  };
}

/** The kernel's rows against augmentBatch (rounded to float32) for hand-picked rows, per variant, at sides 28 and 6. */
async function check(): Promise<AugmentCheck[]> {
  const acquired = await acquireGpu();
  if (!acquired.ok) throw new Error(`${acquired.reason}: ${acquired.message}`);
  const device = acquired.ctx.device;
  const results: AugmentCheck[] = [];
  for (const side of [28, 6]) {
    const n = 12;
    const d = side * side;
    const x = handImages(n, side);
    const rows = [7, 0, 11, 3, 7, 5];
    const runner = await AugmentKernelRunner.create(device, x, side, rows.length);
    try {
      for (const [variant, a] of Object.entries(checkVariants(side))) {
        for (const [seed, epoch] of [[1, 0], [12345, 3]]) {
          await runner.run(rows, a, seed, epoch);
          const gpu = await runner.read(rows.length);
          const cpu = augmentBatch(x, d, rows, a, seed, epoch, new Float32Array(rows.length * d));
          let maxDiff = 0;
          let changed = 0;
          for (let r = 0; r < rows.length; r++) {
            for (let p = 0; p < d; p++) {
              maxDiff = Math.max(maxDiff, Math.abs(gpu[r * d + p] - cpu[r * d + p]));
              if (cpu[r * d + p] !== x[rows[r] * d + p]) changed++;
            }
          }
          results.push({ variant: `${variant} seed ${seed} epoch ${epoch}`, side, maxDiff, pixels: rows.length * d, changed });
        }
      }
    } finally {
      runner.dispose();
    }
  }
  return results;
}

declare global {
  interface Window {
    __augmentKernel?: { check: () => Promise<AugmentCheck[]> };
  }
}

window.__augmentKernel = { check };
