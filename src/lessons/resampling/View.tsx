// The resampling lesson: four MNIST networks on a training set where 5–9 are rare (one population), their per-digit test
// recall and accuracy, and a confusion matrix of the chosen method, all from confusion counts the workers compute.
import { siteDataUrl } from '../../components/python/scriptText';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AboutLink } from '../../components/AboutLink';
import { EnumSelect } from '../../components/EnumSelect';
import { Figure } from '../../components/Figure';
import { fmt, fmt6 } from '../../components/format';
import { Prose } from '../../components/Prose';
import { RunPlayControls } from '../../components/RunPlayControls';
import { RunStatus } from '../../components/RunStatus';
import { Slider } from '../../components/Slider';
import { TrySection } from '../../components/TrySection';
import { ConfusionMatrix } from '../../components/charts/ConfusionMatrix';
import { PointLineChart, type PointSeries } from '../../components/charts/PointLineChart';
import { SERIES } from '../../components/palette';
import { useRingRows } from '../../components/useRingRows';
import { useTrainerRuns } from '../../components/useTrainerRuns';
import { PythonRun } from '../../components/PythonRun';
import type { Rebalance } from '../../engine/train';
import { useLessonParams } from '../../state/useLessonParams';
import { useT } from '../../state/useText';
import { accuracy, CLASSES, meanRecall, METHODS, N_POOL, N_TEST, population, RARE, recalls } from './model';
import { resamplingParams as P } from './params';
import { resamplingScript } from './python';
import { TEXT } from './text';

const METHOD_TEXT = { none: TEXT.methodNone, oversample: TEXT.methodOversample, undersample: TEXT.methodUndersample, 'class-weights': TEXT.methodWeights } as const;
const RECALL_COLUMNS = ['method', 'class', 'recall'] as const;
const CONFUSION_COLUMNS = ['method', 'true', 'predicted', 'count'] as const;
const COMMON = [0, 1, 2, 3, 4];
const pct = (x: number) => `${fmt(100 * x, 3)}%`;

