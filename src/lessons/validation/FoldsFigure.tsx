// Section "K-fold fold by fold": K runs at once, each validating on its own block; per-fold losses and their mean ± std.
import { siteDataUrl } from '../../components/python/scriptText';
import { useCallback, useMemo, useRef } from 'react';
import { useT } from '../../state/useText';
import { Figure } from '../../components/Figure';
import { fmt, fmt6 } from '../../components/format';
import { RunPlayControls } from '../../components/RunPlayControls';
import { Prose } from '../../components/Prose';
import { RunStatus } from '../../components/RunStatus';
import { Slider } from '../../components/Slider';
import { useRingRows } from '../../components/useRingRows';
import { useTrainerRuns } from '../../components/useTrainerRuns';
import { FoldBlocks, type FoldState } from './FoldBlocks';
import { BATCH, foldConfig, HIDDEN_UNITS, meanStd, N_TEST } from './model';
import { validationParams as P, type ValidationValues } from './params';
import { validationScript } from './python';
import { TEXT } from './text';

const COLUMNS = ['fold', 'train_loss', 'val_loss'] as const;

interface Props {
  values: ValidationValues;
  setParam: (name: keyof ValidationValues, value: number) => void;
}

export function FoldsFigure({ values, setParam }: Props) {
  const t = useT();
  const { k, n, epochs, lr, seed } = values;
  const ref = useRef<HTMLDivElement>(null);
  const configs = useMemo(() => Array.from({ length: k }, (_, i) => foldConfig(i, k, { n, epochs, lr, seed })), [k, n, epochs, lr, seed]);
  const perEpoch = Math.ceil((n - Math.floor(n / k)) / BATCH);
  const run = useTrainerRuns(configs, JSON.stringify(configs), { stepSize: perEpoch, visibleRef: ref });

  // Per fold: epochs done, whether it ended, final train / validation / test loss.
  const read = useCallback(
    () =>
      run.clients.map((c) => {
        const r = c.epochs;
        const last = r.length - 1;
        const ended = c.status.progress?.stopped === 'epochs' && r.length > 0;
        const at = (col: 'trainLoss' | 'validationLoss' | 'testLoss') => (ended ? r.get(col, last) : NaN);
        return { epochs: r.length, ended, train: at('trainLoss'), val: at('validationLoss'), test: at('testLoss') };
      }),
    [run.clients],
  );
  const live = useRingRows(run.clients, read, 250);
  const folds: FoldState[] = Array.from({ length: k }, (_, f) => ({ epoch: live[f]?.epochs ?? 0, train: live[f]?.train ?? NaN, val: live[f]?.val ?? NaN }));
  const ended = live.map((r, f) => ({ f, r })).filter((x) => x.r.ended);
  const rows = ended.map(({ f, r }) => ({ fold: f + 1, train_loss: r.train, val_loss: r.val }));
  const complete = ended.length === k;
  const val = meanStd(ended.map((x) => x.r.val));
  const train = meanStd(ended.map((x) => x.r.train));
  const test = meanStd(ended.map((x) => x.r.test));
  const epochMin = live.length ? Math.min(...live.map((r) => r.epochs)) : 0;
  const diverged = run.clients.map((c) => c.status.progress).find((p) => p?.stopped === 'diverged');
  const vals = ended.map((x) => x.r.val);

  return (
    <>
      <section className="prose">
        <Prose text={t(TEXT.foldsIntro, { n, units: HIDDEN_UNITS, lr, batch: BATCH, epochs })} />
      </section>
      <section className="lesson-figure-row" data-embed="folds">
        <div className="figure-col" ref={ref}>
          <h2>{t(TEXT.foldsTitle)}</h2>
          <Figure id="validation/folds" caption={t(TEXT.foldsCaption)} columns={COLUMNS}
            rows={rows}
            format={fmt6}
            python={(lang) => validationScript(values, 'folds', lang, siteDataUrl(window.location.href, import.meta.env.BASE_URL))}
          >
            <FoldBlocks folds={folds} epochs={epochs} n={n} foldLabel={(f) => t(TEXT.foldLabel, { f })} />
          </Figure>
        </div>
        <div className="side-col" data-embed="folds">
          <RunStatus run={run} divergedText={diverged ? t(TEXT.diverged, { step: diverged.divergedAt }) : null} />
          <RunPlayControls run={run} step={epochMin} total={epochs} counter={t(TEXT.foldsCounter, { done: ended.length, k, epoch: epochMin, epochs })} />
          {complete && (
            <p className="reading" data-reading="folds" data-mean={val.mean} data-std={val.std} data-train-mean={train.mean} data-test-loss={test.mean}>
              {t(TEXT.foldsReading, {
                k,
                mean: fmt(val.mean, 4),
                std: fmt(val.std, 3),
                min: fmt(Math.min(...vals), 4),
                max: fmt(Math.max(...vals), 4),
                train: fmt(train.mean, 4),
                nTest: N_TEST,
                test: fmt(test.mean, 4),
              })}{' '}
              {t(Math.abs(val.mean - test.mean) < Math.abs(train.mean - test.mean) ? TEXT.foldsCloser : TEXT.foldsNotCloser, {
                dv: fmt(Math.abs(val.mean - test.mean), 3),
                dt: fmt(Math.abs(train.mean - test.mean), 3),
              })}
            </p>
          )}
          {P.filter((s) => ['k', 'n', 'epochs', 'lr', 'seed'].includes(s.name)).map((s) => (
            <Slider key={s.name} spec={s} value={values[s.name]} onChange={(v) => setParam(s.name, v)} />
          ))}
        </div>
      </section>
    </>
  );
}
