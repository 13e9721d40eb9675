// Colour-blind-safe series styles (Okabe–Ito colours), each also distinct by dash and marker; solid = training, dashed = test.
import { symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, type SymbolType } from 'd3';

export interface SeriesStyle {
  color: string;
  dash: string;
  symbol: SymbolType;
}

export const SERIES: readonly SeriesStyle[] = [
  { color: '#D55E00', dash: '', symbol: symbolCircle },
  { color: '#0072B2', dash: '7 3', symbol: symbolSquare },
  { color: '#009E73', dash: '2 3', symbol: symbolTriangle },
  { color: '#CC79A7', dash: '8 3 2 3', symbol: symbolDiamond },
  { color: '#8a5a00', dash: '12 4', symbol: symbolCross },
  { color: '#222222', dash: '4 2 4 6', symbol: symbolStar },
];

/**
 * The one visual language of the site's curves: what a curve is measured on. Training curves are solid,
 * held-out curves (test or validation) dashed, in every lesson; colour and marker tell the runs apart.
 */
export type Split = 'train' | 'test';

/** The dash of each split (SVG stroke-dasharray; '' = solid). */
export const SPLIT_DASH: Readonly<Record<Split, string>> = { train: '', test: '6 3' };

/** `base`'s colour and marker with the dash of `split`. */
export function splitStyle(base: SeriesStyle, split: Split): SeriesStyle {
  return { ...base, dash: SPLIT_DASH[split] };
}
