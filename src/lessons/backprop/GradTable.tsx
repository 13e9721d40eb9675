// The visible gradient check: each parameter's value, backprop gradient, central difference and their relative difference, by layer.
import { fmt } from '../../components/format';
import { ScrollBox } from '../../components/ScrollBox';
import { useT } from '../../state/useText';
import { relativeError, type GradientRow } from './model';
import { TEXT } from './text';

interface Props {
  rows: readonly GradientRow[];
  /** Parameters whose gradient the current step completed (highlighted). */
  fresh: readonly string[];
  /** Parameters whose gradient the playback has reached so far (others show “…”). */
  reached: ReadonlySet<string>;
}

const SUB: Record<string, string> = { 1: '₁', 2: '₂', 3: '₃' };
/** "w12" → "w₁₂". */
const pretty = (name: string) => name[0] + [...name.slice(1)].map((c) => SUB[c] ?? c).join('');

export function GradTable({ rows, fresh, reached }: Props) {
  const t = useT();
  const block = (title: string, part: readonly GradientRow[]) => (
    <ScrollBox className="table-scroll">
      <table className="grad-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t(TEXT.colParam)}</th>
            <th scope="col">{t(TEXT.colValue)}</th>
            <th scope="col">{t(TEXT.colBackprop)}</th>
            <th scope="col">{t(TEXT.colNumeric)}</th>
            <th scope="col">{t(TEXT.colRel)}</th>
          </tr>
        </thead>
        <tbody>
          {part.map((r) => {
            const shown = reached.has(r.param);
            return (
              <tr key={r.param} className={fresh.includes(r.param) ? 'fresh' : undefined} data-param-row={r.param}>
                <th scope="row">{pretty(r.param)}</th>
                <td>{fmt(r.value, 3)}</td>
                <td>{shown ? fmt(r.backprop, 6) : '…'}</td>
                <td>{fmt(r.numeric, 6)}</td>
                <td>{shown ? relativeError(r.backprop, r.numeric).toExponential(1) : '…'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
  return (
    <div className="grad-tables">
      {block(t(TEXT.layer1), rows.filter((r) => r.param[0] === 'w' || r.param[0] === 'b'))}
      {block(t(TEXT.layer2), rows.filter((r) => r.param[0] === 'v' || r.param[0] === 'c'))}
    </div>
  );
}
