// jax-js as a peer: R copies of the seed MLP trained by one jit(vmap(step)) over stacked members, or by one jit(step) per member.
import type { ClassificationData } from '../src/engine/data/types';
import { fillGaussian } from '../src/engine/rng';
import { BATCH, SEED_SPEC } from './mlp';

type Jax = typeof import('@jax-js/jax');
type JArray = import('@jax-js/jax').Array;
/** Weights w[l] (fanIn × fanOut) and biases b[l] (fanOut), with a leading members axis R when stacked. */
type Params = { w: JArray[]; b: JArray[] };

const WIDTHS = [SEED_SPEC.inputSize, ...SEED_SPEC.hidden.map((h) => h.units), SEED_SPEC.outputSize];
const CLASSES = SEED_SPEC.outputSize;

/** jax-js with `device` as its default device, or the reason it could not start. */
export async function loadJax(device: 'wasm' | 'webgpu'): Promise<{ jax: Jax } | { error: string }> {
  try {
    const jax = await import('@jax-js/jax');
    const devices = await jax.init(device);
    if (!devices.includes(device)) return { error: `jax.init("${device}") started [${devices.join(', ')}]` };
    jax.defaultDevice(device);
    return { jax };
  } catch (e) {
    return { error: `jax.init("${device}"): ${String(e)}` };
  }
}

/** Mean softmax cross-entropy of one member on one batch: x BATCH×784, y one-hot BATCH×10 (consumes its arguments). */
function lossOf(jax: Jax, p: Params, x: JArray, y: JArray): JArray {
  const { numpy: np, nn } = jax;
  let h = x;
  p.w.forEach((w, l) => {
    const z = np.matmul(h, w).add(p.b[l]);
    h = l < p.w.length - 1 ? nn.relu(z) : z;
  });
  return nn.logSoftmax(h, -1).mul(y).sum().mul(-1 / BATCH);
}

/** One SGD update of one member: p ← p − lr·∇loss; returns the new parameters and the loss before the update. */
function sgdStep(jax: Jax, p: Params, lr: JArray, x: JArray, y: JArray): { p: Params; loss: JArray } {
  const [loss, g] = jax.valueAndGrad((q: Params, xb: JArray, yb: JArray) => lossOf(jax, q, xb, yb))(jax.tree.ref(p), x, y);
  const update = (v: JArray, d: JArray) => v.sub(d.mul(lr.ref));
  const next = { w: p.w.map((w, l) => update(w, g.w[l])), b: p.b.map((b, l) => update(b, g.b[l])) };
  lr.dispose();
  return { p: next, loss };
}

/** He-normal weights and zero biases for members with the given seeds, stacked on a leading axis when `stacked`. */
function initParams(jax: Jax, seeds: readonly number[], stacked: boolean): Params[] {
  const { numpy: np } = jax;
  const layer = (seed: number, l: number) =>
    fillGaussian(new Float32Array(WIDTHS[l] * WIDTHS[l + 1]), seed, 100 + l, 0, Math.sqrt(2 / WIDTHS[l])) as Float32Array;
  const L = WIDTHS.length - 1;
  const R = seeds.length;
  if (!stacked)
    return seeds.map((seed) => ({
      w: Array.from({ length: L }, (_, l) => np.array(layer(seed, l), { shape: [WIDTHS[l], WIDTHS[l + 1]] })),
      b: Array.from({ length: L }, (_, l) => np.zeros([WIDTHS[l + 1]])),
    }));
  const w = Array.from({ length: L }, (_, l) => {
    const all = new Float32Array(R * WIDTHS[l] * WIDTHS[l + 1]);
    seeds.forEach((seed, r) => all.set(layer(seed, l), r * WIDTHS[l] * WIDTHS[l + 1]));
    return np.array(all, { shape: [R, WIDTHS[l], WIDTHS[l + 1]] });
  });
  return [{ w, b: Array.from({ length: L }, (_, l) => np.zeros([R, WIDTHS[l + 1]])) }];
}

/** Runs a disposal that may meet arrays a failed step already consumed (jax-js throws on those), so the step's error is the one reported. */
function quietly(dispose: () => void): void {
  try {
    dispose();
  } catch {
    // nothing left to free
  }
}

