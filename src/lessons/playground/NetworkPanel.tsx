// The playground's network column: the architecture controls, the input features and the diagram (weights and every
// unit's output over the plane).
import { useMemo } from 'react';
import { paramLayout, resolveSpec, type ModelSpec } from '../../engine/nn';
import { useT } from '../../state/useText';
import { NetworkDiagram, type NetworkReading } from '../../components/charts/NetworkDiagram';
import { unitImages } from '../../components/charts/unitImages';
import { EnumSelect } from '../../components/EnumSelect';
import { Figure } from '../../components/Figure';
import { fmt, fmt6 } from '../../components/format';
import { Slider } from '../../components/Slider';
import { enumSpec, numSpec, setSpec } from './controls';
import { FeatureToggles } from './FeatureToggles';
import { featuresOf, GRID, rowsOf } from './model';
import type { PlaygroundValues } from './params';
import type { PlaneOutputs } from './usePlaneOutputs';
import { useWindowHeight } from './useWindowHeight';
import { pythonExport } from './python';
import { TEXT } from './text';

/** One row per weight: its matrix (1 = input → first hidden layer), the units it joins (1-based) and its value. */
const COLUMNS = ['matrix', 'from', 'to', 'w'] as const;
/**
 * The diagram's height bound (px) in a window `h` px tall: what the rows above and below it on the bench leave (about
 * 460 px of the window), within 220 … 420.
 */
const networkHeight = (h: number) => Math.max(220, Math.min(420, h - 460));

interface Props {
  values: PlaygroundValues;
  setParam(name: string, value: number | string | readonly string[]): void;
  spec: ModelSpec;
  latest: PlaneOutputs | null;
  regression: boolean;
  gridCount: number;
}

/** Each feature's label (x₁², sin x₁ …), as the input nodes are named. */
const FEATURE_LABEL = new Map(setSpec('feat').options.map((o) => [o.value, o.label]));

/** A 1-D profile of g values repeated down g rows: a regression unit's output drawn as a square image. */
function asSquare(v: ArrayLike<number>, g: number): Float32Array {
  const out = new Float32Array(g * g);
  for (let r = 0; r < g; r++) for (let c = 0; c < g; c++) out[r * g + c] = v[c];
  return out;
}

export function NetworkPanel({ values, setParam, spec, latest, regression, gridCount }: Props) {
  const t = useT();
  const windowHeight = useWindowHeight();
  const layout = useMemo(() => paramLayout(resolveSpec(spec)), [spec]);
  const sizes = useMemo(() => [spec.inputSize, ...spec.hidden.map((h) => h.units), spec.outputSize], [spec]);
  const fresh = latest && latest.params.length === layout.size ? latest : null;
  const weights = useMemo(
    () => (fresh ? layout.layers.map((L) => fresh.params.subarray(L.W, L.W + L.fanIn * L.fanOut)) : layout.layers.map((L) => new Float32Array(L.fanIn * L.fanOut))),
    [fresh, layout],
  );
  const images = useMemo(() => {
    if (!fresh) return undefined;
    const d = spec.inputSize;
    const m = fresh.points.length / d;
    const part = {
      hidden: fresh.outputs.hidden.map((h) => rowsOf(h, m, 0, gridCount)),
      output: rowsOf(fresh.outputs.output, m, 0, gridCount),
    };
    const per = unitImages(fresh.points.subarray(0, gridCount * d), d, part);
    return regression ? per.map((layer) => layer.map((v) => asSquare(v, GRID))) : per;
  }, [fresh, spec.inputSize, gridCount, regression]);
  const rows = useMemo(() => {
    const out: { matrix: number; from: number; to: number; w: number }[] = [];
    weights.forEach((W, l) => {
      const fanOut = layout.layers[l].fanOut;
      for (let k = 0; k < W.length; k++) out.push({ matrix: l + 1, from: Math.floor(k / fanOut) + 1, to: (k % fanOut) + 1, w: W[k] });
    });
    return out;
  }, [weights, layout]);
  const last = sizes.length - 1;
  const inputNames = regression ? ['x'] : featuresOf(values).map((f) => t(FEATURE_LABEL.get(f)!));
  const readout = (r: NetworkReading) => {
    if (r.kind === 'weight') return t(TEXT.weightReading, { l: r.l + 1, from: r.from + 1, to: r.to + 1, w: fmt(r.w, 3) });
    const range = { lo: fmt(r.lo, 3), hi: fmt(r.hi, 3) };
    if (r.layer === 0) return t(TEXT.inputReading, { name: inputNames[r.unit] ?? '', ...range });
    if (r.layer === last) return t(regression ? TEXT.outputReadingReg : TEXT.outputReading, { unit: r.unit, ...range });
    return t(TEXT.unitReading, { layer: r.layer, unit: r.unit + 1, ...range });
  };
  const set = (name: string) => (v: number | string) => setParam(name, v);
  return (
    <div className="pg-panel pg-network" data-panel="network" data-embed="network">
      <h3>{t(TEXT.networkTitle)}</h3>
      <div className="pg-cells">
        <Slider spec={numSpec('depth')} value={values.depth} onChange={set('depth')} />
        <Slider spec={numSpec('units')} value={values.units} onChange={set('units')} />
        <EnumSelect spec={enumSpec('act')} value={values.act} onChange={set('act')} />
        <EnumSelect spec={enumSpec('init')} value={values.init} onChange={set('init')} />
        <Slider spec={numSpec('std')} value={values.std} onChange={set('std')} disabled={values.init !== 'custom'} />
        <EnumSelect spec={enumSpec('bn')} value={values.bn} onChange={set('bn')} />
      </div>
      <div className="pg-network-row">
        <FeatureToggles values={values} regression={regression} onChange={(f) => setParam('feat', f)} />
        <Figure id="playground/network" caption={t(TEXT.networkCaption)} columns={COLUMNS} rows={rows} format={fmt6} python={pythonExport(values, 'network')}>
          <NetworkDiagram
            sizes={sizes}
            weights={weights}
            unitImages={images}
            grid={GRID}
            labels={inputNames}
            ariaLabel={t(TEXT.networkLabel)}
            readoutText={readout}
            imageRange="unit"
            maxHeight={networkHeight(windowHeight)}
          />
        </Figure>
      </div>
    </div>
  );
}
