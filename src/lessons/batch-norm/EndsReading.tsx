// The reading of "what the run shows": where the networks of this run end, every number taken from its grid.
import { useT } from '../../state/useText';
import { fmt } from '../../components/format';
import { stdLabel, type GridEnds } from './model';
import { TEXT } from './text';

const pct = (x: number) => (Number.isFinite(x) ? `${fmt(100 * x, 3)} %` : '–');

/** The sentence once every network has an epoch (`epoch` > 0: the epochs all of them finished), with its numbers as data attributes. */
export function EndsReading({ ends, epoch }: { ends: GridEnds; epoch: number }) {
  const t = useT();
  if (epoch === 0 || !ends.plainBest || !ends.bnLowest) return <p className="reading">{t(TEXT.gridEndsWaiting)}</p>;
  return (
    <p
      className="reading"
      data-reading="ends"
      data-epoch={epoch}
      data-plain-best={ends.plainBest.acc}
      data-plain-best-std={ends.plainBest.std}
      data-plain-near={ends.plainNear}
      data-plain-near-max={Number.isFinite(ends.plainNearMax) ? ends.plainNearMax : ''}
      data-plain-diverged={ends.plainDiverged}
      data-bn-high={ends.bnHigh}
      data-bn-lowest={ends.bnLowest.acc}
      data-bn-lowest-std={ends.bnLowest.std}
    >
      {t(TEXT.gridEnds, {
        epoch,
        plainBest: pct(ends.plainBest.acc),
        plainBestStd: stdLabel(ends.plainBest.std),
        plainNear: ends.plainNear ? t(TEXT.gridEndsNear, { count: ends.plainNear, max: pct(ends.plainNearMax) }) : '',
        plainDiverged: ends.plainDiverged ? t(TEXT.gridEndsDiverged, { count: ends.plainDiverged }) : '',
        bnHigh: ends.bnHigh,
        bnLowest: pct(ends.bnLowest.acc),
        bnLowestStd: stdLabel(ends.bnLowest.std),
      })}
    </p>
  );
}
