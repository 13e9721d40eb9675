// The GPU objects of one run: state, gradient, optimizer and metrics buffers, the data splits, pass slots, layer uniforms, workspaces and bind groups.
import { dropoutThreshold } from '../../engine/nn/dropout';
import type { ParamLayout, ResolvedSpec } from '../../engine/nn/spec';
import type { Dataset, SplitName, TrainData } from '../../engine/train/types';
import { BufferSet, readBuffers, type ReadPart } from '../buffers';
import { passLayout, type Kernel } from '../kernels/kernel';
import { ACT_IDS, BN_MODES, CONTROL, EPILOGUES, LAYER, LOSSES, PARTIAL, PASS, REDUCE_THREADS, TARGETS, metricsLayout } from '../kernels/shared';
import { segmentTable, stateWords, type SegmentTable } from '../layout';
import { createWorkspace, type GpuWorkspace } from '../workspace';
import { backwardGroups, forwardGroups, loadKernels, type BackwardGroups, type ForwardGroups, type Kernels, type SplitBuffers } from './bindings';
import { MAX_PASSES } from './types';

/**
 * Every buffer and bind group of a GPU run (labelled 'gpu-trainer: …'). Construction allocates the buffers
 * and uploads the splits; init() compiles the kernels and builds the workspaces and bind groups.
 */
export class GpuResources {
  readonly device: GPUDevice;
  readonly bufs: BufferSet;
  /** Words of a metrics record and where its per-layer norms are. */
  readonly record: { gradNorms: number; weightNorms: number; stride: number };
  readonly segments: SegmentTable;
  readonly state: GPUBuffer;
  readonly best: GPUBuffer;
  readonly grads: GPUBuffer;
  readonly optV: GPUBuffer;
  readonly optS: GPUBuffer;
  readonly optDx: GPUBuffer;
  readonly partials: GPUBuffer;
  readonly segBuf: GPUBuffer;
  readonly metrics: GPUBuffer;
  readonly passBuf: GPUBuffer;
  readonly passGroup: GPUBindGroup;
  readonly slotStride: number;
  readonly passStage: ArrayBuffer;
  readonly passView: DataView;
  readonly layerBufs: GPUBuffer[];
  /** Bound where a kernel declares an output this use never writes (writable bindings may not alias). */
  readonly unused: { outAct: GPUBuffer; mask: GPUBuffer; dLogits: GPUBuffer };
  readonly splitBufs: Partial<Record<SplitName, SplitBuffers>> = {};
  readonly evalRows: number;
  kernels!: Kernels;
  trainWs!: GpuWorkspace;
  evalWs!: GpuWorkspace;
  trainFwd!: ForwardGroups;
  backGroups!: BackwardGroups;
  evalFwd: Partial<Record<SplitName, ForwardGroups>> = {};
  batchIdx!: GPUBuffer;
  idxStage = new Uint32Array(0);
  maxBatch: number;
  /** Dispatches encoded so far (dispatchesPerStep is a difference of two readings). */
  dispatchCount = 0;

  constructor(
    device: GPUDevice,
    readonly spec: ResolvedSpec,
    readonly layout: ParamLayout,
    readonly labels: boolean,
    data: TrainData,
    maxBatch: number,
    evalRows: number,
  ) {
    this.device = device;
    this.maxBatch = maxBatch;
    this.evalRows = evalRows;
    this.record = metricsLayout(layout.layers.length);
    this.segments = segmentTable(layout);
    const bufs = (this.bufs = new BufferSet(device, 'gpu-trainer'));
    const size = layout.size * 4;
    this.state = bufs.storage('state (params | running | control)', stateWords(layout, CONTROL.stride) * 4);
    this.best = bufs.storage('best state (early stopping)', this.state.size);
    this.grads = bufs.storage('grads', size);
    this.optV = bufs.storage('optimizer v', size);
    this.optS = bufs.storage('optimizer s', size);
    this.optDx = bufs.storage('optimizer dx', size);
    this.partials = bufs.storage('reduction partials', this.segments.chunks * REDUCE_THREADS * PARTIAL.stride * 4);
    this.segBuf = bufs.upload('segment table', this.segments.table);
    this.metrics = bufs.storage('metrics records', MAX_PASSES * this.record.stride * 4);
    const align = device.limits.minUniformBufferOffsetAlignment;
    this.slotStride = Math.ceil(PASS.size / align) * align;
    this.passBuf = bufs.uniform('pass slots', MAX_PASSES * this.slotStride);
    this.passStage = new ArrayBuffer(MAX_PASSES * this.slotStride);
    this.passView = new DataView(this.passStage);
    this.passGroup = device.createBindGroup({
      label: 'gpu-trainer: pass slots',
      layout: passLayout(device),
      entries: [{ binding: 0, resource: { buffer: this.passBuf, size: PASS.size } }],
    });
    this.unused = { outAct: bufs.storage('unused outAct', 16), mask: bufs.storage('unused mask', 16), dLogits: bufs.storage('unused dLogits', 16) };
    this.layerBufs = layout.layers.map((_, l) => bufs.uniform(`layer ${l} uniform`, LAYER.size));
    this.upload('train', data.train);
    if (data.validation) this.upload('validation', data.validation);
    if (data.test) this.upload('test', data.test);
  }

