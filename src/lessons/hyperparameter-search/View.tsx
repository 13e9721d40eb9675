// The hyperparameter-search lesson: the book's random search over lr and weight decay trained live as one population, the
// scatter of trials (brush it to narrow the ranges for the next round), the best-k curves, and a grid of the same budget.
import { useMemo, useRef, useState } from 'react';
import type { NumberParam, IntParam } from '../../state/params';
import { useLessonParams } from '../../state/useLessonParams';
import { useT } from '../../state/useText';
import { AboutLink } from '../../components/AboutLink';
import { siteDataUrl } from '../../components/python/scriptText';
import { Figure } from '../../components/Figure';
import { fmt, fmt6 } from '../../components/format';
import { Prose } from '../../components/Prose';
import { RunPlayControls } from '../../components/RunPlayControls';
import { RunStatus } from '../../components/RunStatus';
import { Slider } from '../../components/Slider';
import { TrySection } from '../../components/TrySection';
import { useTrainerRuns } from '../../components/useTrainerRuns';
import { PythonRun } from '../../components/PythonRun';
import { BestCurves } from './BestCurves';
import { GridSection } from './GridSection';
import { BOOK, BOOK_RANGES, bestTrials, meanAccWhere, orderedRange, randomTrials, rangeOfBest, searchPopulation, unionRanges, updatesPerEpoch, type Range, type TrialResult } from './model';
import { searchParams as P } from './params';
import { searchScript, type SearchFigure } from './python';
import { TEXT } from './text';
import { pow10Label, TrialScatter } from './TrialScatter';
import { TRIAL_COLUMNS, useTrialResults } from './useTrialResults';
import './search.css';

const byName = (name: string) => P.find((p) => p.name === name) as NumberParam | IntParam;
const RANGE_NAMES = ['lr.lo', 'lr.hi', 'wd.lo', 'wd.hi'] as const;
const pct = (x: number) => (Number.isFinite(x) ? `${fmt(100 * x, 3)} %` : '–');
/** How many of the best trials the "narrow" button spans (the book reads its range off Best-1 … Best-5). */
const NARROW_K = 5;

