// The early-stopping lesson: the overfitting MNIST net and its L2 twin trained to the budget as one population, the same net
// again with the engine's early stopping (best weights restored), the stop read from its run, and the two remedies compared.
import { siteDataUrl } from '../../components/python/scriptText';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLessonParams } from '../../state/useLessonParams';
import { useT } from '../../state/useText';
import type { Lang } from '../../state/i18n';
import { AboutLink } from '../../components/AboutLink';
import { Figure } from '../../components/Figure';
import { fmt, fmt6 } from '../../components/format';
import { PlayControls } from '../../components/PlayControls';
import { Prose } from '../../components/Prose';
import { RunStatus } from '../../components/RunStatus';
import { RingLineChart, type RingSeries } from '../../components/charts/RingLineChart';
import { SERIES } from '../../components/palette';
import { Slider } from '../../components/Slider';
import { TrySection } from '../../components/TrySection';
import { useRingRows } from '../../components/useRingRows';
import { useTrainerRuns } from '../../components/useTrainerRuns';
import type { RunView } from '../../components/run';
import { PythonRun } from '../../components/PythonRun';
import { BATCH, earlyStoppedConfig, populationConfig, replayStop, stepsPerEpoch, VALIDATION_SHARE } from './model';
import { earlyStoppingParams as P } from './params';
import { earlyStoppingScript, FIGURE_COLUMNS, type EarlyStoppingFigure } from './python';
import { TEXT } from './text';
import './earlyStopping.css';

const { curves: CURVE_COLUMNS, stop: STOP_COLUMNS, compare: COMPARE_COLUMNS } = FIGURE_COLUMNS;
const VARIANT_NAMES = ['plain', 'l2'] as const;

/** One epoch of one of the full runs. */
interface CompareRow {
  variant: (typeof VARIANT_NAMES)[number];
  epoch: number;
  train_loss: number;
  val_loss: number;
  test_acc: number;
}
const pct = (x: number) => `${fmt(100 * x, 3)}%`;

