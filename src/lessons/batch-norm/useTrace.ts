// The traced batch-norm layer of one member, asked from its worker whenever `key` changes (a new epoch, layer or member).
import { useEffect, useState } from 'react';
import type { BatchNormTraceResult } from '../../components/run';
import type { RunView } from '../../components/run';
import { SINGLES } from './pythonInspect';

export interface TraceState {
  trace: BatchNormTraceResult | null;
  error: string | null;
}

/** The newest trace of `client`'s hidden layer `layer` (0-based); null until its first update. Older answers are dropped. */
export function useTrace(client: RunView | undefined, layer: number, key: string, ready: boolean): TraceState {
  const [state, setState] = useState<TraceState>({ trace: null, error: null });
  useEffect(() => {
    if (!client || !ready) return;
    let live = true;
    client.batchNormTrace(layer, SINGLES).then(
      (trace) => live && setState({ trace, error: null }),
      (e: Error & { code?: string }) => {
        if (live && e.code !== 'disposed' && e.code !== 'superseded') setState((s) => ({ trace: s.trace, error: e.message }));
      },
    );
    return () => {
      live = false;
    };
  }, [client, layer, key, ready]);
  return client ? state : { trace: null, error: null };
}
