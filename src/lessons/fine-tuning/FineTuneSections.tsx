// The fine-tuning lesson's population on 5–9 (started from the pre-trained weights or from scratch, k × way × seed): accuracy
// against k with the crossover, the curves of the slider's k, and the first layer's weight images before and after.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EnumSelect } from '../../components/EnumSelect';
import { Figure } from '../../components/Figure';
import { fmt, fmt6 } from '../../components/format';
import { Prose } from '../../components/Prose';
import { RunPlayControls } from '../../components/RunPlayControls';
import { RunStatus } from '../../components/RunStatus';
import { Slider } from '../../components/Slider';
import { PointLineChart, type PointSeries } from '../../components/charts/PointLineChart';
import { SERIES } from '../../components/palette';
import { useRingRows } from '../../components/useRingRows';
import { useTrainerRuns } from '../../components/useTrainerRuns';
import type { Lang } from '../../state/i18n';
import type { ParamValue } from '../../state/params';
import { useT } from '../../state/useText';
import { crossover, fineTuneConfig, leader, meanByK, memberKeys, METHODS, SPEC, type AccuracyRow, type Lower, type Method } from './model';
import { fineTuningParams as P, type FineTuningValues } from './params';
import type { FineTuningFigure } from './python';
import { TEXT } from './text';
import { norm, relChange, unitWeights } from './weights';
import { WeightImages, type WeightRow } from './WeightImages';

const ACCURACY_COLUMNS = ['k', 'method', 'seed', 'test_acc'] as const;
const CURVE_COLUMNS = ['method', 'seed', 'epoch', 'test_acc'] as const;
const WEIGHT_COLUMNS = ['net', 'unit', 'norm', 'change'] as const;

interface CurveRow {
  method: Method;
  seed: number;
  epoch: number;
  test_acc: number;
}

/** A first-layer unit's weight norm in one net, and its relative change from the pre-trained weights. */
interface WeightTableRow {
  net: string;
  unit: number;
  norm: number;
  change: number;
}
const UNITS = 8;
const FAN_OUT = SPEC.hidden[0].units;
const pct = (x: number) => (Number.isFinite(x) ? `${fmt(100 * x, 3)}%` : '–');

interface Props {
  /** The pre-trained weights; null while pre-training runs (the sections, figures and controls show, waiting). */
  pretrained: Float32Array | null;
  preKey: string;
  values: FineTuningValues;
  setParam: (name: (typeof P)[number]['name'], value: ParamValue) => void;
  /** The Export → Python script of a figure, for the current settings. */
  python: (figure: FineTuningFigure) => (lang: Lang) => string;
}

