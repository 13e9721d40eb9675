// One line of bench output: the bench's name and its measured fields (the runner prints each as JSON).
export interface BenchRecord {
  bench: string;
  [key: string]: string | number | boolean;
}
