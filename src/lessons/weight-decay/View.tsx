// The weight-decay lesson: d2l's high-dimensional linear regression as one population (curves, λ sweep, the penalty's
// numbers, L1 against L2 histograms) and seed 004's overfit MNIST net with and without L2 (MnistSection).
import { useMemo, useRef } from 'react';
import type { IntParam, NumberParam } from '../../state/params';
import { useLessonParams } from '../../state/useLessonParams';
import { useT } from '../../state/useText';
import { AboutLink } from '../../components/AboutLink';
import { Figure } from '../../components/Figure';
import { ScrollBox } from '../../components/ScrollBox';
import { fmt, fmt6 } from '../../components/format';
import { RunPlayControls } from '../../components/RunPlayControls';
import { Prose } from '../../components/Prose';
import { RunStatus } from '../../components/RunStatus';
import { PointLineChart, type PointSeries } from '../../components/charts/PointLineChart';
import { RingLineChart, type RingSeries } from '../../components/charts/RingLineChart';
import { SERIES } from '../../components/palette';
import { Slider } from '../../components/Slider';
import { TrySection } from '../../components/TrySection';
import { useTrainerRuns } from '../../components/useTrainerRuns';
import { countNearZero, histogram, LINEAR, LINEAR_STEPS_PER_EPOCH, linearPlan, linearPopulation, norm1, norm2, SWEEP } from './model';
import { MnistSection } from './MnistSection';
import { weightDecayParams as P } from './params';
import { TEXT } from './text';
import { sweepRows, useCurveRows, useMemberParams } from './useLinearTables';
import { WeightHistograms } from './WeightHistograms';
import './weight-decay.css';

const CURVE_COLUMNS = ['lambda', 'epoch', 'train_loss', 'test_loss', 'w_norm'] as const;
const SWEEP_COLUMNS = ['lambda', 'train_loss', 'test_loss', 'w_norm'] as const;
const PENALTY_COLUMNS = ['i', 'w', 'lambda_w', 'update'] as const;
const HIST_COLUMNS = ['penalty', 'lambda', 'bin_start', 'bin_end', 'count'] as const;
const SHOWN_WEIGHTS = 8;
const BINS = 41;
const [ZERO, CHOSEN] = [SERIES[0], SERIES[1]];
const byName = (name: string): NumberParam | IntParam => P.find((p) => p.name === name)!;
const NO_ROWS: HistRow[] = [];

interface PenaltyRow {
  i: number;
  w: number;
  lambda_w: number;
  update: number;
}

interface HistRow {
  penalty: 'l1' | 'l2';
  lambda: number;
  bin_start: number;
  bin_end: number;
  count: number;
}

/** A histogram range [−r, r] with r the largest |w| of the runs, rounded up to 1, 2 or 5 × 10ᵏ. */
function histRange(ws: readonly Float32Array[]): number {
  let m = 0;
  for (const w of ws) for (let i = 0; i < LINEAR.d; i++) m = Math.max(m, Math.abs(w[i]));
  if (!(m > 0)) return 1;
  const e = Math.pow(10, Math.floor(Math.log10(m)));
  return [1, 2, 5, 10].map((k) => k * e).find((r) => r >= m)!;
}

