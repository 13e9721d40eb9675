// A labelled range slider on a linear or log scale; keyboard operable, announces and shows its value; hidden by hide=<name>.
import { useId } from 'react';
import { quantize, type IntParam, type NumberParam } from '../state/params';
import { useT } from '../state/useText';
import { useHidden } from '../state/useView';
import { fmt } from './format';
import { logPosition, logSteps, logValue } from './logScale';
import { SeedField } from './SeedField';

interface SliderProps {
  spec: NumberParam | IntParam;
  value: number;
  onChange(value: number): void;
  disabled?: boolean;
}

/** A lesson's random seed (the parameter named `seed`) is a number field with a "new seed" button instead. */
export function Slider(props: SliderProps) {
  return props.spec.name === 'seed' ? <SeedField {...props} /> : <RangeSlider {...props} />;
}

function RangeSlider({ spec, value, onChange, disabled }: SliderProps) {
  const t = useT();
  const id = useId();
  const hidden = useHidden();
  if (hidden(spec.name)) return null;
  const log = spec.scale === 'log';
  // Log sliders step through round numbers (0.4, 0.01, 0.95 …), about 50 per decade (see logScale).
  const pos = log ? logPosition(spec.min, spec.max, value) : value;
  const step = log ? 1 : spec.kind === 'int' ? 1 : (spec.step ?? (spec.max - spec.min) / 100);
  const text = fmt(value, 4);
  return (
    <div className="slider">
      <label htmlFor={id}>
        {t(spec.label)}
        {log && <span className="slider-scale"> ({t('logScale')})</span>}
      </label>
      <input
        id={id}
        type="range"
        name={spec.name}
        data-param={spec.name}
        min={log ? 0 : spec.min}
        max={log ? logSteps(spec.min, spec.max) : spec.max}
        step={step}
        value={pos}
        disabled={disabled}
        aria-valuetext={`${t(spec.label)} = ${text}`}
        onChange={(e) => {
          const p = Number(e.currentTarget.value);
          const x = log ? logValue(spec.min, spec.max, p, spec.kind === 'number' ? spec.digits : undefined) : p;
          onChange(quantize(spec, x));
        }}
      />
      <output htmlFor={id} className="slider-value">
        {text}
      </output>
    </div>
  );
}
