// The dropout lesson's comparison of inverted dropout with the book's: where the factor 1 − p goes, why the book's
// network trains slower (an equivalent net with smaller weights and learning rate), and what this run shows.
import { Formula } from '../../components/Formula';
import { ScrollBox } from '../../components/ScrollBox';
import { fmt } from '../../components/format';
import { Prose } from '../../components/Prose';
import { useT } from '../../state/useText';
import { bookEquivalent, bookVsInverted, type Accuracies } from './model';
import { HIDDEN_LAYERS } from './params';
import { VARIANTS_TEXT as TEXT } from './text';

const pct = (x: number) => `${fmt(100 * x, 3)}%`;
const points = (x: number) => fmt(100 * x, 3);
const VERDICT = { slower: TEXT.bookSlower, similar: TEXT.bookSimilar, faster: TEXT.bookFaster } as const;

/** Accuracies of the two dropout networks at one epoch both have finished. */
export interface VariantPair {
  epoch: number;
  inverted: Accuracies;
  book: Accuracies;
}

/** The section: formulas, the equivalence at this p, the live comparison (when an epoch is done), the book's own numbers. */
export function Variants({ p, now }: { p: number; now: VariantPair | null }) {
  const t = useT();
  const eq = bookEquivalent(p);
  const verdict = now ? bookVsInverted(now.inverted, now.book) : null;
  return (
    <section className="lesson-figure-row variants">
      <div>
        <h2>{t(TEXT.title)}</h2>
        <div className="prose">
          <Prose text={t(TEXT.intro)} />
        </div>
        <ScrollBox className="table-scroll">
          <table className="variant-table">
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">{t(TEXT.training)}</th>
                <th scope="col">{t(TEXT.test)}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t(TEXT.inverted)}</th>
                <td><Formula tex="h' = \dfrac{\xi}{1-p}\,h" /></td>
                <td><Formula tex="h' = h" /></td>
              </tr>
              <tr>
                <th scope="row">{t(TEXT.book)}</th>
                <td><Formula tex="h' = \xi\,h" /></td>
                <td><Formula tex="h' = (1-p)\,h" /></td>
              </tr>
            </tbody>
          </table>
        </ScrollBox>
        {now && verdict && (
          <p className="reading" data-reading="variants" data-verdict={verdict}>
            {t(TEXT.reading, {
              epoch: now.epoch,
              p,
              trainInv: pct(now.inverted.train),
              testInv: pct(now.inverted.test),
              gapInv: points(now.inverted.gap),
              trainBook: pct(now.book.train),
              testBook: pct(now.book.test),
              gapBook: points(now.book.gap),
            })}{' '}
            {t(VERDICT[verdict], { diff: points(Math.abs(now.inverted.train - now.book.train)) })}
          </p>
        )}
        <div className="prose">
          <Prose text={t(TEXT.bookCode)} />
        </div>
      </div>
      <div className="prose">
        <Prose
          text={t(TEXT.why, { p, layers: HIDDEN_LAYERS, signal: fmt(eq.signal, 3), lrFactor: fmt(eq.lrFactor, 3) })}
        />
      </div>
    </section>
  );
}
