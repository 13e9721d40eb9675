// The GPU objects of R stacked runs (R = 1: a single run): state, gradient, optimizer and metrics buffers, the data splits, pass slots, member records, layer uniforms, workspaces, bind groups.
import { dropoutScales, dropoutThreshold, type DropoutVariant } from '../../engine/nn/dropout';
import type { ParamLayout, ResolvedSpec } from '../../engine/nn/spec';
import { lrFactorOf } from '../../engine/train/layerFactors';
import type { Dataset, SplitName, TrainData } from '../../engine/train/types';
import { BufferSet, readBuffers, type ReadPart } from '../buffers';
import { passLayout, type Kernel } from '../kernels/kernel';
import { ACT_IDS, BN_MODES, CONTROL, DROPOUT_WORDS, EPILOGUES, LAYER, LOSSES, MEMBER, PARTIAL, PASS, REDUCE_THREADS, TARGETS, controlWords, lrFactorWord, metricsLayout } from '../kernels/shared';
import { segmentTable, stateWords, type SegmentTable } from '../layout';
import { createWorkspace, type GpuWorkspace } from '../workspace';
import { backwardGroups, forwardGroups, loadKernels, type BackwardGroups, type ForwardGroups, type Kernels, type SplitBuffers } from './bindings';
import { MAX_PASSES } from './types';

/** The hyperparameters the dropout words (and the learning-rate factor words after them) are made of. */
export type DropoutHyper = Readonly<{ dropout: readonly number[]; dropoutVariant: DropoutVariant; lrFactors?: readonly number[] }>;

/**
 * Every buffer and bind group of R members trained together (labelled 'gpu-trainer: …'). Member m's state is at
 * m·stateStride words, its gradient and optimizer arrays at m·layout.size, its partials at m·partialStride, its rows
 * at m·rows of every workspace buffer. Construction allocates the buffers and uploads the splits; init() compiles
 * the kernels and builds the workspaces and bind groups.
 */
