// The weight-decay lesson's MNIST section: seed 004's overfit 7-layer net at λ = 0 and at λ, one population of two, live.
import { siteDataUrl } from '../../components/python/scriptText';
import { useCallback, useMemo, useRef } from 'react';
import { useT } from '../../state/useText';
import type { RunView } from '../../components/run';
import { Figure } from '../../components/Figure';
import { fmt, fmt6 } from '../../components/format';
import { RunPlayControls } from '../../components/RunPlayControls';
import { Prose } from '../../components/Prose';
import { RunStatus } from '../../components/RunStatus';
import { RingLineChart, type RingSeries } from '../../components/charts/RingLineChart';
import { SERIES, type SeriesStyle } from '../../components/palette';
import { Slider } from '../../components/Slider';
import { useRingRows } from '../../components/useRingRows';
import { useTrainerRuns } from '../../components/useTrainerRuns';
import { PythonRun } from '../../components/PythonRun';
import { gapVerdict, meanGap, MNIST_BATCH, MNIST_TEST, mnistPopulation, type Gap } from './model';
import { weightDecayParams as P, type WeightDecayValues } from './params';
import { weightDecayScript } from './python';
import { TEXT } from './text';

const COLUMNS = ['lambda', 'epoch', 'train_acc', 'test_acc'] as const;
const MNIST_PARAMS = P.filter((p) => p.name.startsWith('mnist.'));
const VERDICT = { narrower: TEXT.verdictNarrower, similar: TEXT.verdictSimilar, wider: TEXT.verdictWider } as const;
const style = (k: 0 | 1, dash: string): SeriesStyle => ({ ...SERIES[k], dash });
const pct = (x: number) => `${fmt(100 * x, 3)}%`;
const points = (x: number) => fmt(100 * x, 3);

interface Props {
  values: WeightDecayValues;
  setParam(name: string, value: number): void;
}

interface AccRow {
  lambda: number;
  epoch: number;
  train_acc: number;
  test_acc: number;
}

/** Each member's (train, test) accuracies up to the last epoch both have finished. */
function common(rows: readonly AccRow[], lambdas: readonly number[]): [Gap[], Gap[]] | null {
  const of = (m: number) => rows.filter((r) => r.lambda === lambdas[m]).map((r) => ({ train: r.train_acc, test: r.test_acc }));
  const a = of(0), b = of(1);
  const n = Math.min(a.length, b.length);
  return n ? [a.slice(0, n), b.slice(0, n)] : null;
}

export function MnistSection({ values, setParam }: Props) {
  const t = useT();
  const lambda = values['mnist.lambda'];
  const epochs = values['mnist.epochs'];
  const n = values['mnist.n'];
  const lr = values['mnist.lr'];
  const seed = values.seed;
  const ref = useRef<HTMLDivElement>(null);
  const population = useMemo(
    () => mnistPopulation({ 'mnist.lambda': lambda, 'mnist.lr': lr, 'mnist.epochs': epochs, 'mnist.n': n, seed }),
    [lambda, lr, epochs, n, seed],
  );
  const run = useTrainerRuns(population, JSON.stringify(population), { stepSize: Math.ceil(n / MNIST_BATCH), visibleRef: ref });
  const lambdas = useMemo(() => [0, lambda], [lambda]);

  const series = useMemo<RingSeries[]>(() => {
    const s = (c: RunView, y: string, label: string, st: SeriesStyle): RingSeries => ({
      ring: () => c.epochs, x: 'epoch', xOffset: 1, y, label, style: st, split: y.startsWith('train') ? 'train' : 'test',
    });
    return run.clients.flatMap((c, k) => [
      s(c, 'trainAccuracy', t(TEXT.seriesTrain, { lambda: lambdas[k] }), style(k as 0 | 1, '')),
      s(c, 'testAccuracy', t(TEXT.seriesTest, { lambda: lambdas[k] }), style(k as 0 | 1, '6 3')),
    ]);
  }, [run.clients, lambdas, t]);
  const read = useCallback(() => {
    const rows: AccRow[] = [];
    run.clients.forEach((c, k) => {
      const r = c.epochs;
      for (let i = 0; i < r.length; i++) {
        rows.push({ lambda: lambdas[k], epoch: r.get('epoch', i) + 1, train_acc: r.get('trainAccuracy', i), test_acc: r.get('testAccuracy', i) });
      }
    });
    return rows;
  }, [run.clients, lambdas]);
  const rows = useRingRows(run.clients, read, 300);
  const both = common(rows, lambdas);
  const gaps = both ? [meanGap(both[0]), meanGap(both[1])] : null;
  const verdict = gaps ? gapVerdict(gaps[0], gaps[1]) : null;
  const last = both ? [both[0][both[0].length - 1], both[1][both[1].length - 1]] : null;
  const epoch = both ? both[0].length : 0;
  const diverged = run.clients.map((c) => c.status.progress).find((p) => p?.stopped === 'diverged');

  return (
    <>
    <section className="prose">
      <h2>{t(TEXT.mnistTitle, { lambda })}</h2>
      <Prose text={t(TEXT.mnistIntro, { n, nTest: MNIST_TEST })} />
      <Prose text={t(TEXT.mnistAfter)} />
      <PythonRun title={t(TEXT.pythonTitle)} text={t(TEXT.pythonRun)} />
    </section>
    <section className="lesson-figure-row" data-embed="mnist">
      <div className="figure-col" ref={ref}>
        <h2>{t(TEXT.mnistCurvesTitle)}</h2>
        <Figure
          id="weight-decay/mnist"
          caption={t(TEXT.mnistCaption, { lambda })}
          columns={COLUMNS}
          rows={rows}
          format={fmt6}
          python={(lang) => weightDecayScript(values, lang, siteDataUrl(window.location.href, import.meta.env.BASE_URL))}
        >
          <RingLineChart series={series} sources={run.clients} yDomain={[0, 1]} xLabel={t(TEXT.epoch)} yLabel={t(TEXT.accuracy)} xMax={epochs} aspect={0.45} />
        </Figure>
      </div>
      <div className="side-col">
        {MNIST_PARAMS.map((p) => (
          <Slider key={p.name} spec={p} value={values[p.name]} onChange={(v) => setParam(p.name, v)} />
        ))}
        <RunStatus run={run} divergedText={diverged ? t(TEXT.diverged, { step: diverged.divergedAt }) : null} />
        <RunPlayControls run={run} step={epoch} total={epochs} counter={t(TEXT.mnistCounter, { k: epoch, n: epochs })} />
        {last && gaps && verdict && (
          <p className="reading" data-reading="mnist-gap" data-verdict={verdict} data-gap0={gaps[0]} data-gap={gaps[1]}>
            {t(TEXT.mnistReading, {
              epoch,
              lambda,
              train0: pct(last[0].train),
              test0: pct(last[0].test),
              train: pct(last[1].train),
              test: pct(last[1].test),
              gap0: points(gaps[0]),
              gap: points(gaps[1]),
            })}{' '}
            {t(VERDICT[verdict], { diff: points(gaps[0] - gaps[1]) })}
          </p>
        )}
      </div>
    </section>
    </>
  );
}