/** A population that can be stepped: `run(steps)` takes that many updates of every member and waits for them. */
export interface JaxPopulation {
  vmap: boolean;
  /** Why vmap was not used (its error), when it was not. */
  vmapError?: string;
  run(steps: number): Promise<{ ms: number; loss: number }>;
  dispose(): void;
}

/**
 * R members (seeds 1…R, learning rates `lrs`) trained on `train` in sequential batches of 100. With vmap: one
 * jit(vmap(step)) over parameters stacked on a members axis, the batch shared; otherwise one jit(step) per member.
 */
export async function jaxPopulation(jax: Jax, train: ClassificationData, lrs: readonly number[], useVmap = true): Promise<JaxPopulation> {
  const { numpy: np } = jax;
  const R = lrs.length;
  const seeds = lrs.map((_, r) => r + 1);
  const batches = Math.floor(train.n / BATCH);
  const d = WIDTHS[0];
  const oneHot = new Float32Array(batches * BATCH * CLASSES);
  for (let i = 0; i < batches * BATCH; i++) oneHot[i * CLASSES + train.y[i]] = 1;
  let k = 0;
  const batch = () => {
    const s = (k++ % batches) * BATCH;
    return [np.array(train.x.subarray(s * d, (s + BATCH) * d), { shape: [BATCH, d] }), np.array(oneHot.subarray(s * CLASSES, (s + BATCH) * CLASSES), { shape: [BATCH, CLASSES] })];
  };
  const step = (p: Params, lr: JArray, x: JArray, y: JArray) => sgdStep(jax, p, lr, x, y);
  let vmapError: string | undefined;
  if (useVmap) {
    const popStep = jax.jit(jax.vmap(step, [0, 0, null, null]));
    let [p] = initParams(jax, seeds, true);
    const lr = np.array(Float32Array.from(lrs), { shape: [R] });
    const run = async (steps: number) => {
      const t0 = performance.now();
      let loss: JArray | null = null;
      for (let s = 0; s < steps; s++) {
        const [x, y] = batch();
        const out = popStep(p, lr.ref, x, y);
        p = out.p;
        loss?.dispose();
        loss = out.loss;
        await jax.blockUntilReady(p); // as jax-js recommends in a loop: otherwise pending work and its buffers pile up
      }
      const last = loss ? await loss.data() : [NaN]; // data() consumes the array
      await jax.blockUntilReady(p);
      return { ms: performance.now() - t0, loss: last[0] };
    };
    try {
      await run(1);
      return { vmap: true, run, dispose: () => quietly(() => (jax.tree.dispose(p), lr.dispose(), popStep.dispose())) };
    } catch (e) {
      vmapError = String(e);
      popStep.dispose();
    }
  }
  const oneStep = jax.jit(step);
  const ps = initParams(jax, seeds, false);
  const lr = lrs.map((v) => np.array([v]).reshape([]));
  const run = async (steps: number) => {
    const t0 = performance.now();
    const losses: JArray[] = [];
    for (let s = 0; s < steps; s++) {
      const [x, y] = batch();
      losses.forEach((l) => l.dispose());
      losses.length = 0;
      // In place, so that after a failed step ps still holds only live parameters (disposed once by dispose()).
      for (let r = 0; r < R; r++) {
        const out = oneStep(ps[r], lr[r].ref, r < R - 1 ? x.ref : x, r < R - 1 ? y.ref : y);
        losses.push(out.loss);
        ps[r] = out.p;
      }
      await jax.blockUntilReady(ps); // as jax-js recommends in a loop: otherwise pending work and its buffers pile up
    }
    losses.slice(1).forEach((l) => l.dispose());
    const last = losses.length ? await losses[0].data() : [NaN]; // data() consumes the array
    await jax.blockUntilReady(ps);
    return { ms: performance.now() - t0, loss: last[0] };
  };
  try {
    await run(1);
  } catch (e) {
    throw new Error(`${vmapError ? `vmap: ${vmapError}; ` : ''}one jit step per member: ${String(e)}`, { cause: e });
  }
  return { vmap: false, vmapError, run, dispose: () => quietly(() => (jax.tree.dispose(ps), lr.forEach((v) => v.dispose()), oneStep.dispose())) };
}
