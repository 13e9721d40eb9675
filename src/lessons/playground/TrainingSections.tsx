// The playground's training controls: the optimizer with only its own hyperparameters, then the regularizers and clipping.
import { useT } from '../../state/useText';
import { EnumSelect } from '../../components/EnumSelect';
import { Prose } from '../../components/Prose';
import { Slider } from '../../components/Slider';
import type { PlaygroundParam, PlaygroundValues } from './params';
import { enumSpec, numSpec } from './controls';
import { TEXT } from './text';
import type { ReactNode } from 'react';

/** Each optimizer's own hyperparameters (besides η, which all but AdaDelta use). */
const OWN: Record<string, readonly PlaygroundParam[]> = {
  sgd: [],
  momentum: ['momentum.gamma'],
  adagrad: [],
  rmsprop: ['rmsprop.gamma'],
  adadelta: ['rho'],
  adam: ['beta1', 'beta2'],
};
const PER_LAYER = ['p.1', 'p.2', 'p.3', 'p.4', 'p.5', 'p.6'] as const;

interface Props {
  values: PlaygroundValues;
  setParam(name: string, value: number | string): void;
  /** The change line and the play controls, repeated on each screen. */
  children: ReactNode;
}

export function OptimizerSection({ values, setParam, children }: Props) {
  const t = useT();
  const set = (name: string) => (v: number | string) => setParam(name, v);
  return (
    <section data-embed="curves">
      <h2>{t(TEXT.optimizerTitle)}</h2>
      <div className="prose">
        <Prose text={t(TEXT.optimizerNote)} />
      </div>
      <div className="playground-grid">
        <div className="playground-controls">
          <EnumSelect spec={enumSpec('opt')} value={values.opt} onChange={set('opt')} />
          <Slider spec={numSpec('lr')} value={values.lr} onChange={set('lr')} disabled={values.opt === 'adadelta'} />
          {(OWN[values.opt] ?? []).map((name) => (
            <Slider key={name} spec={numSpec(name)} value={values[name] as number} onChange={set(name)} />
          ))}
          <Slider spec={numSpec('batch')} value={values.batch} onChange={set('batch')} />
        </div>
        <div className="playground-controls">
          <Slider spec={numSpec('epochs')} value={values.epochs} onChange={set('epochs')} />
          <Slider spec={numSpec('seed')} value={values.seed} onChange={set('seed')} />
          <EnumSelect spec={enumSpec('speed')} value={values.speed} onChange={set('speed')} />
          {children}
        </div>
      </div>
    </section>
  );
}

export function RegularizationSection({ values, setParam, children }: Props) {
  const t = useT();
  const set = (name: string) => (v: number | string) => setParam(name, v);
  return (
    <section data-embed="curves">
      <h2>{t(TEXT.regTitle)}</h2>
      <div className="playground-grid">
        <div className="playground-controls">
          <Slider spec={numSpec('l1')} value={values.l1} onChange={set('l1')} />
          <Slider spec={numSpec('l2')} value={values.l2} onChange={set('l2')} />
          <Slider spec={numSpec('clip')} value={values.clip} onChange={set('clip')} />
          <Slider spec={numSpec('dropout')} value={values.dropout} onChange={set('dropout')} />
          {children}
        </div>
        <fieldset className="playground-controls">
          <legend>{t(TEXT.perLayer)}</legend>
          {PER_LAYER.slice(0, values.depth).map((name) => (
            <Slider key={name} spec={numSpec(name)} value={values[name]} onChange={set(name)} />
          ))}
        </fieldset>
      </div>
    </section>
  );
}