export default function WeightDecayView() {
  const t = useT();
  const { values, setParam } = useLessonParams(P);
  const { lambda, l1, epochs, seed } = values;
  const curvesRef = useRef<HTMLDivElement>(null);
  const sweepRef = useRef<HTMLDivElement>(null);
  const histRef = useRef<HTMLDivElement>(null);
  const visibleRefs = useMemo(() => [curvesRef, sweepRef, histRef], []);

  const plan = useMemo(() => linearPlan(lambda, l1), [lambda, l1]);
  const population = useMemo(() => linearPopulation(plan, { epochs, seed }), [plan, epochs, seed]);
  const run = useTrainerRuns(population, JSON.stringify(population), { stepSize: LINEAR_STEPS_PER_EPOCH, visibleRef: visibleRefs });
  const clients = run.clients;
  const rows = useCurveRows(clients, plan);
  const sweep = useMemo(() => sweepRows(rows), [rows]);
  const shown = useMemo(() => [plan.chosen, plan.l1, plan.l2Match], [plan]);
  const fetched = useMemberParams(clients, shown, run.infos);

  // Loss curves of λ = 0 and the chosen λ (rings), ‖w‖₂ from the table.
  const series = useMemo<RingSeries[]>(() => {
    const zero = clients[plan.zero], chosen = clients[plan.chosen];
    if (!zero || !chosen) return [];
    const s = (c: typeof zero, y: string, label: string, st: RingSeries['style']): RingSeries => ({
      ring: () => c.epochs, x: 'epoch', xOffset: 1, y, label, style: st, split: y.startsWith('train') ? 'train' : 'test',
    });
    return [
      s(zero, 'trainLoss', t(TEXT.seriesTrain, { lambda: 0 }), ZERO),
      s(zero, 'testLoss', t(TEXT.seriesTest, { lambda: 0 }), ZERO),
      s(chosen, 'trainLoss', t(TEXT.seriesTrain, { lambda }), CHOSEN),
      s(chosen, 'testLoss', t(TEXT.seriesTest, { lambda }), CHOSEN),
    ];
  }, [clients, plan, lambda, t]);
  const of = (l: number) => rows.filter((r) => r.lambda === l);
  const zeroRows = of(0), chosenRows = of(lambda);
  const normSeries: PointSeries[] = [
    { label: t(TEXT.seriesNorm, { lambda: 0 }), style: ZERO, split: 'train', points: zeroRows.map((r) => [r.epoch, r.w_norm]) },
    { label: t(TEXT.seriesNorm, { lambda }), style: CHOSEN, split: 'train', points: chosenRows.map((r) => [r.epoch, r.w_norm]) },
  ];
  const n = Math.min(zeroRows.length, chosenRows.length);
  const last0 = zeroRows[n - 1], last = chosenRows[n - 1];
  const epoch = n;

  const sweepSeries: PointSeries[] = [
    { label: t(TEXT.trainLoss), style: CHOSEN, split: 'train', points: sweep.map((r) => [r.lambda, r.train_loss]), markers: true },
    { label: t(TEXT.testLoss), style: CHOSEN, split: 'test', points: sweep.map((r) => [r.lambda, r.test_loss]), markers: true },
  ];
  const normSweep: PointSeries[] = [{ label: t(TEXT.wNorm), style: CHOSEN, split: 'train', points: sweep.map((r) => [r.lambda, r.w_norm]), markers: true }];

  // The penalty's numbers for the chosen λ, and the L1 / L2 histograms.
  const [wChosen, wL1, wL2] = fetched?.params ?? [null, null, null];
  const fetchedEpoch = Math.floor((fetched?.step ?? 0) / LINEAR_STEPS_PER_EPOCH);
  const penaltyRows = useMemo<PenaltyRow[]>(
    () => (wChosen ? Array.from({ length: SHOWN_WEIGHTS }, (_, i) => ({ i: i + 1, w: wChosen[i], lambda_w: lambda * wChosen[i], update: -LINEAR.lr * lambda * wChosen[i] })) : []),
    [wChosen, lambda],
  );
  const normChosen = wChosen ? norm2(wChosen, LINEAR.d) : NaN;
  const steps = epochs * LINEAR_STEPS_PER_EPOCH;
  const factor = 1 - LINEAR.lr * lambda;
  const initNorm = Math.sqrt(LINEAR.d);
  const eps = LINEAR.lr * l1;
  const hist = useMemo(() => {
    if (!wL1 || !wL2) return null;
    const r = histRange([wL1, wL2]);
    const counts = [histogram(wL1, -r, r, BINS, LINEAR.d), histogram(wL2, -r, r, BINS, LINEAR.d)];
    const rows: HistRow[] = counts.flatMap((h, k) =>
      Array.from(h, (count, i) => ({ penalty: k === 0 ? 'l1' : 'l2', lambda: l1, bin_start: -r + (2 * r * i) / BINS, bin_end: -r + (2 * r * (i + 1)) / BINS, count })),
    );
    return { range: r, counts, rows };
  }, [wL1, wL2, l1]);
  const range = hist?.range ?? 1;

  const diverged = clients.map((c) => c.status.progress).find((p) => p?.stopped === 'diverged');
  const controls = (
    <RunPlayControls run={run} step={epoch} total={epochs} counter={t(TEXT.epochCounter, { k: epoch, n: epochs })} />
  );
  const status = <RunStatus run={run} divergedText={diverged ? t(TEXT.diverged, { step: diverged.divergedAt }) : null} />;

  return (
    <article className="lesson lesson-weight-decay">
      <section className="prose">
        <Prose text={t(TEXT.intro)} />
      </section>

      <section className="prose">
        <h2>{t(TEXT.linearTitle)}</h2>
        <Prose text={t(TEXT.linearIntro, { epochs })} />
      </section>

      <section className="lesson-figure-row" data-embed="curves">
        <div className="figure-col" ref={curvesRef}>
          <h2>{t(TEXT.curvesTitle)}</h2>
          <Figure id="weight-decay/curves" caption={t(TEXT.curvesCaption, { lambda })} columns={CURVE_COLUMNS} rows={rows} format={fmt6}>
            <div className="chart-pair">
              <RingLineChart series={series} sources={clients} yScale="log" xLabel={t(TEXT.epoch)} yLabel={t(TEXT.loss)} xMax={epochs} aspect={0.7} />
              <PointLineChart series={normSeries} xScale="linear" xDomain={[0, epochs]} yScale="log" xLabel={t(TEXT.epoch)} yLabel={t(TEXT.wNorm)} aspect={0.7} />
            </div>
          </Figure>
        </div>
        <div className="side-col">
          {(['lambda', 'epochs', 'seed'] as const).map((name) => (
            <Slider key={name} spec={byName(name)} value={values[name]} onChange={(v) => setParam(name, v)} />
          ))}
          {status}
          {controls}
          {last0 && last && (
            <p className="reading" data-reading="curves">
              {t(TEXT.curvesReading, {
                epoch,
                lambda,
                train0: fmt(last0.train_loss, 3),
                test0: fmt(last0.test_loss, 3),
                norm0: fmt(last0.w_norm, 3),
                train: fmt(last.train_loss, 3),
                test: fmt(last.test_loss, 3),
                norm: fmt(last.w_norm, 3),
              })}
            </p>
          )}
          <div className="prose" data-embed-omit>
            <Prose text={t(TEXT.curvesAfter)} />
          </div>
        </div>
      </section>

      <section className="lesson-figure-row" data-embed="sweep">
        <div className="figure-col" ref={sweepRef}>
          <h2>{t(TEXT.sweepTitle)}</h2>
          <Figure id="weight-decay/sweep" caption={t(TEXT.sweepCaption)} columns={SWEEP_COLUMNS} rows={sweep} format={fmt6}>
            <div className="chart-pair">
              <PointLineChart series={sweepSeries} xScale="log0" xDomain={[SWEEP[1], SWEEP[SWEEP.length - 1]]} yScale="log" xLabel={t(TEXT.lambdaAxis)} yLabel={t(TEXT.loss)} aspect={0.7} />
              <PointLineChart series={normSweep} xScale="log0" xDomain={[SWEEP[1], SWEEP[SWEEP.length - 1]]} yScale="log" xLabel={t(TEXT.lambdaAxis)} yLabel={t(TEXT.wNorm)} aspect={0.7} />
            </div>
          </Figure>
          {controls}
        </div>
        <div className="side-col prose" data-embed-omit>
          <Prose text={t(TEXT.sweepAfter)} />
        </div>
      </section>

      <section className="lesson-figure-row" data-embed="penalty">
        <div className="figure-col">
          <h2>{t(TEXT.penaltyTitle)}</h2>
          <Figure id="weight-decay/penalty" caption={<Prose text={t(TEXT.penaltyCaption, { lambda })} />} columns={PENALTY_COLUMNS} rows={penaltyRows} format={fmt6}>
            <ScrollBox className="table-scroll">
              <table className="penalty-table">
                <thead>
                  <tr>
                    <th scope="col">i</th>
                    <th scope="col">w<sub>i</sub></th>
                    <th scope="col">λw<sub>i</sub></th>
                    <th scope="col">−ηλw<sub>i</sub></th>
                  </tr>
                </thead>
                <tbody>
                  {penaltyRows.map((r) => (
                    <tr key={r.i}>
                      <td>{r.i}</td>
                      {[r.w, r.lambda_w, r.update].map((v, k) => (
                        <td key={k}>{fmt(v, 4)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          </Figure>
        </div>
        <div className="side-col">
          <div className="prose" data-reading="penalty" data-penalty={0.5 * lambda * normChosen * normChosen} data-norm={normChosen} data-epoch={fetchedEpoch}>
            {wChosen ? (
              <Prose
                text={t(TEXT.penaltyNow, {
                  epoch: fetchedEpoch,
                  lambda,
                  norm: fmt(normChosen, 4),
                  penalty: fmt(0.5 * lambda * normChosen * normChosen, 4),
                  lr: LINEAR.lr,
                  factor: fmt(factor, 6),
                  steps,
                  shrink: fmt(Math.pow(factor, steps), 3),
                  init: fmt(initNorm, 3),
                  shrunk: fmt(initNorm * Math.pow(factor, steps), 3),
                })}
              />
            ) : (
              <p>{t(TEXT.penaltyWaiting)}</p>
            )}
          </div>
          {controls}
        </div>
      </section>

      <section className="prose">
        <h2>{t(TEXT.l1Title)}</h2>
        <Prose text={t(TEXT.l1Intro)} />
      </section>

      <section className="lesson-figure-row" data-embed="histograms">
        <div className="figure-col" ref={histRef}>
          <h2>{t(TEXT.histTitle)}</h2>
          <Figure id="weight-decay/histograms" caption={t(TEXT.histCaption, { l1, range: fmt(range, 2), bins: BINS })} columns={HIST_COLUMNS} rows={hist?.rows ?? NO_ROWS} format={fmt6}>
            {hist && (
              <WeightHistograms
                histograms={[
                  { label: t(TEXT.histL1, { l1 }), color: SERIES[2].color, counts: hist.counts[0] },
                  { label: t(TEXT.histL2, { l1 }), color: CHOSEN.color, counts: hist.counts[1] },
                ]}
                lo={-range}
                hi={range}
                eps={eps}
                xLabel={t(TEXT.histAxis)}
                yLabel={t(TEXT.histCount)}
              />
            )}
          </Figure>
          {controls}
          {wL1 && wL2 && (
            <div
              className="reading"
              data-reading="sparsity"
              data-zero-l1={countNearZero(wL1, eps, LINEAR.d)}
              data-zero-l2={countNearZero(wL2, eps, LINEAR.d)}
              data-eps={eps}
            >
              <Prose
                text={t(TEXT.histReading, {
                  epoch: fetchedEpoch,
                  k1: countNearZero(wL1, eps, LINEAR.d),
                  k2: countNearZero(wL2, eps, LINEAR.d),
                  eps: fmt(eps, 3),
                  pen1: fmt(l1 * norm1(wL1, LINEAR.d), 4),
                  pen2: fmt(0.5 * l1 * norm2(wL2, LINEAR.d) ** 2, 4),
                  n1: fmt(norm2(wL1, LINEAR.d), 3),
                  n2: fmt(norm2(wL2, LINEAR.d), 3),
                })}
              />
            </div>
          )}
        </div>
        <div className="side-col">
          <Slider spec={byName('l1')} value={l1} onChange={(v) => setParam('l1', v)} />
          <div className="prose" data-embed-omit>
            <Prose text={t(TEXT.histNote)} />
          </div>
        </div>
      </section>

      <MnistSection values={values} setParam={setParam} />

      <TrySection text={t(TEXT.try)} />

      <AboutLink specs={P} values={values} />
    </article>
  );
}
