// One line of bench output: the bench's name and its measured fields (the runner prints each as JSON).
export interface BenchRecord {
  bench: string;
  [key: string]: string | number | boolean;
}

/** A matmul tile shape as a record field: invocations x × y, row groups, columns per invocation. */
export function matmulLabel(shape: { x: number; y: number; groups: number; cols: number }): string {
  return `x${shape.x}y${shape.y}g${shape.groups}c${shape.cols}`;
}
