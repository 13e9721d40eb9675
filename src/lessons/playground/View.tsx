// The playground: TensorFlow Playground's bench with every technique of the lessons, trained live in the page's worker.
// One screen from 1280×720 up: the play bar and the training controls above the data, the network and the output.
import { useEffect, useId, useMemo, useState } from 'react';
import { useLessonParams } from '../../state/useLessonParams';
import { useT } from '../../state/useText';
import type { Dataset } from '../../engine/train';
import { buildData } from '../../components/run';
import { AboutLink } from '../../components/AboutLink';
import { fmt } from '../../components/format';
import { PresetButtons } from '../../components/PresetButtons';
import { Prose } from '../../components/Prose';
import { useTrainerRuns } from '../../components/useTrainerRuns';
import { DataPanel } from './DataPanel';
import { boundaryRows, classOneProbability, hyperOf, inputsAt, isRegression, plotDataOf, queryPoints, restartKey, runOf, stepsPerEpoch, stepsPerSecondOf } from './model';
import { NetworkPanel } from './NetworkPanel';
import { OutputPanel } from './OutputPanel';
import { playgroundParams as P } from './params';
import { PlayBar } from './PlayBar';
import { PRESETS } from './presets';
import { TEXT } from './text';
import { OptimizerControls, RegularizationControls } from './TrainingControls';
import { useHyperSync } from './useHyperSync';
import { usePlaneOutputs } from './usePlaneOutputs';
import './playground.css';

const noMnist = () => Promise.reject(new Error('the playground uses no MNIST'));

export default function PlaygroundView() {
  const t = useT();
  const { values, setParam, applyPreset } = useLessonParams(P);
  const set = setParam as (name: string, value: number | string | readonly number[] | readonly string[]) => void;
  const regression = isRegression(values);
  const key = restartKey(values);
  // The run is created from the values current when its key changes; hyperparameters then follow through setHyper.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const config = useMemo(() => runOf(values), [key]);
  // No off-screen pause: the run feeds the whole bench (plot, network, curves), not one figure.
  const run = useTrainerRuns(config, key, { stepSize: stepsPerEpoch(values), stepsPerSecond: stepsPerSecondOf(values) });
  const client = run.clients[0];
  const change = useHyperSync(client, hyperOf(values), key);
  // The plot's grid and the table's lattice as (x₁, x₂), and as the network's inputs (the features of those points).
  const query = useMemo(() => queryPoints(regression), [regression]);
  const featureKey = values.feat.join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const inputs = useMemo(() => inputsAt(query.points, values), [query, featureKey, values.data]);
  const latest = usePlaneOutputs(client, inputs);
  const [addClass, setAddClass] = useState<0 | 1>(1);
  const titleId = useId();

  // The points the worker trains on, generated here too (same engine, same descriptor, as points) for the plot.
  const dataJson = JSON.stringify(plotDataOf(values));
  const [data, setData] = useState<{ json: string; train: Dataset; test: Dataset | null } | null>(null);
  useEffect(() => {
    let live = true;
    buildData(JSON.parse(dataJson), noMnist).then(
      (d) => live && setData({ json: dataJson, train: d.train, test: d.validation ?? null }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [dataJson]);

  const plane = latest ? (regression ? latest.outputs.output.subarray(0, query.gridCount) : classOneProbability(latest.outputs.output, query.gridCount)) : null;
  const table = useMemo(() => boundaryRows(latest?.outputs.output ?? null, regression, query.gridCount), [latest, regression, query.gridCount]);

  const progress = client?.status.progress;
  const diverged = progress?.stopped === 'diverged' ? t(TEXT.diverged, { step: progress.divergedAt }) : null;
  const ep = client?.epochs;
  const lastEpoch = ep && ep.length ? ep.length - 1 : -1;
  const sizes = client?.info?.sizes;
  const reading = ep && lastEpoch >= 0 && (
    // The losses after the last epoch that ended (data-epoch counts from 1); the play bar's counter says which epoch runs.
    <p className="reading" data-reading="epoch" data-epoch={ep.get('epoch', lastEpoch) + 1} data-test-accuracy={ep.get('validationAccuracy', lastEpoch)}>
      {t(regression ? TEXT.readingReg : TEXT.reading, {
        train: fmt(ep.get('trainLoss', lastEpoch), 3),
        test: fmt(ep.get('validationLoss', lastEpoch), 3),
        acc: `${fmt(100 * ep.get('validationAccuracy', lastEpoch), 3)}%`,
      })}
    </p>
  );
  const changeLine = change && (
    <p className="reading" data-reading="change" data-change={change.kind} {...(change.kind === 'hyper' ? { 'data-step': change.step, 'data-lr': change.hyper.lr, 'data-optimizer': change.hyper.optimizer } : {})}>
      {change.kind === 'hyper' ? t(TEXT.changeHyper, { step: change.step, lr: fmt(change.hyper.lr, 3), opt: change.hyper.optimizer }) : t(TEXT.changeRestart)}
    </p>
  );

  return (
    <article className="lesson lesson-playground">
      <section className="pg-bench" aria-labelledby={titleId}>
        <h2 id={titleId} className="sr-only">
          {t(TEXT.benchTitle)}
        </h2>
        <div className="pg-top">
          <PlayBar run={run} epoch={progress?.epoch ?? 0} epochs={values.epochs} diverged={diverged} />
          <OptimizerControls values={values} setParam={set} />
          <RegularizationControls values={values} setParam={set} />
          <div className="pg-readings" data-embed="boundary network curves">
            {reading}
            {changeLine}
          </div>
        </div>
        <div className="pg-panels">
          <DataPanel values={values} setParam={set} regression={regression} addClass={addClass} setAddClass={setAddClass}>
            {sizes && (
              <p className="reading" data-reading="sizes" data-train={sizes.train} data-test={sizes.validation}>
                {t(TEXT.sizes, { train: sizes.train, added: values.pts.length / 3, test: sizes.validation })}
              </p>
            )}
          </DataPanel>
          <NetworkPanel values={values} setParam={set} spec={config.spec} latest={latest} regression={regression} gridCount={query.gridCount} />
          <OutputPanel
            values={values}
            setParam={set}
            run={client}
            data={data && data.json === dataJson ? data : null}
            regression={regression}
            plane={plane}
            table={table}
            step={latest?.step ?? -1}
            addClass={addClass}
          />
        </div>
      </section>

      <section className="prose">
        <h2>{t(TEXT.introTitle)}</h2>
        <Prose text={t(TEXT.intro)} />
      </section>

      <section className="prose">
        <h2>{t(TEXT.whereTitle)}</h2>
        <Prose text={t(TEXT.where)} />
      </section>

      <section className="prose">
        <h2>{t(TEXT.pythonTitle)}</h2>
        <Prose text={t(TEXT.pythonRun)} />
      </section>

      <section>
        <TryHead />
        <PresetButtons presets={PRESETS} onApply={(p) => applyPreset({ seed: values.seed, ...p })} />
        <div className="prose">
          <Prose text={t(TEXT.try)} />
        </div>
      </section>

      <AboutLink specs={P} values={values} />
    </article>
  );
}

function TryHead() {
  const t = useT();
  return <h2>{t('thingsToTry')}</h2>;
}
