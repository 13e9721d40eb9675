// Random search against a grid of the same budget: the g × g grid trained as its own population (on Play), both read from the runs.
import { useMemo, useRef } from 'react';
import { useT } from '../../state/useText';
import { Figure } from '../../components/Figure';
import { fmt, fmt6 } from '../../components/format';
import { Prose } from '../../components/Prose';
import { RunPlayControls } from '../../components/RunPlayControls';
import { RunStatus } from '../../components/RunStatus';
import { useTrainerRuns } from '../../components/useTrainerRuns';
import { columnSpread, coverage, distinctLr, gridSide, gridTrials, searchPopulation, updatesPerEpoch, type Range, type SearchQuery, type TrialResult } from './model';
import { TrialScatter } from './TrialScatter';
import { TEXT } from './text';
import { TRIAL_COLUMNS, useTrialResults } from './useTrialResults';

/** "Learned" for the comparison: validation accuracy at least this (guessing is about 0.1). */
export const GOOD = 0.5;

interface Props {
  /** The random round's results (the first g² trials are compared). */
  random: readonly TrialResult[];
  trials: number;
  ranges: { lr: Range; wd: Range };
  domain: { lr: Range; wd: Range };
  query: SearchQuery;
  /** The figure's "Export → Python" script for the page's language. */
  python?: (lang: 'zh' | 'en') => string;
}

const pct = (x: number) => (Number.isFinite(x) ? `${fmt(100 * x, 3)} %` : '–');

export function GridSection({ random, trials, ranges, domain, query, python }: Props) {
  const t = useT();
  const g = gridSide(trials);
  const grid = useMemo(() => gridTrials(trials, ranges.lr, ranges.wd), [trials, ranges]);
  const population = useMemo(() => searchPopulation(grid, query), [grid, query]);
  const ref = useRef<HTMLDivElement>(null);
  const run = useTrainerRuns(population, JSON.stringify(population), { stepSize: updatesPerEpoch(query.n, query.batch), autoplay: false, visibleRef: ref });
  const { results, rows } = useTrialResults(run.clients, grid);
  const epoch = Math.min(...results.map((r) => r.epochs));
  const same = random.slice(0, g * g);
  const randomDone = same.length === g * g && same.every((r) => r.epochs >= query.epochs);
  const gridDone = epoch >= query.epochs;
  const cr = coverage(same, GOOD);
  const cg = coverage(results, GOOD);
  return (
    <>
      <section className="prose">
        <h2>{t(TEXT.gridTitle)}</h2>
        <Prose text={t(TEXT.gridIntro, { g, budget: g * g, distinctRandom: distinctLr(same), distinctGrid: distinctLr(grid) })} />
      </section>
      <section className="lesson-figure-row hp-grid-row" data-embed="grid" data-run-mode={run.mode}>
        <div className="figure-col" ref={ref}>
          <Figure id="hyperparameter-search/grid" caption={t(TEXT.gridCaption, { g, budget: g * g })} columns={TRIAL_COLUMNS} rows={rows} format={fmt6} python={python}>
            <TrialScatter results={results} domain={domain} box={ranges} name="grid" />
          </Figure>
        </div>
        <div className="side-col">
          <RunStatus run={run} />
          <RunPlayControls run={run} step={Number.isFinite(epoch) ? epoch : 0} total={query.epochs} counter={t(TEXT.epochCounter, { k: Number.isFinite(epoch) ? epoch : 0, n: query.epochs })} />
          {run.mode !== 'running' && epoch === 0 && <p className="hp-note">{t(TEXT.gridPlayHint, { budget: g * g })}</p>}
          <p
            className="reading"
            data-reading="grid-vs-random"
            data-done={randomDone && gridDone ? 1 : 0}
            data-random-best={cr.best?.valAcc ?? ''}
            data-grid-best={cg.best?.valAcc ?? ''}
            data-random-hits={cr.hits}
            data-grid-hits={cg.hits}
            data-random-hit-lr={cr.distinctHitLr}
            data-grid-hit-lr={cg.distinctHitLr}
            data-grid-spread={columnSpread(results)}
          >
            {t(TEXT.gridReading, {
              budget: g * g,
              good: pct(GOOD),
              rBest: pct(cr.best?.valAcc ?? NaN),
              rLr: cr.best ? fmt(cr.best.lr, 3) : '–',
              gBest: pct(cg.best?.valAcc ?? NaN),
              gLr: cg.best ? fmt(cg.best.lr, 3) : '–',
              rHits: cr.hits,
              gHits: cg.hits,
              rHitLr: cr.distinctHitLr,
              gHitLr: cg.distinctHitLr,
              spread: fmt(100 * columnSpread(results), 3),
            })}
            {!(randomDone && gridDone) && ` ${t(TEXT.gridPartial)}`}
          </p>
        </div>
      </section>
      <section className="prose">
        <h2>{t(TEXT.gridRunTitle)}</h2>
        <Prose text={t(TEXT.gridRun)} />
      </section>
    </>
  );
}
