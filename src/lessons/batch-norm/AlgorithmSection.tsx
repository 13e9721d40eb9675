// Batch norm step by step on the traced member's last mini-batch (μ_B, σ²_B, x̂, y for a few units), and the two modes:
// batch statistics in training, running averages in evaluation, and a batch of one with batch statistics.
import { useMemo } from 'react';
import type { IntParam } from '../../state/params';
import type { Lang } from '../../state/i18n';
import { useT } from '../../state/useText';
import { Figure } from '../../components/Figure';
import { ScrollBox } from '../../components/ScrollBox';
import { fmt, fmt6 } from '../../components/format';
import { Prose } from '../../components/Prose';
import { Slider } from '../../components/Slider';
import { BOOK, argmax, normalize, rowSpread, stdLabel, traceRows } from './model';
import { INSPECT_COLUMNS, SHOW_ROWS, SHOW_UNITS } from './pythonInspect';
import { TEXT } from './text';
import type { TraceState } from './useTrace';

const ALGO_COLUMNS = INSPECT_COLUMNS.algorithm;
const MODE_COLUMNS = INSPECT_COLUMNS.modes;

/** A number for TeX: 4 significant digits, a − as -, an exponent as ×10^k. */
function tex(x: number): string {
  const s = fmt(x, 3).replace('−', '-');
  const m = /^(-?[\d.]+)e([+-]?\d+)$/.exec(s);
  return m ? `${m[1]}\\times10^{${Number(m[2])}}` : s;
}

interface Props {
  state: TraceState;
  std: number;
  panel: number;
  sliders: { layer: IntParam; panel: IntParam };
  values: { layer: number; panel: number; n: number };
  setParam(name: string, value: number): void;
  /** The two figures' Python exports (scripts for the current settings). */
  python: { algorithm: (lang: Lang) => string; modes: (lang: Lang) => string };
}

