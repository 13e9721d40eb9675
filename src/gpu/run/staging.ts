// What a submit carries besides its command buffer: the CPU copies of the pass slots, member records and class weights, written as passes are encoded and uploaded just before the submit; and the count of dispatches recorded.
import type { TrainHyper } from '../../engine/train/types';
import type { Kernel } from '../kernels/kernel';
import { MEMBER, OPT_IDS, PASS, type PassValues } from '../kernels/shared';
import type { GpuResources } from './resources';
import { MAX_PASSES } from './types';

/** Member values of a pass: its rows, step and seed, whether it trains, its hyperparameters and optimizer t before the pass. */
export interface MemberPass {
  rows: number;
  step: number;
  seed: number;
  active: boolean;
  hyper: TrainHyper;
  t: number;
  /** The loss's class weights (RunSchedule.classWeights; null: unweighted). */
  classWeights: ArrayLike<number> | null;
}

/** The fixed objects the staging writes into and records with. */
type StagingTargets = Pick<
  GpuResources,
  'device' | 'layout' | 'spec' | 'record' | 'members' | 'stateStride' | 'partialStride' | 'slotStride' | 'passBuf' | 'membersBuf' | 'classWeights' | 'passGroup'
>;

/**
 * The per-submit staging of one population: writePass fills pass slot s (its uniforms and one record per member) and
 * the members' class weights; upload() sends the first `passes` slots to the GPU before the submit. One submit is
 * encoded at a time, so one staging area serves them all (a slot is rewritten by the next submit that uses it).
 */
export class SubmitStaging {
  readonly passStage: ArrayBuffer;
  readonly passView: DataView;
  readonly memberStage: ArrayBuffer;
  readonly memberView: DataView;
  /** The loss's class weights, R×outputSize (1 where a member trains unweighted). */
  readonly weightStage: Float32Array;
  /** Dispatches recorded so far (dispatchesPerStep is a difference of two readings). */
  dispatches = 0;

  constructor(private readonly r: StagingTargets) {
    this.passStage = new ArrayBuffer(MAX_PASSES * r.slotStride);
    this.passView = new DataView(this.passStage);
    this.memberStage = new ArrayBuffer(MAX_PASSES * r.members * MEMBER.size);
    this.memberView = new DataView(this.memberStage);
    this.weightStage = new Float32Array(r.members * r.spec.outputSize).fill(1);
  }

  /**
   * Writes pass slot `slot` into the staging copies of the pass uniforms and member records (one per member, in
   * order); returns the slot's byte offset (the dynamic offset). `rowStride` is the rows reserved per member.
   */
  writePass(slot: number, pass: Partial<PassValues>, members: readonly MemberPass[], rowStride: number): number {
    const { r } = this;
    PASS.write(this.passView, slot * r.slotStride, {
      rows: 0,
      rowStride,
      train: 0,
      idxOffset: 0,
      firstRow: 0,
      record: slot,
      updateRunning: 0,
      layers: r.layout.layers.length,
      control: r.layout.size + r.layout.runningSize,
      recordStride: r.record.stride,
      members: r.members,
      stateStride: r.stateStride,
      paramStride: r.layout.size,
      partialStride: r.partialStride,
      ...pass,
    });
    const c = r.spec.outputSize;
    members.forEach((m, i) => {
      const hp = m.hyper;
      if (m.classWeights) this.weightStage.set(m.classWeights, i * c);
      else this.weightStage.fill(1, i * c, (i + 1) * c);
      MEMBER.write(this.memberView, (slot * r.members + i) * MEMBER.size, {
        rows: m.rows,
        step: m.step,
        seed: m.seed,
        trains: m.active ? 1 : 0,
        opt: OPT_IDS[hp.optimizer],
        lr: hp.lr,
        gamma: hp.gamma,
        rho: hp.rho,
        beta1: hp.beta1,
        beta2: hp.beta2,
        eps: hp.eps,
        c1: 1 - Math.pow(hp.beta1, m.t),
        c2: 1 - Math.pow(hp.beta2, m.t),
        weightDecay: hp.weightDecay,
        l1: hp.l1,
        clipNorm: hp.clipNorm,
        clipValue: hp.clipValue,
        pad0: 0,
        pad1: 0,
        pad2: 0,
      });
    });
    return slot * r.slotStride;
  }

  /** Records a dispatch of `kernel` with pass slot `offset` (group 0: the pass slots and member records). */
  dispatch(pass: GPUComputePassEncoder, kernel: Kernel, group: GPUBindGroup, offset: number, x: number, y = 1, z = 1): void {
    kernel.dispatch(pass, this.r.passGroup, offset, group, x, y, z);
    this.dispatches++;
  }

  /** Uploads the first `passes` pass slots and their member records, and (withWeights) the class weights; call before the submit. */
  upload(passes: number, withWeights: boolean): void {
    const { r } = this;
    const q = r.device.queue;
    q.writeBuffer(r.passBuf, 0, this.passStage, 0, passes * r.slotStride);
    q.writeBuffer(r.membersBuf, 0, this.memberStage, 0, passes * r.members * MEMBER.size);
    if (withWeights) q.writeBuffer(r.classWeights, 0, this.weightStage);
  }
}
