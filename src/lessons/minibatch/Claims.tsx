// The five claims of the batch-size article, each sentence filled in from this run's summary (never canned numbers).
import { useT } from '../../state/useText';
import { fmt } from '../../components/format';
import { best, type SizeSummary } from './runs';
import { TEXT } from './text';

const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '—');
const points = (x: number) => (100 * x).toFixed(1);
const rate = (x: number) => (Number.isFinite(x) ? String(Math.round(x)) : '—');

interface Props {
  summary: readonly SizeSummary[];
  epochs: number;
  target: number;
  complete: boolean;
}

export function Claims({ summary, epochs, target, complete }: Props) {
  const t = useT();
  if (summary.length < 2 || summary.every((s) => s.epochs === 0)) return <p role="status">{t(TEXT.waiting)}</p>;
  const first = summary[0];
  const last = summary[summary.length - 1];
  const top = best(summary, 'finalAcc', true)!;
  const worst = best(summary, 'finalAcc', false)!;
  const ratio = last.samplesPerSecond / first.samplesPerSecond;
  const fastest = best(summary, 'secondsToTarget', false);
  const secs = (s: number | null) => (s === null ? t(TEXT.notReached) : t(TEXT.secondsValue, { s: fmt(s, 3) }));
  const targetText = pct(target);
  // Epochs to target with "not reached" as infinity: the largest size needing more than the smallest is the claim.
  const need = (x: SizeSummary) => x.epochsToTarget ?? Infinity;
  const moreEpochs = need(last) > need(first);
  const middle = fastest !== null && fastest !== first && fastest !== last;
  // The larger batch whose accuracy fell most between two epochs: batch 1 is "noisy" only if it fell more.
  const noisiestOther = summary.slice(1).reduce((a, b) => (b.largestDrop > a.largestDrop ? b : a), summary[summary.length > 1 ? 1 : 0]);
  const noisy = summary.length > 1 && first.largestDrop > noisiestOther.largestDrop;
  const list = summary.map((s) => `${s.batchSize} → ${s.epochsToTarget ?? t(TEXT.notReached)}`).join(t(TEXT.listComma));
  const sentences = [
    t(noisy ? TEXT.claim1 : TEXT.claim1Not, { b: first.batchSize, drop: points(first.largestDrop), bm: noisiestOther.batchSize, mdrop: points(noisiestOther.largestDrop), acc: pct(first.finalAcc) }),
    t(ratio > 1 ? TEXT.claim2 : TEXT.claim2Not, { b1: first.batchSize, r1: rate(first.samplesPerSecond), bn: last.batchSize, rn: rate(last.samplesPerSecond), ratio: fmt(ratio, 3) }),
    t(moreEpochs ? TEXT.claim3 : TEXT.claim3Not, { target: targetText, list }),
    fastest
      ? t(middle ? TEXT.claim4 : TEXT.claim4Edge, { target: targetText, b: fastest.batchSize, s: fmt(fastest.secondsToTarget!, 3), s1: secs(first.secondsToTarget), sn: secs(last.secondsToTarget) })
      : t(TEXT.claim4None, { target: targetText }),
    t(TEXT.claim5, { epochs: Math.min(...summary.map((s) => s.epochs)), b: top.batchSize, acc: pct(top.finalAcc), bw: worst.batchSize, accw: pct(worst.finalAcc) }),
  ];
  return (
    <div className="minibatch-claims" data-reading="claims" data-complete={complete ? 1 : 0} data-epochs={epochs} data-more-epochs={moreEpochs ? 1 : 0} data-middle={middle ? 1 : 0}>
      {!complete && <p className="muted">{t(TEXT.soFar)}</p>}
      <ol>
        {sentences.map((s, i) => {
          // The claim's name (up to its first full stop or colon) in bold, then what this run shows.
          const [, title, rest] = /^(.+?[.。:：])\s*([\s\S]*)$/.exec(s) ?? [s, '', s];
          return (
            <li key={i} data-claim={i + 1}>
              <p>
                <strong>{title}</strong>
                {/[。：]$/.test(title) ? '' : ' '}
                {rest}
              </p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
