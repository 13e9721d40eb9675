// Read-backs of a member's last training step: its dropout masks, and everything on the GPU for tests and diagnostics (inspect).
import type { DropoutMask } from '../../engine/train/types';
import type { ReadPart } from '../buffers';
import type { GpuResources } from './resources';
import type { TrainWorkspace } from './trainWorkspace';
import type { GpuProbe } from './types';

/**
 * Member m's dropout keep bits of its last training step (`rows` rows in training workspace `train`, ratios `dropout`
 * per hidden layer), as CpuTrainer.dropoutMasks.
 */
export async function readDropoutMasks(r: Pick<GpuResources, 'read'>, train: TrainWorkspace, m: number, rows: number, dropout: readonly number[]): Promise<DropoutMask[]> {
  const { ws } = train;
  const parts = ws.hidden.map((B) => ({ buffer: B.mask, offset: m * train.rows * B.units * 4, size: Math.max(4, rows * B.units * 4) }));
  const data = ws.hidden.length > 0 && rows > 0 ? await r.read(parts, 'dropout masks') : [];
  return ws.hidden.map((B, layer) => {
    const p = dropout[layer] ?? 0;
    const mask = new Uint8Array(rows * B.units);
    if (p > 0 && rows > 0) mask.set(new Uint32Array(data[layer]).subarray(0, rows * B.units));
    else if (p === 0) mask.fill(1);
    return { layer, rows, units: B.units, p, mask };
  });
}

/** Member m's activations, gradients, parameters and optimizer arrays of its last training step (`rows` rows in `train`). */
export async function readProbe(r: GpuResources, train: TrainWorkspace, m: number, rows: number): Promise<GpuProbe> {
  const { ws } = train;
  const rowsOf = (u: number) => ({ offset: m * train.rows * u * 4, size: Math.max(4, rows * u * 4) });
  const parts: ReadPart[] = [];
  for (const B of ws.hidden) {
    const at = rowsOf(B.units);
    // Without batch norm the statistics buffer is a shared placeholder.
    const stats = r.spec.batchNorm === 'none' ? { buffer: B.stats } : { buffer: B.stats, offset: m * 3 * B.units * 4, size: 3 * B.units * 4 };
    parts.push({ buffer: B.z, ...at }, { buffer: B.pre, ...at }, { buffer: B.out, ...at }, { buffer: B.mask, ...at }, stats, { buffer: B.dOut, ...at }, { buffer: B.dz, ...at });
  }
  const size = r.layout.size * 4;
  const arrays = { offset: m * size, size };
  parts.push(
    { buffer: ws.logits, ...rowsOf(r.spec.outputSize) },
    { buffer: ws.dLogits, ...rowsOf(r.spec.outputSize) },
    { buffer: r.grads, ...arrays },
    { buffer: r.state, offset: r.stateOffset(m), size: r.stateStride * 4 },
    { buffer: r.optV, ...arrays },
    { buffer: r.optS, ...arrays },
    { buffer: r.optDx, ...arrays },
  );
  const out = await r.read(parts, 'inspect');
  const f = (i: number) => new Float32Array(out[i]);
  const hidden = ws.hidden.map((_, l) => {
    const i = 7 * l;
    return { z: f(i), pre: f(i + 1), out: f(i + 2), mask: new Uint32Array(out[i + 3]), stats: f(i + 4), dOut: f(i + 5), dz: f(i + 6) };
  });
  const i = 7 * ws.hidden.length;
  const st = f(i + 3);
  const { size: P, runningSize: R } = r.layout;
  return {
    rows,
    hidden,
    logits: f(i),
    dLogits: f(i + 1),
    grads: f(i + 2),
    params: st.slice(0, P),
    running: st.slice(P, P + R),
    control: st.slice(P + R),
    v: f(i + 4),
    s: f(i + 5),
    dx: f(i + 6),
  };
}
