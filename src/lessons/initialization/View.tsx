// The initialization lesson: per-layer activation histograms (computed in a pooled worker) and the MNIST comparison trained live as one population.
import { siteDataUrl } from '../../components/python/scriptText';
import { useCallback, useMemo, useRef } from 'react';
import { useLessonParams } from '../../state/useLessonParams';
import { useT } from '../../state/useText';
import { AboutLink } from '../../components/AboutLink';
import { RingLineChart, type RingSeries } from '../../components/charts/RingLineChart';
import { Figure } from '../../components/Figure';
import { fmt, fmt6 } from '../../components/format';
import { EnumSelect } from '../../components/EnumSelect';
import { SERIES } from '../../components/palette';
import { RunPlayControls } from '../../components/RunPlayControls';
import { Prose } from '../../components/Prose';
import { RunStatus } from '../../components/RunStatus';
import { Slider } from '../../components/Slider';
import { useRingRows } from '../../components/useRingRows';
import { useTrainerRuns } from '../../components/useTrainerRuns';
import { diagnose, weightStd, type InitActivation, type InitScheme } from '../../engine/experiments/activationHistograms';
import { HistogramGrid } from './HistogramGrid';
import { BATCH, N_TRAIN, VARIANTS, comparisonPopulation } from './mnistRuns';
import { initializationScript, TRAIN_COLUMNS } from './python';
import { initializationParams as P } from './params';
import { TEXT } from './text';
import { useHistograms } from './useHistograms';
import './initialization.css';
import { TrySection } from '../../components/TrySection';
import { PythonRun } from '../../components/PythonRun';

const HIST_COLUMNS = ['layer', 'bin_start', 'bin_end', 'count'] as const;
const pct = (x: number) => `${(100 * x).toFixed(x > 0 && x < 0.01 ? 1 : 0)}%`;


