// Fetches the network's view of the plot from the worker: unitOutputs at fixed points (with the weights of that state), at most every THROTTLE_MS, one request at a time.
import { useEffect, useState } from 'react';
import type { UnitOutputs } from '../../engine/experiments/unitOutputs';
import type { RunView } from '../../components/run';

/** Least time between two fetches while the run trains. */
export const THROTTLE_MS = 200;

/** One fetch: the outputs at the points, the flat parameters, and the update they were read after. */
export interface PlaneOutputs {
  run: RunView;
  points: Float32Array;
  outputs: UnitOutputs;
  params: Float32Array;
  step: number;
}

/**
 * Keeps the latest PlaneOutputs of `run` at `points` (m×inputSize): fetched when the run is created, then on its
 * notifications (new metrics, pause, step, reset) throttled to one per THROTTLE_MS with a trailing fetch, never
 * with a request in flight (a notification meanwhile asks for one more fetch after it). Null until the first reply.
 */
export function usePlaneOutputs(run: RunView | undefined, points: Float32Array): PlaneOutputs | null {
  const [latest, setLatest] = useState<PlaneOutputs | null>(null);
  useEffect(() => {
    if (!run) return;
    let live = true;
    let inFlight = false;
    let again = false;
    let last = -Infinity;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let seen = -1;
    const fetchNow = () => {
      timer = null;
      if (inFlight) {
        again = true;
        return;
      }
      inFlight = true;
      last = performance.now();
      run
        .unitOutputs(points)
        .then((outputs) => {
          // The outputs, the parameters and the step all come from the one state the worker read.
          if (live) setLatest({ run, points, outputs, params: outputs.params, step: outputs.step });
        })
        .catch(() => undefined)
        .finally(() => {
          inFlight = false;
          if (live && again) {
            again = false;
            schedule();
          }
        });
    };
    const schedule = () => {
      if (!live || timer !== null) return;
      timer = setTimeout(fetchNow, Math.max(0, last + THROTTLE_MS - performance.now()));
    };
    const onChange = () => {
      const key = (run.status.progress?.step ?? -1) * 8 + ['idle', 'loading', 'paused', 'running', 'stopped'].indexOf(run.status.mode);
      if (key === seen) return;
      seen = key;
      schedule();
    };
    const off = run.subscribe(onChange);
    schedule();
    return () => {
      live = false;
      off();
      if (timer !== null) clearTimeout(timer);
    };
  }, [run, points]);
  return latest && latest.run === run && latest.points === points ? latest : null;
}
