// Row ranges of a data set as views, for train/validation splits and smaller subsets without copying.
import type { ClassificationData, RegressionData } from './types';

/**
 * Rows start … start + count − 1 of a set, as views sharing memory with it: x is count×d, y length count.
 * Throws RangeError when the range does not fit.
 */
export function takeRows(data: ClassificationData, start: number, count: number): ClassificationData;
export function takeRows(data: RegressionData, start: number, count: number): RegressionData;
export function takeRows(data: ClassificationData | RegressionData, start: number, count: number): ClassificationData | RegressionData {
  if (!Number.isInteger(start) || !Number.isInteger(count) || start < 0 || count < 0 || start + count > data.n) {
    throw new RangeError(`takeRows: rows ${start} … ${start + count - 1} do not fit in ${data.n}`);
  }
  const x = data.x.subarray(start * data.d, (start + count) * data.d);
  if (data.y instanceof Uint8Array) {
    return { x, y: data.y.subarray(start, start + count), n: count, d: data.d, classes: (data as ClassificationData).classes };
  }
  return { x, y: data.y.subarray(start, start + count), n: count, d: data.d };
}
