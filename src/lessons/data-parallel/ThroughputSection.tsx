// Section 4: this machine measured live: samples per second of the CPU and WebGPU engines against batch and population size, user-started, cancellable.
import { Figure } from '../../components/Figure';
import { fmt } from '../../components/format';
import { Prose } from '../../components/Prose';
import { PointLineChart, type PointSeries } from '../../components/charts/PointLineChart';
import { SERIES } from '../../components/palette';
import { Slider } from '../../components/Slider';
import { useT } from '../../state/useText';
import type { GpuKind } from '../../components/useMeasurement';
import { gpuOvertakes, TP_MEMBER_BATCH, type ThroughputRow } from './model';
import { dataParallelParams as P } from './params';
import { TEXT } from './text';
import { ENGINE_BUDGET_MS } from './throughput';
import type { Throughput } from './useThroughput';

const COLUMNS = ['engine', 'batch', 'members', 'samples_per_s'] as const;
const SLIDERS = P.filter((p) => ['tp.batch', 'tp.members'].includes(p.name));

interface Props {
  tp: Throughput;
  maxBatch: number;
  maxMembers: number;
  onMeasure(): void;
  setParam(name: string, value: number): void;
}

export function ThroughputSection({ tp, maxBatch, maxMembers, onMeasure, setParam }: Props) {
  const t = useT();
  const { rows, phase, gpu } = tp;
  const running = phase.kind === 'running';
  const cells = rows.map((r) => ({ engine: r.engine, batch: r.batch, members: r.members, samples_per_s: r.samplesPerS }));
  const line = (engine: 'cpu' | 'gpu', pop: boolean) =>
    rows.filter((r) => r.engine === engine && (pop ? r.batch === TP_MEMBER_BATCH : r.members === 1)).map((r) => [r.batch * r.members, r.samplesPerS] as const).sort((a, b) => a[0] - b[0]);
  const series: PointSeries[] = [
    { label: t(TEXT.cpuBatch), style: SERIES[0], split: 'train', markers: true, points: line('cpu', false) },
    { label: t(TEXT.cpuPop), style: SERIES[4], split: 'train', markers: true, points: line('cpu', true) },
    { label: t(TEXT.gpuBatch), style: SERIES[1], split: 'train', markers: true, points: line('gpu', false) },
    { label: t(TEXT.gpuPop), style: SERIES[5], split: 'train', markers: true, points: line('gpu', true) },
  ];
  const work = rows.map((r) => r.batch * r.members);
  let status: string;
  if (phase.kind === 'running') {
    status = t(TEXT.tpRunning, { i: phase.index + 1, n: phase.total, engine: t(phase.engine === 'cpu' ? TEXT.engineCpu : TEXT.engineGpu), batch: phase.batch, members: phase.members });
  } else if (phase.kind === 'error') status = t(TEXT.tpError, { msg: phase.message });
  else if (phase.kind === 'done') status = t(tp.stopped ? TEXT.tpStopped : TEXT.tpDone);
  else status = t(TEXT.tpIdle);
  const finished = phase.kind === 'done' && !tp.stopped && rows.length > 0;
  return (
    <>
      <section className="prose">
        <h2>{t(TEXT.tpTitle)}</h2>
        <Prose text={t(TEXT.tpIntro)} />
      </section>
      <section className="lesson-figure-row" data-embed="throughput">
        <div className="figure-col">
          <Figure id="data-parallel/throughput" caption={t(TEXT.tpCaption)} columns={COLUMNS} rows={cells} format={(x) => fmt(x, 4)}>
            {rows.length > 0 ? (
              <PointLineChart series={series} xScale="log" xDomain={[1, Math.max(10, ...work)]} yScale="log" xLabel={t(TEXT.tpAxisX)} yLabel={t(TEXT.tpAxisY)} aspect={0.5} />
            ) : (
              <div className="timing-placeholder" />
            )}
          </Figure>
        </div>
        <div className="side-col">
          <div className="timing-actions">
            <button type="button" data-action="measure" onClick={onMeasure} disabled={running}>
              {t(rows.length > 0 || phase.kind === 'done' ? TEXT.measureAgain : TEXT.measure)}
            </button>
            {running && (
              <button type="button" data-action="stop-measure" onClick={tp.stop}>
                {t(TEXT.cancel)}
              </button>
            )}
          </div>
          <p className="timing-status" role="status" data-phase={phase.kind}>
            {status}
            {running && phase.engine === 'gpu' && !rows.some((r) => r.engine === 'gpu') && <> {t(TEXT.tpCompileNote)}</>}
          </p>
          {finished && (
            <p className="reading" data-reading="throughput" data-gpu={gpu?.kind ?? 'none'}>
              {readingText(t, rows, gpu)}
            </p>
          )}
          {(['cpu', 'gpu'] as const).map((e) => {
            const left = tp.skipped.filter((c) => c.engine === e);
            if (!left.length) return null;
            const cells = left.map((c) => `${c.batch}×${c.members}`).join(', ');
            return (
              <p key={e} className="note" data-skipped={e} data-cells={left.map((c) => `${c.batch}×${c.members}`).join(' ')}>
                {t(TEXT.tpSkipped, { s: ENGINE_BUDGET_MS / 1000, engine: t(e === 'cpu' ? TEXT.engineCpu : TEXT.engineGpu), cells })}
              </p>
            );
          })}
          {SLIDERS.map((p) => (
            <Slider key={p.name} spec={p} value={p.name === 'tp.batch' ? maxBatch : maxMembers} onChange={(v) => setParam(p.name, v)} disabled={running} />
          ))}
        </div>
      </section>
    </>
  );
}

type T = ReturnType<typeof useT>;

const best = (rows: readonly ThroughputRow[], engine: 'cpu' | 'gpu') =>
  rows.filter((r) => r.engine === engine).reduce<ThroughputRow | null>((a, b) => (!a || b.samplesPerS > a.samplesPerS ? b : a), null);

/** The measured numbers in words: each engine's best cell and where the GPU overtakes the CPU. */
function readingText(t: T, rows: readonly ThroughputRow[], gpu: GpuKind | null): string {
  const cpu = best(rows, 'cpu');
  const g = best(rows, 'gpu');
  let gpuPart: string;
  if (!g || !gpu || gpu.kind === 'none') gpuPart = t(TEXT.tpNoGpu);
  else {
    const w = gpuOvertakes(rows);
    gpuPart = t(TEXT.tpGpuPart, {
      adapter: gpu.adapter || 'GPU',
      soft: gpu.kind === 'software' ? t(TEXT.softwareAdapter) : '',
      gpu: fmt(g.samplesPerS, 3),
      gpuB: g.batch,
      gpuR: g.members,
      cross: w === null ? t(TEXT.tpNoCross) : t(TEXT.tpCross, { w }),
    });
  }
  return t(TEXT.tpReading, { cpu: cpu ? fmt(cpu.samplesPerS, 3) : '—', cpuB: cpu?.batch ?? '—', cpuR: cpu?.members ?? '—', gpuPart });
}
