// The gradients lesson's per-layer profile: the latest gradient norms and how far each layer's weights moved from their start.
import { useEffect, useMemo, useState } from 'react';
import { initParams, paramLayout, resolveSpec, type ModelSpec } from '../../engine/nn';
import type { Lang } from '../../state/i18n';
import { useT } from '../../state/useText';
import type { RunView } from '../../components/run';
import { PointLineChart, type PointSeries } from '../../components/charts/PointLineChart';
import { Figure } from '../../components/Figure';
import { fmt, fmt6 } from '../../components/format';
import { SERIES } from '../../components/palette';
import { Prose } from '../../components/Prose';
import { relativeChange } from './model';
import { GRADIENT_COLUMNS } from './python';
import { TEXT } from './text';
import type { Latest } from './useLatest';

const COLUMNS = GRADIENT_COLUMNS.profile;

interface Props {
  run: RunView | undefined;
  spec: ModelSpec;
  seed: number;
  latest: Latest | null;
  /** The figure's Python export (the script for the current settings). */
  python: (lang: Lang) => string;
}

/** Every dense layer's ‖W − W(0)‖/‖W(0)‖ after the latest update, fetched from the worker as the run advances. */
function useMoved(run: RunView | undefined, spec: ModelSpec, seed: number, step: number): number[] | null {
  const layout = useMemo(() => paramLayout(resolveSpec(spec)), [spec]);
  const initial = useMemo(() => {
    const p = new Float32Array(layout.size);
    initParams(p, layout, spec.init, seed);
    return p;
  }, [layout, spec.init, seed]);
  const [moved, setMoved] = useState<{ run: RunView; values: number[] } | null>(null);
  useEffect(() => {
    if (!run || step <= 0) return;
    let live = true;
    run.getParams().then(
      (params) => live && params.length === layout.size && setMoved({ run, values: relativeChange(params, initial, layout) }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [run, step, layout, initial]);
  return moved && moved.run === run && step > 0 ? moved.values : null;
}

export function ProfileSection({ run, spec, seed, latest, python }: Props) {
  const t = useT();
  const step = latest?.step ?? 0;
  const moved = useMoved(run, spec, seed, step);
  const norms = useMemo(() => latest?.norms ?? [], [latest]);
  const layers = spec.hidden.length + 1;
  const series = useMemo<PointSeries[]>(
    () => [
      { label: t(TEXT.seriesGrad), style: SERIES[0], split: 'train', markers: true, points: norms.map((g, l) => [l + 1, g]) },
      { label: t(TEXT.seriesMoved), style: SERIES[1], split: 'train', markers: true, points: (moved ?? []).map((m, l) => [l + 1, m]) },
    ],
    [norms, moved, t],
  );
  const rows = useMemo(() => norms.map((g, l) => ({ layer: l + 1, grad_norm: g, rel_change: moved?.[l] ?? NaN })), [norms, moved]);
  return (
    <section data-embed="profile">
      <h2>{t(TEXT.profileTitle)}</h2>
      <div className="prose">
        <Prose text={t(TEXT.profileIntro)} />
      </div>
      <Figure id="gradients/profile" caption={t(TEXT.profileCaption)} columns={COLUMNS} rows={rows} format={fmt6} python={python}>
        <PointLineChart series={series} xScale="linear" xDomain={[1, layers]} xTicks={Math.min(layers, 10)} yScale="log" xLabel={t(TEXT.layerAxis)} yLabel="‖·‖" aspect={0.42} />
      </Figure>
      {moved && (
        <p className="reading" data-reading="moved" data-first={moved[0]} data-last={moved[moved.length - 1]}>
          {t(TEXT.profileReading, { first: fmt(moved[0], 3), last: fmt(moved[moved.length - 1], 3) })}
        </p>
      )}
    </section>
  );
}
