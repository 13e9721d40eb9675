// Part 2 of the minibatch lesson: one MNIST run per batch size trained at once, accuracy by epoch and by measured time, the summary and the five claims.
import { siteDataUrl } from '../../components/python/scriptText';
import { useCallback, useMemo, useRef } from 'react';
import { useLessonParams } from '../../state/useLessonParams';
import { useT } from '../../state/useText';
import { RingLineChart, type RingSeries } from '../../components/charts/RingLineChart';
import { Figure } from '../../components/Figure';
import { fmt, fmt6 } from '../../components/format';
import { SERIES } from '../../components/palette';
import { Prose } from '../../components/Prose';
import { RunPlayControls } from '../../components/RunPlayControls';
import { RunStatus } from '../../components/RunStatus';
import { Slider } from '../../components/Slider';
import { useRingRows } from '../../components/useRingRows';
import { useTrainerRuns } from '../../components/useTrainerRuns';
import { PythonRun } from '../../components/PythonRun';
import { Claims } from './Claims';
import { minibatchParams as P } from './params';
import { minibatchScript, type MinibatchFigure } from './python';
import { batchSizes, HIDDEN, N_TEST, runConfig, summarize, updatesPerEpoch, type EpochRow } from './runs';
import { SummaryTable } from './SummaryTable';
import { TEXT } from './text';

const RUN_COLUMNS = ['batch_size', 'epoch', 'seconds', 'train_loss', 'test_acc'] as const;

/** One epoch of one batch size (seconds: its training time). */
interface RunRow {
  batch_size: number;
  epoch: number;
  seconds: number;
  train_loss: number;
  test_acc: number;
}

export function RunsSection() {
  const t = useT();
  const { values, setParam } = useLessonParams(P);
  const { n, mepochs, mlr, seed, target } = values;
  const sizes = useMemo(() => batchSizes(n), [n]);
  const configs = useMemo(() => sizes.map((B) => runConfig(B, { n, mepochs, mlr, seed })), [sizes, n, mepochs, mlr, seed]);
  const stepSize = useMemo(() => sizes.map((B) => updatesPerEpoch(n, B)), [sizes, n]);
  const ref = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLElement>(null);
  // Training goes on while either the curves or the summary is on screen (one stable array of refs).
  const visibleRefs = useMemo(() => [ref, summaryRef], []);
  const run = useTrainerRuns(configs, JSON.stringify(configs), { stepSize, visibleRef: visibleRefs });

  const read = useCallback(() => {
    const rows: RunRow[] = [];
    run.clients.forEach((c, k) => {
      const r = c.epochs;
      for (let i = 0; i < r.length; i++) {
        rows.push({ batch_size: sizes[k], epoch: r.get('epoch', i) + 1, seconds: r.get('trainMs', i) / 1000, train_loss: r.get('trainLoss', i), test_acc: r.get('testAccuracy', i) });
      }
    });
    return rows;
  }, [run.clients, sizes]);
  const rows = useRingRows(run.clients, read, 300);
  // Updates each run counted in its first epoch (its own step counter at that epoch end), for the summary.
  const readFirst = useCallback(() => [run.clients.map((c) => (c.epochs.length ? c.epochs.get('step', 0) : NaN))], [run.clients]);
  const firstStep = useRingRows(run.clients, readFirst, 300)[0];
  const epochRows = useMemo<EpochRow[]>(
    () => rows.map((r) => ({ batchSize: r.batch_size, epoch: r.epoch, seconds: r.seconds, trainLoss: r.train_loss, testAcc: r.test_acc })),
    [rows],
  );
  const summary = useMemo(() => summarize(epochRows, sizes, n, target, firstStep), [epochRows, sizes, n, target, firstStep]);
  const done = summary.length ? Math.min(...summary.map((s) => s.epochs)) : 0;

  const series = useMemo(
    () => (xCol: 'epoch' | 'trainMs') =>
      run.clients.map<RingSeries>((c, k) => ({
        ring: () => c.epochs,
        x: xCol,
        xOffset: xCol === 'epoch' ? 1 : 0,
        y: 'testAccuracy',
        label: t(TEXT.sizeName, { b: sizes[k] }),
        style: SERIES[k % SERIES.length],
        split: 'test',
      })),
    [run.clients, sizes, t],
  );
  const python = (figure: MinibatchFigure) => (lang: 'zh' | 'en') => minibatchScript(values, lang, siteDataUrl(window.location.href, import.meta.env.BASE_URL), figure);
  const diverged = run.clients.findIndex((c) => c.status.progress?.stopped === 'diverged');
  const divergedText = diverged >= 0 ? t(TEXT.divergedRun, { b: sizes[diverged], step: run.clients[diverged].status.progress!.divergedAt }) : null;

  return (
    <>
      <section className="prose">
        <h2>{t(TEXT.mnistTitle)}</h2>
        <Prose text={t(TEXT.mnistIntro, { h: HIDDEN, lr: fmt(mlr, 3), sizes: sizes.join(', '), epochs: mepochs, n, nTest: N_TEST })} />
        <PythonRun title={t(TEXT.pythonTitle)} text={t(TEXT.pythonRun)} />
      </section>

      <section className="lesson-figure-row" data-embed="runs">
        <div className="figure-col" ref={ref}>
          <h2>{t(TEXT.runsTitle)}</h2>
          <Figure id="minibatch/runs" caption={t(TEXT.accCaption)} columns={RUN_COLUMNS} rows={rows} format={fmt6} python={python('runs')}>
            <RingLineChart series={series('epoch')} sources={run.clients} yDomain={[0, 1]} xLabel={t(TEXT.epoch)} yLabel={t(TEXT.accuracy)} xMax={mepochs} aspect={0.45} />
          </Figure>
        </div>
        <div className="side-col">
          <RunStatus run={run} divergedText={divergedText} />
          <RunPlayControls run={run} step={done} total={mepochs} counter={t(TEXT.runCounter, { k: done, n: mepochs })} />
          <div className="slider-row">
            <Slider spec={P[5]} value={n} onChange={(v) => setParam('n', v)} />
            <Slider spec={P[6]} value={mepochs} onChange={(v) => setParam('mepochs', v)} />
            <Slider spec={P[7]} value={mlr} onChange={(v) => setParam('mlr', v)} />
            <Slider spec={P[8]} value={target} onChange={(v) => setParam('target', v)} />
          </div>
          <h3>{t(TEXT.timeTitle)}</h3>
          <Figure id="minibatch/time" caption={t(TEXT.timeCaption)} columns={RUN_COLUMNS} rows={rows} format={fmt6} python={python('time')}>
            <RingLineChart series={series('trainMs')} sources={run.clients} yDomain={[0, 1]} xLabel={t(TEXT.ms)} yLabel={t(TEXT.accuracy)} aspect={0.6} />
          </Figure>
        </div>
      </section>

      <section className="lesson-figure-row" data-embed="summary" ref={summaryRef}>
        <div className="figure-col">
          <h2>{t(TEXT.summaryTitle)}</h2>
          <SummaryTable summary={summary} target={target} python={python('summary')} />
        </div>
        <div className="side-col">
          <h3>{t(TEXT.claimsTitle)}</h3>
          <Claims summary={summary} epochs={mepochs} target={target} complete={done >= mepochs} />
        </div>
      </section>
    </>
  );
}
