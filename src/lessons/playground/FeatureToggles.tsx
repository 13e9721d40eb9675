// The playground's input features as TensorFlow Playground draws them: one small map per feature over the plane, pressed
// when the network takes it as an input. Pressing one adds or removes that input (a structural change: a new run).
import { useMemo } from 'react';
import { FEATURE_NAMES, featureRows, type FeatureName } from '../../engine/data';
import { Hideable } from '../../components/Hideable';
import { imageUrl, gridPoints } from '../../components/charts/unitImages';
import { valueRange } from '../../components/charts/networkLayout';
import { useT } from '../../state/useText';
import { featuresOf } from './model';
import { setSpec } from './controls';
import { PLANE } from './params';
import { TEXT } from './text';

/** Cells per side of a feature's map. */
const THUMB = 16;
const SPEC = setSpec('feat');

/** Each feature's map over the plane, coloured on its own range as the network's input nodes are. */
function useThumbnails(): Record<FeatureName, string | null> {
  return useMemo(() => {
    const points = gridPoints(THUMB, -PLANE, PLANE);
    const out = {} as Record<FeatureName, string | null>;
    for (const f of FEATURE_NAMES) {
      const v = featureRows(points, [f]);
      const [lo, hi] = valueRange(v);
      out[f] = imageUrl(v, THUMB, lo, hi);
    }
    return out;
  }, []);
}

interface Props {
  values: { feat: readonly string[] };
  /** The sine set has one input, x: the features are shown but not used. */
  regression: boolean;
  onChange(features: string[]): void;
}

export function FeatureToggles({ values, regression, onChange }: Props) {
  const t = useT();
  const thumbs = useThumbnails();
  const on = featuresOf(values);
  const toggle = (f: FeatureName) => onChange(on.includes(f) ? on.filter((g) => g !== f) : FEATURE_NAMES.filter((g) => g === f || on.includes(g)));
  return (
    <Hideable param="feat">
      <div className="pg-features" role="group" aria-label={t(TEXT.featuresGroup)}>
        <h4>{t(TEXT.featuresTitle)}</h4>
        {SPEC.options.map((o) => {
          const f = o.value as FeatureName;
          const pressed = on.includes(f);
          const only = pressed && on.length === 1;
          return (
            <button
              key={f}
              type="button"
              className="pg-feature"
              data-feature={f}
              aria-pressed={pressed}
              disabled={regression || only}
              title={only ? t(TEXT.featureOnly) : undefined}
              onClick={() => toggle(f)}
            >
              {thumbs[f] && <img src={thumbs[f]} alt="" width={28} height={28} />}
              <span>{t(o.label)}</span>
            </button>
          );
        })}
        {regression && <p className="pg-note">{t(TEXT.featuresReg)}</p>}
      </div>
    </Hideable>
  );
}
