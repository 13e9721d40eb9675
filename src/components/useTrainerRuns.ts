// Live training for a figure: populations on the page's worker pool (a single run is a population of one), created
// from configs, started on load, played/stepped/reset together, paused in a hidden tab or once the figure left the screen.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useStore } from '../state/store';
import { PopulationRun, leastAdvanced, type PopulationConfig } from '../worker/page/populationRun';
import type { RunView } from '../worker/page/memberView';
import type { TrainerError } from '../worker/page/client';
import type { BackendStatus } from '../engine/backendStatus';
import type { CreateResult, LoadPhase, RequestMap, RunMode } from '../worker/shared/protocol';

/** One single run. */
export type RunConfig = RequestMap['create']['fields'];
export type { PopulationConfig };

export interface TrainerRuns {
  /** One view per network, in order: each config's run, or each member of the population (empty until created). */
  clients: readonly RunView[];
  /** 'loading' until every run is created; 'error' when one failed; else the least advanced run's mode. */
  mode: RunMode | 'error';
  error: TrainerError | null;
  /** MNIST download progress while loading. */
  loading: { received: number; total: number } | null;
  /** Each network's create result (its backend at creation among them), in the order of clients. */
  infos: readonly (CreateResult | null)[];
  /** Which backend trains now and why (from the create replies, then each change, e.g. a lost GPU); null before. */
  backend: BackendStatus | null;
  /** While mode is 'loading': fetching data or compiling the GPU programs. */
  phase: LoadPhase;
  /**
   * True only while the runs really train (or are being started): Play/Pause shows "Pause" exactly then. False while
   * loading, stopped, after a pause, and while `waiting`.
   */
  playing: boolean;
  /** Why runs the user left playing are paused now: the tab is hidden, or the figure is off screen (after it was seen). */
  waiting: 'hidden-tab' | 'off-screen' | null;
  /** Play when not `playing` (also over an off-screen pause), else pause. */
  playPause(): void;
  /** Takes `stepSize` updates on every network. */
  step(): void;
  /** Back to step 0 on every network (fresh weights from the seed). */
  reset(): void;
  /** Creates everything again (after an error). */
  retry(): void;
}

interface Options {
  /** Updates per press of "step" (e.g. one epoch): one number for every run, or one per config (runs of different batch sizes). */
  stepSize?: number | readonly number[];
  /** Start playing once created (default true), whether or not the figure is on screen yet (never in a hidden tab). */
  autoplay?: boolean;
  /** The figure element, or several (one stable array): once one was on screen, paused while none of them is. */
  visibleRef?: RefObject<Element | null> | readonly RefObject<Element | null>[];
  /** At most this many updates per second while playing (default: as fast as the backend goes); a change applies at once. */
  stepsPerSecond?: number;
}

/** A single run as a population of one member. */
function asPopulation(config: RunConfig): PopulationConfig {
  const { spec, data, options, stream, backend, seed, hyper, members } = config;
  return { spec, data, options, stream, backend, members: members ?? [{ seed: seed ?? 0, hyper }] };
}

/**
 * Trains `configs` (several single runs, or one population) on the page's worker pool. `key` identifies the
 * configs: a new key frees the runs and creates new ones (a parameter changed that needs a fresh run). An empty
 * list creates nothing and stays 'loading' (a lesson's figures can mount before their run can start).
 * Unmounting (e.g. switching lessons) frees them too; the pool's workers stay for the next figure.
 */
