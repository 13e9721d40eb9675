// The generalization lesson: d2l's polynomial experiment trained live in a worker; the fit and the train/test curves.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLessonParams } from '../../state/useLessonParams';
import { useT } from '../../state/useText';
import { AboutLink } from '../../components/AboutLink';
import { Figure } from '../../components/Figure';
import { fmt, fmt6 } from '../../components/format';
import { RunPlayControls } from '../../components/RunPlayControls';
import { RunStatus } from '../../components/RunStatus';
import { Prose } from '../../components/Prose';
import { RingLineChart, type RingSeries } from '../../components/charts/RingLineChart';
import { SERIES } from '../../components/palette';
import { Slider } from '../../components/Slider';
import { useRingRows } from '../../components/useRingRows';
import { useTrainerRuns, type RunConfig } from '../../components/useTrainerRuns';
import { dataSampler } from '../../engine/data/sampler';
import { polynomialData } from '../../engine/data/polynomial';
import { fitGrid, foldBias, LR, MAX_BATCH, N_TEST, predictPolynomial, verdictOf } from './model';
import { FitPlot, X_RANGE } from './FitPlot';
import { generalizationParams as P } from './params';
import { generalizationScript } from './python';
import { TEXT } from './text';
import { TrySection } from '../../components/TrySection';

const GRID = fitGrid(X_RANGE[0], X_RANGE[1], 61);
const FIT_COLUMNS = ['x', 'y_true', 'y_fit'] as const;
const CURVE_COLUMNS = ['epoch', 'train_loss', 'test_loss'] as const;
/** How often the page fetches the weights to redraw the fitted curve while training. */
const FIT_REFRESH_MS = 150;

