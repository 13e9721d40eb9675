// Weight histograms side by side on one count scale (L1 and L2 runs of the weight-decay lesson), with a band around 0.
import { scaleLinear } from 'd3';
import { fmt } from '../../components/format';
import { Axis } from '../../components/charts/Axis';
import { useChartDimensions } from '../../components/charts/useChartDimensions';

export interface WeightHistogram {
  label: string;
  color: string;
  /** Counts of `bins` equal bins over [lo, hi]. */
  counts: Uint32Array;
}

interface Props {
  histograms: readonly WeightHistogram[];
  lo: number;
  hi: number;
  /** Half-width of the band drawn around 0 (|w| ≤ eps counts as zero). */
  eps: number;
  xLabel: string;
  yLabel: string;
}

const MARGIN = { top: 22, right: 10, bottom: 38, left: 44 };

function Panel({ h, lo, hi, eps, yMax, xLabel, yLabel }: { h: WeightHistogram; lo: number; hi: number; eps: number; yMax: number; xLabel: string; yLabel: string }) {
  const [ref, dims] = useChartDimensions<HTMLDivElement>(MARGIN, 0.7, 200);
  const x = scaleLinear().domain([lo, hi]).range([MARGIN.left, MARGIN.left + dims.innerWidth]);
  const y = scaleLinear().domain([0, yMax]).nice().range([MARGIN.top + dims.innerHeight, MARGIN.top]);
  const w = dims.innerWidth / h.counts.length;
  return (
    <div ref={ref} className="chart weight-histogram" data-histogram={h.label}>
      <svg width={dims.width} height={dims.height} viewBox={`0 0 ${dims.width} ${dims.height}`}>
        <text x={MARGIN.left} y={14} className="histogram-title">
          {h.label}
        </text>
        <rect className="zero-band" x={x(-eps)} width={Math.max(1, x(eps) - x(-eps))} y={MARGIN.top} height={dims.innerHeight} />
        {Array.from(h.counts, (c, i) => (
          <rect key={i} x={MARGIN.left + i * w + 0.5} width={Math.max(0.5, w - 1)} y={y(c)} height={y(0) - y(c)} fill={h.color}>
            <title>{`${h.label}: [${fmt(lo + ((hi - lo) * i) / h.counts.length, 3)}, ${fmt(lo + ((hi - lo) * (i + 1)) / h.counts.length, 3)}) ${c}`}</title>
          </rect>
        ))}
        <Axis scale={x} orient="bottom" at={MARGIN.top + dims.innerHeight} label={xLabel} ticks={5} />
        <Axis scale={y} orient="left" at={MARGIN.left} label={yLabel} ticks={4} />
      </svg>
    </div>
  );
}

export function WeightHistograms({ histograms, lo, hi, eps, xLabel, yLabel }: Props) {
  const yMax = Math.max(1, ...histograms.flatMap((h) => Array.from(h.counts)));
  return (
    <div className="weight-histograms">
      {histograms.map((h) => (
        <Panel key={h.label} h={h} lo={lo} hi={hi} eps={eps} yMax={yMax} xLabel={xLabel} yLabel={yLabel} />
      ))}
    </div>
  );
}
