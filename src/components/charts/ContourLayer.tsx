// Filled contour bands of f over a rectangular domain: D3 computes the polygons, React renders the paths.
import { contours, geoPath, geoTransform, interpolateGreys, type ScaleLinear } from 'd3';
import { useMemo } from 'react';

interface ContourLayerProps {
  f: (x1: number, x2: number) => number;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  /** Contour levels, ascending. */
  thresholds: readonly number[];
  /** Grid resolution along x (y follows the aspect). */
  resolution?: number;
  /** Band colour for t = 0 (lowest band) … 1 (highest); default greys, darker = lower. */
  bandFill?: (t: number) => string;
  /** Colour of the band outlines. */
  lineColor?: string;
}

const LIGHT_BANDS = (t: number) => interpolateGreys(0.42 - 0.4 * t);

export function ContourLayer({ f, x, y, thresholds, resolution = 120, bandFill = LIGHT_BANDS, lineColor = 'white' }: ContourLayerProps) {
  const paths = useMemo(() => {
    const [x0, x1] = x.domain();
    const [y0, y1] = y.domain();
    const nx = resolution;
    const ny = Math.max(2, Math.round((resolution * Math.abs(y.range()[0] - y.range()[1])) / Math.abs(x.range()[1] - x.range()[0])));
    const values = new Float64Array(nx * ny);
    for (let j = 0; j < ny; j++) {
      const v = y0 + ((j + 0.5) / ny) * (y1 - y0);
      for (let i = 0; i < nx; i++) values[j * nx + i] = f(x0 + ((i + 0.5) / nx) * (x1 - x0), v);
    }
    // Grid coordinates (i, j) → data → pixels.
    const project = geoTransform({
      point(gx: number, gy: number) {
        this.stream.point(x(x0 + (gx / nx) * (x1 - x0)), y(y0 + (gy / ny) * (y1 - y0)));
      },
    });
    const path = geoPath(project);
    const bands = contours().size([nx, ny]).thresholds(thresholds as number[])(Array.from(values));
    const n = Math.max(1, bands.length - 1);
    return bands.map((b, k) => ({ d: path(b) ?? '', value: b.value, fill: bandFill(k / n) }));
  }, [f, x, y, thresholds, resolution, bandFill]);
  return (
    <g className="contours" aria-hidden="true">
      {paths.map((p) => (
        <path key={p.value} d={p.d} fill={p.fill} stroke={lineColor} strokeOpacity={0.6} strokeWidth={0.6} />
      ))}
    </g>
  );
}
