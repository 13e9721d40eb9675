// Section 2: the linear scaling rule with and without warm-up, K = 1 … 32 workers as one population, test accuracy against K after the same epochs.
import { useCallback, useMemo } from 'react';
import { Figure } from '../../components/Figure';
import { fmt, fmt6 } from '../../components/format';
import { Prose } from '../../components/Prose';
import { RunPlayControls } from '../../components/RunPlayControls';
import { RunStatus } from '../../components/RunStatus';
import { PointLineChart, type PointSeries } from '../../components/charts/PointLineChart';
import { SERIES } from '../../components/palette';
import { Slider } from '../../components/Slider';
import { useRingRows } from '../../components/useRingRows';
import type { TrainerRuns } from '../../components/useTrainerRuns';
import { useT } from '../../state/useText';
import { N_TEST } from '../optimizers-mnist/race';
import { scalingLimit, scalingMembers, updatesOf, workerCounts, type ScalingKnobs } from './model';
import { dataParallelParams as P } from './params';
import { TEXT } from './text';

const COLUMNS = ['K', 'batch', 'warmup', 'lr', 'epoch', 'test_acc', 'diverged'] as const;

/** One member's latest epoch (0 before the first; test_acc NaN once diverged); warmup and diverged are 1 or 0. */
interface ScalingRow {
  K: number;
  batch: number;
  warmup: 0 | 1;
  lr: number;
  epoch: number;
  test_acc: number;
  diverged: 0 | 1;
}
const KNOBS = ['lr', 'b', 'kmax', 'epochs', 'n', 'warmup', 'seed'] as const;
const SLIDERS = P.filter((p) => (KNOBS as readonly string[]).includes(p.name));
const pct = (x: number) => `${fmt(100 * x, 3)}%`;

interface Props {
  knobs: ScalingKnobs;
  run: TrainerRuns;
  figureRef: React.RefObject<HTMLDivElement | null>;
  values: Record<string, number>;
  setParam(name: string, value: number): void;
  /** The figure's "Export → Python" script for the page's language. */
  python?: (lang: 'zh' | 'en') => string;
}

export function ScalingSection({ knobs, run, figureRef, values, setParam, python }: Props) {
  const t = useT();
  const members = useMemo(() => scalingMembers(knobs), [knobs]);
  const read = useCallback(() => {
    const rows: ScalingRow[] = [];
    run.clients.forEach((c, i) => {
      const m = members[i];
      if (!m) return;
      const r = c.epochs;
      const diverged = c.status.progress?.stopped === 'diverged';
      const k = r.length - 1;
      rows.push({
        K: m.K,
        batch: m.batch,
        warmup: m.warmup ? 1 : 0,
        lr: m.lr,
        epoch: k >= 0 ? r.get('epoch', k) + 1 : 0,
        test_acc: diverged ? NaN : k >= 0 ? r.get('testAccuracy', k) : NaN,
        diverged: diverged ? 1 : 0,
      });
    });
    return rows;
  }, [run.clients, members]);
  const rows = useRingRows(run.clients, read, 300);
  const ks = workerCounts(knobs.kmax);
  const accOf = (w: 0 | 1) => ks.map((K) => {
    const r = rows.find((x) => x.K === K && x.warmup === w);
    return r ? r.test_acc : NaN;
  });
  const series: PointSeries[] = [
    { label: t(TEXT.noWarmup), style: SERIES[0], split: 'test', markers: true, points: ks.map((K, i) => [K, accOf(0)[i]] as const) },
    { label: t(TEXT.withWarmup), style: SERIES[2], split: 'test', markers: true, points: ks.map((K, i) => [K, accOf(1)[i]] as const) },
  ];
  const finished = rows.filter((r) => r.epoch === knobs.epochs || r.diverged === 1).length;
  const allDone = rows.length === members.length && finished === members.length;
  const minEpoch = rows.length === members.length ? Math.min(...rows.map((r) => (r.diverged === 1 ? knobs.epochs : r.epoch))) : 0;

  const reading = allDone ? readingText(t, ks, accOf(0), accOf(1)) : null;
  const biggest = ks[ks.length - 1] * knobs.b;
  return (
    <>
      <section className="prose">
        <h2>{t(TEXT.scaleTitle)}</h2>
        <Prose text={t(TEXT.scaleIntro, { n: knobs.n, epochs: knobs.epochs, b: knobs.b, kmax: ks[ks.length - 1], updates: Math.ceil(knobs.n / biggest) })} />
      </section>
      <section className="lesson-figure-row" data-embed="scaling">
        <div className="figure-col" ref={figureRef}>
          <Figure id="data-parallel/scaling" caption={t(TEXT.scaleCaption, { nTest: N_TEST })} columns={COLUMNS} rows={rows} format={fmt6} python={python}>
            <PointLineChart series={series} xScale="log" xDomain={[1, Math.max(2, ks[ks.length - 1])]} yScale="linear" yDomain={[0, 1]} xLabel={t(TEXT.workers)} yLabel={t(TEXT.accAxis)} aspect={0.5} />
          </Figure>
          <p className="note" data-updates>
            {ks.map((K) => `K = ${K}: ${updatesOf(knobs.n, K * knobs.b, knobs.epochs)}`).join(' · ')} {t({ zh: '次更新', en: 'updates' })}
          </p>
        </div>
        <div className="side-col">
          {SLIDERS.map((p) => (
            <Slider key={p.name} spec={p} value={values[p.name]} onChange={(v) => setParam(p.name, v)} />
          ))}
          <RunStatus run={run} divergedText={null} />
          <RunPlayControls run={run} step={minEpoch} total={knobs.epochs} counter={t({ zh: '第 {k} / {n} 个周期', en: 'Epoch {k} of {n}' }, { k: minEpoch, n: knobs.epochs })} />
          {reading && (
            <p className="reading" data-reading="scaling">
              {reading}
            </p>
          )}
        </div>
      </section>
    </>
  );
}

type T = ReturnType<typeof useT>;

/** Where each series stops scaling, in words, from the live accuracies. */
function readingText(t: T, ks: number[], no: number[], w: number[]): string {
  const part = (acc: number[]) => {
    const lim = scalingLimit(ks, acc);
    const at = lim.breaksAt;
    const i = at === null ? -1 : ks.indexOf(at);
    const tail = at === null ? '' : Number.isFinite(acc[i]) ? t(TEXT.breaksAt, { k: at, acc: pct(acc[i]) }) : t(TEXT.divergedAt, { k: at });
    return { hold: lim.holds, tail };
  };
  const a = part(no);
  const b = part(w);
  return t(TEXT.scaleReading, { acc1: pct(no[0]), acc1w: pct(w[0]), holdNo: a.hold, breakNo: a.tail, holdW: b.hold, breakW: b.tail });
}