export default function GeneralizationView() {
  const t = useT();
  const { values, setParam } = useLessonParams(P);
  const { degree, n, noise, epochs, seed } = values;
  const features = degree + 1;
  const batch = Math.min(MAX_BATCH, n);
  const figureRef = useRef<HTMLDivElement>(null);

  const data = useMemo(() => polynomialData(dataSampler(seed, 0), { nTrain: n, nTest: N_TEST, features, noise }), [seed, n, features, noise]);
  const config = useMemo<RunConfig>(
    () => ({
      spec: { inputSize: features, hidden: [], outputSize: 1, init: { scheme: 'gaussian', std: 0.01 }, loss: 'mse' },
      data: { kind: 'polynomial', seed, nTrain: n, nTest: N_TEST, features, noise },
      hyper: { optimizer: 'sgd', lr: LR, batchSize: batch },
      seed,
      options: { epochs },
    }),
    [features, seed, n, noise, batch, epochs],
  );
  const configs = useMemo(() => [config], [config]);
  const run = useTrainerRuns(configs, JSON.stringify(config), { stepSize: Math.ceil(n / batch), visibleRef: figureRef });
  const client = run.clients[0];
  const sources = useMemo(() => (client ? [client] : []), [client]);

  // The fitted curve follows the worker's weights a few times a second.
  const [yFit, setYFit] = useState<number[] | null>(null);
  const [epoch, setEpoch] = useState(0);
  useEffect(() => {
    setYFit(null);
    setEpoch(0);
    if (!client) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let alive = true;
    const refresh = () => {
      timer = null;
      client.getParams().then(
        (p) => {
          if (!alive || p.length !== features + 1) return;
          setYFit(Array.from(predictPolynomial(foldBias(p, features), GRID.x)));
          setEpoch(client.epochs.length ? client.epochs.last('epoch') + 1 : 0);
        },
        () => undefined,
      );
    };
    const schedule = () => {
      if (timer === null) timer = setTimeout(refresh, FIT_REFRESH_MS);
    };
    const off = client.subscribe(schedule);
    // A short run can finish before this effect subscribes: fetch once anyway.
    if (client.info) schedule();
    return () => {
      alive = false;
      off();
      if (timer !== null) clearTimeout(timer);
    };
  }, [client, features, run.infos]);

  const series = useMemo<RingSeries[]>(
    () =>
      client
        ? [
            { ring: () => client.epochs, x: 'epoch', xOffset: 1, y: 'trainLoss', label: t(TEXT.train), style: SERIES[1], split: 'train' },
            { ring: () => client.epochs, x: 'epoch', xOffset: 1, y: 'testLoss', label: t(TEXT.test), style: SERIES[0], split: 'test' },
          ]
        : [],
    [client, t],
  );
  const readCurves = useCallback(() => {
    if (!client) return [];
    const r = client.epochs;
    return Array.from({ length: r.length }, (_, i) => ({ epoch: r.get('epoch', i) + 1, train_loss: r.get('trainLoss', i), test_loss: r.get('testLoss', i) }));
  }, [client]);
  const curveRows = useRingRows(sources, readCurves);
  const fitRows = useMemo(() => GRID.x.map((x, i) => ({ x, y_true: GRID.yTrue[i], y_fit: yFit ? yFit[i] : NaN })), [yFit]);

  const lastRow = curveRows.at(-1);
  const status = run.clients[0]?.status;
  const divergedAt = status?.progress?.stopped === 'diverged' ? status.progress.divergedAt : null;

  return (
    <article className="lesson lesson-generalization">
      <section className="prose">
        <Prose text={t(TEXT.intro)} />
      </section>

      <section className="lesson-figure-row" data-embed="fit">
        <div className="figure-col" ref={figureRef}>
          <Figure id="generalization/fit" caption={t(TEXT.fitCaption)} columns={FIT_COLUMNS} rows={fitRows} format={fmt6} python={(lang) => generalizationScript(values, 'fit', lang)}>
            <FitPlot
              trainX={data.train.scalar}
              trainY={data.train.y as Float32Array}
              testX={data.test.scalar}
              testY={data.test.y as Float32Array}
              grid={GRID.x}
              yTrue={GRID.yTrue}
              yFit={yFit}
              labels={{ trueCurve: t(TEXT.trueCurve), model: t(TEXT.model) }}
            />
          </Figure>
          <RunStatus run={run} divergedText={divergedAt !== null ? t(TEXT.diverged, { step: divergedAt }) : null} />
          <RunPlayControls run={run} step={epoch} total={epochs} counter={t(TEXT.epochCounter, { k: epoch, n: epochs })} />
        </div>
        <div className="side-col">
          {P.map((p) => (
            <Slider key={p.name} spec={p} value={values[p.name]} onChange={(v) => setParam(p.name, v)} />
          ))}
        </div>
      </section>

      <section data-embed="curves">
        <Figure id="generalization/curves" caption={t(TEXT.curvesCaption)} columns={CURVE_COLUMNS} rows={curveRows} format={fmt6} python={(lang) => generalizationScript(values, 'curves', lang)}>
          <RingLineChart series={series} sources={sources} yScale="log" xLabel={t(TEXT.epoch)} yLabel={t(TEXT.loss)} xMax={epochs} />
        </Figure>
        {lastRow && (
          <p className="reading" data-reading="generalization">
            {t(TEXT.reading, { epoch: lastRow.epoch, train: fmt(lastRow.train_loss), test: fmt(lastRow.test_loss), ratio: fmt(lastRow.test_loss / lastRow.train_loss, 3) })}{' '}
            {t({ under: TEXT.verdictUnder, over: TEXT.verdictOver, good: TEXT.verdictGood }[verdictOf(lastRow.train_loss, lastRow.test_loss, noise)])}
          </p>
        )}
      </section>

      <section className="prose">
        <h2>{t(TEXT.pythonTitle)}</h2>
        <Prose text={t(TEXT.pythonRun)} />
      </section>

      <TrySection text={t(TEXT.try)} />

      <AboutLink specs={P} values={values} />
    </article>
  );
}
