// The MNIST subset's training labels on the page (the labels file alone, a few KB, not the images), for figures that count digits.
import { useCallback, useEffect, useState } from 'react';
import { loadMnistTrainLabels, type MnistLoadError } from '../worker/shared/data/loadMnist';

export type LabelsState = { labels: Uint8Array | null; error: MnistLoadError | Error | null };

/** The training labels of the MNIST subset, null until loaded, or the load's error; `retry` loads again. */
export function useMnistLabels(): LabelsState & { retry: () => void } {
  const [state, setState] = useState<LabelsState>({ labels: null, error: null });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let alive = true;
    setState({ labels: null, error: null });
    loadMnistTrainLabels().then(
      (labels) => alive && setState({ labels, error: null }),
      (e: unknown) => alive && setState({ labels: null, error: e instanceof Error ? e : new Error(String(e)) }),
    );
    return () => {
      alive = false;
    };
  }, [attempt]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { ...state, retry };
}
