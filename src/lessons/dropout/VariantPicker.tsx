// The dropout lesson's variant control: a labelled radio group for the `variant` URL parameter (hidden by hide=variant).
import { useId } from 'react';
import { Hideable } from '../../components/Hideable';
import type { EnumParam } from '../../state/params';
import { useT } from '../../state/useText';

/** Radio buttons for an enum parameter; arrow keys move between them (native radio behaviour). The group carries data-param. */
export function VariantPicker({ spec, value, onChange }: { spec: EnumParam; value: string; onChange(v: string): void }) {
  const t = useT();
  // Each picker is its own radio group (the lesson shows one beside each figure).
  const group = useId();
  return (
    <Hideable param={spec.name}>
      <fieldset className="variant-picker" data-param={spec.name} data-value={value}>
        <legend>{t(spec.label)}</legend>
        {spec.options.map((o) => (
          <label key={o.value}>
            <input type="radio" name={group} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />{' '}
            {t(o.label)}
          </label>
        ))}
      </fieldset>
    </Hideable>
  );
}
