// The gradients lesson: a deep net trained live on MNIST, every layer's gradient norm per update, the factors behind it, the remedies.
import { useCallback, useMemo, useRef } from 'react';
import { useLessonParams } from '../../state/useLessonParams';
import { siteDataUrl } from '../../components/python/scriptText';
import { useT } from '../../state/useText';
import { AboutLink } from '../../components/AboutLink';
import { RingHeatStrip } from '../../components/charts/RingHeatStrip';
import { EnumSelect } from '../../components/EnumSelect';
import { Figure } from '../../components/Figure';
import { fmt, fmt6 } from '../../components/format';
import { Prose } from '../../components/Prose';
import { PresetButtons } from '../../components/PresetButtons';
import { RunPlayControls } from '../../components/RunPlayControls';
import { RunStatus } from '../../components/RunStatus';
import { Slider } from '../../components/Slider';
import { TrySection } from '../../components/TrySection';
import { useRingRows } from '../../components/useRingRows';
import { useTrainerRuns } from '../../components/useTrainerRuns';
import { PythonRun } from '../../components/PythonRun';
import { CompareSection } from './CompareSection';
import { FactorsSection } from './FactorsSection';
import { BATCH, N_TRAIN, deepRun, verdictOf } from './model';
import { gradientsParams as P } from './params';
import { PRESETS } from './presets';
import { GRADIENT_COLUMNS, gradientsExport } from './python';
import { ProfileSection } from './ProfileSection';
import { TEXT } from './text';
import { useLatest } from './useLatest';
import './gradients.css';

const COLUMNS = GRADIENT_COLUMNS.norms;
const STEPS_PER_EPOCH = N_TRAIN / BATCH;
/** Where an exported script downloads MNIST: the data/ folder of the site this page is served from. */
const dataUrl = () => siteDataUrl(window.location.href, import.meta.env.BASE_URL);