export default function HyperparameterSearchView() {
  const t = useT();
  const { values, setParam } = useLessonParams(P);
  const { trials: count, epochs, batch, seed } = values;
  const lrLo = values['lr.lo'], lrHi = values['lr.hi'], wdLo = values['wd.lo'], wdHi = values['wd.hi'];
  const ranges = useMemo(() => ({ lr: orderedRange(lrLo, lrHi), wd: orderedRange(wdLo, wdHi) }), [lrLo, lrHi, wdLo, wdHi]);
  const domain = useMemo(() => unionRanges(BOOK_RANGES, ranges), [ranges]);
  const trials = useMemo(() => randomTrials(count, ranges.lr, ranges.wd, seed), [count, ranges, seed]);
  const query = useMemo(() => ({ n: BOOK.n, epochs, batch, seed }), [epochs, batch, seed]);
  const population = useMemo(() => searchPopulation(trials, query), [trials, query]);
  const scatterRef = useRef<HTMLDivElement>(null);
  const bestRef = useRef<HTMLDivElement>(null);
  const visible = useMemo(() => [scatterRef, bestRef], []);
  const run = useTrainerRuns(population, JSON.stringify(population), { stepSize: updatesPerEpoch(BOOK.n, batch), visibleRef: visible });
  const { results, rows } = useTrialResults(run.clients, trials);
  const epoch = Math.min(...results.map((r) => r.epochs));
  const done = results.filter((r) => r.epochs >= epochs).length;
  const best = bestTrials(results, values.best);
  const top = best[0];
  const high = meanAccWhere(results, 1e-3, Infinity);
  const low = meanAccWhere(results, 0, 1e-5);
  const narrow = rangeOfBest(results, NARROW_K);

  // The round before the last narrowing, drawn faded under the new one (page state only: a shared link starts fresh).
  const [previous, setPrevious] = useState<TrialResult[]>([]);
  const setRanges = (r: { lr: Range; wd: Range }) => {
    setPrevious(results.filter((x) => Number.isFinite(x.valAcc)));
    setParam('lr.lo', r.lr[0]);
    setParam('lr.hi', r.lr[1]);
    setParam('wd.lo', r.wd[0]);
    setParam('wd.hi', r.wd[1]);
  };
  const round2 = (v: number) => Math.round(v * 100) / 100;
  const narrowToBest = () => narrow && setRanges({ lr: [round2(narrow.lr[0] - 0.05), round2(narrow.lr[1] + 0.05)], wd: [round2(narrow.wd[0] - 0.05), round2(narrow.wd[1] + 0.05)] });
  const isBook = lrLo === BOOK_RANGES.lr[0] && lrHi === BOOK_RANGES.lr[1] && wdLo === BOOK_RANGES.wd[0] && wdHi === BOOK_RANGES.wd[1];
  const python = (figure: SearchFigure) => (lang: 'zh' | 'en') => searchScript(figure, values, lang, siteDataUrl(window.location.href, import.meta.env.BASE_URL));
  const rangeText = { lrLo: ranges.lr[0], lrHi: ranges.lr[1], wdLo: ranges.wd[0], wdHi: ranges.wd[1] };

  return (
    <article className="lesson lesson-hyperparameter-search">
      <section className="prose">
        <Prose text={t(TEXT.intro)} />
      </section>

      <section className="prose">
        <h2>{t(TEXT.procedureTitle)}</h2>
        <Prose text={t(TEXT.procedure)} />
      </section>

      <section className="lesson-figure-row hp-search-row" data-embed="trials" data-run-mode={run.mode}>
        <div className="figure-col" ref={scatterRef}>
          <h2>{t(TEXT.searchTitle, { count })}</h2>
          <Figure id="hyperparameter-search/trials" caption={t(TEXT.trialsCaption, { count, ...rangeText, epochs, batch })} columns={TRIAL_COLUMNS} rows={rows} format={fmt6} python={python('trials')}>
            <TrialScatter results={results} previous={previous} domain={domain} box={ranges} onBrush={setRanges} name="trials" />
          </Figure>
        </div>
        <div className="side-col">
          <RunStatus run={run} />
          <RunPlayControls run={run} step={Number.isFinite(epoch) ? epoch : 0} total={epochs} counter={t(TEXT.epochCounter, { k: Number.isFinite(epoch) ? epoch : 0, n: epochs })} />
          <p
            className="reading"
            data-reading="search"
            data-epoch={Number.isFinite(epoch) ? epoch : 0}
            data-done={done}
            data-best-trial={top?.trial ?? ''}
            data-best-lr={top?.lr ?? ''}
            data-best-wd={top?.weightDecay ?? ''}
            data-best-acc={top?.valAcc ?? ''}
            data-low-count={low.count}
            data-low-min={low.count ? low.min : ''}
            data-low-max={low.count ? low.max : ''}
          >
            {top
              ? [
                  t(TEXT.searchReading, { done, count, trial: top.trial, acc: pct(top.valAcc), lr: fmt(top.lr, 3), wd: fmt(top.weightDecay, 3) }),
                  high.count ? t(TEXT.searchHigh, { n: high.count, acc: pct(high.mean) }) : '',
                  low.count ? t(TEXT.searchLow, { n: low.count, acc: pct(low.mean), min: pct(low.min), max: pct(low.max) }) : '',
                ].filter(Boolean).join(' ')
              : t(TEXT.searchWaiting)}
          </p>
          <div className="hp-buttons" data-embed-omit>
            <button type="button" data-action="narrow" disabled={!narrow} onClick={narrowToBest}>
              {t(TEXT.narrowButton, { k: NARROW_K })}
            </button>
            <button type="button" data-action="book-ranges" disabled={isBook} onClick={() => setRanges(BOOK_RANGES)}>
              {t(TEXT.bookButton)}
            </button>
          </div>
          {(['trials', 'epochs', 'batch', 'seed'] as const).map((name) => (
            <Slider key={name} spec={byName(name)} value={values[name]} onChange={(v) => setParam(name, v)} />
          ))}
        </div>
      </section>

      <section className="lesson-figure-row hp-narrow-row" data-embed="trials">
        <div className="prose">
          <h2>{t(TEXT.narrowTitle)}</h2>
          <Prose text={t(TEXT.narrow, { k: NARROW_K })} />
        </div>
        <div className="side-col">
          {RANGE_NAMES.map((name) => (
            <Slider key={name} spec={byName(name)} value={values[name]} onChange={(v) => setParam(name, v)} />
          ))}
          <p className="hp-note" data-ranges={`${ranges.lr[0]},${ranges.lr[1]},${ranges.wd[0]},${ranges.wd[1]}`}>
            {t(TEXT.rangesNow, { lrLo: pow10Label(ranges.lr[0]), lrHi: pow10Label(ranges.lr[1]), wdLo: pow10Label(ranges.wd[0]), wdHi: pow10Label(ranges.wd[1]) })}
          </p>
        </div>
      </section>

      <section className="lesson-figure-row hp-best-row" data-embed="best">
        <div className="figure-col">
          <h2>{t(TEXT.bestTitle, { k: values.best })}</h2>
          <BestCurves best={best} clients={run.clients} epochs={epochs} figureRef={bestRef} python={python('best')} />
        </div>
        <div className="side-col">
          <Slider spec={byName('best')} value={values.best} onChange={(v) => setParam('best', v)} />
          <div className="prose" data-embed-omit>
            <Prose text={t(TEXT.bestNote)} />
          </div>
        </div>
      </section>

      <GridSection random={results} trials={count} ranges={ranges} domain={domain} query={query} python={python('grid')} />

      <section className="prose">
        <h2>{t(TEXT.runTitle)}</h2>
        <Prose text={t(TEXT.run1)} />
      </section>

      <section className="prose">
        <h2>{t(TEXT.run2Title)}</h2>
        <Prose text={t(TEXT.run2)} />
      </section>

      <section className="prose">
        <h2>{t(TEXT.run3Title)}</h2>
        <Prose text={t(TEXT.run3)} />
      </section>

      <section className="prose">
        <h2>{t(TEXT.gapTitle)}</h2>
        <Prose text={t(TEXT.gap)} />
        <PythonRun title={t(TEXT.pythonTitle)} text={t(TEXT.pythonRun)} />
      </section>

      <TrySection text={t(TEXT.try)} />

      <AboutLink specs={P} values={values} />
    </article>
  );
}
