// A checkbox for an on/off parameter of the playground (showTest, discrete); hidden by hide=<name> like the other controls.
import { Hideable } from '../../components/Hideable';
import { useT } from '../../state/useText';
import { enumSpec } from './controls';
import type { PlaygroundParam } from './params';

interface Props {
  name: PlaygroundParam;
  value: string;
  onChange(value: 'on' | 'off'): void;
  disabled?: boolean;
}

export function OnOffBox({ name, value, onChange, disabled }: Props) {
  const t = useT();
  const spec = enumSpec(name);
  return (
    <Hideable param={name}>
      <label className="pg-check">
        <input type="checkbox" data-param={name} checked={value === 'on'} disabled={disabled} onChange={(e) => onChange(e.currentTarget.checked ? 'on' : 'off')} />{' '}
        {t(spec.label)}
      </label>
    </Hideable>
  );
}
