// The figure minibatch/summary: per batch size, updates per epoch, measured speed, epochs and seconds to the target, final accuracy.
import type { Lang } from '../../state/i18n';
import { useT } from '../../state/useText';
import { Figure } from '../../components/Figure';
import { fmt } from '../../components/format';
import type { SizeSummary } from './runs';
import { TEXT } from './text';

const COLUMNS = ['batch_size', 'updates_per_epoch', 'samples_per_s', 's_per_epoch', 'epochs_to_target', 's_to_target', 'final_acc'] as const;
const num = (x: number | null, digits = 4) => (x === null || !Number.isFinite(x) ? '—' : fmt(x, digits));

export function SummaryTable({ summary, target, python }: { summary: readonly SizeSummary[]; target: number; python?: (lang: Lang) => string }) {
  const t = useT();
  const rows = summary.map((s) => ({
    batch_size: s.batchSize,
    updates_per_epoch: s.updatesPerEpoch,
    samples_per_s: s.samplesPerSecond,
    s_per_epoch: s.secondsPerEpoch,
    epochs_to_target: s.epochsToTarget ?? '',
    s_to_target: s.secondsToTarget ?? '',
    final_acc: s.finalAcc,
  }));
  const heads = [TEXT.colSize, TEXT.colUpdates, TEXT.colRate, TEXT.colEpochSec, TEXT.colEpochs, TEXT.colSeconds, TEXT.colFinal];
  return (
    <Figure id="minibatch/summary" caption={t(TEXT.summaryCaption, { target: `${(100 * target).toFixed(0)}%` })} columns={COLUMNS} rows={rows} format={(x) => fmt(x, 6)} python={python}>
      <table className="minibatch-summary">
        <thead>
          <tr>
            {heads.map((h, i) => (
              <th key={i} scope="col">
                {t(h)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summary.map((s) => (
            <tr key={s.batchSize}>
              <th scope="row">{s.batchSize}</th>
              <td>{num(s.updatesPerEpoch, 6)}</td>
              <td>{num(s.samplesPerSecond === undefined ? null : Math.round(s.samplesPerSecond), 6)}</td>
              <td>{num(s.secondsPerEpoch, 3)}</td>
              <td>{s.epochsToTarget ?? t(TEXT.notReached)}</td>
              <td>{s.secondsToTarget === null ? t(TEXT.notReached) : num(s.secondsToTarget, 3)}</td>
              <td>{Number.isFinite(s.finalAcc) ? `${(100 * s.finalAcc).toFixed(1)}%` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Figure>
  );
}