  private upload(name: SplitName, split: Dataset): void {
    const y = split.y instanceof Uint8Array ? Uint32Array.from(split.y) : Float32Array.from(split.y);
    this.splitBufs[name] = { x: this.bufs.upload(`${name} x`, split.x), y: this.bufs.upload(`${name} y`, y), n: split.n };
  }

  /** Compiles the kernels (cached per device), allocates the workspaces and bind groups. */
  async init(): Promise<void> {
    this.kernels = await loadKernels(this.device);
    this.allocTrain(this.maxBatch);
    this.evalWs = createWorkspace(this.bufs, this.spec, this.evalRows, false, 'eval');
    for (const name of ['train', 'validation', 'test'] as const) {
      const split = this.splitBufs[name];
      if (split) this.evalFwd[name] = forwardGroups(this, this.evalWs, split, `eval ${name}`);
    }
  }

  /** (Re)allocates the training workspace, the batch-index buffer and their bind groups for `rows` rows. */
  allocTrain(rows: number): void {
    if (this.trainWs) for (const b of this.trainWs.buffers) this.bufs.release(b);
    if (this.batchIdx) this.bufs.release(this.batchIdx);
    this.maxBatch = rows;
    this.batchIdx = this.bufs.storage('batch indices', MAX_PASSES * rows * 4);
    this.idxStage = new Uint32Array(MAX_PASSES * rows);
    this.trainWs = createWorkspace(this.bufs, this.spec, rows, true, 'train');
    this.trainFwd = forwardGroups(this, this.trainWs, this.splitBufs.train as SplitBuffers, 'train');
    this.backGroups = backwardGroups(this, this.trainWs);
  }

  /** Writes every layer uniform: shapes, offsets, and the dropout ratios `dropout` (one per hidden layer). */
  writeLayers(dropout: readonly number[]): void {
    const { spec, layout } = this;
    const H = spec.hidden.length;
    const view = new DataView(new ArrayBuffer(LAYER.size));
    layout.layers.forEach((L, l) => {
      const p = l < H ? dropout[l] ?? 0 : 0;
      LAYER.write(view, 0, {
        k: L.fanIn,
        m: L.fanOut,
        w: L.W,
        b: L.b,
        gamma: Math.max(0, L.gamma),
        beta: Math.max(0, L.beta),
        runMean: layout.size + Math.max(0, L.runMean),
        runVar: layout.size + Math.max(0, L.runVar),
        index: l,
        residual: L.residual ? 1 : 0,
        dropThreshold: p > 0 ? dropoutThreshold(p) : 0,
        dropScale: 1 / (1 - p),
        slope: spec.leakySlope,
        bnEps: spec.bnEps,
        bnMomentum: spec.bnMomentum,
        act: ACT_IDS[l < H ? spec.hidden[l].activation : 'identity'],
        epilogue: l < H && spec.batchNorm === 'none' ? EPILOGUES.full : EPILOGUES.store,
        gather: l === 0 ? 1 : 0,
        bn: l < H ? BN_MODES[spec.batchNorm] : BN_MODES.none,
        loss: spec.loss === 'softmax-ce' ? LOSSES.softmaxCe : LOSSES.mse,
        targets: this.labels ? TARGETS.labels : TARGETS.values,
      });
      this.device.queue.writeBuffer(this.layerBufs[l], 0, view.buffer);
    });
  }

  /** Uploads parameters and running statistics; `halted` freezes every later update (a diverged run). */
  writeState(params: ArrayLike<number>, running: ArrayLike<number>, halted: boolean): void {
    const { size, runningSize } = this.layout;
    const all = new Float32Array(size + runningSize + CONTROL.stride);
    all.set(params, 0);
    all.set(running, size);
    all[size + runningSize + CONTROL.offsets.halted] = halted ? 1 : 0;
    all[size + runningSize + CONTROL.offsets.clipScale] = 1;
    this.device.queue.writeBuffer(this.state, 0, all);
  }

  /** Zeroes the optimizer's v, s and dx. */
  clearOptimizer(): void {
    const encoder = this.device.createCommandEncoder({ label: 'gpu-trainer: clear optimizer state' });
    encoder.clearBuffer(this.optV);
    encoder.clearBuffer(this.optS);
    encoder.clearBuffer(this.optDx);
    this.device.queue.submit([encoder.finish()]);
  }

  /** Copies parameters and running statistics between the state and the best-state buffers. */
  copyParams(from: GPUBuffer, to: GPUBuffer): void {
    const bytes = (this.layout.size + this.layout.runningSize) * 4;
    const encoder = this.device.createCommandEncoder({ label: 'gpu-trainer: best state copy' });
    encoder.copyBufferToBuffer(from, 0, to, 0, bytes);
    this.device.queue.submit([encoder.finish()]);
  }

  read(parts: ReadPart[], label: string): Promise<ArrayBuffer[]> {
    return readBuffers(this.device, parts, `gpu-trainer: ${label}`);
  }

  /** Records a dispatch of `kernel` with pass slot `offset`. */
  dispatch(pass: GPUComputePassEncoder, kernel: Kernel, group: GPUBindGroup, offset: number, x: number, y = 1): void {
    kernel.dispatch(pass, this.passGroup, offset, group, x, y);
    this.dispatchCount++;
  }
}
