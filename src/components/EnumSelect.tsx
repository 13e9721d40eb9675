// A labelled <select> for an enum parameter (hidden with hide=<name>, like a Slider).
import type { EnumParam } from '../state/params';
import { useT } from '../state/useText';
import { Hideable } from './Hideable';

export function EnumSelect({ spec, value, onChange }: { spec: EnumParam; value: string; onChange(v: string): void }) {
  const t = useT();
  return (
    <Hideable param={spec.name}>
      <label className="enum-select">
        {t(spec.label)}{' '}
        <select value={value} data-param={spec.name} onChange={(e) => onChange(e.currentTarget.value)}>
          {spec.options.map((o) => (
            <option key={o.value} value={o.value}>
              {t(o.label)}
            </option>
          ))}
        </select>
      </label>
    </Hideable>
  );
}