export default function ResamplingView() {
  const t = useT();
  const { values, setParam } = useLessonParams(P);
  const { share, epochs, seed } = values;
  const show = values.show as Rebalance;
  const ref = useRef<HTMLDivElement>(null);
  const config = useMemo(() => population({ share, epochs, seed }), [share, epochs, seed]);
  const run = useTrainerRuns(config, JSON.stringify(config), { stepSize: 10, visibleRef: ref });

  // Epochs finished by each member; a change asks every member for its confusion counts on the test set.
  const readEpochs = useCallback(() => [run.clients.map((c) => c.epochs.length)], [run.clients]);
  const done = useRingRows(run.clients, readEpochs, 300)[0] ?? [];
  const doneKey = done.join(',');
  // The counts remember the epoch they were asked at: the reading and its data-epoch describe the counts on screen, not a
  // later epoch whose counts are still on their way (a test once read epoch 2 beside epoch 1's counts).
  const [counts, setCounts] = useState<{ key: string; epoch: number; counts: Uint32Array[] } | null>(null);
  useEffect(() => {
    if (run.clients.length !== METHODS.length || done.length === 0 || Math.min(...done) === 0) {
      setCounts(null);
      return;
    }
    let live = true;
    const asked = Math.min(...done);
    Promise.all(run.clients.map((c) => c.confusion())).then(
      (rs) => live && setCounts({ key: doneKey, epoch: asked, counts: rs.map((r) => r.counts) }),
      () => undefined,
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- doneKey stands for `done`
  }, [run.clients, doneKey]);
  const epoch = done.length ? Math.min(...done) : 0;
  const countsEpoch = counts?.epoch ?? 0;

  const recallRows = useMemo(
    () => (counts ? counts.counts.flatMap((c, k) => recalls(c, CLASSES).map((recall, d) => ({ method: METHODS[k], class: d, recall }))) : []),
    [counts],
  );
  const confusionRows = useMemo(() => {
    if (!counts) return [];
    return counts.counts.flatMap((c, k) => Array.from(c, (count, i) => ({ method: METHODS[k], true: Math.floor(i / CLASSES), predicted: i % CLASSES, count })));
  }, [counts]);
  const series = useMemo<PointSeries[]>(
    () =>
      counts
        ? counts.counts.map((c, k) => ({
            label: t(METHOD_TEXT[METHODS[k]]),
            style: SERIES[k],
            split: 'test' as const,
            points: recalls(c, CLASSES).map((r, d): [number, number] => [d, r]),
            markers: true,
          }))
        : [],
    [counts, t],
  );
  const summary = counts?.counts.map((c) => ({ rare: meanRecall(recalls(c, CLASSES), RARE), common: meanRecall(recalls(c, CLASSES), COMMON), acc: accuracy(c, CLASSES) }));
  const shown = counts?.counts[METHODS.indexOf(show)];
  const diverged = run.clients.map((c) => c.status.progress).find((p) => p?.stopped === 'diverged');
  const python = (figure: 'recall' | 'confusion') => (lang: 'zh' | 'en') =>
    resamplingScript(values, figure, lang, siteDataUrl(window.location.href, import.meta.env.BASE_URL));
  const sharePct = `${fmt(100 * share, 2)}%`;

  return (
    <article className="lesson lesson-resampling">
      <section className="prose">
        <Prose text={t(TEXT.intro, { pool: N_POOL, share: sharePct, nTest: N_TEST })} />
      </section>

      <section className="lesson-figure-row" data-embed="recall">
        <div className="figure-col" ref={ref}>
          <h2>{t(TEXT.recallTitle)}</h2>
          <Figure id="resampling/recall" caption={t(TEXT.recallCaption)} columns={RECALL_COLUMNS} rows={recallRows} format={fmt6} python={python('recall')}>
            {counts ? (
              <PointLineChart series={series} xScale="linear" xDomain={[0, 9]} yScale="linear" yDomain={[0, 1]} xLabel={t(TEXT.digit)} yLabel={t(TEXT.recall)} xTicks={10} aspect={0.5} />
            ) : (
              <p className="figure-placeholder">{t(TEXT.waiting)}</p>
            )}
          </Figure>
          {summary && (
            <p className="reading" data-reading="recall" data-epoch={countsEpoch} data-rare={summary.map((s) => s.rare).join(',')} data-accuracy={summary.map((s) => s.acc).join(',')}>
              {t(TEXT.reading, {
                epoch: countsEpoch,
                none: fmt(summary[0].rare, 2),
                over: fmt(summary[1].rare, 2),
                under: fmt(summary[2].rare, 2),
                weighted: fmt(summary[3].rare, 2),
                accNone: pct(summary[0].acc),
                accOver: pct(summary[1].acc),
                accUnder: pct(summary[2].acc),
                accWeighted: pct(summary[3].acc),
              })}
            </p>
          )}
        </div>
        <div className="side-col">
          <Slider spec={P[0]} value={share} onChange={(v) => setParam('share', v)} />
          <Slider spec={P[1]} value={epochs} onChange={(v) => setParam('epochs', v)} />
          <RunStatus run={run} divergedText={diverged ? t(TEXT.diverged, { step: diverged.divergedAt }) : null} />
          <RunPlayControls run={run} step={epoch} total={epochs} counter={t(TEXT.counter, { k: epoch, n: epochs })} />
        </div>
      </section>

      <section className="lesson-figure-row" data-embed="confusion">
        <div className="figure-col">
          <h2>{t(TEXT.confusionTitle)}</h2>
          <Figure id="resampling/confusion" caption={t(TEXT.confusionCaption, { method: t(METHOD_TEXT[show]) })} columns={CONFUSION_COLUMNS} rows={confusionRows} python={python('confusion')}>
            {shown ? <ConfusionMatrix counts={shown} classes={CLASSES} /> : <p className="figure-placeholder">{t(TEXT.waiting)}</p>}
          </Figure>
        </div>
        <div className="side-col">
          <EnumSelect spec={P[2]} value={show} onChange={(v) => setParam('show', v)} />
        </div>
      </section>

      <section className="prose">
        <h2>{t(TEXT.measuredTitle)}</h2>
        <Prose text={t(TEXT.measured)} />
        <PythonRun title={t(TEXT.pythonTitle)} text={t(TEXT.pythonRun)} />
      </section>

      <TrySection text={t(TEXT.try)} />

      <AboutLink specs={P} values={values} />
    </article>
  );
}