export function FineTuneSections({ pretrained, preKey, values, setParam, python }: Props) {
  const t = useT();
  const { k, seeds, epochs, test, seed } = values;
  const lower = values.lower as Lower;
  const ref = useRef<HTMLDivElement>(null);
  const curvesRef = useRef<HTMLDivElement>(null);
  const q = useMemo(() => ({ k, lower, seeds, epochs, test, seed }), [k, lower, seeds, epochs, test, seed]);
  const config = useMemo(() => (pretrained ? fineTuneConfig(q, pretrained) : []), [q, pretrained]);
  const keys = useMemo(() => memberKeys(q), [q]);
  // The key names what decides the run; the start weights are the pre-training's (preKey), never serialised.
  const runKey = pretrained ? JSON.stringify({ q, preKey }) : 'waiting for pre-training';
  const run = useTrainerRuns(config, runKey, { stepSize: 10, visibleRef: [ref, curvesRef] as const });
  const label = useCallback((m: Method) => t(m === 'fine-tune' ? TEXT.fineTune : TEXT.scratch), [t]);

  // Every member's epochs: (epoch, test accuracy), and whether it has stopped.
  const read = useCallback(() => run.clients.map((c) => {
    const r = c.epochs;
    return Array.from({ length: r.length }, (_, i) => r.get('testAccuracy', i));
  }), [run.clients]);
  const curves = useRingRows(run.clients, read, 300);
  const ready = curves.length === keys.length;
  // Members that have stopped, read from the run's notifications too (a status can come after the last epoch's row, and
  // the epoch rows above are read on their own clock: a member that ran its epoch budget counts once all its rows are in,
  // so that "done" never shows beside an accuracy table still holding an earlier epoch).
  const readStopped = useCallback(() => [run.clients.map((c) => c.status.progress?.stopped ?? '')], [run.clients]);
  const stopped = useRingRows(run.clients, readStopped, 200)[0] ?? [];
  const done = stopped.filter((s, i) => s !== '' && (s !== 'epochs' || (ready && curves[i].length >= epochs))).length;

  const accRows = useMemo<AccuracyRow[]>(
    () => (ready ? keys.flatMap((key, i) => (curves[i].length ? [{ ...key, test_acc: curves[i][curves[i].length - 1] }] : [])) : []),
    [ready, keys, curves],
  );
  const means = useMemo(() => meanByK(accRows), [accRows]);
  const cross = crossover(means);
  const accSeries: PointSeries[] = METHODS.map((m, j) => ({
    label: label(m),
    style: SERIES[j],
    split: 'test',
    points: means.map((x) => [x.k, m === 'fine-tune' ? x.fineTune : x.scratch] as const),
    markers: true,
  }));

  const curveRows = useMemo<CurveRow[]>(
    () => (ready ? keys.flatMap((key, i) => (key.k === k ? curves[i].map((a, e) => ({ method: key.method, seed: key.seed, epoch: e + 1, test_acc: a })) : [])) : []),
    [ready, keys, curves, k],
  );
  const curveSeries: PointSeries[] = ready
    ? keys.flatMap((key, i) =>
        key.k === k ? [{ label: `${label(key.method)} · ${key.seed}`, style: SERIES[METHODS.indexOf(key.method)], split: 'test' as const, points: curves[i].map((a, e) => [e + 1, a] as const), markers: true }] : [],
      )
    : [];

  // The weight images: pre-trained, and the first seed's fine-tuned and from-scratch networks at k, refetched as they train.
  const first = (m: Method) => keys.findIndex((key) => key.k === k && key.method === m);
  const iFine = first('fine-tune');
  const iScratch = first('scratch');
  const progressKey = ready ? `${curves[iFine]?.length}:${curves[iScratch]?.length}` : '';
  const [trained, setTrained] = useState<{ fine: Float32Array; scratch: Float32Array } | null>(null);
  useEffect(() => {
    const a = run.clients[iFine];
    const b = run.clients[iScratch];
    if (!a || !b || !ready || !curves[iFine]?.length || !curves[iScratch]?.length) {
      setTrained(null);
      return;
    }
    let live = true;
    Promise.all([a.getParams(), b.getParams()]).then(
      ([fine, scratch]) => live && setTrained({ fine, scratch }),
      () => undefined,
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- progressKey stands for the two members' epochs
  }, [run.clients, iFine, iScratch, progressKey]);
  const weightRows = useMemo<WeightRow[]>(
    () =>
      pretrained
        ? [{ label: t(TEXT.rowPre), params: pretrained }, ...(trained ? [{ label: t(TEXT.rowFine), params: trained.fine }, { label: t(TEXT.rowScratch), params: trained.scratch }] : [])]
        : [],
    [t, pretrained, trained],
  );
  const weightTable = useMemo<WeightTableRow[]>(() => {
    if (!pretrained) return [];
    const nets: [string, Float32Array][] = [['pre-trained', pretrained], ...(trained ? ([['fine-tuned', trained.fine], ['scratch', trained.scratch]] as [string, Float32Array][]) : [])];
    return nets.flatMap(([name, params]) =>
      Array.from({ length: UNITS }, (_, j): WeightTableRow => {
        const w = unitWeights(params, FAN_OUT, j);
        return { net: name, unit: j, norm: norm(w), change: relChange(w, unitWeights(pretrained, FAN_OUT, j)) };
      }),
    );
  }, [pretrained, trained]);

  const lead = leader(means);
  const firstLead: Method = means.length && means[0].fineTune > means[0].scratch ? 'fine-tune' : 'scratch';
  const crossText =
    cross !== null
      ? t(TEXT.crossAt, { k: fmt(cross, 2), below: label(firstLead), above: label(firstLead === 'fine-tune' ? 'scratch' : 'fine-tune') })
      : t(lead === 'fine-tune' ? TEXT.fineAhead : TEXT.scratchAhead);
  const at = (kk: number, m: Method) => means.find((x) => x.k === kk)?.[m === 'fine-tune' ? 'fineTune' : 'scratch'] ?? NaN;
  const epochsDone = ready && curves.length ? Math.min(...curves.map((c) => c.length)) : 0;
  const diverged = run.clients.map((c) => c.status.progress).find((p) => p?.stopped === 'diverged');

  return (
    <>
      <section className="lesson-figure-row" data-embed="accuracy">
        <div className="figure-col" ref={ref}>
          <h2>{t(TEXT.accuracyTitle)}</h2>
          <Figure id="fine-tuning/accuracy" caption={<Prose text={t(TEXT.accuracyCaption, { epochs })} />} columns={ACCURACY_COLUMNS} rows={accRows} format={fmt6} python={python('accuracy')}>
            {pretrained ? (
              <PointLineChart
                series={accSeries}
                xScale="log"
                xDomain={[1, 100]}
                yScale="linear"
                yDomain={[0, 1]}
                xLabel={t(TEXT.kLabel)}
                yLabel={t(TEXT.accuracy)}
                marks={cross !== null ? [{ x: cross, label: t(TEXT.crossMark, { k: fmt(cross, 2) }) }] : []}
                aspect={0.5}
              />
            ) : (
              <p className="figure-placeholder" data-waiting="pretrain">{t(TEXT.preWaiting)}</p>
            )}
          </Figure>
          {means.length > 0 && (
            <p className="reading" data-reading="accuracy" data-done={done} data-total={keys.length} data-crossover={cross ?? 'none'}>
              <Prose
                text={t(TEXT.reading, {
                  done,
                  total: keys.length,
                  ft1: pct(at(1, 'fine-tune')),
                  sc1: pct(at(1, 'scratch')),
                  kSel: k,
                  ftSel: pct(at(k, 'fine-tune')),
                  scSel: pct(at(k, 'scratch')),
                  ft100: pct(at(100, 'fine-tune')),
                  sc100: pct(at(100, 'scratch')),
                  cross: done === keys.length ? crossText : '',
                })}
              />
            </p>
          )}
        </div>
        <div className="side-col">
          <Slider spec={P[0]} value={k} onChange={(v) => setParam('k', v)} />
          <Slider spec={P[2]} value={seeds} onChange={(v) => setParam('seeds', v)} />
          <Slider spec={P[3]} value={epochs} onChange={(v) => setParam('epochs', v)} />
          <EnumSelect spec={P[1]} value={lower} onChange={(v) => setParam('lower', v)} />
          {pretrained ? (
            <>
              <RunStatus run={run} divergedText={diverged ? t(TEXT.diverged, { step: diverged.divergedAt }) : null} />
              <RunPlayControls run={run} step={epochsDone} total={epochs} counter={t(TEXT.counter, { k: epochsDone, n: epochs })} />
            </>
          ) : (
            <p className="run-status" role="status" data-run="waiting">
              {t(TEXT.preWaiting)}
            </p>
          )}
        </div>
      </section>

      <section className="lesson-figure-row" data-embed="curves">
        <div className="figure-col" ref={curvesRef}>
          <h2>{t(TEXT.curvesTitle, { k })}</h2>
          <Figure id="fine-tuning/curves" caption={<Prose text={t(TEXT.curvesCaption, { k })} />} columns={CURVE_COLUMNS} rows={curveRows} format={fmt6} python={python('curves')}>
            {pretrained ? (
              <PointLineChart series={curveSeries} xScale="linear" xDomain={[0, epochs]} yScale="linear" yDomain={[0, 1]} xLabel={t(TEXT.epoch)} yLabel={t(TEXT.accuracy)} aspect={0.45} />
            ) : (
              <p className="figure-placeholder">{t(TEXT.preWaiting)}</p>
            )}
          </Figure>
        </div>
        <div className="side-col">
          <Slider spec={P[0]} value={k} onChange={(v) => setParam('k', v)} />
        </div>
      </section>

      <section className="lesson-figure-row" data-embed="weights">
        <div className="figure-col">
          <h2>{t(TEXT.weightsTitle)}</h2>
          <Prose text={t(TEXT.weightsIntro, { units: UNITS, k })} />
          <Figure id="fine-tuning/weights" caption={t(TEXT.weightsCaption, { units: UNITS })} columns={WEIGHT_COLUMNS} rows={weightTable} format={fmt6} python={python('weights')}>
            {pretrained ? <WeightImages rows={weightRows} units={UNITS} fanOut={FAN_OUT} /> : <p className="figure-placeholder">{t(TEXT.preWaiting)}</p>}
          </Figure>
          {pretrained && !trained && <p className="figure-placeholder">{t(TEXT.weightsWaiting)}</p>}
        </div>
        <div className="side-col">
          <EnumSelect spec={P[1]} value={lower} onChange={(v) => setParam('lower', v)} />
        </div>
      </section>
    </>
  );
}