export default function GradientsView() {
  const t = useT();
  const { values, setParam, applyPreset } = useLessonParams(P);
  const config = useMemo(() => deepRun(values), [values]);
  const layers = values.depth + 1;
  const ref = useRef<HTMLDivElement>(null);
  const run = useTrainerRuns(config, JSON.stringify(config), { stepSize: STEPS_PER_EPOCH, visibleRef: ref });
  const client = run.clients[0];
  const latest = useLatest(client, layers);
  const columns = useMemo(() => Array.from({ length: layers }, (_, l) => `gradNorm${l}`), [layers]);
  const rowLabel = useCallback((r: number) => (r === layers - 1 ? t(TEXT.out) : String(r + 1)), [layers, t]);
  const read = useCallback(() => {
    const rows: { step: number; layer: number; grad_norm: number }[] = [];
    if (!client) return rows;
    const s = client.steps;
    for (let i = 0; i < s.length; i++) for (let l = 0; l < layers; l++) rows.push({ step: s.get('step', i), layer: l + 1, grad_norm: s.get(`gradNorm${l}`, i) });
    return rows;
  }, [client, layers]);
  const sources = useMemo(() => (client ? [client] : []), [client]);
  const rows = useRingRows(sources, read, 1000);
  const progress = client?.status.progress;
  const diverged = progress?.stopped === 'diverged';
  const verdict = latest ? verdictOf(latest.norms, diverged) : null;
  const ratio = latest ? latest.norms[0] / latest.norms[layers - 1] : NaN;
  const epoch = progress ? progress.epoch : 0;
  const total = values.epochs * STEPS_PER_EPOCH;
  const set = (name: (typeof P)[number]['name']) => (v: number | string) => setParam(name, v);

  return (
    <article className="lesson lesson-gradients">
      <section className="prose">
        <Prose text={t(TEXT.intro)} />
      </section>

      <section data-embed="norms">
        <h2>{t(TEXT.normsTitle)}</h2>
        <PresetButtons presets={PRESETS} onApply={(p) => applyPreset({ seed: values.seed, epochs: values.epochs, ...p })} />
        <div className="lesson-figure-row">
          <div className="figure-col" ref={ref}>
            <Figure id="gradients/norms" caption={t(TEXT.normsCaption)} columns={COLUMNS} rows={rows} format={fmt6} python={gradientsExport(values, 'norms', dataUrl)}>
              {client ? (
                <RingHeatStrip
                  ring={() => client.steps}
                  sources={sources}
                  columns={columns}
                  rowLabel={rowLabel}
                  x="step"
                  xMax={total}
                  xLabel={t(TEXT.step)}
                  yLabel={t(TEXT.layerAxis)}
                  valueLabel={t(TEXT.gradNormLabel)}
                  aspect={0.5}
                />
              ) : (
                <div className="heat-placeholder" />
              )}
            </Figure>
            <RunStatus run={run} divergedText={diverged ? t(TEXT.diverged, { step: progress.divergedAt }) : null} />
            <RunPlayControls run={run} step={epoch} total={values.epochs} counter={t(TEXT.epochCounter, { k: epoch, n: values.epochs })} />
            {latest && verdict && (
              <p className={`reading verdict verdict-${verdict}`} data-reading="verdict" data-verdict={verdict} data-ratio={ratio} data-step={latest.step}>
                {verdict === 'vanishing' && t(TEXT.vanishing, { ratio: fmt(ratio, 2), decades: Math.round(-Math.log10(ratio)) })}
                {verdict === 'exploding' && t(TEXT.exploding, { max: fmt(Math.max(...latest.norms.filter(Number.isFinite), 0), 3) })}
                {verdict === 'healthy' && t(TEXT.healthy, { ratio: fmt(ratio, 2) })}{' '}
                {t(TEXT.reading, { step: latest.step, acc: Number.isFinite(latest.trainAcc) ? `${fmt(100 * latest.trainAcc, 3)}%` : '—', loss: fmt(latest.loss, 3) })}
              </p>
            )}
          </div>
          <div className="side-col gradients-controls">
            <EnumSelect spec={P[0]} value={values.act} onChange={set('act')} />
            <Slider spec={P[1]} value={values.k} onChange={set('k')} disabled={values.act !== 'leaky'} />
            <EnumSelect spec={P[2]} value={values.init} onChange={set('init')} />
            <Slider spec={P[3]} value={values.std} onChange={set('std')} disabled={values.init !== 'custom'} />
            <Slider spec={P[4]} value={values.depth} onChange={set('depth')} />
            <Slider spec={P[5]} value={values.units} onChange={set('units')} />
            <Slider spec={P[6]} value={values.lr} onChange={set('lr')} />
            <Slider spec={P[7]} value={values.clip} onChange={set('clip')} />
            <EnumSelect spec={P[8]} value={values.bn} onChange={set('bn')} />
            <EnumSelect spec={P[9]} value={values.residual} onChange={set('residual')} />
            <Slider spec={P[10]} value={values.l2} onChange={set('l2')} />
            <Slider spec={P[11]} value={values.epochs} onChange={set('epochs')} />
            <Slider spec={P[12]} value={values.seed} onChange={set('seed')} />
          </div>
        </div>
      </section>

      <ProfileSection run={client} spec={config.spec} seed={values.seed} latest={latest} python={gradientsExport(values, 'profile', dataUrl)} />

      <CompareSection values={values} python={gradientsExport(values, 'compare', dataUrl)} />

      <FactorsSection run={client} act={values.act} k={values.k} latest={latest} python={gradientsExport(values, 'factors', dataUrl)} />

      <section className="prose">
        <h2>{t(TEXT.explodingTitle)}</h2>
        <Prose text={t(TEXT.exploding1)} />
      </section>

      <section className="prose">
        <h2>{t(TEXT.remediesTitle)}</h2>
        <Prose text={t(TEXT.remedies)} />
        <PythonRun title={t(TEXT.pythonTitle)} text={t(TEXT.pythonRun)} />
      </section>

      <TrySection text={t(TEXT.try)} />

      <AboutLink specs={P} values={values} />
    </article>
  );
}
