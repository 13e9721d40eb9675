// The batch-norm lesson: the algorithm step by step on a real mini-batch of the run, training vs evaluation mode, the
// book's 16 initial scales × with/without BN trained live as one population of 32, and per-layer activation histograms.
import { siteDataUrl } from '../../components/python/scriptText';
import { useMemo, useRef } from 'react';
import type { BatchNormPlacement } from '../../engine/nn';
import type { EnumParam, IntParam, NumberParam } from '../../state/params';
import { useLessonParams } from '../../state/useLessonParams';
import { useT } from '../../state/useText';
import { AboutLink } from '../../components/AboutLink';
import { EnumSelect } from '../../components/EnumSelect';
import { Prose } from '../../components/Prose';
import { RunPlayControls } from '../../components/RunPlayControls';
import { RunStatus } from '../../components/RunStatus';
import { Slider } from '../../components/Slider';
import { TrySection } from '../../components/TrySection';
import { useTrainerRuns } from '../../components/useTrainerRuns';
import { AlgorithmSections } from './AlgorithmSection';
import { BookViewSection } from './BookViewSection';
import { GridFigure, panelCurves, useGridRows } from './GridSection';
import { batchNormScript } from './python';
import { inspectExport, type InspectFigure } from './pythonInspect';
import { HistogramFigure } from './HistogramSection';
import { BOOK, commonEpochs, gridEnds, gridPopulation, gridSummary, initStds, memberOf, panelIndex, stdLabel } from './model';
import { batchNormParams as P } from './params';
import { TEXT } from './text';
import { EndsReading } from './EndsReading';
import { useTrace } from './useTrace';
import './batchNorm.css';

const byName = (name: string) => P.find((p) => p.name === name) as NumberParam | IntParam;
const PLACE = P.find((p) => p.name === 'place') as EnumParam;
/** Where an exported script downloads MNIST: the data/ folder of the site this page is served from. */
const dataUrl = () => siteDataUrl(window.location.href, import.meta.env.BASE_URL);

