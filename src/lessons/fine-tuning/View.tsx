// The fine-tuning lesson: a network pre-trained on the digits 0–4 (one run), then a population on 5–9 with k examples per class
// started from its final weights (fine-tuning) or from fresh ones (from scratch); accuracy against k, curves of one k, and the
// first layer's weight images. The population starts once pre-training has finished (FineTuneSections mounts then).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AboutLink } from '../../components/AboutLink';
import { Figure } from '../../components/Figure';
import { siteDataUrl } from '../../components/python/scriptText';
import { fmt, fmt6 } from '../../components/format';
import { Prose } from '../../components/Prose';
import { RunPlayControls } from '../../components/RunPlayControls';
import { RunStatus } from '../../components/RunStatus';
import { Slider } from '../../components/Slider';
import { TrySection } from '../../components/TrySection';
import { PointLineChart, type PointSeries } from '../../components/charts/PointLineChart';
import { SERIES } from '../../components/palette';
import { useRingRows } from '../../components/useRingRows';
import { useTrainerRuns } from '../../components/useTrainerRuns';
import { PythonRun } from '../../components/PythonRun';
import { useLessonParams } from '../../state/useLessonParams';
import type { Lang } from '../../state/i18n';
import { useT } from '../../state/useText';
import { BATCH, pretrainConfig, UPDATES_PER_EPOCH } from './model';
import { FineTuneSections } from './FineTuneSections';
import { fineTuningParams as P } from './params';
import { MEASURED } from './measured';
import { fineTuningScript, type FineTuningFigure } from './python';
import { TEXT } from './text';

const PRE_COLUMNS = ['epoch', 'test_acc'] as const;
const pct = (x: number) => (Number.isFinite(x) ? `${fmt(100 * x, 3)}%` : '–');

export default function FineTuningView() {
  const t = useT();
  const { values, setParam } = useLessonParams(P);
  const { seeds, epochs, preEpochs, pre, test, seed } = values;
  const preRef = useRef<HTMLDivElement>(null);
  const preConfig = useMemo(() => pretrainConfig({ pre, preEpochs, test, seed }), [pre, preEpochs, test, seed]);
  const preKey = JSON.stringify(preConfig);
  const preRun = useTrainerRuns(preConfig, preKey, { stepSize: Math.ceil(pre / 2 / BATCH), visibleRef: preRef });

  // Pre-training's epochs (test accuracy on 0–4) and whether it has finished, read together from its rings.
  const readPre = useCallback(() => {
    const c = preRun.clients[0];
    if (!c) return [];
    const r = c.epochs;
    return Array.from({ length: r.length }, (_, i) => ({ epoch: r.get('epoch', i) + 1, test_acc: r.get('testAccuracy', i) }));
  }, [preRun.clients]);
  const preRows = useRingRows(preRun.clients, readPre, 300);
  // Read from the run's notifications too (a status can come after the last epoch's row).
  const readStopped = useCallback(() => [preRun.clients[0]?.status.progress?.stopped ?? ''], [preRun.clients]);
  const preStopped = useRingRows(preRun.clients, readStopped, 200)[0] || null;
  const preDone = preStopped === 'epochs' && preRows.length >= preEpochs;
  const preN = preRun.infos[0]?.sizes.train;

  // Its final weights, once it has finished: the start of every fine-tuned network.
  const [pretrained, setPretrained] = useState<{ key: string; params: Float32Array } | null>(null);
  useEffect(() => {
    const c = preRun.clients[0];
    if (!preDone || !c) {
      setPretrained(null);
      return;
    }
    let live = true;
    c.getParams().then(
      (params) => live && setPretrained({ key: preKey, params }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [preDone, preRun.clients, preKey]);

  const preSeries: PointSeries[] = [
    { label: t(TEXT.preAccuracy), style: SERIES[2], split: 'test', points: preRows.map((r) => [r.epoch, r.test_acc] as const), markers: true },
  ];
  const last = preRows[preRows.length - 1];
  // Export → Python: the figure's script for the current settings, MNIST from this site's data folder.
  const python = (figure: FineTuningFigure) => (lang: Lang) => fineTuningScript(figure, values, lang, siteDataUrl(window.location.href, import.meta.env.BASE_URL));
  const preDiverged = preRun.clients[0]?.status.progress?.stopped === 'diverged' ? preRun.clients[0].status.progress.divergedAt : null;

  return (
    <article className="lesson lesson-fine-tuning">
      <section className="prose">
        <Prose text={t(TEXT.intro, { preN: pre, preEpochs, epochs, seeds, updates: epochs * UPDATES_PER_EPOCH })} />
      </section>

      <section className="lesson-figure-row" data-embed="pretrain">
        <div className="figure-col" ref={preRef}>
          <h2>{t(TEXT.preTitle)}</h2>
          <Figure id="fine-tuning/pretrain" caption={t(TEXT.preCaption)} columns={PRE_COLUMNS} rows={preRows} format={fmt6} python={python('pretrain')}>
            <PointLineChart series={preSeries} xScale="linear" xDomain={[0, preEpochs]} yScale="linear" yDomain={[0, 1]} xLabel={t(TEXT.epoch)} yLabel={t(TEXT.preAccuracy)} xTicks={Math.min(preEpochs, 10)} aspect={0.3} />
          </Figure>
          {last && (
            <p className="reading" data-reading="pretrain" data-accuracy={last.test_acc} data-done={preDone ? 'yes' : 'no'}>
              {t(TEXT.preReading, { n: preN ?? '…', epoch: last.epoch, acc: pct(last.test_acc) })}
            </p>
          )}
        </div>
        <div className="side-col">
          <Slider spec={P[4]} value={preEpochs} onChange={(v) => setParam('preEpochs', v)} />
          <Slider spec={P[5]} value={pre} onChange={(v) => setParam('pre', v)} />
          <RunStatus run={preRun} divergedText={preDiverged !== null ? t(TEXT.diverged, { step: preDiverged }) : null} />
          <RunPlayControls run={preRun} step={preRows.length} total={preEpochs} counter={t(TEXT.counter, { k: preRows.length, n: preEpochs })} />
        </div>
      </section>

      {/* One component before and after pre-training: its sections, figures and controls stay mounted (a press on a figure's
          button is not lost to a re-mount, and the k, seeds and epochs controls can be set while pre-training runs). */}
      <FineTuneSections pretrained={pretrained && pretrained.key === preKey ? pretrained.params : null} preKey={preKey} values={values} setParam={setParam} python={python} />

      <section className="prose">
        <h2>{t(TEXT.expectTitle)}</h2>
        <p>{t(TEXT.measuredDefault)}</p>
        <table className="measured" data-measured="default">
          <thead>
            <tr>
              <th>k</th>
              <th>{t(TEXT.colFrozen)}</th>
              <th>{t(TEXT.colFirst)}</th>
              <th>{t(TEXT.colSlow)}</th>
              <th>{t(TEXT.rowScratch)}</th>
            </tr>
          </thead>
          <tbody>
            {MEASURED.k.map((k, i) => (
              <tr key={k}>
                <td>{k}</td>
                {([MEASURED.frozen, MEASURED.first, MEASURED.slow, MEASURED.scratch] as const).map((col, j) => (
                  <td key={j}>{pct(col[i])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="prose">
        <h2>{t(TEXT.differTitle)}</h2>
        <Prose text={t(TEXT.expect)} />
        <PythonRun title={t(TEXT.pythonTitle)} text={t(TEXT.pythonRun)} />
      </section>

      <TrySection text={t(TEXT.try)} />

      <AboutLink specs={P} values={values} />
    </article>
  );
}
