// Section 3: the ring all-reduce time model (a model, not a measurement): speed-up against K with sliders for bandwidth, latency, model size and compute.
import { Figure } from '../../components/Figure';
import { fmt } from '../../components/format';
import { PresetButtons, type Preset } from '../../components/PresetButtons';
import { Prose } from '../../components/Prose';
import { PointLineChart, type PointSeries } from '../../components/charts/PointLineChart';
import { SERIES } from '../../components/palette';
import { Slider } from '../../components/Slider';
import { useT } from '../../state/useText';
import { commModel } from './commModel';
import { allReduceTime, bestK, MODEL_K, RACE_NET_PARAMS, speedup, stepTime } from './model';
import { dataParallelParams as P } from './params';
import { TEXT } from './text';

const COLUMNS = ['K', 'speedup', 'step_ms', 'allreduce_ms'] as const;
const SLIDERS = P.filter((p) => ['bw', 'lat', 'mb', 'ms'].includes(p.name));
const OURS_MB = Number(((RACE_NET_PARAMS * 4) / 1e6).toFixed(2));

/** seconds → "12.3 ms" / "45 µs". */
const time = (s: number) => (s >= 1e-3 ? `${fmt(s * 1e3, 3)} ms` : `${fmt(s * 1e6, 3)} µs`);

interface Props {
  values: { bw: number; lat: number; mb: number; ms: number };
  setParam(name: string, value: number): void;
  /** The figure's "Export → Python" script (the formula) for the page's language. */
  python?: (lang: 'zh' | 'en') => string;
}

export function ModelSection({ values, setParam, python }: Props) {
  const t = useT();
  const m = commModel(values);
  const rows = MODEL_K.map((K) => ({ K, speedup: speedup(K, m), step_ms: stepTime(K, m) * 1e3, allreduce_ms: allReduceTime(K, m) * 1e3 }));
  const series: PointSeries[] = [
    { label: t(TEXT.modelSeries), style: SERIES[0], split: 'train', markers: true, points: MODEL_K.map((K) => [K, speedup(K, m)] as const) },
    { label: t(TEXT.ideal), style: SERIES[3], split: 'test', points: MODEL_K.map((K) => [K, K] as const) },
  ];
  const best = bestK(m);
  const presets: Preset[] = [
    { id: 'resnet', label: TEXT.presetResnet, values: { mb: 100, ms: 300 } },
    { id: 'ours', label: { zh: TEXT.presetOurs.zh.replace('{mb}', String(OURS_MB)), en: TEXT.presetOurs.en.replace('{mb}', String(OURS_MB)) }, values: { mb: OURS_MB, ms: 2 } },
  ];
  return (
    <>
      <section className="prose">
        <h2>{t(TEXT.modelTitle)}</h2>
        <Prose text={t(TEXT.modelIntro)} />
      </section>
      <section className="lesson-figure-row" data-embed="model">
        <div className="figure-col">
          <Figure id="data-parallel/model" caption={t(TEXT.modelCaption)} columns={COLUMNS} rows={rows} format={(x) => fmt(x, 4)} python={python}>
            <PointLineChart series={series} xScale="log" xDomain={[1, MODEL_K[MODEL_K.length - 1]]} yScale="log" xLabel={t(TEXT.devices)} yLabel={t(TEXT.speedupAxis)} aspect={0.5} />
          </Figure>
        </div>
        <div className="side-col">
          <PresetButtons presets={presets} onApply={(v) => Object.entries(v).forEach(([k, x]) => setParam(k, x as number))} />
          {SLIDERS.map((p) => (
            <Slider key={p.name} spec={p} value={values[p.name as keyof Props['values']]} onChange={(v) => setParam(p.name, v)} />
          ))}
          <p className="reading" data-reading="model" data-best-k={best.K}>
            {t(TEXT.modelReading, { t1: time(stepTime(1, m)), ar8: time(allReduceTime(8, m)), bestK: best.K, best: fmt(best.speedup, 3) })}
          </p>
        </div>
      </section>
    </>
  );
}
