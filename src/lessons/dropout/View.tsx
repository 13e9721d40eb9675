// The dropout lesson: the overfit 7-layer MNIST net trained without dropout, with inverted dropout and with the book's dropout as
// one population of three, the live mask, the E[h′] check with the engine's masks, the two variants compared, and 2^M.
import { siteDataUrl } from '../../components/python/scriptText';
import { useCallback, useMemo, useRef } from 'react';
import { useLessonParams } from '../../state/useLessonParams';
import { useT } from '../../state/useText';
import type { RunView } from '../../components/run';
import { AboutLink } from '../../components/AboutLink';
import { Figure, type Columns } from '../../components/Figure';
import { ScrollBox } from '../../components/ScrollBox';
import { fmt, fmt6 } from '../../components/format';
import { RunPlayControls } from '../../components/RunPlayControls';
import { Prose } from '../../components/Prose';
import { RunStatus } from '../../components/RunStatus';
import { RingLineChart, type RingSeries } from '../../components/charts/RingLineChart';
import { SERIES, type SeriesStyle, type Split } from '../../components/palette';
import { Slider } from '../../components/Slider';
import { useRingRows } from '../../components/useRingRows';
import { useTrainerRuns } from '../../components/useTrainerRuns';
import type { DropoutVariant } from '../../engine/nn';
import type { EnumParam, IntParam, NumberParam } from '../../state/params';
import { MaskDiagram, SHOWN_UNITS } from './MaskDiagram';
import { useMaskFeed } from './useMaskFeed';
import { VariantPicker } from './VariantPicker';
import { Variants } from './Variants';
import {
  averageOverMasks,
  BATCH,
  binomialRow,
  DROPPABLE_UNITS,
  gapVerdict,
  keptShare,
  maskRow,
  N_TEST,
  powerOfTwo,
  populationConfig,
  stepsPerEpoch,
  UNITS,
  VARIANTS,
  variantFactors,
  type Accuracies,
  type Variant,
} from './model';
import { dropoutParams as P, HIDDEN_LAYERS } from './params';
import { CURVE_COLUMNS, dropoutScript } from './python';
import { TEXT } from './text';
import './dropout.css';
import { TrySection } from '../../components/TrySection';
import { PythonRun } from '../../components/PythonRun';

const MASK_COLUMNS = ['step', 'unit', 'kept'] as const;
const CHECK_COUNTS = [10, 100, 1000, 10000] as const;
type MeanColumn = `mean_${(typeof CHECK_COUNTS)[number]}`;
const MEAN_COLUMNS = CHECK_COUNTS.map((k) => `mean_${k}` as const);
const CHECK_COLUMNS: Columns<CheckRow> = ['unit', 'h', 'h_test', 'kept_now', 'h_scaled_now', ...MEAN_COLUMNS];

interface CurveRow {
  variant: Variant;
  epoch: number;
  train_acc: number;
  test_acc: number;
}

interface MaskRow {
  step: number;
  unit: number;
  kept: number;
}

/** One activation of the E[h′] check; mean_K: the average of h′ over K masks. */
type CheckRow = { unit: number; h: number; h_test: number; kept_now: number; h_scaled_now: number } & Record<MeanColumn, number>;
/** Example activations for the E[h′] check: ReLU outputs, so non-negative, one of them 0. */
const H_EXAMPLE = [0.8, 0, 1.6, 0.3, 2.4, 1.1, 0.5, 1.9] as const;
/** Colour and marker of each network (solid: training, dashed: test). */
const NET_STYLE: Record<Variant, SeriesStyle> = { none: SERIES[0], inverted: SERIES[1], book: SERIES[2] };
const NET_NAME = { none: TEXT.netNone, inverted: TEXT.netInverted, book: TEXT.netBook } as const;
const NET_LONG = { none: TEXT.variantNone, inverted: TEXT.variantInverted, book: TEXT.variantBook } as const;
const VERDICT_NET = { inverted: TEXT.verdictNetInverted, book: TEXT.verdictNetBook } as const;
const VERDICT = { narrower: TEXT.verdictNarrower, similar: TEXT.verdictSimilar, wider: TEXT.verdictWider } as const;
const isSlider = (s: (typeof P)[number]): s is Extract<(typeof P)[number], NumberParam | IntParam> => s.kind === 'number' || s.kind === 'int';
const VARIANT_SPEC = P.find((s) => s.name === 'variant') as EnumParam;
const LAYER_SPEC = P.find((s) => s.name === 'layer') as IntParam;
const SMALL_M = 5;
const SMALL_ROW = binomialRow(SMALL_M);

