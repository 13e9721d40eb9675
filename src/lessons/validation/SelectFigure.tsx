// Section "choosing by test error": one run per polynomial degree, final train/validation/test losses and the loss on a fresh sample.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../state/useText';
import { PointLineChart, type PointSeries, type XMark } from '../../components/charts/PointLineChart';
import { Figure } from '../../components/Figure';
import { fmt, fmt6 } from '../../components/format';
import { SERIES } from '../../components/palette';
import { RunPlayControls } from '../../components/RunPlayControls';
import { Prose } from '../../components/Prose';
import { RunStatus } from '../../components/RunStatus';
import { Slider } from '../../components/Slider';
import { useRingRows } from '../../components/useRingRows';
import { useTrainerRuns } from '../../components/useTrainerRuns';
import {
  chooseBy,
  degreeConfig,
  freshLoss,
  freshSample,
  MAX_DEGREE,
  POLY_BATCH,
  POLY_EPOCHS,
  POLY_FRESH,
  POLY_LR,
  POLY_TEST,
  VALIDATION_SHARE,
  type Candidate,
} from './model';
import { validationParams as P, type ValidationValues } from './params';
import { validationScript } from './python';
import { TEXT } from './text';

const COLUMNS = ['degree', 'train_loss', 'val_loss', 'test_loss', 'fresh_loss'] as const;
const DEGREES = Array.from({ length: MAX_DEGREE }, (_, i) => i + 1);
const EPOCH_STEP = 10;

interface Props {
  values: ValidationValues;
  setParam: (name: keyof ValidationValues, value: number) => void;
}

