// The gradients lesson's "why": each layer's gradient norm, its ratio to the layer above and the layer's mean f′(z), from the run.
import { useEffect, useMemo, useState } from 'react';
import type { LayerHistogram } from '../../engine/train';
import type { Lang } from '../../state/i18n';
import { useT } from '../../state/useText';
import type { RunView } from '../../components/run';
import { Figure } from '../../components/Figure';
import { ScrollBox } from '../../components/ScrollBox';
import { fmt, fmt6 } from '../../components/format';
import { Prose } from '../../components/Prose';
import { layerRatios, meanDerivative } from './model';
import { FACTOR_BINS, GRADIENT_COLUMNS } from './python';
import { TEXT } from './text';
import type { Latest } from './useLatest';

const COLUMNS = GRADIENT_COLUMNS.factors;
const BINS = FACTOR_BINS;

interface Props {
  run: RunView | undefined;
  act: string;
  k: number;
  latest: Latest | null;
  /** The figure's Python export (the script for the current settings). */
  python: (lang: Lang) => string;
}

/** The hidden layers' activation histograms on the last mini-batch, refetched as the run advances. */
function useHistogramsAt(run: RunView | undefined, step: number): LayerHistogram[] | null {
  const [hists, setHists] = useState<{ run: RunView; h: LayerHistogram[] } | null>(null);
  useEffect(() => {
    if (!run || step <= 0) return;
    let live = true;
    run.histograms({ bins: BINS }).then(
      (h) => live && setHists({ run, h }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [run, step]);
  return hists && hists.run === run && step > 0 ? hists.h : null;
}

export function FactorsSection({ run, act, k, latest, python }: Props) {
  const t = useT();
  const hists = useHistogramsAt(run, latest?.step ?? 0);
  const norms = latest?.norms;
  const rows = useMemo(() => {
    if (!norms) return [];
    const ratios = layerRatios(norms);
    return norms.map((g, l) => ({ layer: l + 1, grad_norm: g, ratio: ratios[l] ?? NaN, mean_deriv: hists?.[l] ? meanDerivative(hists[l], act, k) : NaN }));
  }, [norms, hists, act, k]);
  const derivs = rows.map((r) => r.mean_deriv).filter(Number.isFinite);
  const product = norms ? norms[0] / norms[norms.length - 1] : NaN;
  const cell = (v: number) => (Number.isFinite(v) ? fmt(v, 3) : '—');
  return (
    <section data-embed="factors">
      <h2>{t(TEXT.whyTitle)}</h2>
      <div className="prose">
        <Prose text={t(TEXT.whyIntro)} />
      </div>
      <Figure id="gradients/factors" caption={t(TEXT.factorsCaption)} columns={COLUMNS} rows={rows} format={fmt6} python={python}>
        {rows.length === 0 ? (
          <p role="status">{t(TEXT.waiting)}</p>
        ) : (
          <ScrollBox className="factors-scroll">
            <table className="factors">
              <thead>
                <tr>
                  <th scope="col">{t(TEXT.colLayer)}</th>
                  <th scope="col">{t(TEXT.colGrad)}</th>
                  <th scope="col">{t(TEXT.colRatio)}</th>
                  <th scope="col">{t(TEXT.colDeriv)}</th>
                </tr>
              </thead>
              <tbody>
                {rows
                  .slice()
                  .reverse()
                  .map((r) => (
                    <tr key={r.layer}>
                      <th scope="row">{r.layer === rows.length ? `${r.layer} (${t(TEXT.out)})` : r.layer}</th>
                      <td>{cell(r.grad_norm)}</td>
                      <td>{cell(r.ratio)}</td>
                      <td>{cell(r.mean_deriv)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </ScrollBox>
        )}
      </Figure>
      {norms && derivs.length > 0 && (
        <p className="reading" data-reading="factors" data-product={product}>
          {t(TEXT.factorsReading, { product: fmt(product, 3), dmin: fmt(Math.min(...derivs), 3), dmax: fmt(Math.max(...derivs), 3) })}
        </p>
      )}
    </section>
  );
}
