// The playground's output column: the last epoch's losses, the loss curves, and the heat map of the network's output over
// the plane with the data on it (click or keyboard to add points), with its two display switches.
import { useMemo } from 'react';
import { useT } from '../../state/useText';
import type { RunView } from '../../components/run';
import { Figure } from '../../components/Figure';
import { fmt6 } from '../../components/format';
import type { Dataset } from '../../engine/train';
import { LossCurve } from './LossCurve';
import { GRID, type BoundaryRow, type BoundaryTable } from './model';
import { OnOffBox } from './OnOffBox';
import { OutputPlot } from './OutputPlot';
import { MAX_ADDED, type PlaygroundValues } from './params';
import { pythonExport } from './python';
import { TEXT } from './text';

const COLUMNS = ['x1', 'x2', 'p'] as const;
const COLUMNS_DISCRETE = ['x1', 'x2', 'p', 'class'] as const;
const COLUMNS_REG = ['x', 'y_hat'] as const;

interface Props {
  values: PlaygroundValues;
  setParam(name: string, value: number | string | readonly number[]): void;
  run: RunView | undefined;
  data: { train: Dataset; test: Dataset | null } | null;
  regression: boolean;
  /** GRID×GRID P(class 1) or GRID predictions; null before the first fetch. */
  plane: Float32Array | null;
  /** The boundary table: p per lattice node (x₁, x₂), or ŷ per x. */
  table: BoundaryTable;
  /** The update the plane and the table were read after. */
  step: number;
  addClass: 0 | 1;
}

export function OutputPanel({ values, setParam, run, data, regression, plane, table, step, addClass }: Props) {
  const t = useT();
  const discrete = !regression && values.discrete === 'on';
  const added = values.pts.length / 3;
  const addedFrom = data ? data.train.n - added : 0;
  const onAdd = (x1: number, x2: number, c: number) => {
    if (added >= MAX_ADDED) return;
    const r = (v: number) => Math.round(v * 1000) / 1000;
    setParam('pts', [...values.pts, r(x1), r(x2), regression ? 0 : c]);
  };
  // With the output discretized the plot shows the class: the table says it beside p.
  const classRows = useMemo<(BoundaryRow & { class?: 0 | 1 })[]>(
    () => (table.regression ? [] : discrete ? table.rows.map((r) => ({ ...r, class: r.p >= 0.5 ? 1 : 0 })) : table.rows),
    [table, discrete],
  );
  const caption = regression ? TEXT.plotCaptionReg : discrete ? TEXT.plotCaptionDiscrete : TEXT.plotCaption;
  const figure = { id: 'playground/boundary', caption: t(caption), format: fmt6, python: pythonExport(values, 'boundary') };
  const body = (
    <div data-step={step} data-boundary-ready={plane ? 'true' : 'false'}>
      <OutputPlot
        train={data?.train ?? null}
        test={data?.test ?? null}
        addedFrom={addedFrom}
        showTest={values.showTest === 'on'}
        discrete={discrete}
        regression={regression}
        values={plane}
        grid={GRID}
        addClass={addClass}
        onAdd={onAdd}
        ariaLabel={t(TEXT.plotLabel)}
        cursorText={(x1, x2) => t(TEXT.cursor, { x1, x2 })}
        xLabel={regression ? 'x' : 'x₁'}
        yLabel={regression ? 'y' : 'x₂'}
      />
    </div>
  );
  return (
    <div className="pg-panel pg-output" data-panel="output">
      <div className="pg-output-head">
        <h3>{t(TEXT.outputTitle)}</h3>
        <div className="pg-checks" data-embed="boundary">
          <OnOffBox name="showTest" value={values.showTest} onChange={(v) => setParam('showTest', v)} />
          <OnOffBox name="discrete" value={values.discrete} onChange={(v) => setParam('discrete', v)} disabled={regression} />
        </div>
      </div>
      <LossCurve run={run} values={values} />
      {table.regression ? (
        <Figure {...figure} columns={COLUMNS_REG} rows={table.rows}>
          {body}
        </Figure>
      ) : (
        <Figure {...figure} columns={discrete ? COLUMNS_DISCRETE : COLUMNS} rows={classRows}>
          {body}
        </Figure>
      )}
    </div>
  );
}
