// The K-fold diagram: one row per fold, the data cut into K blocks with that fold's validation block coloured, its progress and final losses.
import { fmt } from '../../components/format';
import { SERIES } from '../../components/palette';

/** One fold's state: epochs trained, and its final training and validation loss (NaN until it ends). */
export interface FoldState {
  epoch: number;
  train: number;
  val: number;
}

interface Props {
  folds: readonly FoldState[];
  epochs: number;
  /** Rows of the data set, to size the blocks as kFoldSplits cuts them. */
  n: number;
  foldLabel: (f: number) => string;
}

const ROW = 24;
const LABEL = 64;
const BLOCKS = 360;
const BAR = 80;
const WIDTH = LABEL + BLOCKS + 12 + BAR + 130;

export function FoldBlocks({ folds, epochs, n, foldLabel }: Props) {
  const k = folds.length;
  const edge = (f: number) => LABEL + (BLOCKS * Math.floor((f * n) / k)) / n;
  return (
    <svg className="fold-blocks" viewBox={`0 0 ${WIDTH} ${k * ROW + 4}`} width="100%" role="img" aria-label={foldLabel(1)}>
      {folds.map((s, f) => {
        const color = SERIES[f % SERIES.length].color;
        const done = Math.min(1, s.epoch / Math.max(1, epochs));
        return (
          <g key={f} transform={`translate(0,${f * ROW + 2})`} data-fold={f + 1} data-epoch={s.epoch}>
            <text x={0} y={ROW / 2} dy="0.32em" className="fold-label">
              {foldLabel(f + 1)}
            </text>
            {Array.from({ length: k }, (_, b) => (
              <rect
                key={b}
                x={edge(b) + 1}
                y={2}
                width={Math.max(1, edge(b + 1) - edge(b) - 2)}
                height={ROW - 4}
                fill={b === f ? color : 'var(--border, #ccc)'}
                data-validation={b === f ? 1 : 0}
              />
            ))}
            <rect x={LABEL + BLOCKS + 12} y={6} width={BAR} height={ROW - 12} fill="none" stroke="currentColor" strokeOpacity={0.4} />
            <rect x={LABEL + BLOCKS + 12} y={6} width={BAR * done} height={ROW - 12} fill={color} />
            <text x={LABEL + BLOCKS + BAR + 18} y={ROW / 2} dy="0.32em" className="fold-losses">
              {Number.isFinite(s.val) ? `${fmt(s.train, 3)} / ${fmt(s.val, 3)}` : '…'}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
