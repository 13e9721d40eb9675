// Section "hold out 20 %, shuffled first": the validation split's digits with and without the shuffle on digits stored sorted, and both trained.
import { useCallback, useMemo, useRef } from 'react';
import { useT } from '../../state/useText';
import { Figure } from '../../components/Figure';
import { fmt } from '../../components/format';
import { SERIES } from '../../components/palette';
import { RunPlayControls } from '../../components/RunPlayControls';
import { Prose } from '../../components/Prose';
import { RunStatus } from '../../components/RunStatus';
import { useRingRows } from '../../components/useRingRows';
import { useTrainerRuns } from '../../components/useTrainerRuns';
import { dataLoadText } from '../../components/dataLoadText';
import { useMnistLabels } from '../../components/useMnistLabels';
import { MnistLoadError } from '../../components/run';
import { CountBars } from './CountBars';
import { BATCH, HOLDOUT_EPOCHS, holdoutConfig, holdoutCounts, VALIDATION_SHARE } from './model';
import type { ValidationValues } from './params';
import { TEXT } from './text';

const COLUMNS = ['digit', 'unshuffled', 'shuffled'] as const;
const pct = (x: number) => `${fmt(100 * x, 3)}%`;

export function HoldoutFigure({ values }: { values: ValidationValues }) {
  const t = useT();
  const { n, lr, seed } = values;
  const ref = useRef<HTMLDivElement>(null);
  const { labels, error, retry } = useMnistLabels();
  const errorText = error
    ? (() => {
        const known = error instanceof MnistLoadError ? dataLoadText({ code: 'data-load', file: error.file, loadCode: error.code, message: error.message }) : null;
        return known ? t(known.text, known.vars) : error.message;
      })()
    : null;
  const counts = useMemo(() => (labels ? holdoutCounts(labels, n, seed) : null), [labels, n, seed]);
  const rows = counts ? counts.unshuffled.map((u, d) => ({ digit: d, unshuffled: u, shuffled: counts.shuffled[d] })) : [];
  const present = counts ? counts.unshuffled.flatMap((c, d) => (c > 0 ? [d] : [])) : [];

  const q = { n, epochs: HOLDOUT_EPOCHS, lr, seed };
  const configs = useMemo(() => [holdoutConfig(false, { n, epochs: HOLDOUT_EPOCHS, lr, seed }), holdoutConfig(true, { n, epochs: HOLDOUT_EPOCHS, lr, seed })], [n, lr, seed]);
  const perEpoch = Math.ceil((n - Math.floor(VALIDATION_SHARE * n)) / BATCH);
  const run = useTrainerRuns(configs, JSON.stringify(q), { stepSize: perEpoch, visibleRef: ref });
  const diverged = run.clients.map((c) => c.status.progress).find((p) => p?.stopped === 'diverged');
  const read = useCallback(
    () =>
      run.clients.map((c) => {
        const r = c.epochs;
        const last = r.length - 1;
        return last < 0 ? { epochs: 0, val: NaN, test: NaN } : { epochs: r.length, val: r.get('validationAccuracy', last), test: r.get('testAccuracy', last) };
      }),
    [run.clients],
  );
  const acc = useRingRows(run.clients, read, 250);
  const epoch = acc.length === 2 ? Math.min(acc[0].epochs, acc[1].epochs) : 0;
  const done = epoch >= HOLDOUT_EPOCHS;

  return (
    <>
      <section className="prose">
        <Prose text={t(TEXT.holdoutIntro, { n, nVal: Math.floor(VALIDATION_SHARE * n) })} />
      </section>
      <section className="lesson-figure-row" data-embed="holdout">
        <div className="figure-col" ref={ref}>
          <h2>{t(TEXT.holdoutTitle)}</h2>
          <Figure id="validation/holdout" caption={t(TEXT.holdoutCaption)} columns={COLUMNS} rows={rows} format={String}>
            {counts ? (
              <CountBars
                groups={[
                  { label: t(TEXT.unshuffled), counts: counts.unshuffled },
                  { label: t(TEXT.shuffled), counts: counts.shuffled },
                ]}
                xLabel={t(TEXT.digit)}
                yLabel={t(TEXT.count)}
                color={SERIES[1].color}
              />
            ) : errorText !== null ? (
              <p role="alert">
                {t(TEXT.holdoutError, { msg: errorText })}{' '}
                <button type="button" data-action="retry-labels" onClick={retry}>
                  {t(TEXT.retry)}
                </button>
              </p>
            ) : (
              <p role="status">{t(TEXT.holdoutLoading)}</p>
            )}
          </Figure>
        </div>
        <div className="side-col">
          {counts && <p className="reading">{t(TEXT.holdoutDigits, { digits: present.join(', ') })}</p>}
          <h3>{t(TEXT.holdoutRunTitle, { epochs: HOLDOUT_EPOCHS })}</h3>
          <RunStatus run={run} divergedText={diverged ? t(TEXT.diverged, { step: diverged.divergedAt }) : null} />
          <RunPlayControls run={run} step={epoch} total={HOLDOUT_EPOCHS} counter={t(TEXT.holdoutCounter, { k: epoch, n: HOLDOUT_EPOCHS })} />
          {epoch > 0 && (
            <p
              className="reading"
              data-reading="holdout"
              data-epoch={epoch}
              data-done={done ? 1 : 0}
              data-val-unshuffled={acc[0].val}
              data-test-unshuffled={acc[0].test}
              data-val-shuffled={acc[1].val}
              data-test-shuffled={acc[1].test}
            >
              {t(TEXT.holdoutRun, { vu: pct(acc[0].val), tu: pct(acc[0].test), vs: pct(acc[1].val), ts: pct(acc[1].test) })}
            </p>
          )}
          </div>
      </section>
      <section className="prose">
        <Prose text={t(TEXT.holdoutRunAfter)} />
      </section>
    </>
  );
}
