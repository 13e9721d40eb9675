// The lr-schedules lesson: six learning-rate schedules racing on MNIST as one population (the schedule drawn above
// the loss curves on one epoch axis) and a learning-rate range test with the rate it suggests.
import { siteDataUrl } from '../../components/python/scriptText';
import { useCallback, useMemo, useRef } from 'react';
import { useLessonParams } from '../../state/useLessonParams';
import { useT } from '../../state/useText';
import { AboutLink } from '../../components/AboutLink';
import { Figure } from '../../components/Figure';
import { fmt, fmt6 } from '../../components/format';
import { RunPlayControls } from '../../components/RunPlayControls';
import { Prose } from '../../components/Prose';
import { RunStatus } from '../../components/RunStatus';
import { PointLineChart, type PointSeries } from '../../components/charts/PointLineChart';
import { SERIES } from '../../components/palette';
import { Slider } from '../../components/Slider';
import { TrySection } from '../../components/TrySection';
import { useRingRows } from '../../components/useRingRows';
import { useTrainerRuns } from '../../components/useTrainerRuns';
import { PythonRun } from '../../components/PythonRun';
import { scheduledLr } from '../../engine/train/lrSchedule';
import { BATCH, N_TEST } from '../optimizers-mnist/race';
import { EVAL_TRAIN, RANGE, rangeLr, rangePopulation, SCHEDULE_LABEL, SCHEDULES, scheduleOf, schedulePopulation, smoothLosses, suggestLr, type ScheduleKnobs } from './model';
import { lrSchedulesParams as P } from './params';
import { lrSchedulesScript } from './python';
import { TEXT } from './text';

const CURVE_COLUMNS = ['schedule', 'epoch', 'lr', 'train_loss', 'test_acc'] as const;
const RANGE_COLUMNS = ['lr', 'loss'] as const;

/** One epoch (1-based) of one schedule, with the lr it trained at. */
interface CurveRow {
  schedule: (typeof SCHEDULES)[number];
  epoch: number;
  lr: number;
  train_loss: number;
  test_acc: number;
}
const SCHEDULE_POINTS = 200;
const RUN_PARAMS = P.filter((p) => ['lr', 'epochs', 'n', 'seed'].includes(p.name));
const SCHEDULE_PARAMS = P.filter((p) => !['lr', 'epochs', 'n', 'seed'].includes(p.name));
const pct = (x: number) => `${fmt(100 * x, 3)}%`;

