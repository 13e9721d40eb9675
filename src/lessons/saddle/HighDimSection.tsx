// The high-dimensional argument: 2⁻ⁿ as an exponent up to n = 20 000, and the share of random Hessians with all eigenvalues positive.
import { useEffect, useMemo, useState } from 'react';
import { Figure } from '../../components/Figure';
import { fmt } from '../../components/format';
import { SERIES } from '../../components/palette';
import { Prose } from '../../components/Prose';
import { Slider } from '../../components/Slider';
import type { IntParam } from '../../state/params';
import { useT } from '../../state/useText';
import { ALL_UP_DIMS, allUpRows, hessianRow, HESSIAN_DIMS, type HessianRow } from './hessian';
import { saddleParams } from './params';
import { PointsChart, type PointSeries } from './PointsChart';
import { TEXT } from './text';

const SAMPLES = saddleParams.find((p) => p.name === 'samples') as IntParam;
const format7 = (v: number) => fmt(v, 7);
const pow10 = (v: number) => (v === 0 ? '1' : `10${String(v).replace('-', '⁻').replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)])}`);

type HessianRows = HessianRow[];

/**
 * The random-Hessian rows for (samples, seed), computed off the render path one dimension per task (up to
 * 6 × 50 000 eigen-decompositions), so the page stays responsive; null until all six are done.
 */
function useHessianRows(samples: number, seed: number): { rows: HessianRows | null; done: number } {
  const [state, setState] = useState<{ rows: HessianRows | null; done: number }>({ rows: null, done: 0 });
  useEffect(() => {
    const out: HessianRows = [];
    let timer: ReturnType<typeof setTimeout> | null = null;
    const next = () => {
      out.push(hessianRow(HESSIAN_DIMS[out.length], samples, seed));
      if (out.length < HESSIAN_DIMS.length) {
        setState({ rows: null, done: out.length });
        timer = setTimeout(next, 0);
      } else setState({ rows: out, done: out.length });
    };
    setState({ rows: null, done: 0 });
    timer = setTimeout(next, 0);
    return () => {
      if (timer !== null) clearTimeout(timer);
    };
  }, [samples, seed]);
  return state;
}

interface Props {
  samples: number;
  seed: number;
  onSamples(v: number): void;
}

export function HighDimSection({ samples, seed, onSamples }: Props) {
  const t = useT();
  const upRows = useMemo(allUpRows, []);
  const hessian = useHessianRows(samples, seed);
  const hRows = hessian.rows ?? [];
  const floor = 1e-5;
  const upSeries: PointSeries[] = [{ name: 'all-up', label: 'log₁₀ 2⁻ⁿ', style: SERIES[1], line: true, points: upRows.map((r) => [r.n, r.log10_p]) }];
  const hSeries: PointSeries[] = [
    { name: 'share', label: t(TEXT.shareLabel), style: SERIES[0], points: hRows.map((r) => [r.n, Math.max(r.share, floor)]) },
    { name: 'two_pow_minus_n', label: '2⁻ⁿ', style: SERIES[1], points: hRows.map((r) => [r.n, r.two_pow_minus_n]) },
  ];
  return (
    <>
      <section className="lesson-figure-row saddle-high-dim">
        <div className="figure-col" data-embed="all-up">
          <Figure id="saddle/all-up" caption={t(TEXT.allUpCaption)} columns={['n', 'log10_p']} rows={upRows} format={format7}>
            <PointsChart
              series={upSeries}
              title={t(TEXT.allUpCaption)}
              x={{ label: 'n', scale: 'log', domain: [1, 20000], ticks: [1, 10, 100, 1000, 10000], format: (v) => fmt(v) }}
              y={{ label: 'log₁₀ p', scale: 'linear', domain: [-6100, 0], ticks: [-6000, -5000, -4000, -3000, -2000, -1000, 0], format: (v) => fmt(v) }}
              read={(_s, i) => [
                { label: 'n', value: fmt(ALL_UP_DIMS[i]) },
                { label: 'p', value: `10^${fmt(upRows[i].log10_p, 5)}` },
              ]}
            />
          </Figure>
        </div>
        <div className="side-col">
          <h2>{t(TEXT.highDimTitle)}</h2>
          <Prose text={t(TEXT.highDim)} />
        </div>
      </section>

      <section className="lesson-figure-row saddle-hessian">
        <div className="figure-col" data-embed="hessian">
          {hessian.rows === null ? (
            <p role="status" className="muted">
              {t(TEXT.hessianComputing, { k: hessian.done, n: HESSIAN_DIMS.length })}
            </p>
          ) : (
          <Figure id="saddle/hessian" caption={t(TEXT.hessianCaption)} columns={['n', 'share', 'two_pow_minus_n']} rows={hRows} format={format7}>
            <PointsChart
              series={hSeries}
              title={t(TEXT.hessianCaption)}
              x={{ label: 'n', scale: 'linear', domain: [0.5, 6.5], ticks: HESSIAN_DIMS, format: (v) => String(v) }}
              y={{ label: t(TEXT.shareLabel), scale: 'log', domain: [floor, 1], ticks: [1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1], format: (v) => pow10(Math.round(Math.log10(v))) }}
              read={(_s, i) => {
                const { n, share, two_pow_minus_n: p } = hRows[i];
                return [
                  { label: 'n', value: String(n) },
                  { label: t(TEXT.shareLabel), value: share === 0 ? t(TEXT.zeroOf, { m: samples }) : fmt(share, 4) },
                  { label: '2⁻ⁿ', value: fmt(p, 4) },
                ];
              }}
            />
          </Figure>
          )}
          <Slider spec={SAMPLES} value={samples} onChange={onSamples} />
        </div>
        <div className="side-col">
          <h2>{t(TEXT.hessianTitle)}</h2>
          <Prose text={t(TEXT.hessian)} />
        </div>
      </section>
    </>
  );
}
