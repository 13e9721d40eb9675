// Section 1: K simulated workers against one batch of K·B, computed in the page on real digits: the table of differences and its chart.
import { useEffect, useState } from 'react';
import { Figure } from '../../components/Figure';
import { fmt } from '../../components/format';
import { Prose } from '../../components/Prose';
import { PointLineChart, type PointSeries } from '../../components/charts/PointLineChart';
import { SERIES } from '../../components/palette';
import { Slider } from '../../components/Slider';
import { useMnistDigits } from '../../components/useMnistDigits';
import { useT } from '../../state/useText';
import { equivalenceRow, equivalenceSetup, eqWorkerCounts, type EquivalenceRow } from './model';
import { dataParallelParams as P } from './params';
import { TEXT } from './text';

const COLUMNS = ['K', 'shard_rows', 'max_abs_diff', 'plain_mean_diff'] as const;
const batchSpec = P.find((p) => p.name === 'eq.batch')!;
const MAX_ROWS = batchSpec.max;
/** Differences are drawn on a log axis; an exact 0 is drawn at this floor. */
const FLOOR = 1e-12;

export function EquivalenceSection({ n, seed, onBatch, python }: { n: number; seed: number; onBatch(n: number): void; python?: (lang: 'zh' | 'en') => string }) {
  const t = useT();
  const digits = useMnistDigits(MAX_ROWS);
  const rows = useEquivalence(digits.x, digits.y, n, seed);
  const cells = rows.map((r) => ({ K: r.K, shard_rows: r.shards, max_abs_diff: r.maxAbsDiff, plain_mean_diff: r.plainMeanDiff }));
  const series: PointSeries[] = [
    { label: t(TEXT.byRows), style: SERIES[0], split: 'train', markers: true, points: rows.map((r) => [r.K, Math.max(FLOOR, r.maxAbsDiff)] as const) },
    { label: t(TEXT.plainMean), style: SERIES[1], split: 'train', markers: true, points: rows.map((r) => [r.K, Math.max(FLOOR, r.plainMeanDiff)] as const) },
  ];
  const done = rows.length === eqWorkerCounts(n).length;
  const max = rows.length ? Math.max(...rows.map((r) => r.maxAbsDiff)) : NaN;
  const uneven = rows.filter((r) => n % r.K !== 0);
  const plain = uneven.length ? Math.max(...uneven.map((r) => r.plainMeanDiff)) : NaN;
  return (
    <>
      <section className="prose">
        <h2>{t(TEXT.eqTitle)}</h2>
        <Prose text={t(TEXT.eqIntro, { rows: n })} />
      </section>
      <section className="lesson-figure-row" data-embed="equivalence">
        <div className="figure-col">
          <Figure id="data-parallel/equivalence" caption={t(TEXT.eqCaption)} columns={COLUMNS} rows={cells} format={(x) => fmt(x, 3)} python={python}>
            <PointLineChart series={series} xScale="log" xDomain={[1, Math.max(2, ...rows.map((r) => r.K))]} yScale="log" xLabel={t(TEXT.workers)} yLabel={t(TEXT.diff)} aspect={0.45} />
          </Figure>
        </div>
        <div className="side-col">
          <Slider spec={batchSpec} value={n} onChange={onBatch} />
          {digits.error ? (
            <p role="alert">
              {t(TEXT.eqError, { msg: digits.error.message })}{' '}
              <button type="button" onClick={digits.retry}>
                {t(TEXT.retry)}
              </button>
            </p>
          ) : !done ? (
            <p role="status">{t(TEXT.eqLoading)}</p>
          ) : (
            <p className="reading" data-reading="equivalence" data-max={max} data-plain={Number.isFinite(plain) ? plain : ''}>
              {t(TEXT.eqReading, { max: fmt(max, 2), n, plain: Number.isFinite(plain) ? fmt(plain, 2) : '—' })}
            </p>
          )}
        </div>
      </section>
    </>
  );
}

/** The rows, one K per task (each a few passes over n rows), so that the page never stalls on the whole table. */
function useEquivalence(x: Float32Array | null, y: Uint8Array | null, n: number, seed: number): EquivalenceRow[] {
  const [rows, setRows] = useState<EquivalenceRow[]>([]);
  useEffect(() => {
    setRows([]);
    if (!x || !y) return;
    let alive = true;
    let timer = 0;
    const setup = equivalenceSetup(x, y, n, seed);
    const ks = eqWorkerCounts(n);
    const next = (i: number) => {
      if (!alive || i >= ks.length) return;
      const row = equivalenceRow(setup, ks[i]);
      setRows((r) => [...r, row]);
      timer = window.setTimeout(() => next(i + 1), 0);
    };
    timer = window.setTimeout(() => next(0), 0);
    return () => {
      alive = false;
      window.clearTimeout(timer);
    };
  }, [x, y, n, seed]);
  return rows;
}
