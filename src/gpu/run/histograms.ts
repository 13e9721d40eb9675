// Activation histograms on the GPU: of the last training batch or of eval-mode passes over given inputs; only the bins come back.
import { needsMeasuredRange } from '../../engine/train/histogramRange';
import type { HistogramOptions, LayerHistogram, TrainData } from '../../engine/train/types';
import { BufferSet, readBuffers } from '../buffers';
import { HIST, HIST_FIXED, MAX_BINS, countsStride, fromOrderKey, histogramGrid, histogramKernel, histogramRangeKernel } from '../kernels/histogram';
import { ACT_IDS } from '../kernels/shared';
import type { GpuWorkspace } from '../workspace';
import { forwardGroups, type ForwardGroups, type SplitBuffers } from './bindings';
import { encodeForward } from './encode';
import type { GpuResources } from './resources';
import type { MemberPass, SubmitStaging } from './staging';
import type { TrainWorkspace } from './trainWorkspace';
import { MAX_PASSES } from './types';

/**
 * Member `member`'s per-hidden-layer histograms of f(pre-activation), as CpuTrainer.histograms: its last training batch (`lastRows`
 * rows of `train`, training mode) unless opts.x is given or no step was taken (then eval-mode passes over opts.x or the first
 * train.rows training rows). Each bound in opts is kept; a missing one is the finite min or max of the values. The
 * passes go through `staging` (no step may be encoded meanwhile: call it with the run loop settled).
 */
export async function gpuHistograms(
  r: GpuResources,
  staging: SubmitStaging,
  train: TrainWorkspace,
  data: TrainData,
  member: number,
  lastRows: number,
  members: (rows: number) => MemberPass[],
  opts: HistogramOptions,
): Promise<LayerHistogram[]> {
  const bins = opts.bins ?? 30;
  if (!Number.isInteger(bins) || bins < 1 || bins > MAX_BINS) throw new RangeError(`bins must be an integer in [1, ${MAX_BINS}]`);
  const { spec } = r;
  const H = spec.hidden.length;
  if (H === 0) return [];
  const d = r.device;
  const measure = needsMeasuredRange(opts);
  const fixed = (opts.lo !== undefined ? HIST_FIXED.lo : 0) | (opts.hi !== undefined ? HIST_FIXED.hi : 0);
  const [rangeK, binK] = await Promise.all([histogramRangeKernel(d), histogramKernel(d)]);
  const local = new BufferSet(d, 'gpu-trainer histograms');
  try {
    const bounds = local.upload('bounds', new Uint32Array(2 * H).map((_, i) => (i % 2 === 0 ? 0xffffffff : 0)));
    const counts = local.storage('counts', H * countsStride(bins) * 4);
    // Which buffers hold the activation inputs, and how the rows arrive: the last training batch, or eval chunks.
    let ws: GpuWorkspace = train.ws;
    const chunks: { firstRow: number; rows: number }[] = [];
    let groups: ForwardGroups | null = null;
    let x = opts.x;
    if (!x && lastRows > 0) {
      chunks.push({ firstRow: 0, rows: lastRows });
    } else {
      let n = opts.n ?? (x ? x.length / spec.inputSize : 0);
      let source: SplitBuffers;
      if (!x) {
        n = Math.min(data.train.n, train.rows);
        source = r.splitBufs.train as SplitBuffers;
      } else {
        x = x.subarray(0, n * spec.inputSize);
        source = { x: local.upload('x', x), y: local.storage('y (unused)', 16), n };
      }
      ws = r.evalWs;
      groups = forwardGroups(r, ws, source, 'histogram input', r.unused.batchIdx);
      for (let s = 0; s < n; s += r.evalRows) chunks.push({ firstRow: s, rows: Math.min(r.evalRows, n - s) });
    }
    const rowStride = ws === train.ws ? train.rows : r.evalRows;
    const histUniforms = spec.hidden.map((h, l) => {
      const buf = local.uniform(`hist ${l}`, HIST.size);
      const view = new DataView(new ArrayBuffer(HIST.size));
      HIST.write(view, 0, { units: h.units, act: ACT_IDS[h.activation], bins, slot: l, fixed, lo: opts.lo ?? 0, hi: opts.hi ?? 0, slope: spec.leakySlope, offset: member * rowStride * h.units });
      d.queue.writeBuffer(buf, 0, view.buffer);
      return buf;
    });
    const rangeGroups = ws.hidden.map((B, l) => rangeK.bind(d, `range ${l}`, { hist: histUniforms[l], values: B.pre, bounds }));
    const binGroups = ws.hidden.map((B, l) => binK.bind(d, `bins ${l}`, { hist: histUniforms[l], values: B.pre, bounds, counts }));
    const phases: ('range' | 'bins')[] = measure ? ['range', 'bins'] : ['bins'];
    const jobs = phases.flatMap((phase) => chunks.map((c) => ({ phase, ...c })));
    for (let start = 0; start < jobs.length; start += MAX_PASSES) {
      const encoder = d.createCommandEncoder({ label: 'gpu-trainer: histograms' });
      const pass = encoder.beginComputePass({ label: 'gpu-trainer: histograms' });
      const part = jobs.slice(start, start + MAX_PASSES);
      part.forEach((job, slot) => {
        const offset = staging.writePass(slot, { rows: job.rows, firstRow: job.firstRow }, members(job.rows), rowStride);
        if (groups) encodeForward(r, staging, pass, groups, offset, job.rows, ws, false);
        ws.hidden.forEach((B, l) => {
          const kernel = job.phase === 'range' ? rangeK : binK;
          const group = job.phase === 'range' ? rangeGroups[l] : binGroups[l];
          kernel.dispatch(pass, r.passGroup, offset, group, histogramGrid(job.rows * B.units));
        });
      });
      pass.end();
      staging.upload(part.length, false);
      d.queue.submit([encoder.finish()]);
    }
    const [b, c] = await readBuffers(d, [{ buffer: bounds }, { buffer: counts }], 'gpu-trainer: histogram read');
    const keys = new Uint32Array(b);
    const all = new Uint32Array(c);
    return spec.hidden.map((_, l) => {
      const empty = keys[2 * l] > keys[2 * l + 1];
      const lo = opts.lo ?? (empty ? 0 : fromOrderKey(keys[2 * l]));
      const hi = opts.hi ?? (empty ? 0 : fromOrderKey(keys[2 * l + 1]));
      const at = l * countsStride(bins);
      return { layer: l, lo, hi, counts: all.slice(at, at + bins), total: all[at + bins] };
    });
  } finally {
    local.destroyAll();
  }
}
