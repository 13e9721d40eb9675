// The CPU/GPU timing: widths and batch, a button, a truthful status while it runs, the chart and table, and where the GPU starts to win.
import { Figure } from '../../components/Figure';
import { fmt } from '../../components/format';
import { Hideable } from '../../components/Hideable';
import { Prose } from '../../components/Prose';
import { PointLineChart, type PointSeries } from '../../components/charts/PointLineChart';
import { SERIES } from '../../components/palette';
import { Slider } from '../../components/Slider';
import { useT } from '../../state/useText';
import { backpropParams as P, WIDTH_CHOICES } from './params';
import { TEXT } from './text';
import type { GpuKind } from '../../components/useMeasurement';
import { crossover, stepMacs, type TimingRow } from './timing';
import type { Timing } from './useTiming';

interface Props {
  widths: readonly number[];
  batch: number;
  onWidths(widths: string[]): void;
  onBatch(batch: number): void;
  timing: Timing;
}

const COLUMNS = ['width', 'cpu_ms', 'gpu_ms'] as const;
const widthsSpec = P[5];
const batchSpec = P[6];

export function TimingSection({ widths, batch, onWidths, onBatch, timing }: Props) {
  const t = useT();
  const { rows, phase, gpu } = timing;
  const running = phase.kind === 'running';
  const tableRows = rows.map((r) => ({ width: r.width, cpu_ms: r.cpuMs, gpu_ms: r.gpuMs ?? '' }));
  const series: PointSeries[] = [
    { label: t(TEXT.cpuSeries), style: SERIES[0], split: 'train', markers: true, points: rows.map((r) => [r.width, r.cpuMs] as const) },
    { label: t(TEXT.gpuSeries), style: SERIES[1], split: 'train', markers: true, points: rows.filter((r) => r.gpuMs !== null).map((r) => [r.width, r.gpuMs!] as const) },
  ];
  const lo = Math.min(...WIDTH_CHOICES.filter((w) => widths.includes(w)), ...rows.map((r) => r.width));
  const hi = Math.max(...WIDTH_CHOICES.filter((w) => widths.includes(w)), ...rows.map((r) => r.width));
  const toggle = (w: number, on: boolean) => onWidths(WIDTH_CHOICES.filter((x) => (x === w ? on : widths.includes(x))).map(String));

  let status: string;
  if (phase.kind === 'running') {
    status = t(TEXT.timingRunning, { w: phase.width, engine: t(phase.engine === 'cpu' ? TEXT.engineCpu : TEXT.engineGpu), i: phase.index + 1, n: phase.total });
  } else if (phase.kind === 'error') status = t(TEXT.timingError, { msg: phase.message });
  else if (phase.kind === 'done') status = t(timing.stopped ? TEXT.timingStopped : TEXT.timingDone);
  else status = t(TEXT.timingIdle);
  const finished = phase.kind === 'done' && !timing.stopped;

  return (
    <section className="lesson-figure-row backprop-timing" data-embed="timing">
      <div className="figure-col">
        <h2>{t(TEXT.timingTitle)}</h2>
        <Figure id="backprop/timing" caption={t(TEXT.timingCaption)} columns={COLUMNS} rows={tableRows} format={(x) => fmt(x, 4)}>
          {rows.length > 0 ? (
            <PointLineChart series={series} xScale="log" xDomain={[Math.max(1, lo), Math.max(lo + 1, hi)]} yScale="log" xLabel={t(TEXT.widthAxis)} yLabel={t(TEXT.msAxis)} aspect={0.5} />
          ) : (
            <div className="timing-placeholder" />
          )}
        </Figure>
      </div>
      <div className="side-col">
        <div className="timing-actions">
          <button type="button" data-action="measure" onClick={() => timing.run(widths, batch)} disabled={running || widths.length === 0}>
            {t(rows.length > 0 || phase.kind === 'done' ? TEXT.measureAgain : TEXT.measure)}
          </button>
          {running && (
            <button type="button" data-action="stop-measure" onClick={timing.stop}>
              {t(TEXT.cancel)}
            </button>
          )}
        </div>
        <p className="timing-status" role="status" data-phase={phase.kind}>
          {status}
          {running && phase.engine === 'gpu' && rows.length === 0 && <> {t(TEXT.timingCompileNote)}</>}
        </p>
        {finished && (
          <p className="verdict timing-verdict" data-verdict={gpu?.kind ?? 'none'}>
            {verdict(t, rows, gpu)}
          </p>
        )}
        <Hideable param="widths">
          <fieldset className="width-choices">
            <legend>{t(widthsSpec.label)}</legend>
            {WIDTH_CHOICES.map((w) => (
              <label key={w}>
                <input type="checkbox" data-width={w} checked={widths.includes(w)} disabled={running} onChange={(e) => toggle(w, e.currentTarget.checked)} /> {w}
              </label>
            ))}
          </fieldset>
        </Hideable>
        <Slider spec={batchSpec} value={batch} onChange={onBatch} disabled={running} />
        {widths.length > 0 && <Prose text={t(TEXT.macsNote, { w: hi, macs: texPower(stepMacs(hi, batch)) })} />}
      </div>
    </section>
  );
}

type T = ReturnType<typeof useT>;

/** The line saying where the GPU starts to win, or why it cannot be told here. */
function verdict(t: T, rows: readonly TimingRow[], gpu: GpuKind | null): string {
  if (!gpu || gpu.kind === 'none') return t(TEXT.verdictNoGpu, { reason: gpu?.kind === 'none' ? gpu.reason : 'no-webgpu' });
  const w = crossover(rows);
  const adapter = gpu.adapter || '?';
  if (gpu.kind === 'software') return t(TEXT.verdictSoftware, { adapter, rest: w === null ? t(TEXT.softwareLost) : t(TEXT.softwareWon, { w }) });
  return w === null ? t(TEXT.verdictNever, { adapter }) : t(TEXT.verdictWins, { w, adapter });
}

/** 1.61e9 → "$1.61 \\times 10^{9}$" for Prose. */
function texPower(x: number): string {
  const [m, e] = x.toExponential(2).split('e');
  return `$${m} \\times 10^{${Number(e)}}$`;
}