/** Accuracies of the three networks at the last epoch all have finished, or null before the first. */
function lastCommon(rows: readonly CurveRow[]): ({ epoch: number } & Record<Variant, Accuracies>) | null {
  const by = { none: new Map<number, Accuracies>(), inverted: new Map<number, Accuracies>(), book: new Map<number, Accuracies>() };
  for (const { variant, epoch, train_acc: train, test_acc: test } of rows) {
    by[variant]?.set(epoch, { train, test, gap: train - test });
  }
  const epoch = Math.min(by.none.size, by.inverted.size, by.book.size);
  const [none, inverted, book] = VARIANTS.map((v) => by[v].get(epoch));
  return none && inverted && book ? { epoch, none, inverted, book } : null;
}

const pct = (x: number) => `${fmt(100 * x, 3)}%`;
const points = (x: number) => fmt(100 * x, 3);

export default function DropoutView() {
  const t = useT();
  const { values, setParam } = useLessonParams(P);
  const { p, n, epochs, lr, seed, layer } = values;
  const variant = values.variant as DropoutVariant;
  const factors = variantFactors(p, variant);
  const curvesRef = useRef<HTMLDivElement>(null);
  const maskRef = useRef<HTMLDivElement>(null);
  const visibleRefs = useMemo(() => [curvesRef, maskRef], []);

  const population = useMemo(() => populationConfig({ p, n, epochs, lr, seed }), [p, n, epochs, lr, seed]);
  const run = useTrainerRuns(population, JSON.stringify(population), { stepSize: 1, visibleRef: visibleRefs });
  const sources = run.clients;
  const clients = run.clients as (RunView | undefined)[];
  // Both dropout networks draw the same masks (same seed, p and steps); the shown variant's member is asked.
  const feed = useMaskFeed(clients[VARIANTS.indexOf(variant)], seed, run.infos);
  const totalSteps = epochs * stepsPerEpoch(n);

  // Accuracy curves of the three networks.
  const series = useMemo<RingSeries[]>(() => {
    if (clients.length < VARIANTS.length || clients.some((c) => !c)) return [];
    return VARIANTS.flatMap((v, k) => {
      const c = clients[k] as RunView;
      const net = t(NET_NAME[v]);
      const s = (y: string, label: string, split: Split): RingSeries => ({ ring: () => c.epochs, x: 'epoch', xOffset: 1, y, label, style: NET_STYLE[v], split });
      return [s('trainAccuracy', t(TEXT.seriesTrain, { net }), 'train'), s('testAccuracy', t(TEXT.seriesTest, { net }), 'test')];
    });
  }, [clients, t]);
  const readCurves = useCallback(() => {
    const rows: CurveRow[] = [];
    run.clients.forEach((c, k) => {
      const r = c.epochs;
      for (let i = 0; i < r.length; i++) {
        rows.push({ variant: VARIANTS[k], epoch: r.get('epoch', i) + 1, train_acc: r.get('trainAccuracy', i), test_acc: r.get('testAccuracy', i) });
      }
    });
    return rows;
  }, [run.clients]);
  const curveRows = useRingRows(sources, readCurves, 300);
  const common = lastCommon(curveRows);
  const verdict = common ? gapVerdict(common.none, common[variant]) : null;
  const readProgress = useCallback(() => [run.clients.map((c) => c.status.progress?.step ?? 0)], [run.clients]);
  const progressRow = useRingRows(sources, readProgress, 200)[0];
  const step = progressRow.length ? Math.min(...progressRow) : 0;
  // The counter names the update whose mask is drawn (masks arrive a moment after their update), so the two agree.
  const shownStep = feed ? feed.step : step;
  const epochDone = Math.floor(shownStep / stepsPerEpoch(n));

  // The mask of the drawn layer, row 0 of the latest mini-batch.
  const drawn = feed?.masks[layer - 1];
  const row = useMemo(() => (drawn ? maskRow(drawn, 0) : null), [drawn]);
  const maskRows = useMemo<MaskRow[]>(() => (feed && row ? Array.from(row, (kept, unit) => ({ step: feed.step, unit, kept })) : []), [feed, row]);
  const keptInRow = row ? row.reduce((a, b) => a + b, 0) : 0;
  const share = feed ? keptShare(feed.masks) : NaN;
  const scale = fmt(factors.train, 4);

  // E[h′] = h·(test factor) with the engine's masks for row 0 of the drawn layer (updates 1 … 10000).
  const check = useMemo(() => averageOverMasks(H_EXAMPLE, p, layer - 1, seed, CHECK_COUNTS, variant), [p, layer, seed, variant]);
  const checkRows = useMemo<CheckRow[]>(
    () =>
      H_EXAMPLE.map((h, j) => {
        const kept = row ? row[j] : NaN;
        const means = Object.fromEntries(check.map((c, i) => [MEAN_COLUMNS[i], c.mean[j]])) as Record<MeanColumn, number>;
        return { unit: j, h, h_test: h * factors.test, kept_now: kept, h_scaled_now: kept * h * factors.train, ...means };
      }),
    [check, row, factors],
  );
  const last = check[check.length - 1];
  const maxErr = Math.max(...H_EXAMPLE.map((h, j) => Math.abs(last.mean[j] - h * factors.test)));
  const book = variant === 'book';

  const diverged = run.clients
    .map((c, k) => ({ k, progress: c.status.progress }))
    .find((x) => x.progress?.stopped === 'diverged');
  const divergedText = diverged
    ? t(TEXT.diverged, { variant: t(NET_LONG[VARIANTS[diverged.k]]), step: diverged.progress!.divergedAt })
    : null;

  const big = powerOfTwo(DROPPABLE_UNITS);
  const controls = (
    <RunPlayControls run={run} step={step} total={totalSteps} counter={t(TEXT.counter, { k: epochDone, n: epochs, s: shownStep })} />
  );

  return (
    <article className="lesson lesson-dropout">
      <section className="prose">
        <Prose text={t(TEXT.intro)} />
      </section>

      <section className="lesson-figure-row" data-embed="curves">
        <div className="figure-col" ref={curvesRef}>
          <h2>{t(TEXT.curvesTitle)}</h2>
          <div className="prose" data-embed-omit>
            <Prose text={t(TEXT.curvesIntro, { n, nTest: N_TEST })} />
          </div>
          <Figure
            id="dropout/curves"
            caption={t(TEXT.curvesCaption, { p })}
            columns={CURVE_COLUMNS}
            rows={curveRows}
            format={fmt6}
            python={(lang) => dropoutScript(values, lang, siteDataUrl(window.location.href, import.meta.env.BASE_URL))}
          >
            <RingLineChart series={series} sources={sources} yDomain={[0, 1]} xLabel={t(TEXT.epoch)} yLabel={t(TEXT.accuracy)} xMax={epochs} />
          </Figure>
          <RunStatus run={run} divergedText={divergedText} />
          {controls}
          {common && verdict && (
            <p className="reading" data-reading="gap" data-verdict={verdict}>
              {t(TEXT.reading, {
                epoch: common.epoch,
                p,
                trainNone: pct(common.none.train),
                testNone: pct(common.none.test),
                gapNone: points(common.none.gap),
                trainInv: pct(common.inverted.train),
                testInv: pct(common.inverted.test),
                gapInv: points(common.inverted.gap),
                trainBook: pct(common.book.train),
                testBook: pct(common.book.test),
                gapBook: points(common.book.gap),
              })}{' '}
              {t(VERDICT[verdict], { net: t(VERDICT_NET[variant]), diff: points(Math.abs(common.none.gap - common[variant].gap)) })}
            </p>
          )}
        </div>
        <div className="side-col" data-embed="curves mask">
          <VariantPicker spec={VARIANT_SPEC} value={variant} onChange={(v) => setParam('variant', v)} />
          {P.filter(isSlider)
            .filter((s) => s.name !== 'layer')
            .map((s) => (
              <Slider key={s.name} spec={s} value={values[s.name]} onChange={(v) => setParam(s.name, v)} />
            ))}
          <div className="prose" data-embed-omit>
            <Prose text={t(TEXT.curvesAfter, { nTest: N_TEST })} />
            <PythonRun title={t(TEXT.pythonTitle)} text={t(TEXT.pythonRun)} />
          </div>
        </div>
      </section>

      <Variants p={p} now={common && { epoch: common.epoch, inverted: common.inverted, book: common.book }} />

      <section className="lesson-figure-row" data-embed="mask">
        <div className="figure-col" ref={maskRef}>
          <h2>{t(TEXT.maskTitle)}</h2>
          <Figure
            id="dropout/mask"
            caption={t(TEXT.maskCaption, { layer, shown: SHOWN_UNITS, units: UNITS })}
            columns={MASK_COLUMNS}
            rows={maskRows}
            format={String}
          >
            <MaskDiagram
              mask={row}
              scale={scale}
              labels={{
                prev: layer === 1 ? t(TEXT.inputLayer) : t(TEXT.thisLayer, { k: layer - 1 }),
                layer: t(TEXT.thisLayer, { k: layer }),
                next: layer === HIDDEN_LAYERS ? t(TEXT.outputLayer) : t(TEXT.thisLayer, { k: layer + 1 }),
                more: t(TEXT.moreUnits, { k: UNITS - SHOWN_UNITS }),
                kept: t(TEXT.kept, { scale }),
                dropped: t(TEXT.dropped),
                step: feed ? t(TEXT.maskStep, { step: feed.step }) : t(TEXT.maskNone),
              }}
            />
            <p className="mask-step" data-mask-step={feed?.step ?? 0}>
              {feed ? t(TEXT.maskStep, { step: feed.step }) : t(TEXT.maskNone)}
              {p === 0 && feed ? ` ${t(TEXT.maskNoDropout)}` : ''}
            </p>
          </Figure>
          {controls}
        </div>
        <div className="side-col">
          <VariantPicker spec={VARIANT_SPEC} value={variant} onChange={(v) => setParam('variant', v)} />
          <Slider spec={LAYER_SPEC} value={layer} onChange={(v) => setParam('layer', v)} />
          <h3>{t(book ? TEXT.scaleTitleBook : TEXT.scaleTitle)}</h3>
          <Prose text={book ? t(TEXT.scaleNowBook, { p, keep: fmt(factors.test, 4) }) : t(TEXT.scaleNow, { p, scale })} />
          {feed && row && (
            <div data-reading="kept" data-share={share}>
              <Prose
                text={t(TEXT.keptRow, {
                  units: row.length,
                  kept: keptInRow,
                  expected: fmt((1 - p) * row.length, 3),
                  layers: feed.masks.length,
                  share: fmt(share, 3),
                  keep: fmt(1 - p, 3),
                })}
              />
            </div>
          )}
          <div className="eval-note">
            <Prose text={t(book ? TEXT.evalNoteBook : TEXT.evalNote)} />
          </div>
        </div>
      </section>

      <section data-embed="expectation">
        <h2>{t(book ? TEXT.checkTitleBook : TEXT.checkTitle)}</h2>
        <div className="prose">
          <Prose text={t(book ? TEXT.checkIntroBook : TEXT.checkIntro, { layer })} />
        </div>
        <Figure id="dropout/expectation" caption={t(TEXT.checkCaption)} columns={CHECK_COLUMNS} rows={checkRows} format={fmt6}>
          <ScrollBox className="table-scroll">
            <table className="expectation-table">
              <thead>
                <tr>
                  <th scope="col">i</th>
                  <th scope="col">
                    h<sub>i</sub>
                  </th>
                  <th scope="col">
                    {book ? '(1 − p)·h' : 'h'}
                    <sub>i</sub>
                    {t(TEXT.checkTestCol)}
                  </th>
                  <th scope="col">
                    ξ<sub>i</sub>
                  </th>
                  <th scope="col">
                    h′<sub>i</sub>
                  </th>
                  {CHECK_COUNTS.map((k) => (
                    <th key={k} scope="col">
                      K = {k}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {checkRows.map((r) => (
                  <tr key={r.unit}>
                    {CHECK_COLUMNS.map((c) => (
                      <td key={c}>{Number.isNaN(r[c]) ? '–' : c === 'unit' ? String(r.unit + 1) : fmt(r[c], 4)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </Figure>
        <div className="reading" data-reading="expectation" data-max-error={maxErr}>
          <Prose text={t(book ? TEXT.checkErrorBook : TEXT.checkError, { err: fmt(maxErr, 3), share: fmt(last.kept, 4) })} />
        </div>
      </section>

      <section className="prose">
        <h2>{t(TEXT.ensembleTitle)}</h2>
        <Prose text={t(TEXT.ensemble)} />
        <Prose text={t(TEXT.ensembleSmall, { terms: SMALL_ROW.join(' + '), total: 2 ** SMALL_M })} />
        <Prose
          text={t(TEXT.ensembleBig, { layers: HIDDEN_LAYERS, units: UNITS, M: DROPPABLE_UNITS, mantissa: fmt(big.mantissa, 3), exponent: big.exponent })}
        />
        {step > 0 && p > 0 && (
          <p data-reading="ensemble">{t(TEXT.ensembleSoFar, { steps: step, batch: BATCH, count: (step * Math.min(BATCH, n)).toLocaleString('en-US') })}</p>
        )}
      </section>

      <TrySection text={t(TEXT.try)} />

      <AboutLink specs={P} values={values} />
    </article>
  );
}
