// The playground's data column: the data set, its noise and training share, new points, the class a click adds; then the
// run's epoch budget, speed and seed.
import type { ReactNode } from 'react';
import { useT } from '../../state/useText';
import { EnumSelect } from '../../components/EnumSelect';
import { Slider } from '../../components/Slider';
import { enumSpec, numSpec } from './controls';
import type { PlaygroundValues } from './params';
import { TEXT } from './text';

interface Props {
  values: PlaygroundValues;
  setParam(name: string, value: number | string | readonly number[]): void;
  regression: boolean;
  addClass: 0 | 1;
  setAddClass(c: 0 | 1): void;
  /** The sizes of the splits, under the controls. */
  children: ReactNode;
}

export function DataPanel({ values, setParam, regression, addClass, setAddClass, children }: Props) {
  const t = useT();
  const added = values.pts.length / 3;
  return (
    <div className="pg-panel pg-data playground-controls" data-panel="data" data-embed="boundary">
      <h3>{t(TEXT.dataTitle)}</h3>
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
      <Slider spec={numSpec('epochs')} value={values.epochs} onChange={(v) => setParam('epochs', v)} />
      <EnumSelect spec={enumSpec('speed')} value={values.speed} onChange={(v) => setParam('speed', v)} />
      <Slider spec={numSpec('seed')} value={values.seed} onChange={(v) => setParam('seed', v)} />
    </div>
  );
}