export default function LrSchedulesView() {
  const t = useT();
  const { values, setParam } = useLessonParams(P);
  const { lr, epochs, n, seed } = values;
  const knobs = useMemo<ScheduleKnobs>(
    () => ({
      lr,
      epochs,
      stepGamma: values['step.gamma'],
      stepEvery: values['step.every'],
      expGamma: values['exp.gamma'],
      invK: values['inv.k'],
      cosFloor: values['cos.floor'],
      warmup: values.warmup,
    }),
    [lr, epochs, values],
  );
  const curvesRef = useRef<HTMLDivElement>(null);
  const rangeRef = useRef<HTMLDivElement>(null);
  const population = useMemo(() => schedulePopulation({ ...knobs, n, seed }), [knobs, n, seed]);
  const run = useTrainerRuns(population, JSON.stringify(population), { stepSize: Math.ceil(n / BATCH), visibleRef: curvesRef });
  const rangeConfig = useMemo(() => rangePopulation({ n, seed }), [n, seed]);
  const range = useTrainerRuns(rangeConfig, JSON.stringify(rangeConfig), { stepSize: 8, visibleRef: rangeRef });

  const python = (figure: 'curves' | 'range') => (lang: 'zh' | 'en') =>
    lrSchedulesScript(values, figure, lang, siteDataUrl(window.location.href, import.meta.env.BASE_URL));
  const specs = useMemo(() => SCHEDULES.map((s) => scheduleOf(s, knobs)), [knobs]);
  const lrAt = useCallback((k: number, e: number) => scheduledLr(specs[k], lr, e), [specs, lr]);

  const read = useCallback(() => {
    const rows: CurveRow[] = [];
    run.clients.forEach((c, k) => {
      const r = c.epochs;
      for (let i = 0; i < r.length; i++) {
        const e = r.get('epoch', i);
        rows.push({ schedule: SCHEDULES[k], epoch: e + 1, lr: lrAt(k, e), train_loss: r.get('trainLoss', i), test_acc: r.get('testAccuracy', i) });
      }
    });
    return rows;
  }, [run.clients, lrAt]);
  const rows = useRingRows(run.clients, read, 300);

  const scheduleSeries = useMemo<PointSeries[]>(
    () =>
      SCHEDULES.map((s, k) => ({
        label: SCHEDULE_LABEL[s],
        style: SERIES[k % SERIES.length],
        split: 'train',
        points: Array.from({ length: SCHEDULE_POINTS + 1 }, (_, i) => {
          const e = (epochs * i) / SCHEDULE_POINTS;
          return [e, lrAt(k, e)] as const;
        }),
      })),
    [epochs, lrAt],
  );
  const lossSeries = useMemo<PointSeries[]>(
    () =>
      SCHEDULES.map((s, k) => ({
        label: SCHEDULE_LABEL[s],
        style: SERIES[k % SERIES.length],
        split: 'train',
        points: rows.filter((r) => r.schedule === s).map((r) => [r.epoch, r.train_loss] as const),
      })),
    [rows],
  );

  // The reading: the last epoch every schedule has finished.
  const perSchedule = SCHEDULES.map((s) => rows.filter((r) => r.schedule === s));
  const common = Math.min(...perSchedule.map((r) => r.length));
  const at = common > 0 ? perSchedule.map((r) => r[common - 1]) : null;
  const reading = at
    ? (() => {
        const finite = at.map((r, k) => ({ k, loss: r.train_loss, acc: r.test_acc })).filter((x) => Number.isFinite(x.loss));
        if (!finite.length) return null;
        const best = finite.reduce((a, b) => (b.loss < a.loss ? b : a));
        const bestAcc = finite.reduce((a, b) => (b.acc > a.acc ? b : a));
        return { epoch: common, best, bestAcc, constant: at[0] };
      })()
    : null;
  const diverged = run.clients.map((c, k) => ({ k, p: c.status.progress })).find((x) => x.p?.stopped === 'diverged');

  // The range test: mini-batch loss per update against that update's lr.
  const readRange = useCallback(() => {
    const c = range.clients[0];
    if (!c) return [];
    const loss = c.steps.copyColumn('loss');
    return Array.from(loss, (l, i) => ({ lr: rangeLr(c.steps.get('step', i), n), loss: l }));
  }, [range.clients, n]);
  const rangeRows = useRingRows(range.clients, readRange, 300);
  const rangeLrs = rangeRows.map((r) => r.lr);
  const rangeLoss = rangeRows.map((r) => r.loss);
  const smoothed = useMemo(() => smoothLosses(rangeLoss.filter(Number.isFinite)), [rangeRows]); // eslint-disable-line react-hooks/exhaustive-deps
  const suggestion = suggestLr(rangeLrs, rangeLoss);
  // Past the minimum the loss blows up by many orders of magnitude; a linear axis to that height would flatten the part
  // that matters, so it ends at 3× the first loss and clamps the rest to the top edge.
  const firstLoss = rangeLoss.find(Number.isFinite);
  const rangeYDomain: [number, number] | undefined = firstLoss === undefined ? undefined : [0, 3 * firstLoss];
  const rangeSeries: PointSeries[] = [
    { label: t(TEXT.rangeRaw), style: SERIES[1], split: 'train', points: rangeRows.map((r) => [r.lr, r.loss] as const), markers: true },
    { label: t(TEXT.rangeSmooth), style: SERIES[0], split: 'train', points: smoothed.map((s, i) => [rangeLrs[i], s] as const) },
  ];
  const rangeDone = range.clients[0]?.status.progress?.stopped != null;
  const rangeStep = range.clients[0]?.steps.length ? range.clients[0].steps.last('step') : 0;

  return (
    <article className="lesson lesson-lr-schedules">
      <section className="prose">
        <Prose text={t(TEXT.intro)} />
        <Prose text={t(TEXT.engine)} />
      </section>

      <section className="lesson-figure-row" data-embed="curves">
        <div className="figure-col" ref={curvesRef}>
          <h2>{t(TEXT.raceTitle)}</h2>
          <p>{t(TEXT.size, { n, epochs, iters: epochs * Math.ceil(n / BATCH) })}</p>
          <Figure id="lr-schedules/curves" caption={t(TEXT.caption, { evalTrain: Math.min(EVAL_TRAIN, n), nTest: N_TEST })} columns={CURVE_COLUMNS} rows={rows} format={fmt6} python={python('curves')}>
            <PointLineChart series={scheduleSeries} xScale="linear" xDomain={[0, epochs]} yScale="linear" xLabel={t(TEXT.epoch)} yLabel={t(TEXT.lr)} aspect={0.3} />
            <PointLineChart series={lossSeries} xScale="linear" xDomain={[0, epochs]} yScale="log" xLabel={t(TEXT.epoch)} yLabel={t(TEXT.loss)} aspect={0.4} />
          </Figure>
        </div>
        <div className="side-col">
          {RUN_PARAMS.map((p) => (
            <Slider key={p.name} spec={p} value={values[p.name]} onChange={(v) => setParam(p.name, v)} />
          ))}
          {SCHEDULE_PARAMS.map((p) => (
            <Slider key={p.name} spec={p} value={values[p.name]} onChange={(v) => setParam(p.name, v)} />
          ))}
          <RunStatus run={run} divergedText={diverged ? t(TEXT.diverged, { name: SCHEDULE_LABEL[SCHEDULES[diverged.k]], step: diverged.p!.divergedAt }) : null} />
          <RunPlayControls run={run} step={common > 0 ? common : 0} total={epochs} counter={t(TEXT.counter, { k: Math.max(common, 0), n: epochs })} />
          {reading && (
            <p className="reading" data-reading="schedules" data-best={SCHEDULES[reading.best.k]} data-epoch={reading.epoch}>
              {t(TEXT.reading, {
                epoch: reading.epoch,
                best: SCHEDULE_LABEL[SCHEDULES[reading.best.k]],
                bestLoss: fmt(reading.best.loss, 3),
                constLoss: fmt(reading.constant.train_loss, 3),
                bestAcc: SCHEDULE_LABEL[SCHEDULES[reading.bestAcc.k]],
                acc: pct(reading.bestAcc.acc),
                constAcc: pct(reading.constant.test_acc),
              })}
            </p>
          )}
        </div>
      </section>

      <section className="prose">
        <h2>{t(TEXT.rangeTitle)}</h2>
        <Prose text={t(TEXT.rangeIntro)} />
      </section>
      <section className="lesson-figure-row" data-embed="range">
        <div className="figure-col" ref={rangeRef}>
          <Figure id="lr-schedules/range" caption={t(TEXT.rangeCaption)} columns={RANGE_COLUMNS} rows={rangeRows} format={fmt6} python={python('range')}>
            <PointLineChart
              series={rangeSeries}
              xScale="log"
              xDomain={[RANGE.from, RANGE.to]}
              yScale="linear"
              yDomain={rangeYDomain}
              xLabel={t(TEXT.lr)}
              yLabel={t(TEXT.loss)}
              marks={suggestion ? [{ x: suggestion.suggested, label: t(TEXT.suggestMark) }] : []}
              aspect={0.45}
            />
          </Figure>
        </div>
        <div className="side-col">
          <RunStatus run={range} divergedText={null} />
          <RunPlayControls run={range} step={rangeStep} total={Math.ceil(n / RANGE.batch)} counter={t({ zh: '第 {k} / {n} 步', en: 'Update {k} of {n}' }, { k: rangeStep, n: Math.ceil(n / RANGE.batch) })} />
          {suggestion && rangeDone && (
            <>
              <p className="reading" data-reading="range" data-suggested={suggestion.suggested} data-at-min={suggestion.atMin}>
                {t(TEXT.rangeReading, { atMin: fmt(suggestion.atMin, 2), suggested: fmt(suggestion.suggested, 2), lr })}
              </p>
              <button type="button" onClick={() => setParam('lr', Number(suggestion.suggested.toPrecision(2)))}>
                {t(TEXT.useSuggested)}
              </button>
            </>
          )}
        </div>
      </section>

      <section className="prose">
        <PythonRun title={t(TEXT.pythonTitle)} text={t(TEXT.pythonRun)} />
      </section>

      <TrySection text={t(TEXT.try)} />

      <AboutLink specs={P} values={values} />
    </article>
  );
}
