// The row of preset buttons above a figure: each puts a set of parameter values on top of the defaults.
import type { Text } from '../state/i18n';
import type { ParamValues } from '../state/params';
import { useT } from '../state/useText';

export interface Preset {
  id: string;
  label: Text;
  /** The parameter values the preset sets. */
  values: ParamValues;
}

/** One button per preset (data-preset = its id); pressing one calls onApply with its values. */
export function PresetButtons({ presets, onApply }: { presets: readonly Preset[]; onApply(values: ParamValues): void }) {
  const t = useT();
  return (
    <div className="presets" role="group" aria-label={t('presets')}>
      <span className="presets-label">{t('labelColon', { label: t('presets') })}</span>
      {presets.map((p) => (
        <button key={p.id} type="button" data-preset={p.id} onClick={() => onApply(p.values)}>
          {t(p.label)}
        </button>
      ))}
    </div>
  );
}
