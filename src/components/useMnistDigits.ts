// The MNIST subset's first training digits on the page (for a small computation in the page itself, e.g. one update checked by hand).
import { useCallback, useEffect, useState } from 'react';
import { loadMnist, mnistRows, type MnistLoadError } from '../worker/shared/data/loadMnist';

export type DigitsState = { x: Float32Array | null; y: Uint8Array | null; error: MnistLoadError | Error | null };

/** The first n training digits (x n×784 in [0, 1], y labels), null until loaded, or the load's error; `retry` loads again. */
export function useMnistDigits(n: number): DigitsState & { retry: () => void } {
  const [state, setState] = useState<DigitsState>({ x: null, y: null, error: null });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let alive = true;
    setState({ x: null, y: null, error: null });
    loadMnist().then(
      (splits) => {
        if (!alive) return;
        const rows = mnistRows(splits.train, n);
        setState({ x: rows.x, y: rows.y, error: null });
      },
      (e: unknown) => alive && setState({ x: null, y: null, error: e instanceof Error ? e : new Error(String(e)) }),
    );
    return () => {
      alive = false;
    };
  }, [n, attempt]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { ...state, retry };
}
