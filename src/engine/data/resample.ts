// Index lists that rebalance a labelled training set: oversampling the rare classes, undersampling the common ones, or
// making some classes rare (an imbalanced set drawn from a balanced one).
/** Row indices of each class 0…c−1, in data order. */
function rowsByClass(labels: ArrayLike<number>, c: number): number[][] {
  const byClass: number[][] = Array.from({ length: c }, () => []);
  for (let i = 0; i < labels.length; i++) byClass[labels[i]].push(i);
  return byClass;
}

/**
 * Oversampling: every class present repeated up to the largest class count M (its rows in data order, cycled:
 * row k of a class of N_k rows appears ⌊M/N_k⌋ or ⌈M/N_k⌉ times). Classes grouped in order; the trainer shuffles.
 * Length K·M for K classes present.
 */
export function oversampleRows(labels: ArrayLike<number>, c: number): Uint32Array {
  const byClass = rowsByClass(labels, c).filter((r) => r.length > 0);
  const m = Math.max(0, ...byClass.map((r) => r.length));
  const out = new Uint32Array(byClass.length * m);
  byClass.forEach((rows, k) => {
    for (let i = 0; i < m; i++) out[k * m + i] = rows[i % rows.length];
  });
  return out;
}

/** Undersampling: the first m rows (data order) of every class present, m the smallest class count. Length K·m. */
export function undersampleRows(labels: ArrayLike<number>, c: number): Uint32Array {
  const byClass = rowsByClass(labels, c).filter((r) => r.length > 0);
  const m = Math.min(...byClass.map((r) => r.length));
  const out = new Uint32Array(byClass.length * (byClass.length ? m : 0));
  byClass.forEach((rows, k) => out.set(rows.slice(0, m), k * m));
  return out;
}

/**
 * An imbalanced subset: every row of the other classes, and the first r rows (data order) of the `rare` classes
 * together, r = round(share · N_other / (1 − share)) capped at the rare rows there are, so the rare classes make up
 * `share` of the result (as near as whole rows allow). Sorted row indices. Throws RangeError unless 0 ≤ share < 1.
 */
export function imbalancedRows(labels: ArrayLike<number>, rare: readonly number[], share: number): Uint32Array {
  if (!(share >= 0 && share < 1)) throw new RangeError(`the rare share must be in [0, 1), got ${share}`);
  const isRare = new Set(rare);
  let other = 0;
  for (let i = 0; i < labels.length; i++) if (!isRare.has(labels[i])) other++;
  let keep = Math.round((share * other) / (1 - share));
  const out: number[] = [];
  for (let i = 0; i < labels.length; i++) {
    if (!isRare.has(labels[i])) out.push(i);
    else if (keep > 0) {
      out.push(i);
      keep--;
    }
  }
  return Uint32Array.from(out);
}

/**
 * Self-training's training set: the first `keep` rows of `data` with their own labels, then the rows `rows` (indices into
 * data) carrying `labels` (pseudo-labels) instead. Throws RangeError on mismatched lengths, a row out of range or keep > n.
 */
export function pseudoLabelled(data: { x: Float32Array; y: Uint8Array; n: number; d: number }, keep: number, rows: readonly number[], labels: readonly number[]): { x: Float32Array; y: Uint8Array; n: number; d: number } {
  const { d } = data;
  if (rows.length !== labels.length) throw new RangeError(`${rows.length} pseudo-labelled rows need as many labels, got ${labels.length}`);
  if (!(Number.isInteger(keep) && keep >= 0 && keep <= data.n)) throw new RangeError(`keep must be an integer in [0, ${data.n}], got ${keep}`);
  const n = keep + rows.length;
  const x = new Float32Array(n * d);
  const y = new Uint8Array(n);
  x.set(data.x.subarray(0, keep * d));
  y.set(data.y.subarray(0, keep));
  rows.forEach((i, k) => {
    if (!(Number.isInteger(i) && i >= 0 && i < data.n)) throw new RangeError(`pseudo-labelled row ${i} is not a row of the ${data.n}`);
    x.set(data.x.subarray(i * d, (i + 1) * d), (keep + k) * d);
    y[keep + k] = labels[k];
  });
  return { x, y, n, d };
}
