// The gradients lesson's comparison: the same deep net under sigmoid and under each remedy, trained side by side, by layer.
import { useCallback, useMemo } from 'react';
import type { Lang } from '../../state/i18n';
import { useT } from '../../state/useText';
import { PointLineChart, type PointSeries } from '../../components/charts/PointLineChart';
import { Figure } from '../../components/Figure';
import { fmt6 } from '../../components/format';
import { SERIES } from '../../components/palette';
import { Prose } from '../../components/Prose';
import { RunPlayControls } from '../../components/RunPlayControls';
import { RunStatus } from '../../components/RunStatus';
import { useRingRows } from '../../components/useRingRows';
import { useTrainerRuns } from '../../components/useTrainerRuns';
import { REMEDIES, geometricMean, remedyRuns } from './model';
import type { GradientsValues } from './params';
import { GRADIENT_COLUMNS, RECENT } from './python';
import { TEXT } from './text';

const COLUMNS = GRADIENT_COLUMNS.compare;
const LABELS = { sigmoid: TEXT.presetVanishing, 'relu-he': TEXT.presetRelu, 'sigmoid-bn': TEXT.presetBn, 'sigmoid-residual': TEXT.presetResidual } as const;

export function CompareSection({ values, python }: { values: GradientsValues; python: (lang: Lang) => string }) {
  const t = useT();
  const configs = useMemo(() => remedyRuns(values), [values]);
  const run = useTrainerRuns(configs, JSON.stringify(configs), { stepSize: RECENT });
  const layers = values.depth + 1;
  const read = useCallback(() => {
    const rows: { network: string; layer: number; grad_norm: number }[] = [];
    run.clients.forEach((c, k) => {
      const s = c.steps;
      if (!s.length) return;
      const from = Math.max(0, s.length - RECENT);
      for (let l = 0; l < layers; l++) {
        const recent = Array.from({ length: s.length - from }, (_, i) => s.get(`gradNorm${l}`, from + i));
        rows.push({ network: REMEDIES[k].id, layer: l + 1, grad_norm: geometricMean(recent) });
      }
    });
    return rows;
  }, [run.clients, layers]);
  const rows = useRingRows(run.clients, read, 500);
  const series = useMemo<PointSeries[]>(
    () =>
      REMEDIES.map((r, k) => ({
        label: t(LABELS[r.id]),
        style: SERIES[k],
        split: 'train',
        markers: true,
        points: rows.filter((row) => row.network === r.id).map((row) => [row.layer, row.grad_norm]),
      })),
    [rows, t],
  );
  const diverged = run.clients.flatMap((c, k) => (c.status.progress?.stopped === 'diverged' ? [t(LABELS[REMEDIES[k].id])] : []));
  const epoch = Math.min(...run.clients.map((c) => c.status.progress?.epoch ?? 0), values.epochs);
  return (
    <section data-embed="compare">
      <h2>{t(TEXT.compareTitle)}</h2>
      <div className="prose">
        <Prose text={t(TEXT.compareIntro)} />
      </div>
      <Figure id="gradients/compare" caption={t(TEXT.compareCaption)} columns={COLUMNS} rows={rows} format={fmt6} python={python}>
        <PointLineChart series={series} xScale="linear" xDomain={[1, layers]} xTicks={Math.min(layers, 10)} yScale="log" xLabel={t(TEXT.layerAxis)} yLabel={t(TEXT.gradNormLabel)} aspect={0.42} />
      </Figure>
      <RunStatus run={run} divergedText={diverged.length ? t(TEXT.compareDiverged, { nets: diverged.join(t(TEXT.listSep)) }) : null} />
      <RunPlayControls run={run} step={Number.isFinite(epoch) ? epoch : 0} total={values.epochs} counter={t(TEXT.epochCounter, { k: Number.isFinite(epoch) ? epoch : 0, n: values.epochs })} />
    </section>
  );
}