/** The kept weights' validation loss and test accuracy, asked of the early-stopped run once it has stopped. */
function useKept(client: RunView | undefined, stopped: boolean): { val: number; test: number } | null {
  const [kept, setKept] = useState<{ val: number; test: number } | null>(null);
  useEffect(() => {
    setKept(null);
    if (!client || !stopped) return;
    let alive = true;
    client.evaluate(['validation', 'test']).then(
      (r) => alive && setKept({ val: r.validation?.loss ?? NaN, test: r.test?.accuracy ?? NaN }),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [client, stopped]);
  return kept;
}

export default function EarlyStoppingView() {
  const t = useT();
  const { values, setParam } = useLessonParams(P);
  const { n, epochs, patience, lambda, lr, seed } = values;
  const curvesRef = useRef<HTMLDivElement>(null);
  const compareRef = useRef<HTMLDivElement>(null);
  const visibleRefs = useMemo(() => [curvesRef, compareRef], []);
  const q = useMemo(() => ({ n, epochs, patience, lambda, lr, seed }), [n, epochs, patience, lambda, lr, seed]);

  const population = useMemo(() => populationConfig(q), [q]);
  const python = (figure: EarlyStoppingFigure) => (lang: Lang) =>
    earlyStoppingScript(figure, values, lang, siteDataUrl(window.location.href, import.meta.env.BASE_URL));
  const stoppedConfigs = useMemo(() => [earlyStoppedConfig(q)], [q]);
  const full = useTrainerRuns(population, JSON.stringify(population), { stepSize: stepsPerEpoch(n), visibleRef: visibleRefs });
  const early = useTrainerRuns(stoppedConfigs, JSON.stringify(stoppedConfigs), { stepSize: stepsPerEpoch(n), visibleRef: visibleRefs });
  const [plain, l2] = full.clients as (RunView | undefined)[];
  const stoppedRun = early.clients[0] as RunView | undefined;
  const sources = useMemo(() => [...full.clients, ...early.clients], [full.clients, early.clients]);

  const readAll = useCallback(() => {
    const rows: CompareRow[] = [];
    full.clients.forEach((c, k) => {
      const r = c.epochs;
      for (let i = 0; i < r.length; i++) {
        rows.push({ variant: VARIANT_NAMES[k], epoch: r.get('epoch', i) + 1, train_loss: r.get('trainLoss', i), val_loss: r.get('validationLoss', i), test_acc: r.get('testAccuracy', i) });
      }
    });
    // The early-stopped run: its epochs so far and why it stopped ('' while it runs), read in the same refresh.
    const s = early.clients[0];
    return [{ rows, stopEpochs: s ? s.epochs.length : 0, stopReason: s?.status.progress?.stopped ?? '' }];
  }, [full.clients, early.clients]);
  const [{ rows: compareRows, stopEpochs, stopReason }] = useRingRows(sources, readAll, 300);
  const curveRows = compareRows.filter((r) => r.variant === 'plain').map(({ epoch, train_loss, val_loss }) => ({ epoch, train_loss, val_loss }));
  const stopRows = stopReason && stopReason !== 'diverged' ? [{ epoch: stopEpochs, reason: stopReason }] : [];
  const kept = useKept(stoppedRun, stopRows.length > 0);

  const valPlain = curveRows.map((r) => r.val_loss);
  // The epoch the early-stopped run kept, replayed over that run's own validation losses (re-read on every table update).
  const valStopped = stoppedRun ? Array.from({ length: stoppedRun.epochs.length }, (_, i) => stoppedRun.epochs.get('validationLoss', i)) : [];
  const replay = replayStop(valStopped, patience, epochs);
  const lastOf = (v: CompareRow['variant']) => compareRows.filter((r) => r.variant === v).at(-1);
  const lastPlain = lastOf('plain');
  const lastL2 = lastOf('l2');
  const epochDone = Math.min(lastPlain ? lastPlain.epoch : 0, lastL2 ? lastL2.epoch : 0);
  const bestSoFar = valPlain.length ? valPlain.indexOf(Math.min(...valPlain)) + 1 : 0;

  const series = useMemo<RingSeries[]>(() => {
    if (!plain || !stoppedRun) return [];
    return [
      { ring: () => plain.epochs, x: 'epoch', xOffset: 1, y: 'trainLoss', label: t(TEXT.seriesTrain), style: SERIES[0], split: 'train' },
      { ring: () => plain.epochs, x: 'epoch', xOffset: 1, y: 'validationLoss', label: t(TEXT.seriesVal), style: SERIES[0], split: 'test' },
      { ring: () => stoppedRun.epochs, x: 'epoch', xOffset: 1, y: 'validationLoss', label: t(TEXT.seriesStopped), style: SERIES[2], split: 'test' },
    ];
  }, [plain, stoppedRun, t]);
  const compareSeries = useMemo<RingSeries[]>(() => {
    if (!plain || !l2) return [];
    return [
      { ring: () => plain.epochs, x: 'epoch', xOffset: 1, y: 'trainLoss', label: t(TEXT.seriesPlainTrain), style: SERIES[0], split: 'train' },
      { ring: () => plain.epochs, x: 'epoch', xOffset: 1, y: 'validationLoss', label: t(TEXT.seriesPlainVal), style: SERIES[0], split: 'test' },
      { ring: () => l2.epochs, x: 'epoch', xOffset: 1, y: 'trainLoss', label: t(TEXT.seriesL2Train), style: SERIES[1], split: 'train' },
      { ring: () => l2.epochs, x: 'epoch', xOffset: 1, y: 'validationLoss', label: t(TEXT.seriesL2Val), style: SERIES[1], split: 'test' },
    ];
  }, [plain, l2, t]);

  const diverged = sources.map((c) => c.status.progress).find((p) => p?.stopped === 'diverged');
  const divergedText = diverged ? t(TEXT.diverged, { step: diverged.divergedAt }) : null;
  const playing = (full.playing || early.playing) && !(full.mode === 'stopped' && early.mode === 'stopped');
  const controls = (
    <PlayControls
      playing={playing}
      step={epochDone}
      total={epochs}
      counter={t(TEXT.counter, { k: epochDone, n: epochs })}
      onPlayPause={() => {
        full.playPause();
        // A run that early stopping ended stays ended until the full runs end too (then play restarts both).
        if (early.playing === full.playing && (early.mode !== 'stopped' || full.mode === 'stopped')) early.playPause();
      }}
      onStep={() => {
        full.step();
        early.step();
      }}
      onReset={() => {
        full.reset();
        early.reset();
      }}
    />
  );
  const testEnd = epochDone >= epochs && lastPlain ? lastPlain.test_acc : NaN;
  const slider = (name: (typeof P)[number]['name']) => {
    const spec = P.find((s) => s.name === name)!;
    return <Slider key={name} spec={spec} value={values[name]} onChange={(v) => setParam(name, v)} />;
  };

  return (
    <article className="lesson lesson-early-stopping">
      <section className="prose">
        <Prose text={t(TEXT.intro)} />
      </section>

      <section className="prose">
        <Prose text={t(TEXT.curvesIntro, { n, nTrain: n - Math.floor(VALIDATION_SHARE * n), lr, batch: BATCH, epochs })} />
      </section>

      <section className="lesson-figure-row" data-embed="curves stop">
        <div className="figure-col" ref={curvesRef}>
          <h2>{t(TEXT.curvesTitle)}</h2>
          <Figure id="early-stopping/curves" caption={t(TEXT.curvesCaption)} columns={CURVE_COLUMNS} rows={curveRows} format={fmt6} python={python('curves')}>
            <RingLineChart series={series} sources={sources} xLabel={t(TEXT.epoch)} yLabel={t(TEXT.loss)} xMax={epochs} aspect={0.4} />
          </Figure>
        </div>
        <div className="side-col">
          <RunStatus run={early.mode === 'error' ? early : full} divergedText={divergedText} />
          {controls}
          {slider('patience')}
          <Figure id="early-stopping/stop" caption={t(TEXT.stopCaption)} columns={STOP_COLUMNS} rows={stopRows} format={String} python={python('stop')}>
            {stopRows.length > 0 && kept ? (
              <p
                className="reading"
                data-reading="stop"
                data-stop={stopEpochs}
                data-reason={stopReason}
                data-kept-val-loss={kept.val}
                data-test-stop={kept.test}
                data-test-end={testEnd}
              >
                {t(stopReason === 'early-stopping' ? TEXT.stopReading : TEXT.stopBudget, {
                  best: replay?.best ?? bestSoFar,
                  bestLoss: fmt(replay?.bestLoss ?? NaN, 4),
                  patience,
                  stop: stopEpochs,
                  kept: fmt(kept.val, 4),
                  testStop: pct(kept.test),
                  epochs,
                  testEnd: Number.isNaN(testEnd) ? '…' : pct(testEnd),
                })}
              </p>
            ) : (
              bestSoFar > 0 && <p className="reading">{t(TEXT.stopPending, { best: bestSoFar, wait: valPlain.length - bestSoFar })}</p>
            )}
          </Figure>
        </div>
      </section>

      <section className="prose">
        <Prose text={t(TEXT.compareIntro, { lambda })} />
      </section>

      <section className="lesson-figure-row" data-embed="compare">
        <div className="figure-col" ref={compareRef}>
          <h2>{t(TEXT.compareTitle)}</h2>
          <Figure id="early-stopping/compare" caption={t(TEXT.compareCaption)} columns={COMPARE_COLUMNS} rows={compareRows} format={fmt6} python={python('compare')}>
            <RingLineChart series={compareSeries} sources={full.clients} xLabel={t(TEXT.epoch)} yLabel={t(TEXT.loss)} xMax={epochs} aspect={0.4} />
          </Figure>
        </div>
        <div className="side-col" data-embed="compare">
          {controls}
          {slider('lambda')}
          {lastPlain && lastL2 && (
            <p className="reading" data-reading="compare">
              {t(TEXT.compareReading, {
                epoch: epochDone,
                trainPlain: fmt(lastPlain.train_loss, 3),
                valPlain: fmt(lastPlain.val_loss, 3),
                testPlain: pct(lastPlain.test_acc),
                trainL2: fmt(lastL2.train_loss, 3),
                valL2: fmt(lastL2.val_loss, 3),
                testL2: pct(lastL2.test_acc),
                testStop: kept ? pct(kept.test) : '…',
              })}
            </p>
          )}
        </div>
      </section>

      <section className="lesson-figure-row" data-embed="settings">
        <div className="prose">
          <Prose text={t(TEXT.compareAfter)} />
          <PythonRun title={t(TEXT.pythonTitle)} text={t(TEXT.pythonRun)} />
        </div>
        <div className="side-col">{(['n', 'epochs', 'lr', 'seed'] as const).map(slider)}</div>
      </section>

      <TrySection text={t(TEXT.try)} />

      <AboutLink specs={P} values={values} />
    </article>
  );
}