export function SelectFigure({ values, setParam }: Props) {
  const t = useT();
  const { npoly, noise, seed } = values;
  const ref = useRef<HTMLDivElement>(null);
  const configs = useMemo(() => DEGREES.map((d) => degreeConfig(d, { n: npoly, noise, seed })), [npoly, noise, seed]);
  const trainRows = npoly - Math.floor(VALIDATION_SHARE * npoly);
  const perEpoch = Math.ceil(trainRows / POLY_BATCH);
  const run = useTrainerRuns(configs, JSON.stringify(configs), { stepSize: EPOCH_STEP * perEpoch, visibleRef: ref });
  const fresh = useMemo(() => freshSample(seed, noise), [seed, noise]);

  // Each finished degree's loss on the fresh sample, from its final weights.
  const [freshLosses, setFreshLosses] = useState<Map<number, number>>(new Map());
  const asked = useRef(new Set<number>());
  useEffect(() => {
    asked.current = new Set();
    setFreshLosses(new Map());
  }, [run.clients, fresh]);
  const read = useCallback(
    () =>
      run.clients.map((c) => {
        const r = c.epochs;
        const last = r.length - 1;
        const at = (col: 'trainLoss' | 'validationLoss' | 'testLoss') => (last >= 0 ? r.get(col, last) : NaN);
        return { epochs: r.length, ended: c.status.progress?.stopped === 'epochs', train: at('trainLoss'), val: at('validationLoss'), test: at('testLoss') };
      }),
    [run.clients],
  );
  const live = useRingRows(run.clients, read, 250);
  useEffect(() => {
    live.forEach((row, i) => {
      const degree = i + 1;
      if (!row.ended || asked.current.has(degree)) return;
      asked.current.add(degree);
      const mine = asked.current;
      run.clients[i].getParams().then(
        (params) => mine === asked.current && setFreshLosses((m) => new Map(m).set(degree, freshLoss(params, degree, fresh))),
        () => mine.delete(degree),
      );
    });
  }, [live, run.clients, fresh]);

  const candidates: Candidate[] = live.flatMap((row, i) =>
    row.ended && freshLosses.has(i + 1) ? [{ degree: i + 1, train: row.train, val: row.val, test: row.test, fresh: freshLosses.get(i + 1)! }] : [],
  );
  const rows = candidates.map((c) => ({ degree: c.degree, train_loss: c.train, val_loss: c.val, test_loss: c.test, fresh_loss: c.fresh }));
  const complete = candidates.length === MAX_DEGREE;
  const byTest = complete ? chooseBy(candidates, 'test') : null;
  const byVal = complete ? chooseBy(candidates, 'val') : null;

  // By degree: the final losses (training solid, the three held-out ones dashed), each in its own colour and marker.
  const byDegree = (y: (i: number) => number | undefined) => DEGREES.map((d, i) => [d, y(i) ?? NaN] as const);
  const series: PointSeries[] = [
    { label: t(TEXT.seriesTrain), split: 'train', style: SERIES[0], points: byDegree((i) => live[i]?.train), markers: true },
    { label: t(TEXT.seriesVal), split: 'test', style: SERIES[1], points: byDegree((i) => live[i]?.val), markers: true },
    { label: t(TEXT.seriesTest), split: 'test', style: SERIES[2], points: byDegree((i) => live[i]?.test), markers: true },
    { label: t(TEXT.seriesFresh), split: 'test', style: SERIES[3], points: byDegree((i) => freshLosses.get(i + 1)), markers: true },
  ];
  const marks: XMark[] = [byTest && { x: byTest.degree, label: 'T' }, byVal && { x: byVal.degree, label: 'V' }].filter((m): m is XMark => !!m);
  const epochMin = live.length ? Math.min(...live.map((r) => r.epochs)) : 0;
  const diverged = run.clients.map((c) => c.status.progress).find((p) => p?.stopped === 'diverged');
  const under = byTest ? (byTest.fresh - byTest.test) / byTest.fresh : 0;

  return (
    <>
      <section className="prose">
        <Prose
          text={t(TEXT.selectIntro, {
            n: npoly,
            nTest: POLY_TEST,
            max: MAX_DEGREE,
            lr: POLY_LR,
            batch: POLY_BATCH,
            epochs: POLY_EPOCHS,
            nFresh: POLY_FRESH,
          })}
        />
      </section>
      <section className="lesson-figure-row" data-embed="select">
        <div className="figure-col" ref={ref}>
          <h2>{t(TEXT.selectTitle)}</h2>
          <Figure id="validation/select" caption={t(TEXT.selectCaption)} columns={COLUMNS} rows={rows} format={fmt6} python={(lang) => validationScript(values, 'select', lang, '')}>
            <PointLineChart
              series={series}
              xScale="linear"
              xDomain={[1, MAX_DEGREE]}
              xTicks={MAX_DEGREE}
              yScale="log"
              marks={marks}
              xLabel={t(TEXT.degree)}
              yLabel={t(TEXT.loss)}
              aspect={0.45}
            />
          </Figure>
        </div>
        <div className="side-col" data-embed="select">
          <RunStatus run={run} divergedText={diverged ? t(TEXT.diverged, { step: diverged.divergedAt }) : null} />
          <RunPlayControls run={run} step={epochMin} total={POLY_EPOCHS} counter={t(complete ? TEXT.selectCounter : TEXT.selectPending, { k: epochMin, n: POLY_EPOCHS, left: MAX_DEGREE - candidates.length })} />
          {P.filter((s) => s.name === 'npoly' || s.name === 'noise').map((s) => (
            <Slider key={s.name} spec={s} value={values[s.name]} onChange={(v) => setParam(s.name, v)} />
          ))}
          {byTest && byVal && (
            <p className="reading" data-reading="select" data-by-test={byTest.degree} data-by-val={byVal.degree} data-underestimate={under}>
              {t(TEXT.selectReading, {
                dt: byTest.degree,
                tt: fmt(byTest.test, 3),
                tf: fmt(byTest.fresh, 3),
                verdictT: under > 0 ? t(TEXT.optimistic, { pct: fmt(100 * under, 2) }) : t(TEXT.notOptimistic),
                dv: byVal.degree,
                vt: fmt(byVal.test, 3),
                vf: fmt(byVal.fresh, 3),
              })}
            </p>
          )}
        </div>
      </section>
    </>
  );
}
