// A labelled range slider on a linear or log scale; keyboard operable, announces and shows its value; hidden by hide=<name>.
import { useId } from 'react';
import { quantize, type IntParam, type NumberParam } from '../state/params';
import { useT } from '../state/useText';
import { useHidden } from '../state/useView';
import { fmt } from './format';

/** Slider positions per unit of the log scale; fine enough for 3 significant digits. */
const LOG_TICKS = 1000;

interface SliderProps {
  spec: NumberParam | IntParam;
  value: number;
  onChange(value: number): void;
  disabled?: boolean;
}

export function Slider({ spec, value, onChange, disabled }: SliderProps) {
  const t = useT();
  const id = useId();
  const hidden = useHidden();
  if (hidden(spec.name)) return null;
  const log = spec.scale === 'log';
  const lo = log ? Math.log10(spec.min) : spec.min;
  const hi = log ? Math.log10(spec.max) : spec.max;
  const pos = log ? Math.round(((Math.log10(value) - lo) / (hi - lo)) * LOG_TICKS) : value;
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
        max={log ? LOG_TICKS : spec.max}
        step={step}
        value={pos}
        disabled={disabled}
        aria-valuetext={`${t(spec.label)} = ${text}`}
        onChange={(e) => {
          const p = Number(e.currentTarget.value);
          const x = log ? Math.pow(10, lo + (p / LOG_TICKS) * (hi - lo)) : p;
          onChange(quantize(spec, x));
        }}
      />
      <output htmlFor={id} className="slider-value">
        {text}
      </output>
    </div>
  );
}
