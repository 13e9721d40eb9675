// The augmentation lesson: MNIST networks on the first n digits with and without label-preserving transforms (one population,
// several seeds), test accuracy against n, live augmented samples, curves for one n; then self-training with pseudo-labels.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AboutLink } from '../../components/AboutLink';
import { Figure } from '../../components/Figure';
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
import { useLessonParams } from '../../state/useLessonParams';
import { siteDataUrl } from '../../components/python/scriptText';
import { PythonRun } from '../../components/PythonRun';
import { useT } from '../../state/useText';
import { accuracyPopulation, augmentOf, memberKeys, N_TEST, pseudoPlan, sizes, spread, thresholds, type PseudoPlan } from './model';
import { augmentationParams as P } from './params';
import { augmentationScript, type AugmentationFigure } from './python';
import { SampleStrip, type Samples } from './SampleStrip';
import { SemiSection } from './SemiSection';
import { TEXT } from './text';
import { TransformControls } from './TransformControls';

const ACC_COLUMNS = ['n', 'augment', 'seed', 'test_acc'] as const;
const CURVE_COLUMNS = ['augment', 'epoch', 'train_acc', 'test_acc'] as const;
const SAMPLE_COLUMNS = ['row', 'label', 'mean_abs_change'] as const;

type YesNo = 'yes' | 'no';

interface AccRow {
  n: number;
  augment: YesNo;
  seed: number;
  test_acc: number;
}

interface CurveRow {
  augment: YesNo;
  epoch: number;
  train_acc: number;
  test_acc: number;
}

interface SampleRow {
  row: number;
  label: number;
  mean_abs_change: number;
}
const SAMPLES = 8;
const pct = (x: number) => (Number.isFinite(x) ? `${fmt(100 * x, 3)}%` : '—');