export function AlgorithmSections({ state, std, panel, sliders, values, setParam, python }: Props) {
  const t = useT();
  const tr = state.trace;
  const rows = useMemo(() => (tr ? traceRows(tr, SHOW_ROWS, SHOW_UNITS) : []), [tr]);
  const modeRows = useMemo(() => {
    if (!tr) return [];
    const c = tr.outputSize;
    return Array.from({ length: tr.singles }, (_, i) => ({ row: i + 1, label: tr.labels[i], class_alone_batch: argmax(tr.singleTrain, i * c, c), class_alone_running: argmax(tr.singleEval, i * c, c) }));
  }, [tr]);
  const u = tr?.units ?? 0;
  const cell = (i: number, j: number, v: ArrayLike<number>) => fmt(v[i * u + j], 3);
  const units = Array.from({ length: Math.min(SHOW_UNITS, u) }, (_, j) => j);
  const shownRows = Array.from({ length: Math.min(SHOW_ROWS, tr?.n ?? 0) }, (_, i) => i);
  const waiting = <p role="status">{t(TEXT.traceWaiting)}</p>;
  const spreadTrain = tr ? rowSpread(tr.singleTrain, tr.singles, tr.outputSize) : NaN;
  const spreadEval = tr ? rowSpread(tr.singleEval, tr.singles, tr.outputSize) : NaN;

  return (
    <>
      <section className="lesson-figure-row" data-embed="algorithm">
        <div className="figure-col">
          <h2>{t(TEXT.algoTitle)}</h2>
          <Figure id="batch-norm/algorithm" caption={t(TEXT.algoCaption, { layer: values.layer, std: stdLabel(std), panel })} columns={ALGO_COLUMNS} rows={rows} format={fmt6} python={python.algorithm}>
            {tr ? (
              <ScrollBox className="table-scroll">
                <table className="bn-table" data-step={tr.step}>
                  <thead>
                    <tr>
                      <th scope="col">{t(TEXT.digit)}</th>
                      {units.map((j) => (
                        <th key={j} scope="col" colSpan={3}>
                          {t(TEXT.unit, { j: j + 1 })}
                        </th>
                      ))}
                    </tr>
                    <tr>
                      <th scope="col" />
                      {units.map((j) => ['x', 'x̂', 'y'].map((h) => <th key={`${j}${h}`} scope="col">{h}</th>))}
                    </tr>
                  </thead>
                  <tbody>
                    {shownRows.map((i) => (
                      <tr key={i}>
                        <th scope="row">{t(TEXT.digitRow, { i: i + 1, label: tr.labels[i] })}</th>
                        {units.map((j) => [tr.x, tr.xhat, tr.y].map((v, q) => <td key={`${j}${q}`}>{cell(i, j, v)}</td>))}
                      </tr>
                    ))}
                    <tr className="bn-dots">
                      <th scope="row">{t(TEXT.moreRows, { n: tr.n - shownRows.length })}</th>
                      {units.map((j) => <td key={j} colSpan={3}>⋮</td>)}
                    </tr>
                  </tbody>
                  <tfoot>
                    {(
                      [
                        ['μ_B', tr.mean],
                        ['σ²_B', tr.variance],
                        ['γ', tr.gamma],
                        ['β', tr.beta],
                        [t(TEXT.runMean), tr.runMean],
                        [t(TEXT.runVar), tr.runVar],
                      ] as const
                    ).map(([name, v]) => (
                      <tr key={name}>
                        <th scope="row">{name}</th>
                        {units.map((j) => (
                          <td key={j} colSpan={3}>
                            {fmt(v[j], 4)}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tfoot>
                </table>
              </ScrollBox>
            ) : (
              waiting
            )}
          </Figure>
        </div>
        <div className="side-col">
          <Slider spec={sliders.panel} value={values.panel} onChange={(v) => setParam('panel', v)} />
          <Slider spec={sliders.layer} value={values.layer} onChange={(v) => setParam('layer', v)} />
          {tr && (
            <div className="prose reading" data-reading="algorithm" data-step={tr.step} data-mean={tr.mean[0]} data-variance={tr.variance[0]} data-xhat={tr.xhat[0]} data-y={tr.y[0]}>
              <Prose
                text={t(TEXT.algoWorked, {
                  step: tr.step,
                  // The epoch the traced (last) update belonged to, counted from 1.
                  epoch: Math.ceil(tr.step / Math.ceil(values.n / BOOK.batch)),
                  n: tr.n,
                  xval: tex(tr.x[0]),
                  muval: tex(tr.mean[0]),
                  varval: tex(tr.variance[0]),
                  epsval: tex(tr.eps),
                  xhatval: tex(normalize(tr.x[0], tr.mean[0], tr.variance[0], tr.eps)),
                  gammaval: tex(tr.gamma[0]),
                  betaval: tex(tr.beta[0]),
                  yval: tex(tr.y[0]),
                })}
              />
            </div>
          )}
        </div>
      </section>

      <section className="lesson-figure-row" data-embed="modes">
        <div className="figure-col">
          <h2>{t(TEXT.modesTitle)}</h2>
          <div className="prose" data-embed-omit>
            <Prose text={t(TEXT.modesIntro)} />
          </div>
          <Figure id="batch-norm/modes" caption={t(TEXT.modesCaption, { k: tr?.singles ?? 0 })} columns={MODE_COLUMNS} rows={modeRows} format={fmt6} python={python.modes}>
            {tr ? (
              <ScrollBox className="table-scroll">
                <table className="bn-table bn-modes">
                  <thead>
                    <tr>
                      <th scope="col">{t(TEXT.digit)}</th>
                      <th scope="col">{t(TEXT.colLabel)}</th>
                      <th scope="col">{t(TEXT.colAloneBatch)}</th>
                      <th scope="col">{t(TEXT.colAloneRunning)}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {modeRows.map((r) => (
                      <tr key={r.row}>
                        <th scope="row">{t(TEXT.digitRow, { i: r.row, label: r.label })}</th>
                        <td>{r.label}</td>
                        <td>{r.class_alone_batch}</td>
                        <td>{r.class_alone_running}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollBox>
            ) : (
              waiting
            )}
          </Figure>
        </div>
        <div className="side-col">
          {tr && (
            <div className="prose reading" data-reading="modes" data-spread-batch={spreadTrain} data-spread-running={spreadEval}>
              <Prose
                text={t(TEXT.modesReading, {
                  k: tr.singles,
                  spreadTrain: fmt(spreadTrain, 3),
                  spreadEval: fmt(spreadEval, 3),
                  logits: Array.from(tr.singleTrain.subarray(0, 3), (v) => fmt(v, 3)).join(', '),
                })}
              />
            </div>
          )}
        </div>
      </section>
    </>
  );
}
