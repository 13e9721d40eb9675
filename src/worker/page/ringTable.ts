// Fixed-capacity ring buffers of aligned numeric series (one Float64Array per column) that charts read without React state.

/** Something a view can watch: subscribe returns the unsubscribe function; version grows on every change. */
export interface Subscribable {
  readonly version: number;
  subscribe(listener: () => void): () => void;
}

/**
 * A table of `columns`, each a Float64Array of `capacity` entries used as a ring: rows are appended at the
 * end and, once full, the oldest row is overwritten. All columns share one head, so row i is aligned
 * across columns. Row indices passed to readers run from 0 (oldest kept) to length − 1 (newest).
 * Writers call notify() (the push methods do) so subscribers redraw.
 */
export class RingTable<C extends string = string> implements Subscribable {
  readonly columns: readonly C[];
  readonly capacity: number;
  /** Rows currently kept (≤ capacity). */
  length = 0;
  /** Rows ever appended since the last clear (length plus the overwritten ones). */
  total = 0;
  /** Incremented by every push and clear. */
  version = 0;

  private readonly data: Record<C, Float64Array>;
  private readonly listeners = new Set<() => void>();
  /** Storage slot of the next row to write. */
  private head = 0;

  constructor(columns: readonly C[], capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`ring capacity must be a positive integer, got ${capacity}`);
    if (new Set(columns).size !== columns.length) throw new RangeError('ring column names must be distinct');
    this.columns = [...columns];
    this.capacity = capacity;
    this.data = Object.fromEntries(columns.map((c) => [c, new Float64Array(capacity)])) as Record<C, Float64Array>;
  }

  /** Appends one row; columns missing from `row` get NaN. */
  push(row: Partial<Record<C, number>>): void {
    const slot = this.head;
    for (const c of this.columns) this.data[c][slot] = row[c] ?? NaN;
    this.advance(1);
    this.notify();
  }

  /**
   * Appends `count` rows from a row-major block: row r's value of column `names[k]` is block[r·names.length + k].
   * Names that are not columns of this table are skipped; columns not named get NaN.
   */
  pushBlock(names: readonly string[], block: Float64Array, count: number): void {
    const stride = names.length;
    if (block.length < count * stride) throw new RangeError(`block holds ${block.length} values, ${count} rows of ${stride} need more`);
    const sources = this.columns.map((c) => names.indexOf(c));
    // Only the last `capacity` rows can survive.
    const first = Math.max(0, count - this.capacity);
    for (let r = first; r < count; r++) {
      const slot = this.head;
      for (let k = 0; k < this.columns.length; k++) {
        const src = sources[k];
        this.data[this.columns[k]][slot] = src < 0 ? NaN : block[r * stride + src];
      }
      this.advance(1);
    }
    this.total += first;
    if (count > 0) this.notify();
  }

  /** Value of column c in row i (0 = oldest kept); NaN outside [0, length). */
  get(c: C, i: number): number {
    if (!(i >= 0 && i < this.length)) return NaN;
    return this.data[c][this.slot(i)];
  }

  /** The newest value of column c, or NaN when empty. */
  last(c: C): number {
    return this.get(c, this.length - 1);
  }

  /** Copies column c, oldest first, into out (allocated when absent or too short); returns the filled view. */
  copyColumn(c: C, out?: Float64Array): Float64Array {
    const target = out && out.length >= this.length ? out : new Float64Array(this.length);
    const src = this.data[c];
    const start = this.slot(0);
    const firstPart = Math.min(this.length, this.capacity - start);
    target.set(src.subarray(start, start + firstPart), 0);
    if (firstPart < this.length) target.set(src.subarray(0, this.length - firstPart), firstPart);
    return target.subarray(0, this.length);
  }

  /** [min, max] of the finite values of column c, or [NaN, NaN] when there are none. */
  extent(c: C): [number, number] {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < this.length; i++) {
      const v = this.data[c][this.slot(i)];
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    return lo <= hi ? [lo, hi] : [NaN, NaN];
  }

  /**
   * Drops the newest rows whose column c is ≥ value (c must grow with the row, e.g. the step): after a run went back
   * to an earlier state (a lost GPU resumed on the CPU from its last snapshot), rows past that state are not its
   * history any more. Notifies when a row was dropped; returns how many.
   */
  truncateFrom(c: C, value: number): number {
    let dropped = 0;
    while (this.length > 0 && this.data[c][this.slot(this.length - 1)] >= value) {
      this.head = (this.head - 1 + this.capacity) % this.capacity;
      this.length--;
      this.total--;
      dropped++;
    }
    if (dropped > 0) this.notify();
    return dropped;
  }

  /** Forgets every row (storage is kept) and notifies. */
  clear(): void {
    this.head = 0;
    this.length = 0;
    this.total = 0;
    this.notify();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Bumps the version and calls every subscriber. */
  notify(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }

  private advance(rows: number): void {
    this.head = (this.head + rows) % this.capacity;
    this.length = Math.min(this.capacity, this.length + rows);
    this.total += rows;
  }

  /** Storage slot of row i. */
  private slot(i: number): number {
    return (this.head - this.length + i + this.capacity) % this.capacity;
  }
}