export default function AugmentationView() {
  const t = useT();
  const { values, setParam } = useLessonParams(P);
  const { n, epochs, seeds, seed, shift, rotate, elastic, noise, threshold } = values;
  const on = values.on as readonly string[];
  const q = useMemo(() => ({ n, epochs, seeds, seed, on, shift, rotate, elastic, noise }), [n, epochs, seeds, seed, on, shift, rotate, elastic, noise]);
  const ref = useRef<HTMLDivElement>(null);
  const config = useMemo(() => accuracyPopulation(q), [q]);
  const run = useTrainerRuns(config, JSON.stringify(config), { stepSize: 10, visibleRef: ref });
  const keys = useMemo(() => memberKeys(q), [q]);
  const python = (figure: AugmentationFigure) => (lang: 'zh' | 'en') => augmentationScript(values, figure, lang, siteDataUrl(window.location.href, import.meta.env.BASE_URL));
  const indexOf = (nn: number, augment: boolean, s = seed) => keys.findIndex((k) => k.n === nn && k.augment === augment && k.seed === s);

  // Each member's epochs so far and its latest test accuracy.
  const read = useCallback(
    () => [run.clients.map((c) => c.epochs.length), run.clients.map((c) => (c.epochs.length ? c.epochs.get('testAccuracy', c.epochs.length - 1) : NaN))],
    [run.clients],
  );
  const [done = [], accs = []] = useRingRows(run.clients, read, 300);
  const epoch = done.length === keys.length ? Math.min(...done) : 0;
  const accRows = useMemo<AccRow[]>(
    () => (done.length === keys.length ? keys.flatMap((k, i): AccRow[] => (done[i] > 0 ? [{ n: k.n, augment: k.augment ? 'yes' : 'no', seed: k.seed, test_acc: accs[i] }] : [])) : []),
    [keys, done, accs],
  );
  const stat = (nn: number, augment: boolean) => spread(keys.flatMap((k, i) => (k.n === nn && k.augment === augment && done[i] > 0 ? [accs[i]] : [])));
  const ns = sizes(n);
  const accSeries: PointSeries[] = accRows.length
    ? [false, true].flatMap((augment, a) => {
        const what = t(augment ? TEXT.with : TEXT.without);
        const pts = (f: 'mean' | 'min' | 'max') => ns.map((nn): [number, number] => [nn, stat(nn, augment)[f]]);
        return [
          { label: what, style: SERIES[a], split: 'test' as const, points: pts('mean'), markers: true },
          ...(seeds > 1 ? (['min', 'max'] as const).map((f) => ({ label: t(f === 'min' ? TEXT.lowest : TEXT.highest, { what }), style: SERIES[a], split: 'train' as const, points: pts(f) })) : []),
        ];
      })
    : [];

  // Curves of the slider's n, first seed, with and without augmentation.
  const curveMembers = [indexOf(n, false), indexOf(n, true)];
  const readCurves = useCallback(
    () =>
      curveMembers.flatMap((i, a) => {
        const r = run.clients[i]?.epochs;
        if (!r) return [];
        return Array.from({ length: r.length }, (_, j): CurveRow => ({ augment: a ? 'yes' : 'no', epoch: r.get('epoch', j) + 1, train_acc: r.get('trainAccuracy', j), test_acc: r.get('testAccuracy', j) }));
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- curveMembers follows keys and n
    [run.clients, keys, n],
  );
  const curveRows = useRingRows(run.clients, readCurves, 300);
  const curveSeries: PointSeries[] = [false, true].flatMap((augment, a) => {
    const mine = curveRows.filter((r) => r.augment === (augment ? 'yes' : 'no'));
    const what = t(augment ? TEXT.with : TEXT.without);
    return (['train', 'test'] as const).map((split) => ({ label: `${what} (${split})`, style: SERIES[a], split, points: mine.map((r): [number, number] => [r.epoch, split === 'train' ? r.train_acc : r.test_acc]) }));
  });

  // Live samples of the augmented member's next batch, asked for again at each of its epoch ends.
  const augMember = curveMembers[1];
  const [samples, setSamples] = useState<Samples | null>(null);
  const augEpochs = done[augMember] ?? -1;
  useEffect(() => {
    const c = run.clients[augMember];
    if (!c) return;
    let live = true;
    c.augmentSamples(SAMPLES).then((s) => live && setSamples(s), () => undefined);
    return () => {
      live = false;
    };
  }, [run.clients, augMember, augEpochs]);
  const sampleRows = useMemo<SampleRow[]>(() => {
    if (!samples) return [];
    return Array.from(samples.labels, (label, i): SampleRow => {
      let change = 0;
      for (let p = 0; p < 784; p++) change += Math.abs(samples.augmented[i * 784 + p] - samples.original[i * 784 + p]);
      return { row: i, label, mean_abs_change: change / 784 };
    });
  }, [samples]);

  // The teacher of self-training: the first seed's network at n without augmentation, once it has finished.
  const teacher = indexOf(n, false);
  const teacherDone = (done[teacher] ?? 0) >= epochs;
  const [plan, setPlan] = useState<{ key: string; plan: PseudoPlan } | null>(null);
  const ts = useMemo(() => thresholds(threshold), [threshold]);
  const planKey = `${JSON.stringify(config)}|${ts.join(',')}`;
  useEffect(() => {
    const c = run.clients[teacher];
    if (!c || !teacherDone) return;
    let live = true;
    c.predictions('train').then((p) => live && setPlan({ key: planKey, plan: pseudoPlan(n, p.predicted, p.confidence, p.labels, ts) }), () => undefined);
    return () => {
      live = false;
    };
  }, [run.clients, teacher, teacherDone, planKey, n, ts]);

  const lo = stat(ns[0], false).mean;
  const loAug = stat(ns[0], true).mean;
  const hi = stat(ns[ns.length - 1], false).mean;
  const hiAug = stat(ns[ns.length - 1], true).mean;
  const here = stat(n, false).mean;
  const hereAug = stat(n, true).mean;
  const finished = done.length === keys.length && done.every((e) => e >= epochs);
  const diverged = run.clients.map((c) => c.status.progress).find((p) => p?.stopped === 'diverged');
  const anyOn = Object.values(augmentOf(q)).some((v) => (v ?? 0) > 0);
  const lastTrain = (augment: YesNo) => {
    const mine = curveRows.filter((r) => r.augment === augment);
    return mine.length ? mine[mine.length - 1].train_acc : NaN;
  };
  const gain = (a: number, b: number) => `${b - a >= 0 ? '+' : '−'}${fmt(100 * Math.abs(b - a), 2)} pp`;

  return (
    <article className="lesson lesson-augmentation">
      <section className="prose">
        <Prose text={t(TEXT.intro, { nTest: N_TEST })} />
      </section>

      <section className="lesson-figure-row" data-embed="accuracy">
        <div className="figure-col" ref={ref}>
          <h2>{t(TEXT.accuracyTitle)}</h2>
          <Figure id="augmentation/accuracy" caption={t(TEXT.accuracyCaption)} columns={ACC_COLUMNS} rows={accRows} format={fmt6} python={python('accuracy')}>
            {accRows.length ? (
              <PointLineChart series={accSeries} xScale="linear" xDomain={[0, 1000]} yScale="linear" xLabel={t(TEXT.trainDigits)} yLabel={t(TEXT.testAccuracy)} aspect={0.5} />
            ) : (
              <p className="figure-placeholder">{t(TEXT.waiting)}</p>
            )}
          </Figure>
          {accRows.length > 0 && (
            <p className="reading" data-reading="accuracy" data-epoch={epoch} data-finished={finished ? 'yes' : 'no'} data-without={here} data-with={hereAug}>
              {t(TEXT.reading, {
                epoch, n, without: pct(here), with: pct(hereAug), diff: gain(here, hereAug),
                nLo: ns[0], loWithout: pct(lo), loWith: pct(loAug), nHi: ns[ns.length - 1], hiWithout: pct(hi), hiWith: pct(hiAug),
              })}
            </p>
          )}
        </div>
        <div className="side-col">
          <Slider spec={P[0]} value={n} onChange={(v) => setParam('n', v)} />
          <Slider spec={P[2]} value={seeds} onChange={(v) => setParam('seeds', v)} />
          <RunStatus run={run} divergedText={diverged ? t(TEXT.diverged, { step: diverged.divergedAt }) : null} />
          <RunPlayControls run={run} step={epoch} total={epochs} counter={t(TEXT.counter, { k: epoch, n: epochs })} />
        </div>
      </section>

      <section className="lesson-figure-row" data-embed="samples">
        <div className="figure-col">
          <h2>{t(TEXT.samplesTitle)}</h2>
          <Figure id="augmentation/samples" caption={t(TEXT.samplesCaption, { k: SAMPLES, n, seed })} columns={SAMPLE_COLUMNS} rows={sampleRows} format={fmt6} python={python('samples')}>
            {samples ? <SampleStrip samples={samples} originalText={t(TEXT.original)} augmentedText={t(TEXT.augmented)} /> : <p className="figure-placeholder">{t(TEXT.samplesWaiting)}</p>}
          </Figure>
          {!anyOn && <p className="notice">{t(TEXT.noTransform)}</p>}
        </div>
        <div className="side-col">
          <TransformControls on={on} strengths={{ shift, rotate, elastic, noise }} setParam={setParam} />
        </div>
      </section>

      <section className="lesson-figure-row" data-embed="curves">
        <div className="figure-col">
          <h2>{t(TEXT.curvesTitle, { n })}</h2>
          <Figure id="augmentation/curves" caption={t(TEXT.curvesCaption, { n, seed })} columns={CURVE_COLUMNS} rows={curveRows} format={fmt6} python={python('curves')}>
            {curveRows.length ? (
              <PointLineChart series={curveSeries} xScale="linear" xDomain={[1, Math.max(2, epochs)]} yScale="linear" yDomain={[0, 1]} xLabel={t(TEXT.epoch)} yLabel={t(TEXT.accuracy)} aspect={0.45} />
            ) : (
              <p className="figure-placeholder">{t(TEXT.waiting)}</p>
            )}
          </Figure>
        </div>
        <div className="side-col">
          <Slider spec={P[1]} value={epochs} onChange={(v) => setParam('epochs', v)} />
        </div>
      </section>

      {/* One component before and after the teacher's pseudo-labels: the section, its figure and slider stay mounted. */}
      <SemiSection
        q={{ n, epochs, seeds, seed }}
        python={python('semi')}
        plan={plan && plan.key === planKey ? plan.plan : null}
        ts={ts}
        threshold={threshold}
        setThreshold={(v) => setParam('threshold', v)}
      />

      <section className="prose">
        <h2>{t(TEXT.measuredTitle)}</h2>
        {finished ? (
          <div data-reading="measured" data-verdict={hereAug < here ? 'hurts' : 'helps'}>
            <Prose
              text={t(TEXT.measured, {
                epochs, seeds, backend: run.backend?.backend === 'webgpu' ? 'WebGPU' : 'CPU', n, without: pct(here), with: pct(hereAug), diff: gain(here, hereAug),
                nLo: ns[0], loWithout: pct(lo), loWith: pct(loAug), loDiff: gain(lo, loAug), nHi: ns[ns.length - 1], hiWithout: pct(hi), hiWith: pct(hiAug), hiDiff: gain(hi, hiAug),
                verdict:
                  hereAug < here
                    ? t(TEXT.verdictHurts, { n, epochs, seed, trainWith: pct(lastTrain('yes')), trainWithout: pct(lastTrain('no')) })
                    : t(TEXT.verdictHelps, { n, gap: t(loAug - lo > hiAug - hi ? TEXT.gapShrinks : TEXT.gapGrows) }),
              })}
            />
          </div>
        ) : (
          <p>{t(TEXT.measuredWaiting)}</p>
        )}
        <PythonRun title={t(TEXT.pythonTitle)} text={t(TEXT.pythonRun)} />
      </section>

      <TrySection text={t(TEXT.try)} />

      <AboutLink specs={P} values={values} />
    </article>
  );
}

