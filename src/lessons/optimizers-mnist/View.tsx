// The optimizers-mnist lesson: the book's optimizer race on MNIST trained live as one population, learning rates adjustable mid-run.
import { siteDataUrl } from '../../components/python/scriptText';
import { useCallback, useMemo, useRef, useState } from 'react';
import { AboutLink } from '../../components/AboutLink';
import { RingLineChart, type RingSeries } from '../../components/charts/RingLineChart';
import { Figure } from '../../components/Figure';
import { fmt, fmt6 } from '../../components/format';
import { SERIES } from '../../components/palette';
import { PlayControls } from '../../components/PlayControls';
import { Prose } from '../../components/Prose';
import { RunStatus } from '../../components/RunStatus';
import { Slider } from '../../components/Slider';
import { TrySection } from '../../components/TrySection';
import { useRingRows } from '../../components/useRingRows';
import { useTrainerRuns } from '../../components/useTrainerRuns';
import { PythonRun } from '../../components/PythonRun';
import { OPTIMIZER_NAMES } from '../../engine/optimizers/types';
import { useLessonParams } from '../../state/useLessonParams';
import { useT } from '../../state/useText';
import { optimizersMnistParams as P } from './params';
import { optimizersMnistScript } from './python';
import { BATCH, N_TEST, RACER_LABEL, racePopulation, racersOf, stepsPerEpoch, type LearningRates, type Racer } from './race';
import { learningRates } from './rates';
import { RaceControls } from './RaceControls';
import { TEXT } from './text';
import { useLrChanges } from './useLrChanges';
import { MEAN_WINDOW, smoothed, useSmoothedRings, type CurveMode } from './useSmoothedRings';
import './optimizersMnist.css';

const CURVE_COLUMNS = ['optimizer', 'step', 'loss', 'smoothed'] as const;
const ACC_COLUMNS = ['optimizer', 'step', 'test_acc'] as const;
const styleOf = (r: Racer) => SERIES[OPTIMIZER_NAMES.indexOf(r)];
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const CURVE_TEXT = { book: TEXT.curveBook, avg: TEXT.curveAvg, raw: TEXT.curveRaw } as const;

