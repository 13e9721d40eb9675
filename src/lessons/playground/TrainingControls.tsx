// The playground's training controls, compact above the panels: the optimizer with only its own hyperparameters and the
// batch size, and the regularizers with clipping (dropout per layer folded away). Both change a run without a restart.
import { useState } from 'react';
import { useT } from '../../state/useText';
import { EnumSelect } from '../../components/EnumSelect';
import { Slider } from '../../components/Slider';
import type { PlaygroundParam, PlaygroundValues } from './params';
import { enumSpec, numSpec } from './controls';
import { TEXT } from './text';

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
}

export function OptimizerControls({ values, setParam }: Props) {
  const t = useT();
  const set = (name: string) => (v: number | string) => setParam(name, v);
  return (
    <div className="pg-cells pg-optimizer" role="group" aria-label={t(TEXT.trainingTitle)} data-embed="curves">
      <EnumSelect spec={enumSpec('opt')} value={values.opt} onChange={set('opt')} />
      <Slider spec={numSpec('lr')} value={values.lr} onChange={set('lr')} disabled={values.opt === 'adadelta'} />
      {(OWN[values.opt] ?? []).map((name) => (
        <Slider key={name} spec={numSpec(name)} value={values[name] as number} onChange={set(name)} />
      ))}
      <Slider spec={numSpec('batch')} value={values.batch} onChange={set('batch')} />
    </div>
  );
}

export function RegularizationControls({ values, setParam }: Props) {
  const t = useT();
  const set = (name: string) => (v: number | string) => setParam(name, v);
  // A link that sets a layer's own ratio opens the list, so the override is in sight.
  const [open, setOpen] = useState(() => PER_LAYER.some((name) => values[name] >= 0));
  return (
    <div className="pg-cells pg-regularization" role="group" aria-label={t(TEXT.regTitle)} data-embed="curves">
      <Slider spec={numSpec('l1')} value={values.l1} onChange={set('l1')} />
      <Slider spec={numSpec('l2')} value={values.l2} onChange={set('l2')} />
      <Slider spec={numSpec('dropout')} value={values.dropout} onChange={set('dropout')} />
      <Slider spec={numSpec('clip')} value={values.clip} onChange={set('clip')} />
      <details className="pg-per-layer" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t(TEXT.perLayer)}</summary>
        <div className="pg-popover">
          <p className="pg-note">{t(TEXT.perLayerNote)}</p>
          {PER_LAYER.slice(0, values.depth).map((name) => (
            <Slider key={name} spec={numSpec(name)} value={values[name]} onChange={set(name)} />
          ))}
        </div>
      </details>
    </div>
  );
}