export default function InitializationView() {
  const t = useT();
  const { values, setParam } = useLessonParams(P);
  const act = values.act as InitActivation;
  const init = values.init as InitScheme;
  const hist = useHistograms({ act, init, std: values.std, layers: values.layers, units: values.units, seed: values.seed });
  const layers = hist.layers;
  const histRows = useMemo(
    () =>
      (layers ?? []).flatMap((l) =>
        Array.from(l.counts, (count, i) => ({ layer: l.layer + 1, bin_start: l.lo + ((l.hi - l.lo) * i) / l.counts.length, bin_end: l.lo + ((l.hi - l.lo) * (i + 1)) / l.counts.length, count })),
      ),
    [layers],
  );
  const verdict = layers ? diagnose(layers, act) : null;

  // MNIST comparison: one population of three networks, same seed.
  const trainRef = useRef<HTMLDivElement>(null);
  const population = useMemo(() => comparisonPopulation({ lr: values.lr, seed: values.seed, epochs: values.epochs }), [values.lr, values.seed, values.epochs]);
  const run = useTrainerRuns(population, JSON.stringify(population), { stepSize: N_TRAIN / BATCH, visibleRef: trainRef, autoplay: true });
  const sources = run.clients;
  // The update at which each member diverged (the engine's stop reason 'diverged'), or null; a member stops alone.
  const divergedAt = run.clients.map((c) => (c.status.progress?.stopped === 'diverged' ? c.status.progress.divergedAt : null));
  const divergedKey = divergedAt.join();
  const series = useMemo<RingSeries[]>(
    () =>
      run.clients.map((c, i) => {
        const at = divergedKey.split(',')[i];
        const name = t(VARIANTS[i].label);
        const label = at ? t(TEXT.divergedLegend, { init: name, step: at }) : name;
        return { ring: () => c.steps, x: 'step', y: 'loss', label, style: SERIES[[0, 1, 2][i]], split: 'train' };
      }),
    [run.clients, divergedKey, t],
  );
  const divergedText = divergedAt.some((s) => s !== null)
    ? divergedAt.flatMap((step, i) => (step === null ? [] : [t(TEXT.diverged, { init: t(VARIANTS[i].label), step })])).join(' ')
    : null;
  const readLoss = useCallback(
    () => run.clients.flatMap((c, i) => Array.from({ length: c.steps.length }, (_, k) => ({ init: VARIANTS[i].id, step: c.steps.get('step', k), loss: c.steps.get('loss', k) }))),
    [run.clients],
  );
  const lossRows = useRingRows(sources, readLoss);
  const latest = (id: string) => {
    const own = lossRows.filter((r) => r.init === id);
    return own.length ? fmt(own[own.length - 1].loss) : '—';
  };
  const epoch = run.clients[0]?.steps.length ? Math.floor((run.clients[0].steps.last('step') * BATCH) / N_TRAIN) : 0;

  return (
    <article className="lesson lesson-initialization">
      <section className="prose">
        <Prose text={t(TEXT.intro)} />
      </section>

      <section data-embed="histograms">
        <div className="toolbar">
          <EnumSelect spec={P[0]} value={values.act} onChange={(v) => setParam('act', v)} />
          <EnumSelect spec={P[1]} value={values.init} onChange={(v) => setParam('init', v)} />
        </div>
        <div className="slider-row">
          <Slider spec={P[2]} value={values.std} onChange={(v) => setParam('std', v)} disabled={init !== 'custom'} />
          <Slider spec={P[3]} value={values.layers} onChange={(v) => setParam('layers', v)} />
          <Slider spec={P[4]} value={values.units} onChange={(v) => setParam('units', v)} />
          <Slider spec={P[5]} value={values.seed} onChange={(v) => setParam('seed', v)} />
        </div>
        <p className="sigma-now">
          {t(TEXT.sigmaNow, { std: fmt(weightStd(init, values.units, values.std)), n: values.units })}
          {hist.ms !== null && <span className="muted"> · {t(TEXT.computedIn, { ms: hist.ms.toFixed(0) })}</span>}
        </p>
        <Figure id="initialization/histograms" caption={t(TEXT.histCaption)} columns={HIST_COLUMNS} rows={histRows} format={fmt6}>
          {hist.error && (
            <p className="notice" role="alert">
              {hist.error}
            </p>
          )}
          {layers ? (
            <HistogramGrid
              layers={layers}
              titleOf={(k) => t(TEXT.layer, { k })}
              noteOf={(l) =>
                act === 'relu'
                  ? t(TEXT.readingDead, { mean: fmt(l.mean, 3), std: fmt(l.std, 3), dead: pct(l.dead) })
                  : t(TEXT.readingSat, { mean: fmt(l.mean, 3), std: fmt(l.std, 3), sat: pct(l.saturated) })
              }
            />
          ) : (
            !hist.error && <p role="status">{t(TEXT.computing)}</p>
          )}
        </Figure>
        {verdict && (
          <p className={`diagnosis diagnosis-${verdict}`} data-diagnosis={verdict} role="status">
            {t(TEXT[verdict])}
          </p>
        )}
      </section>

      <section className="prose">
        <Prose text={t(TEXT.why)} />
      </section>

      <section data-embed="training">
        <h2>{t(TEXT.trainTitle)}</h2>
        <div className="prose">
          <Prose text={t(TEXT.trainIntro)} />
        </div>
        <div ref={trainRef}>
          <Figure
            id="initialization/training"
            caption={t(TEXT.trainCaption)}
            columns={TRAIN_COLUMNS}
            rows={lossRows}
            format={fmt6}
            python={(lang) => initializationScript(values, lang, siteDataUrl(window.location.href, import.meta.env.BASE_URL))}
          >
            <RingLineChart series={series} sources={sources} xLabel={t(TEXT.step)} yLabel={t(TEXT.loss)} aspect={0.42} xMax={(values.epochs * N_TRAIN) / BATCH} />
          </Figure>
        </div>
        <RunStatus run={run} divergedText={divergedText} />
        <RunPlayControls run={run} step={epoch} total={values.epochs} counter={t(TEXT.epochCounter, { k: epoch, n: values.epochs })} />
        <p className="reading" data-reading="initialization">
          {t(TEXT.trainReading, { small: latest('std001'), xavier: latest('xavier'), he: latest('he') })}
        </p>
        <div className="slider-row">
          <Slider spec={P[6]} value={values.lr} onChange={(v) => setParam('lr', v)} />
          <Slider spec={P[7]} value={values.epochs} onChange={(v) => setParam('epochs', v)} />
        </div>
        <div className="prose" data-embed-omit>
          <PythonRun title={t(TEXT.pythonTitle)} text={t(TEXT.pythonRun)} />
        </div>
      </section>

      <TrySection text={t(TEXT.try)} />

      <AboutLink specs={P} values={values} />
    </article>
  );
}