export default function OptimizersMnistView() {
  const t = useT();
  const { values, setParam } = useLessonParams(P);
  const set = setParam as (name: string, value: number | string | readonly string[]) => void;
  const curve = values.curve as CurveMode;
  const lrs = learningRates(values);
  const lrsRef = useRef(lrs);
  lrsRef.current = lrs;
  const extrasKey = values.extra.join();
  const racers = useMemo(() => racersOf(extrasKey ? extrasKey.split(',') : []), [extrasKey]);
  const { n, epochs, seed } = values;
  const iters = epochs * stepsPerEpoch(n);

  // The population depends on what needs a fresh run; learning rates are applied to the running members instead.
  const population = useMemo(
    () => racePopulation({ racers, lrs: lrsRef.current, seed, nTrain: n, epochs }),
    [racers, seed, n, epochs],
  );
  const initialLrs = useMemo(() => Object.fromEntries(racers.map((r, k) => [r, population.members[k].hyper?.lr])) as LearningRates, [population, racers]);
  const chartRef = useRef<HTMLDivElement>(null);
  const accRef = useRef<HTMLDivElement>(null);
  // Trains while either figure is on screen (one stable array: the hook watches its elements once).
  const [visibleRefs] = useState(() => [chartRef, accRef]);
  const run = useTrainerRuns(population, JSON.stringify(population.members.map((m) => m.hyper?.optimizer)) + [seed, n, epochs].join(), {
    stepSize: stepsPerEpoch(n),
    visibleRef: visibleRefs,
    autoplay: true,
  });
  const clients = run.clients;
  const lrState = useLrChanges(clients, racers, lrs, initialLrs);
  const restart = () => {
    lrState.clear();
    run.reset();
  };
  const playPause = () => {
    if (run.mode === 'stopped') lrState.clear();
    run.playPause();
  };

  const smoothRings = useSmoothedRings(clients, curve);
  const series = useMemo<RingSeries[]>(
    () => smoothRings.map((ring, k) => ({ ring: () => ring, x: 'step', y: 'loss', label: RACER_LABEL[racers[k]], style: styleOf(racers[k]), split: 'train' })),
    [smoothRings, racers],
  );
  const accSeries = useMemo<RingSeries[]>(
    () => clients.map((c, k) => ({ ring: () => c.epochs, x: 'step', y: 'testAccuracy', label: RACER_LABEL[racers[k]], style: styleOf(racers[k]), split: 'test' })),
    [clients, racers],
  );

  const readCurves = useCallback(
    () =>
      clients.flatMap((c, k) => {
        const loss = c.steps.copyColumn('loss');
        const s = smoothed(loss, curve);
        return Array.from(loss, (l, i) => ({ optimizer: racers[k], step: c.steps.get('step', i), loss: l, smoothed: s[i] }));
      }),
    [clients, racers, curve],
  );
  // Every step of every racer, smoothed: thousands of rows, so the table is rebuilt every 2 s rather than every 0.4 s.
  const curveRows = useRingRows(clients, readCurves, 2000);
  const readAcc = useCallback(
    () => clients.flatMap((c, k) => Array.from({ length: c.epochs.length }, (_, i) => ({ optimizer: racers[k], step: c.epochs.get('step', i), test_acc: c.epochs.get('testAccuracy', i) }))),
    [clients, racers],
  );
  const accRows = useRingRows(clients, readAcc);

  // A member that diverged (loss NaN/∞) stops alone; the note names it and the update.
  const divergedText =
    clients
      .flatMap((c, k) => {
        const p = c.status.progress;
        return p?.stopped === 'diverged' ? [t(TEXT.diverged, { opt: RACER_LABEL[racers[k]], step: p.divergedAt })] : [];
      })
      .join(' ') || null;
  const step = clients[0]?.steps.length ? clients[0].steps.last('step') : 0;
  // The reading: each racer's mean loss over its last MEAN_WINDOW rows of the table.
  const late = racers.map((r) => {
    const own = curveRows.filter((row) => row.optimizer === r).slice(-MEAN_WINDOW);
    return own.length ? own.reduce((a, row) => a + row.loss, 0) / own.length : NaN;
  });
  const lateStep = curveRows.length ? curveRows[curveRows.length - 1].step : 0;
  const bookFour = late.slice(0, 4);
  const sgdHighest = bookFour.every(Number.isFinite) ? bookFour.every((l, k) => k === 0 || l < bookFour[0]) : null;
  const lastAcc = racers.map((r) => accRows.filter((row) => row.optimizer === r).pop()?.test_acc);
  const python = (figure: 'curves' | 'accuracy') => (lang: 'zh' | 'en') =>
    optimizersMnistScript(values, figure, lang, siteDataUrl(window.location.href, import.meta.env.BASE_URL));
  const sizeSpecs = P.filter((p) => p.name === 'n' || p.name === 'epochs' || p.name === 'seed');

  return (
    <article className="lesson lesson-optimizers-mnist">
      <section className="prose">
        <Prose text={t(TEXT.intro)} />
      </section>

      <section className="prose">
        <h2>{t(TEXT.rulesTitle)}</h2>
        <Prose text={t(TEXT.rules)} />
      </section>

      <section className="lesson-figure-row" data-embed="curves">
        <div className="figure-col" ref={chartRef}>
          <h2>{t(TEXT.raceTitle)}</h2>
          <RunStatus run={run} divergedText={divergedText} />
          <div className="race-play">
            <PlayControls
              playing={run.playing && run.mode !== 'stopped'}
              step={step}
              total={iters}
              counter={t(TEXT.counter, { k: step, n: iters })}
              onPlayPause={playPause}
              onStep={run.step}
              onReset={restart}
            />
            <button type="button" data-action="restart-all" onClick={restart}>
              ↺ {t(TEXT.restart)}
            </button>
          </div>
          <Figure id="optimizers-mnist/curves" caption={t(TEXT.lossCaption, { curve: t(CURVE_TEXT[curve]) })} columns={CURVE_COLUMNS} rows={curveRows} format={fmt6} python={python('curves')}>
            <RingLineChart series={series} sources={smoothRings} xLabel={t(TEXT.iteration)} yLabel={t(TEXT.loss)} yDomain={[0, 2.5]} xMax={iters} aspect={0.45} />
          </Figure>
          {sgdHighest !== null && (
            <p className="reading" data-reading="race" data-sgd-highest={String(sgdHighest)}>
              {t(TEXT.reading, { step: lateStep, list: racers.map((r, k) => `${RACER_LABEL[r]} ${fmt(late[k], 3)}`).join(t({ zh: '，', en: ', ' })) })}{' '}
              {t(sgdHighest ? TEXT.verdictBook : TEXT.verdictOther)}
            </p>
          )}
        </div>
        <div className="side-col">
          <RaceControls values={values} racing={racers} setParam={set} />
          {lrState.error && (
            <p className="notice" role="alert">
              {lrState.error}
            </p>
          )}
          {lrState.changes.length > 0 && (
            <ul className="lr-changes" aria-live="polite">
              {lrState.changes.slice(-4).map((c, i) => (
                <li key={i} data-lr-change={c.racer} data-step={c.step} data-lr={c.lr}>
                  {t(TEXT.changed, { opt: RACER_LABEL[c.racer], step: c.step, lr: fmt(c.lr, 3) })}
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>

      <section className="lesson-figure-row" data-embed="accuracy">
        <div className="figure-col" ref={accRef}>
          <h2>{t(TEXT.accTitle)}</h2>
          <Figure id="optimizers-mnist/accuracy" caption={t(TEXT.accCaption, { nTest: N_TEST })} columns={ACC_COLUMNS} rows={accRows} format={fmt6} python={python('accuracy')}>
            <RingLineChart series={accSeries} sources={clients} xLabel={t(TEXT.iteration)} yLabel={t(TEXT.testAcc)} yDomain={[0, 1]} xMax={iters} aspect={0.4} />
          </Figure>
          {lastAcc.some((a) => a !== undefined) && (
            <p className="reading" data-reading="accuracy">
              {t(TEXT.accReading, { list: racers.map((r, k) => `${RACER_LABEL[r]} ${lastAcc[k] === undefined ? '—' : pct(lastAcc[k])}`).join(t({ zh: '，', en: ', ' })) })}
            </p>
          )}
        </div>
        <div className="side-col">
          <h3>{t(TEXT.sizeTitle)}</h3>
          {sizeSpecs.map((s) =>
            s.kind === 'int' ? <Slider key={s.name} spec={s} value={values[s.name]} onChange={(v) => set(s.name, v)} /> : null,
          )}
          <p className="race-note">
            {t(TEXT.raceSize, { n, epochs, iters, book: iters === 2000 && BATCH === 128 ? t(TEXT.asBook) : t(TEXT.notBook) })}
          </p>
        </div>
      </section>

      <section className="prose">
        <Prose text={t(TEXT.after)} />
        <PythonRun title={t(TEXT.pythonTitle)} text={t(TEXT.pythonRun)} />
      </section>

      <TrySection text={t(TEXT.try)} />

      <AboutLink specs={P} values={values} />
    </article>
  );
}
