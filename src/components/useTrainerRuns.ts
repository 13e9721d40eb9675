// Live training for a figure: one worker per variant, created from configs, played/stepped/reset together,
// paused while the figure is off screen or the tab hidden. Metrics stay in the clients' ring buffers.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useStore } from '../state/store';
import { TrainerClient, type TrainerError } from '../worker';
import type { CreateResult, RequestMap, RunMode } from '../worker/protocol';

export type RunConfig = RequestMap['create']['fields'];

export interface TrainerRuns {
  /** One client per config, in order (empty until mounted). */
  clients: readonly TrainerClient[];
  /** 'loading' until every variant is created; 'error' when one failed; else the slowest variant's mode. */
  mode: RunMode | 'error';
  error: TrainerError | null;
  /** MNIST download progress while loading. */
  loading: { received: number; total: number } | null;
  infos: readonly (CreateResult | null)[];
  /** True while the user wants the run to play (it still pauses off screen). */
  playing: boolean;
  playPause(): void;
  /** Takes `stepSize` updates on every variant. */
  step(): void;
  /** Back to step 0 on every variant (fresh weights from the seed). */
  reset(): void;
  /** Creates everything again (after an error). */
  retry(): void;
}

interface Options {
  /** Updates per press of "step" (e.g. one epoch). */
  stepSize?: number;
  /** Start playing once created (default true). */
  autoplay?: boolean;
  /** The figure element, or several (one stable array): paused while none of them is on screen. */
  visibleRef?: RefObject<Element | null> | readonly RefObject<Element | null>[];
}

/** `key` identifies the configs: a new key re-creates every trainer (a parameter changed that needs a fresh run). */
export function useTrainerRuns(configs: readonly RunConfig[], key: string, options: Options = {}): TrainerRuns {
  const { stepSize = 1, autoplay = true, visibleRef } = options;
  const [clients, setClients] = useState<TrainerClient[]>([]);
  const [mode, setMode] = useState<RunMode | 'error'>('loading');
  const [error, setError] = useState<TrainerError | null>(null);
  const [loading, setLoading] = useState<{ received: number; total: number } | null>(null);
  const [infos, setInfos] = useState<(CreateResult | null)[]>([]);
  const [playing, setPlaying] = useState(autoplay);
  const [attempt, setAttempt] = useState(0);
  const [onScreen, setOnScreen] = useState(true);
  const count = configs.length;
  const configsRef = useRef(configs);
  configsRef.current = configs;

  // Workers live as long as the figure.
  useEffect(() => {
    const list = Array.from({ length: count }, () => new TrainerClient());
    setClients(list);
    return () => list.forEach((c) => c.dispose());
  }, [count]);

  // Status of the group = the least advanced member.
  useEffect(() => {
    const offs = clients.flatMap((c) => [
      c.on('status', () => {
        const modes = clients.map((x) => x.status.mode);
        const order: RunMode[] = ['loading', 'idle', 'running', 'paused', 'stopped'];
        setMode(order.find((m) => modes.includes(m)) ?? 'idle');
      }),
      c.on('loading', (p) => setLoading(p)),
      c.on('error', (e) => {
        setError(e);
        setMode('error');
      }),
    ]);
    return () => offs.forEach((off) => off());
  }, [clients]);

  // The engine the URL asks for (backend=auto|gpu|cpu); the header shows which one trains and why.
  const backendChoice = useStore((s) => s.backendChoice);
  const setRunBackend = useStore((s) => s.setRunBackend);
  useEffect(() => {
    const offs = clients.map((c) => c.on('backend', (status) => setRunBackend(status)));
    return () => {
      offs.forEach((off) => off());
      setRunBackend(null);
    };
  }, [clients, setRunBackend]);

  // (Re)create on a new key. Readiness is state, not a ref: the worker's 'paused' status can render before
  // the create reply resolves, and the start effect must run again once the trainers exist.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (clients.length === 0) return;
    let cancelled = false;
    setReady(false);
    setMode('loading');
    setError(null);
    setInfos(clients.map(() => null));
    Promise.all(clients.map((c, i) => c.create({ backend: backendChoice, ...configsRef.current[i] }))).then(
      (results) => {
        if (cancelled) return;
        setReady(true);
        setInfos(results);
        setRunBackend(results[0].backendStatus);
        setLoading(null);
        setMode('paused');
      },
      (e: TrainerError) => {
        if (cancelled || e.code === 'superseded' || e.code === 'disposed') return;
        setError(e);
        setMode('error');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [clients, key, attempt, backendChoice, setRunBackend]);

  // Pause off screen and in hidden tabs.
  useEffect(() => {
    const refs = visibleRef === undefined ? [] : 'current' in visibleRef ? [visibleRef] : visibleRef;
    const els = refs.map((r) => r.current).filter((e): e is Element => e !== null);
    const seen = new Map<Element, boolean>();
    const io =
      els.length > 0 && typeof IntersectionObserver !== 'undefined'
        ? new IntersectionObserver((entries) => {
            entries.forEach((e) => seen.set(e.target, e.isIntersecting));
            setOnScreen([...seen.values()].some(Boolean));
          })
        : null;
    els.forEach((el) => io?.observe(el));
    const onVis = () => setOnScreen(document.visibilityState === 'visible' && (els.length === 0 || els.some((el) => el.isConnected)));
    document.addEventListener('visibilitychange', onVis);
    return () => {
      io?.disconnect();
      document.removeEventListener('visibilitychange', onVis);
    };
  }, [visibleRef]);

  const tabVisible = typeof document === 'undefined' || document.visibilityState === 'visible';
  const shouldRun = playing && onScreen && tabVisible && mode !== 'error' && mode !== 'loading' && mode !== 'stopped';
  useEffect(() => {
    if (!ready) return;
    if (shouldRun) clients.forEach((c) => void c.start());
    else clients.forEach((c) => c.status.mode === 'running' && void c.pause());
  }, [shouldRun, ready, clients]);

  const playPause = useCallback(() => {
    // A run that reached its epoch budget (or diverged) starts over when played again.
    if (!playing && mode === 'stopped' && ready) clients.forEach((c) => void c.reset());
    setPlaying(!playing);
  }, [playing, mode, ready, clients]);
  const step = useCallback(() => {
    setPlaying(false);
    if (ready) clients.forEach((c) => void c.step(stepSize));
  }, [ready, clients, stepSize]);
  const reset = useCallback(() => {
    setPlaying(false);
    if (ready) clients.forEach((c) => void c.reset());
  }, [ready, clients]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);

  return { clients, mode, error, loading, infos, playing, playPause, step, reset, retry };
}
