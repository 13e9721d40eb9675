// Row lists by class: keep some classes, and at most k rows of each (the "k examples per class" of a few-shot training set).

/**
 * Row indices, in data order, of the rows whose label is in `keep`, at most `perClass` of each class (the first ones).
 * Throws RangeError unless perClass is a non-negative integer (or Infinity).
 */
export function classRows(labels: ArrayLike<number>, keep: readonly number[], perClass = Infinity): Uint32Array {
  if (!(perClass === Infinity || (Number.isInteger(perClass) && perClass >= 0))) throw new RangeError(`perClass must be a non-negative integer, got ${perClass}`);
  const left = new Map(keep.map((c) => [c, perClass]));
  const out: number[] = [];
  for (let i = 0; i < labels.length; i++) {
    const n = left.get(labels[i]);
    if (n === undefined || n <= 0) continue;
    out.push(i);
    left.set(labels[i], n - 1);
  }
  return Uint32Array.from(out);
}

/**
 * The first `perClass` rows (data order) of every class 0…c−1: classRows over all classes. With `cycle`, each class present
 * instead contributes `cycle` rows, its first perClass rows repeated in turn (row i of the class's list at position i mod
 * perClass), classes in order: every k then makes an epoch of the same length (a fixed number of updates).
 */
export function firstRowsPerClass(labels: ArrayLike<number>, c: number, perClass: number, cycle?: number): Uint32Array {
  const rows = classRows(labels, Array.from({ length: c }, (_, k) => k), perClass);
  if (cycle === undefined) return rows;
  if (!(Number.isInteger(cycle) && cycle >= 1)) throw new RangeError(`cycle must be a positive integer, got ${cycle}`);
  const byClass: number[][] = Array.from({ length: c }, () => []);
  for (const i of rows) byClass[labels[i]].push(i);
  const present = byClass.filter((r) => r.length > 0);
  const out = new Uint32Array(present.length * cycle);
  present.forEach((list, j) => {
    for (let i = 0; i < cycle; i++) out[j * cycle + i] = list[i % list.length];
  });
  return out;
}
