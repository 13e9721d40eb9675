// The transforms' switches (the `on` set) and, beside each, its strength slider.
import { Slider } from '../../components/Slider';
import type { ParamValue } from '../../state/params';
import { useT } from '../../state/useText';
import { augmentationParams as P } from './params';
import { TRANSFORMS, type TransformName } from './model';

const SPEC = { shift: P[4], rotate: P[5], elastic: P[6], noise: P[7] } as const;
const SET = P[3];

interface Props {
  on: readonly string[];
  strengths: Record<TransformName, number>;
  setParam(name: string, value: ParamValue): void;
}

export function TransformControls({ on, strengths, setParam }: Props) {
  const t = useT();
  const toggle = (k: TransformName, checked: boolean) => setParam('on', TRANSFORMS.filter((x) => (x === k ? checked : on.includes(x))));
  return (
    <fieldset className="transform-controls">
      <legend>{t(SET.label)}</legend>
      {TRANSFORMS.map((k, i) => (
        <div key={k} className="transform-control">
          <label>
            <input type="checkbox" data-toggle={k} checked={on.includes(k)} onChange={(e) => toggle(k, e.currentTarget.checked)} /> {t(SET.options[i].label)}
          </label>
          <Slider spec={SPEC[k]} value={strengths[k]} onChange={(v) => setParam(k, v)} disabled={!on.includes(k)} />
        </div>
      ))}
    </fieldset>
  );
}
