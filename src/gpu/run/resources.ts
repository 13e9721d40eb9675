// The fixed GPU objects of R stacked runs (R = 1: a single run), made once: kernels, state, gradient, optimizer and metrics buffers, the data splits, pass slots, member records, layer uniforms, the evaluation workspace, bind groups.
import { dropoutScales, dropoutThreshold, type DropoutVariant } from '../../engine/nn/dropout';
import type { ParamLayout, ResolvedSpec } from '../../engine/nn/spec';
import { lrFactorOf } from '../../engine/train/layerFactors';
import type { Dataset, SplitName, TrainData } from '../../engine/train/types';
import { BufferSet, readBuffers, type ReadPart } from '../buffers';
import { passLayout } from '../kernels/kernel';
import { ACT_IDS, BN_MODES, CONTROL, DROPOUT_WORDS, EPILOGUES, LAYER, LOSSES, MEMBER, PARTIAL, PASS, REDUCE_THREADS, TARGETS, controlWords, lrFactorWord, metricsLayout, type MatmulShape } from '../kernels/shared';
import { segmentTable, stateWords, type SegmentTable } from '../layout';
import { createWorkspace, type GpuWorkspace } from '../workspace';
import { forwardGroups, loadKernels, type ForwardGroups, type Kernels, type SplitBuffers } from './bindings';
import { MAX_PASSES } from './types';

/** The hyperparameters the dropout words (and the learning-rate factor words after them) are made of. */
export type DropoutHyper = Readonly<{ dropout: readonly number[]; dropoutVariant: DropoutVariant; lrFactors?: readonly number[] }>;

/**
 * The fixed GPU objects of R members trained together (labelled 'gpu-trainer: …'), made once per population: the
 * compiled kernels, the state, gradient, optimizer, partials and metrics buffers, the segment table, the layer
 * uniforms, the data splits, the class weights, the pass slots and member records with their bind group, the
 * evaluation workspace and its forward groups. Member m's state is at m·stateStride words, its gradient and optimizer
 * arrays at m·layout.size, its partials at m·partialStride, its rows at m·rows of every workspace buffer. What changes
 * between submits lives elsewhere: SubmitStaging (the CPU copies written before each submit) and TrainWorkspace
 * (the training buffers, replaced when the batch grows). Make it with GpuResources.create (compiles the kernels first).
 */
export class GpuResources {
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
  /** Pass slots, MAX_PASSES × slotStride bytes (group 0, binding 0, dynamic offset). */
  readonly passBuf: GPUBuffer;
  readonly slotStride: number;
  /** Member records, MAX_PASSES × R (group 0, binding 1). */
  readonly membersBuf: GPUBuffer;
  /** Group 0 of every dispatch: the pass slots and member records. */
  readonly passGroup: GPUBindGroup;
  readonly layerBufs: GPUBuffer[];
  /** Bound where a kernel declares a buffer this use never touches (writable bindings may not alias); batchIdx: evaluation passes read rows from firstRow on. */
  readonly unused: { outAct: GPUBuffer; mask: GPUBuffer; dLogits: GPUBuffer; batchIdx: GPUBuffer };
  readonly splitBufs: Partial<Record<SplitName, SplitBuffers>> = {};
  /** The loss's class weights, R×outputSize (SubmitStaging.weightStage is uploaded here each submit). */
  readonly classWeights: GPUBuffer;
  /** The evaluation workspace (evalRows rows per member) and its forward groups per split. */
  readonly evalWs: GpuWorkspace;
  readonly evalFwd: Partial<Record<SplitName, ForwardGroups>> = {};

  /** Compiles the kernels (cached per device), then allocates every fixed buffer and bind group and uploads the splits. */
  static async create(
    device: GPUDevice,
    matmul: MatmulShape,
    spec: ResolvedSpec,
    layout: ParamLayout,
    labels: boolean,
    data: TrainData,
    evalRows: number,
    members = 1,
  ): Promise<GpuResources> {
    const kernels = await loadKernels(device, matmul);
    return new GpuResources(device, kernels, spec, layout, labels, data, evalRows, members);
  }

  private constructor(
    readonly device: GPUDevice,
    readonly kernels: Kernels,
    readonly spec: ResolvedSpec,
    readonly layout: ParamLayout,
    readonly labels: boolean,
    data: TrainData,
    readonly evalRows: number,
    readonly members: number,
  ) {
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
    this.classWeights = bufs.upload('class weights (per member: one per output)', new Float32Array(R * spec.outputSize).fill(1));
    const align = device.limits.minUniformBufferOffsetAlignment;
    this.slotStride = Math.ceil(PASS.size / align) * align;
    this.passBuf = bufs.uniform('pass slots', MAX_PASSES * this.slotStride);
    this.passGroup = device.createBindGroup({
      label: 'gpu-trainer: pass slots',
      layout: passLayout(device),
      entries: [
        { binding: 0, resource: { buffer: this.passBuf, size: PASS.size } },
        { binding: 1, resource: { buffer: this.membersBuf } },
      ],
    });
    this.unused = {
      outAct: bufs.storage('unused outAct', 16),
      mask: bufs.storage('unused mask', 16),
      dLogits: bufs.storage('unused dLogits', 16),
      batchIdx: bufs.storage('unused batchIdx', 16),
    };
    this.layerBufs = layout.layers.map((_, l) => bufs.uniform(`layer ${l} uniform`, LAYER.size));
    this.upload('train', data.train);
    if (data.validation) this.upload('validation', data.validation);
    if (data.test) this.upload('test', data.test);
    this.evalWs = createWorkspace(bufs, spec, evalRows, false, 'eval', members);
    for (const name of ['train', 'validation', 'test'] as const) {
      const split = this.splitBufs[name];
      if (split) this.evalFwd[name] = forwardGroups(this, this.evalWs, split, `eval ${name}`, this.unused.batchIdx);
    }
  }

  private upload(name: SplitName, split: Dataset): void {
    const y = split.y instanceof Uint8Array ? Uint32Array.from(split.y) : Float32Array.from(split.y);
    this.splitBufs[name] = { x: this.bufs.upload(`${name} x`, split.x), y: this.bufs.upload(`${name} y`, y), n: split.n };
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
}
