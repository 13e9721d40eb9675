// The linear population's tables, read from the members' rings (curves per epoch with ‖w‖₂, the sweep's latest row) and,
// a few times a second, the current weights of the members the penalty and histogram figures show.
import { useCallback, useEffect, useState } from 'react';
import { useRingRows } from '../../components/useRingRows';
import type { RunView } from '../../components/run';
import type { RingTable } from '../../components/run';
import type { LinearPlan } from './model';

/** How often the page fetches weights while training. */
const PARAMS_REFRESH_MS = 200;

/** Row index of the step ring whose 'step' is `step` (the ring is in step order), or −1. */
export function stepIndex(ring: RingTable<string>, step: number): number {
  let lo = 0, hi = ring.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ring.get('step', mid);
    if (s === step) return mid;
    if (s < step) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The members that are L2 runs (λ₁ = 0), in increasing λ. */
export function l2Members(plan: LinearPlan): number[] {
  return plan.penalties
    .map((p, k) => ({ p, k }))
    .filter(({ p }) => p.l1 === 0)
    .sort((a, b) => a.p.l2 - b.p.l2)
    .map(({ k }) => k);
}

/** One epoch of one L2 member (‖w‖₂ after the epoch's last update). */
export interface CurveRow {
  lambda: number;
  epoch: number;
  train_loss: number;
  test_loss: number;
  w_norm: number;
}

/** One λ's losses and ‖w‖₂ at a common epoch. */
export interface SweepRow {
  lambda: number;
  train_loss: number;
  test_loss: number;
  w_norm: number;
}

/** The curves of every L2 member, λ ascending then epoch. */
export function curveRows(clients: readonly RunView[], plan: LinearPlan): CurveRow[] {
  const rows: CurveRow[] = [];
  for (const k of l2Members(plan)) {
    const c = clients[k];
    if (!c) continue;
    const e = c.epochs;
    for (let i = 0; i < e.length; i++) {
      const at = stepIndex(c.steps, e.get('step', i));
      rows.push({
        lambda: plan.penalties[k].l2,
        epoch: e.get('epoch', i) + 1,
        train_loss: e.get('trainLoss', i),
        test_loss: e.get('testLoss', i),
        w_norm: at < 0 ? NaN : c.steps.get('weightNorm0', at),
      });
    }
  }
  return rows;
}

/** The curves table of the linear population, refreshed from its rings. */
export function useCurveRows(clients: readonly RunView[], plan: LinearPlan): CurveRow[] {
  const read = useCallback(() => curveRows(clients, plan), [clients, plan]);
  return useRingRows(clients, read);
}

/** The latest row of each λ in a curves table (rows sorted by λ, then epoch), at the last epoch every λ has reached. */
export function sweepRows(rows: readonly CurveRow[]): SweepRow[] {
  const by = new Map<number, CurveRow[]>();
  for (const r of rows) {
    const list = by.get(r.lambda) ?? [];
    list.push(r);
    by.set(r.lambda, list);
  }
  const common = Math.min(...[...by.values()].map((l) => l.length));
  if (!Number.isFinite(common) || common === 0) return [];
  return [...by.entries()].map(([lambda, l]) => {
    const { train_loss, test_loss, w_norm } = l[common - 1];
    return { lambda, train_loss, test_loss, w_norm };
  });
}

/** Weights of some members (entry k: the flat parameters of member members[k]) and the update they were read after. */
export interface MemberParams {
  params: (Float32Array | null)[];
  step: number;
}

/** Fetches the current weights of `members` after every change (at most every PARAMS_REFRESH_MS); null before the first. */
export function useMemberParams(clients: readonly RunView[], members: readonly number[], generation: unknown): MemberParams | null {
  const [params, setParams] = useState<MemberParams | null>(null);
  const key = members.join();
  useEffect(() => {
    setParams(null);
    if (clients.length === 0) return;
    const list = key.split(',').map(Number);
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const fetchAll = () => {
      timer = null;
      Promise.all(list.map((k) => clients[k]?.getParams() ?? Promise.resolve(null))).then(
        (ps) => alive && setParams({ params: ps, step: clients[list[0]]?.status.progress?.step ?? 0 }),
        () => undefined,
      );
    };
    const schedule = () => {
      if (timer === null) timer = setTimeout(fetchAll, PARAMS_REFRESH_MS);
    };
    const offs = clients.map((c) => c.subscribe(schedule));
    schedule();
    return () => {
      alive = false;
      offs.forEach((off) => off());
      if (timer !== null) clearTimeout(timer);
    };
  }, [clients, key, generation]);
  return params;
}
