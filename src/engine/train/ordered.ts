// Data sets as they are stored, not shuffled: rows sorted by label, and a hold-out split that takes the first rows as they come.
import { subset } from './split';
import type { Dataset } from './types';

/** The rows of a labelled set in ascending label order, ties in their original order (stable); real targets: unchanged. */
export function sortedByLabel(data: Dataset): Dataset {
  const y = data.y;
  if (!(y instanceof Uint8Array)) return data;
  const order = Array.from({ length: data.n }, (_, i) => i).sort((a, b) => y[a] - y[b] || a - b);
  return subset(data, order);
}

/**
 * The book's split without its shuffle: the first ⌊fraction·n⌋ rows validate, the rest train. On rows stored
 * class by class the validation split then holds only the first classes.
 */
export function headSplit(data: Dataset, fraction: number): { train: Dataset; validation: Dataset } {
  if (!(fraction >= 0 && fraction < 1)) throw new RangeError(`validation fraction must be in [0, 1), got ${fraction}`);
  const nVal = Math.floor(fraction * data.n);
  const rows = (lo: number, hi: number) => Array.from({ length: hi - lo }, (_, i) => lo + i);
  return { validation: subset(data, rows(0, nVal)), train: subset(data, rows(nVal, data.n)) };
}