export default function BatchNormView() {
  const t = useT();
  const { values, setParam } = useLessonParams(P);
  const { epochs, lr, n, seed } = values;
  const place = values.place as BatchNormPlacement;
  const stds = useMemo(() => initStds(values.stds), [values.stds]);
  const population = useMemo(() => gridPopulation({ stds: values.stds, epochs, lr, n, place, seed }), [values.stds, epochs, lr, n, place, seed]);
  const gridRef = useRef<HTMLDivElement>(null);
  const histRef = useRef<HTMLDivElement>(null);
  const bookRef = useRef<HTMLDivElement>(null);
  const visible = useMemo(() => [gridRef, histRef, bookRef], []);
  const run = useTrainerRuns(population, JSON.stringify(population), { stepSize: Math.ceil(n / BOOK.batch), visibleRef: visible });
  const clients = run.clients;
  const rows = useGridRows(clients, stds);
  const curves = useMemo(() => panelCurves(rows, stds, clients), [rows, stds, clients]);
  const summary = gridSummary(curves);
  const epoch = Math.max(0, ...curves.map((c) => Math.max(c.bn.length, c.plain.length)));
  const common = commonEpochs(curves);
  const ends = gridEnds(curves, stds, common);

  // The inspected scale: its BN member's trace and both members' histograms follow its epochs.
  const k = panelIndex(values.panel, values.stds);
  const bn = clients[memberOf(k, true)];
  const plain = clients[memberOf(k, false)];
  const bnEpochs = curves[k]?.bn.length ?? 0;
  const ready = (bn?.status.progress?.step ?? 0) > 0;
  const trace = useTrace(bn, values.layer - 1, `${bnEpochs}:${run.mode}`, ready);

  const diverged = stds.flatMap((std, i) =>
    [true, false].flatMap((withBn) => {
      const p = clients[memberOf(i, withBn)]?.status.progress;
      return p?.stopped === 'diverged' ? [t(TEXT.diverged, { net: t(withBn ? TEXT.withBn : TEXT.withoutBn), std: stdLabel(std), step: p.divergedAt })] : [];
    }),
  );
  const py = (figure: InspectFigure) => inspectExport(values, figure, dataUrl);
  const controls = <RunPlayControls run={run} step={epoch} total={epochs} counter={t(TEXT.epochCounter, { k: epoch, n: epochs })} />;

  return (
    <article className="lesson lesson-batch-norm">
      <section className="prose">
        <Prose text={t(TEXT.intro)} />
      </section>

      <section className="prose">
        <h2>{t(TEXT.formulaTitle)}</h2>
        <Prose text={t(TEXT.formula)} />
      </section>

      <AlgorithmSections
        state={trace}
        std={stds[k]}
        panel={k + 1}
        sliders={{ layer: byName('layer') as IntParam, panel: byName('panel') as IntParam }}
        values={{ layer: values.layer, panel: values.panel, n }}
        setParam={setParam}
        python={{ algorithm: py('algorithm'), modes: py('modes') }}
      />

      <section className="prose">
        <h2>{t(TEXT.gridTitle)}</h2>
        <Prose text={t(TEXT.gridIntro, { count: 2 * values.stds, stds: values.stds, epochs, n, lr })} />
        <div className="python-run">
          <h3>{t(TEXT.pythonTitle)}</h3>
          <Prose text={t(TEXT.pythonRun, { count: 2 * values.stds })} />
          <Prose text={t(TEXT.pythonInspect)} />
        </div>
      </section>

      <section className="lesson-figure-row bn-grid-row" data-embed="grid" data-run-mode={run.mode}>
        <div className="figure-col">
          <GridFigure
            clients={clients} stds={stds} rows={rows} curves={curves} epochs={epochs} focus={k} figureRef={gridRef}
            python={(lang) => batchNormScript(values, lang, dataUrl())}
          />
        </div>
        <div className="side-col">
          <RunStatus run={run} divergedText={diverged.length ? diverged.join(' ') : null} />
          {controls}
          {common > 0 && (
            <p
              className="reading"
              data-reading="grid"
              data-epoch={common}
              data-bn-faster={summary.bnFaster}
              data-plain-faster={summary.plainFaster}
              data-bn-learned={summary.bnLearned}
              data-plain-learned={summary.plainLearned}
            >
              {t(TEXT.gridReading, { epoch: common, panels: summary.panels, bnFaster: summary.bnFaster, plainFaster: summary.plainFaster, bnLearned: summary.bnLearned, plainLearned: summary.plainLearned })}
            </p>
          )}
          {(['stds', 'epochs', 'lr', 'n', 'seed'] as const).map((name) => (
            <Slider key={name} spec={byName(name)} value={values[name]} onChange={(v) => setParam(name, v)} />
          ))}
          <EnumSelect spec={PLACE} value={values.place} onChange={(v) => setParam('place', v)} />
        </div>
      </section>

      <BookViewSection clients={clients} stds={stds} grid={rows} epochs={epochs} n={n} figureRef={bookRef} python={py('book-view')} />

      <section className="lesson-figure-row" data-embed="histograms">
        <div className="figure-col">
          <h2>{t(TEXT.histTitle)}</h2>
          <HistogramFigure bn={bn} plain={plain} std={stds[k]} panel={k + 1} epoch={bnEpochs} ready={ready} figureRef={histRef} python={py('histograms')} />
        </div>
        <div className="side-col">
          <Slider spec={byName('panel')} value={values.panel} onChange={(v) => setParam('panel', v)} />
          {controls}
          <div className="prose" data-embed-omit>
            <Prose text={t(TEXT.histNote)} />
          </div>
        </div>
      </section>

      <section className="prose">
        <h2>{t(TEXT.bookTitle)}</h2>
        <EndsReading ends={ends} epoch={common} />
        <Prose text={t(TEXT.book)} />
      </section>

      <section className="prose">
        <h2>{t(TEXT.diffTitle)}</h2>
        <Prose text={t(TEXT.diff)} />
      </section>

      <TrySection text={t(TEXT.try)} />

      <AboutLink specs={P} values={values} />
    </article>
  );
}