export class GpuResources {
  readonly device: GPUDevice;
  readonly bufs: BufferSet;
  /** Words of a metrics record and where its per-layer norms are. */
  readonly record: { gradNorms: number; weightNorms: number; stride: number };
  readonly segments: SegmentTable;
  /** Words of one member's state (parameters | running statistics | control and dropout words). */
  readonly stateStride: number;
  /** Words of one member's reduction partials. */
  readonly partialStride: number;
  readonly state: GPUBuffer;
  private bestBuf: GPUBuffer | null = null;
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
  /** Member records, MAX_PASSES × R (group 0, binding 1), and their staging copy. */
  readonly membersBuf: GPUBuffer;
  readonly memberStage: ArrayBuffer;
  readonly memberView: DataView;
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
  /** The loss's class weights, R×outputSize (1 where a member trains unweighted), and their staging copy (writePass fills it, each submit uploads it). */
  readonly classWeights: GPUBuffer;
  readonly weightStage: Float32Array;
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
    readonly members = 1,
  ) {
    this.device = device;
    this.maxBatch = maxBatch;
    this.evalRows = evalRows;
    this.record = metricsLayout(layout.layers.length);
    this.segments = segmentTable(layout);
    const R = members;
    const bufs = (this.bufs = new BufferSet(device, 'gpu-trainer'));
    const size = R * layout.size * 4;
    this.stateStride = stateWords(layout, controlWords(spec.hidden.length));
    this.partialStride = this.segments.chunks * REDUCE_THREADS * PARTIAL.stride;
    this.state = bufs.storage('state (per member: params | running | control)', R * this.stateStride * 4);
    this.grads = bufs.storage('grads', size);
    this.optV = bufs.storage('optimizer v', size);
    this.optS = bufs.storage('optimizer s', size);
    this.optDx = bufs.storage('optimizer dx', size);
    this.partials = bufs.storage('reduction partials', R * this.partialStride * 4);
    this.segBuf = bufs.upload('segment table', this.segments.table);
    this.metrics = bufs.storage('metrics records', MAX_PASSES * R * this.record.stride * 4);
    this.membersBuf = bufs.storage('member records', MAX_PASSES * R * MEMBER.size);
    this.memberStage = new ArrayBuffer(MAX_PASSES * R * MEMBER.size);
    this.memberView = new DataView(this.memberStage);
    this.weightStage = new Float32Array(R * spec.outputSize).fill(1);
    this.classWeights = bufs.upload('class weights (per member: one per output)', this.weightStage);
    const align = device.limits.minUniformBufferOffsetAlignment;
    this.slotStride = Math.ceil(PASS.size / align) * align;
    this.passBuf = bufs.uniform('pass slots', MAX_PASSES * this.slotStride);
    this.passStage = new ArrayBuffer(MAX_PASSES * this.slotStride);
    this.passView = new DataView(this.passStage);
    this.passGroup = device.createBindGroup({
      label: 'gpu-trainer: pass slots',
      layout: passLayout(device),
      entries: [
        { binding: 0, resource: { buffer: this.passBuf, size: PASS.size } },
        { binding: 1, resource: { buffer: this.membersBuf } },
      ],
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
    this.evalWs = createWorkspace(this.bufs, this.spec, this.evalRows, false, 'eval', this.members);
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
    this.batchIdx = this.bufs.storage('batch indices', MAX_PASSES * this.members * rows * 4);
    this.idxStage = new Uint32Array(MAX_PASSES * this.members * rows);
    this.trainWs = createWorkspace(this.bufs, this.spec, rows, true, 'train', this.members);
    this.trainFwd = forwardGroups(this, this.trainWs, this.splitBufs.train as SplitBuffers, 'train');
    this.backGroups = backwardGroups(this, this.trainWs);
  }

  /** Writes every layer uniform: shapes, offsets, activation, epilogue, loss (the same for every member). */
  writeLayers(): void {
    const { spec, layout } = this;
    const H = spec.hidden.length;
    const view = new DataView(new ArrayBuffer(LAYER.size));
    layout.layers.forEach((L, l) => {
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

  /** Uploads member m's parameters, running statistics and dropout words; `halted` freezes its later updates (diverged). */
  writeState(m: number, params: ArrayLike<number>, running: ArrayLike<number>, halted: boolean, dropout: DropoutHyper): void {
    const { size, runningSize } = this.layout;
    const all = new Float32Array(this.stateStride);
    all.set(params, 0);
    all.set(running, size);
    all[size + runningSize + CONTROL.offsets.halted] = halted ? 1 : 0;
    all[size + runningSize + CONTROL.offsets.clipScale] = 1;
    this.device.queue.writeBuffer(this.state, m * this.stateStride * 4, all);
    this.writeDropout(m, dropout);
  }

  /**
   * Member m's dropout words, from the next pass on: per hidden layer (threshold ⌈p·2²⁴⌉, 0 = none; training scale;
   * evaluation scale), the scales of dropoutScales(p, variant); then its learning-rate factors (writeLrFactors).
   */
  writeDropout(m: number, { dropout, dropoutVariant, lrFactors }: DropoutHyper): void {
    const H = this.spec.hidden.length;
    const words = new Float32Array(DROPOUT_WORDS * H);
    for (let l = 0; l < H; l++) {
      const p = dropout[l] ?? 0;
      const scales = dropoutScales(p, dropoutVariant);
      words[DROPOUT_WORDS * l] = p > 0 ? dropoutThreshold(p) : 0;
      words[DROPOUT_WORDS * l + 1] = scales.train;
      words[DROPOUT_WORDS * l + 2] = scales.eval;
    }
    const at = m * this.stateStride + this.layout.size + this.layout.runningSize + CONTROL.stride;
    if (H > 0) this.device.queue.writeBuffer(this.state, at * 4, words);
    this.writeLrFactors(m, lrFactors);
  }

  /** Member m's learning-rate factor of each dense layer (missing: 1), read by the optimizer kernel from the next pass on. */
  writeLrFactors(m: number, lrFactors: readonly number[] | undefined): void {
    const H = this.spec.hidden.length;
    const words = Float32Array.from(this.layout.layers, (_, l) => lrFactorOf(lrFactors, l));
    const at = m * this.stateStride + this.layout.size + this.layout.runningSize + lrFactorWord(H, 0);
    this.device.queue.writeBuffer(this.state, at * 4, words);
  }

  /** Zeroes member m's optimizer v, s and dx. */
  clearOptimizer(m: number): void {
    const bytes = this.layout.size * 4;
    const encoder = this.device.createCommandEncoder({ label: 'gpu-trainer: clear optimizer state' });
    for (const buf of [this.optV, this.optS, this.optDx]) encoder.clearBuffer(buf, m * bytes, bytes);
    this.device.queue.submit([encoder.finish()]);
  }

  /** Writes member m's optimizer arrays (an empty array: zeros). */
  writeOptimizer(m: number, v: Float32Array, s: Float32Array, dx: Float32Array): void {
    const P = this.layout.size;
    const q = this.device.queue;
    const put = (buf: GPUBuffer, a: Float32Array) => q.writeBuffer(buf, m * P * 4, a.length === P ? a : new Float32Array(P));
    put(this.optV, v);
    put(this.optS, s);
    put(this.optDx, dx);
  }

  /** The best-state buffer of early stopping (same layout as state), allocated on first use. */
  get best(): GPUBuffer {
    this.bestBuf ??= this.bufs.storage('best state (early stopping)', this.state.size);
    return this.bestBuf;
  }

  /** Copies member m's parameters and running statistics between the state and the best-state buffers. */
  copyParams(m: number, from: GPUBuffer, to: GPUBuffer): void {
    const bytes = (this.layout.size + this.layout.runningSize) * 4;
    const at = m * this.stateStride * 4;
    const encoder = this.device.createCommandEncoder({ label: 'gpu-trainer: best state copy' });
    encoder.copyBufferToBuffer(from, at, to, at, bytes);
    this.device.queue.submit([encoder.finish()]);
  }

  /** Byte offset of member m's state. */
  stateOffset(m: number): number {
    return m * this.stateStride * 4;
  }

  read(parts: ReadPart[], label: string): Promise<ArrayBuffer[]> {
    return readBuffers(this.device, parts, `gpu-trainer: ${label}`);
  }

  /** Records a dispatch of `kernel` with pass slot `offset`. */
  dispatch(pass: GPUComputePassEncoder, kernel: Kernel, group: GPUBindGroup, offset: number, x: number, y = 1, z = 1): void {
    kernel.dispatch(pass, this.passGroup, offset, group, x, y, z);
    this.dispatchCount++;
  }
}