export function useTrainerRuns(configs: readonly RunConfig[] | PopulationConfig, key: string, options: Options = {}): TrainerRuns {
  const { stepSize = 1, autoplay = true, visibleRef, stepsPerSecond = 0 } = options;
  const [runs, setRuns] = useState<PopulationRun[]>([]);
  const [clients, setClients] = useState<RunView[]>([]);
  const [mode, setMode] = useState<RunMode | 'error'>('loading');
  const [error, setError] = useState<TrainerError | null>(null);
  const [loading, setLoading] = useState<{ received: number; total: number } | null>(null);
  const [infos, setInfos] = useState<(CreateResult | null)[]>([]);
  const [backend, setBackend] = useState<BackendStatus | null>(null);
  const [phase, setPhase] = useState<LoadPhase>('data');
  const [wanted, setWanted] = useState(autoplay);
  const [attempt, setAttempt] = useState(0);
  const [onScreen, setOnScreen] = useState(true);
  // An off-screen pause applies once a figure has been seen (a run starts on load wherever its figure is), and not
  // after the user pressed Play while it was off screen.
  const [seen, setSeen] = useState(false);
  const [forced, setForced] = useState(false);
  const [tabVisible, setTabVisible] = useState(() => typeof document === 'undefined' || document.visibilityState === 'visible');
  // Readiness is state, not a ref: a 'paused' status can render before the create replies resolve, and the
  // start effect must run again once the networks exist.
  const [ready, setReady] = useState(false);
  const configsRef = useRef(configs);
  configsRef.current = configs;

  // The engine the URL asks for (backend=auto|gpu|cpu); the header shows which one trains and why.
  const backendChoice = useStore((s) => s.backendChoice);
  const setRunBackend = useStore((s) => s.setRunBackend);

  // (Re)create on a new key; free on the next key and on unmount.
  useEffect(() => {
    const current = configsRef.current;
    const populations = Array.isArray(current) ? (current as readonly RunConfig[]).map(asPopulation) : [current as PopulationConfig];
    const list = populations.map((p) => new PopulationRun({ ...p, backend: p.backend ?? backendChoice }));
    let cancelled = false;
    setRuns(list);
    setClients([]);
    setReady(false);
    setMode('loading');
    setError(null);
    setInfos([]);
    setBackend(null);
    setPhase('data');
    // No configs: nothing to train yet (e.g. a run that starts from another run's result). The hook stays 'loading'
    // with no runs, and Play/Pause still records whether the user wants the run to play once it exists.
    if (list.length === 0) return;
    const fail = (e: TrainerError) => {
      if (cancelled || e.code === 'superseded' || e.code === 'disposed') return;
      setError(e);
      setMode('error');
    };
    const offs = list.flatMap((r) => [
      r.on('status', () => {
        if (cancelled) return;
        // An error stays until Retry: the other parts of a failed population still report (e.g. 'idle' after their own failed load).
        setMode((m) => (m === 'error' ? m : leastAdvanced(list.map((x) => x.mode))));
        setPhase(list.some((x) => x.mode === 'loading' && x.phase === 'compiling') ? 'compiling' : 'data');
      }),
      r.on('loading', (p) => !cancelled && setLoading(p)),
      r.on('error', fail),
      r.on('backend', (status) => {
        if (cancelled) return;
        setBackend(status);
        setRunBackend(status);
      }),
    ]);
    Promise.all(list.map((r) => r.create())).then((results) => {
      if (cancelled) return;
      setClients(list.flatMap((r) => r.members));
      setInfos(results.flat());
      // The status current when the worker adopted the run (a GPU lost while compiling already says CPU).
      const status = results[0][0].backendStatus;
      setBackend(status);
      setRunBackend(status);
      setLoading(null);
      setMode('paused');
      setReady(true);
    }, fail);
    return () => {
      cancelled = true;
      offs.forEach((off) => off());
      list.forEach((r) => r.dispose());
      setRunBackend(null);
    };
  }, [key, attempt, backendChoice, setRunBackend]);

  // Pause off screen and in hidden tabs.
  useEffect(() => {
    const refs = visibleRef === undefined ? [] : 'current' in visibleRef ? [visibleRef] : visibleRef;
    const els = refs.map((r) => r.current).filter((e): e is Element => e !== null);
    const intersecting = new Map<Element, boolean>();
    const io =
      els.length > 0 && typeof IntersectionObserver !== 'undefined'
        ? new IntersectionObserver((entries) => {
            entries.forEach((e) => intersecting.set(e.target, e.isIntersecting));
            const visible = [...intersecting.values()].some(Boolean);
            setOnScreen(visible);
            if (visible) setSeen(true);
          })
        : null;
    els.forEach((el) => io?.observe(el));
    const onVis = () => setTabVisible(document.visibilityState === 'visible');
    document.addEventListener('visibilitychange', onVis);
    return () => {
      io?.disconnect();
      document.removeEventListener('visibilitychange', onVis);
    };
  }, [visibleRef]);

  const waiting = !wanted || mode === 'stopped' ? null : !tabVisible ? 'hidden-tab' : seen && !onScreen && !forced ? 'off-screen' : null;
  const trainable = ready && mode !== 'error' && mode !== 'loading' && mode !== 'stopped';
  const shouldRun = wanted && waiting === null && trainable;
  useEffect(() => {
    if (!ready) return;
    if (shouldRun) runs.forEach((r) => void r.start({ stepsPerSecond }));
    else runs.forEach((r) => void r.pause());
  }, [shouldRun, ready, runs, stepsPerSecond]);

  const playPause = useCallback(() => {
    if (shouldRun) {
      setWanted(false);
      setForced(false);
      return;
    }
    // A run that reached its epoch budget (or diverged) starts over when played again.
    if (mode === 'stopped' && ready) runs.forEach((r) => void r.reset());
    setWanted(true);
    setForced(!onScreen);
  }, [shouldRun, mode, ready, runs, onScreen]);
  const step = useCallback(() => {
    setWanted(false);
    setForced(false);
    if (ready) runs.forEach((r, i) => void r.step(typeof stepSize === 'number' ? stepSize : (stepSize[i] ?? 1)));
  }, [ready, runs, stepSize]);
  const reset = useCallback(() => {
    setWanted(false);
    setForced(false);
    if (ready) runs.forEach((r) => void r.reset());
  }, [ready, runs]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);

  return { clients, mode, error, loading, infos, backend, phase, playing: shouldRun, waiting, playPause, step, reset, retry };
}
