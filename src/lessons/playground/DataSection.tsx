// The playground's first screen: the plot of the data and the network's output, the data controls and the run's controls.
import { useT } from '../../state/useText';
import { EnumSelect } from '../../components/EnumSelect';
import { Figure } from '../../components/Figure';
import { fmt6 } from '../../components/format';
import { Slider } from '../../components/Slider';
import type { Dataset } from '../../engine/train';
import { enumSpec, numSpec } from './controls';
import { OutputPlot } from './OutputPlot';
import { MAX_ADDED, type PlaygroundValues } from './params';
import { GRID } from './model';
import { TEXT } from './text';
import type { ReactNode } from 'react';

const COLUMNS = ['x1', 'x2', 'p'] as const;
const COLUMNS_REG = ['x', 'y_hat'] as const;

interface Props {
  values: PlaygroundValues;
  setParam(name: string, value: number | string | readonly number[]): void;
  data: { train: Dataset; test: Dataset | null } | null;
  regression: boolean;
  /** GRID×GRID P(class 1) or GRID predictions; null before the first fetch. */
  plane: Float32Array | null;
  rows: readonly (readonly number[])[];
  /** The update the plane and the table were read after. */
  step: number;
  addClass: 0 | 1;
  setAddClass(c: 0 | 1): void;
  /** Play controls, status and readings, placed under the plot. */
  children: ReactNode;
}

export function DataSection({ values, setParam, data, regression, plane, rows, step, addClass, setAddClass, children }: Props) {
  const t = useT();
  const added = values.pts.length / 3;
  const addedFrom = data ? data.train.n - added : 0;
  const onAdd = (x1: number, x2: number, c: number) => {
    if (added >= MAX_ADDED) return;
    const r = (v: number) => Math.round(v * 1000) / 1000;
    setParam('pts', [...values.pts, r(x1), r(x2), regression ? 0 : c]);
  };
  return (
    <section data-embed="boundary">
      <h2>{t(TEXT.dataTitle)}</h2>
      <div className="lesson-figure-row">
        <div className="figure-col">
          <Figure
            id="playground/boundary"
            caption={t(regression ? TEXT.plotCaptionReg : TEXT.plotCaption)}
            columns={regression ? COLUMNS_REG : COLUMNS}
            rows={rows}
            format={fmt6}
          >
            <div data-step={step} data-boundary-ready={plane ? 'true' : 'false'}>
              <OutputPlot
                train={data?.train ?? null}
                test={data?.test ?? null}
                addedFrom={addedFrom}
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
          </Figure>
        </div>
        <div className="side-col playground-controls" data-embed="boundary">
          <EnumSelect spec={enumSpec('data')} value={values.data} onChange={(v) => setParam('data', v)} />
          <Slider spec={numSpec('noise')} value={values.noise} onChange={(v) => setParam('noise', v)} />
          <Slider spec={numSpec('train')} value={values.train} onChange={(v) => setParam('train', v)} />
          <div className="button-row">
            <button type="button" data-action="regenerate" onClick={() => setParam('dataSeed', (values.dataSeed % 99999) + 1)}>
              {t(TEXT.regenerate)}
            </button>
            <button type="button" data-action="clear-points" disabled={added === 0} onClick={() => setParam('pts', [])}>
              {t(TEXT.clearAdded, { n: added })}
            </button>
          </div>
          {!regression && (
            <div className="button-row" role="group" aria-label={t(TEXT.addClass)}>
              <span>{t(TEXT.addClass)}:</span>
              {([0, 1] as const).map((c) => (
                <button key={c} type="button" data-add-class={c} aria-pressed={addClass === c} onClick={() => setAddClass(c)}>
                  {t(c === 0 ? TEXT.class0 : TEXT.class1)}
                </button>
              ))}
            </div>
          )}
          {children}
        </div>
      </div>
    </section>
  );
}
