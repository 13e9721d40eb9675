// The self-training section: a population trained on the labelled digits plus the teacher's confident pseudo-labels, one
// member group per threshold, against the labelled-only baseline; table augmentation/semi (threshold, labelled, test_acc).
import { useCallback, useMemo, useRef } from 'react';
import { Figure } from '../../components/Figure';
import { fmt, fmt6 } from '../../components/format';
import { RunPlayControls } from '../../components/RunPlayControls';
import { RunStatus } from '../../components/RunStatus';
import { Slider } from '../../components/Slider';
import { PointLineChart, type PointSeries } from '../../components/charts/PointLineChart';
import { SERIES } from '../../components/palette';
import { useRingRows } from '../../components/useRingRows';
import { useTrainerRuns } from '../../components/useTrainerRuns';
import { useT } from '../../state/useText';
import { semiPopulation, spread, type PseudoPlan } from './model';
import { augmentationParams as P } from './params';
import { TEXT } from './text';

const SEMI_COLUMNS = ['threshold', 'labelled', 'test_acc'] as const;

/** One group of students: the baseline (threshold 'none': the labelled data only) or a confidence threshold. */
interface SemiRow {
  threshold: number | 'none';
  labelled: number;
  test_acc: number;
}
const pct = (x: number) => (Number.isFinite(x) ? `${fmt(100 * x, 3)}%` : '—');

interface Props {
  q: { n: number; epochs: number; seeds: number; seed: number };
  /** The teacher's pseudo-labels; null while the teacher trains (the section and its controls show, waiting). */
  plan: PseudoPlan | null;
  ts: readonly number[];
  threshold: number;
  setThreshold(v: number): void;
  /** The figure's "Export → Python" script in a language. */
  python: (lang: 'zh' | 'en') => string;
}

export function SemiSection({ q, plan, ts, threshold, setThreshold, python }: Props) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const config = useMemo(() => (plan ? semiPopulation(q, plan) : []), [q, plan]);
  const runKey = plan ? JSON.stringify({ q, accepted: plan.accepted, rows: plan.rows.length }) : 'waiting for the teacher';
  const run = useTrainerRuns(config, runKey, { stepSize: 10, visibleRef: ref });
  const groups = ts.length + 1;
  const read = useCallback(
    () => [run.clients.map((c) => (c.epochs.length ? c.epochs.get('testAccuracy', c.epochs.length - 1) : NaN)), run.clients.map((c) => c.epochs.length)],
    [run.clients],
  );
  const [accs = [], done = []] = useRingRows(run.clients, read, 300);
  const finished = accs.length === groups * q.seeds && done.every((e) => e >= q.epochs);
  const epoch = done.length ? Math.min(...done) : 0;
  const mean = (g: number) => spread(accs.slice(g * q.seeds, (g + 1) * q.seeds).filter(Number.isFinite)).mean;
  const rows = useMemo<SemiRow[]>(
    () =>
      plan && accs.length === groups * q.seeds
        ? [{ threshold: 'none', labelled: q.n, test_acc: mean(0) }, ...ts.map((th, k) => ({ threshold: th, labelled: q.n + plan.accepted[k], test_acc: mean(k + 1) }))]
        : [],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- accs stands for mean
    [accs.join(','), ts, plan, q.n, q.seeds, groups],
  );
  const base = rows.length ? rows[0].test_acc : NaN;
  const series: PointSeries[] = rows.length
    ? [
        { label: t(TEXT.selfTrained), style: SERIES[1], split: 'test', points: ts.map((th, k) => [th, rows[k + 1].test_acc]), markers: true },
        { label: t(TEXT.baseline), style: SERIES[0], split: 'test', points: [[ts[0], base], [ts[ts.length - 1], base]] },
      ]
    : [];
  const ys = rows.map((r) => r.test_acc).filter(Number.isFinite);
  const yDomain: [number, number] = ys.length ? [Math.max(0, Math.min(...ys) - 0.02), Math.min(1, Math.max(...ys) + 0.02)] : [0, 1];
  const k = ts.indexOf(threshold);
  const acc = k >= 0 && rows.length ? rows[k + 1].test_acc : NaN;
  const best = rows.length ? Math.max(...rows.slice(1).map((r) => r.test_acc)) : NaN;
  return (
    <section className="lesson-figure-row" data-embed="semi">
      <div className="figure-col" ref={ref}>
        <h2>{t(TEXT.semiTitle)}</h2>
        {plan && <p>{t(TEXT.semiIntro, { n: q.n, seed: q.seed, epochs: q.epochs, pool: plan.rows.length })}</p>}
        <Figure id="augmentation/semi" caption={t(TEXT.semiCaption)} columns={SEMI_COLUMNS} rows={rows} format={fmt6} python={python}>
          {rows.length ? (
            <PointLineChart series={series} xScale="linear" xDomain={[ts[0], ts[ts.length - 1]]} yScale="linear" yDomain={yDomain} xLabel={t(TEXT.threshold)} yLabel={t(TEXT.testAccuracy)} aspect={0.45} />
          ) : plan ? (
            <p className="figure-placeholder">{t(TEXT.waiting)}</p>
          ) : (
            <p className="figure-placeholder" data-semi="waiting">
              {t(TEXT.semiWaiting, { epochs: q.epochs })}
            </p>
          )}
        </Figure>
        {plan && rows.length > 0 && k >= 0 && (
          <p className="reading" data-reading="semi" data-epoch={epoch} data-finished={finished ? 'yes' : 'no'} data-base={base} data-best={best}>
            {t(TEXT.semiReading, {
              threshold: fmt(threshold, 3),
              accepted: plan.accepted[k],
              right: Number.isFinite(plan.correct[k]) ? `${plan.correct[k]} (${pct(plan.correct[k] / Math.max(1, plan.accepted[k]))})` : '—',
              acc: pct(acc),
              base: pct(base),
              diff: `${acc - base >= 0 ? '+' : '−'}${fmt(100 * Math.abs(acc - base), 2)} pp`,
            })}{' '}
            {finished && <strong data-verdict={best > base ? 'helps' : 'no-help'}>{t(best > base ? TEXT.semiHelps : TEXT.semiNoHelp)}</strong>}
          </p>
        )}
      </div>
      <div className="side-col">
        <Slider spec={P[8]} value={threshold} onChange={setThreshold} />
        {plan ? (
          <>
            <RunStatus run={run} />
            <RunPlayControls run={run} step={epoch} total={q.epochs} counter={t(TEXT.counter, { k: epoch, n: q.epochs })} />
          </>
        ) : (
          <p className="run-status" role="status" data-run="waiting">
            {t(TEXT.semiWaiting, { epochs: q.epochs })}
          </p>
        )}
      </div>
    </section>
  );
}
