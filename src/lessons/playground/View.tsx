// The playground: TensorFlow Playground's bench with every technique of the lessons, trained live in the page's worker.
import { useEffect, useMemo, useState } from 'react';
import { useLessonParams } from '../../state/useLessonParams';
import { useT } from '../../state/useText';
import type { Dataset } from '../../engine/train';
import { buildData } from '../../worker/buildData';
import { AboutLink } from '../../components/AboutLink';
import { fmt } from '../../components/format';
import { PresetButtons } from '../../components/PresetButtons';
import { Prose } from '../../components/Prose';
import { RunPlayControls } from '../../components/RunPlayControls';
import { RunStatus } from '../../components/RunStatus';
import { useTrainerRuns } from '../../components/useTrainerRuns';
import { CurvesSection } from './CurvesSection';
import { DataSection } from './DataSection';
import { boundaryRows, classOneProbability, dataOf, hyperOf, isRegression, queryPoints, restartKey, runOf, stepsPerEpoch, stepsPerSecondOf } from './model';
import { NetworkSection } from './NetworkSection';
import { playgroundParams as P } from './params';
import { PRESETS } from './presets';
import { TEXT } from './text';
import { OptimizerSection, RegularizationSection } from './TrainingSections';
import { useHyperSync } from './useHyperSync';
import { usePlaneOutputs } from './usePlaneOutputs';
import './playground.css';

const noMnist = () => Promise.reject(new Error('the playground uses no MNIST'));

export default function PlaygroundView() {
  const t = useT();
  const { values, setParam, applyPreset } = useLessonParams(P);
  const set = setParam as (name: string, value: number | string | readonly number[]) => void;
  const regression = isRegression(values);
  const key = restartKey(values);
  // The run is created from the values current when its key changes; hyperparameters then follow through setHyper.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const config = useMemo(() => runOf(values), [key]);
  // No off-screen pause: the run feeds every section of the page (plot, network, curves), not one figure.
  const run = useTrainerRuns(config, key, { stepSize: stepsPerEpoch(values), stepsPerSecond: stepsPerSecondOf(values) });
  const client = run.clients[0];
  const change = useHyperSync(client, hyperOf(values), key);
  const query = useMemo(() => queryPoints(regression), [regression]);
  const latest = usePlaneOutputs(client, query.points);
  const [addClass, setAddClass] = useState<0 | 1>(1);

  // The points the worker trains on, generated here too (same engine, same descriptor) for the plot.
  const dataJson = JSON.stringify(dataOf(values));
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
  const rows = useMemo(() => (latest ? boundaryRows(latest.outputs.output, regression, query.gridCount) : []), [latest, regression, query.gridCount]);

  const progress = client?.status.progress;
  const epoch = progress?.epoch ?? 0;
  const diverged = progress?.stopped === 'diverged';
  const ep = client?.epochs;
  const lastEpoch = ep && ep.length ? ep.length - 1 : -1;
  const sizes = client?.info?.sizes;
  const added = values.pts.length / 3;
  const playControls = <RunPlayControls run={run} step={epoch} total={values.epochs} counter={t(TEXT.epochCounter, { k: epoch, n: values.epochs })} />;
  const controls = (
    <>
      <RunStatus run={run} divergedText={diverged ? t(TEXT.diverged, { step: progress.divergedAt }) : null} />
      {playControls}
      {ep && lastEpoch >= 0 && (
        <p className="reading" data-reading="epoch" data-test-accuracy={ep.get('validationAccuracy', lastEpoch)}>
          {t(regression ? TEXT.readingReg : TEXT.reading, {
            epoch: ep.get('epoch', lastEpoch) + 1,
            train: fmt(ep.get('trainLoss', lastEpoch), 3),
            test: fmt(ep.get('validationLoss', lastEpoch), 3),
            acc: `${fmt(100 * ep.get('validationAccuracy', lastEpoch), 3)}%`,
          })}
        </p>
      )}
      {change && (
        <p className="reading" data-reading="change" data-change={change.kind} {...(change.kind === 'hyper' ? { 'data-step': change.step, 'data-lr': change.hyper.lr, 'data-optimizer': change.hyper.optimizer } : {})}>
          {change.kind === 'hyper' ? t(TEXT.changeHyper, { step: change.step, lr: fmt(change.hyper.lr, 3), opt: change.hyper.optimizer }) : t(TEXT.changeRestart)}
        </p>
      )}
    </>
  );

  return (
    <article className="lesson lesson-playground">
      <section className="prose">
        <Prose text={t(TEXT.intro)} />
      </section>

      <DataSection
        values={values}
        setParam={set}
        data={data && data.json === dataJson ? data : null}
        regression={regression}
        plane={plane}
        rows={rows}
        step={latest?.step ?? -1}
        addClass={addClass}
        setAddClass={setAddClass}
      >
        {sizes && (
          <p className="reading" data-reading="sizes" data-train={sizes.train} data-test={sizes.validation}>
            {t(TEXT.sizes, { train: sizes.train, added, test: sizes.validation })}
          </p>
        )}
        {controls}
      </DataSection>

      <NetworkSection values={values} setParam={set} spec={config.spec} latest={latest} regression={regression} gridCount={query.gridCount}>
        {playControls}
      </NetworkSection>

      <OptimizerSection values={values} setParam={set}>
        {controls}
      </OptimizerSection>

      <RegularizationSection values={values} setParam={set}>
        {playControls}
      </RegularizationSection>

      <CurvesSection run={client} epochs={values.epochs}>
        {controls}
      </CurvesSection>

      <section className="prose">
        <h2>{t(TEXT.whereTitle)}</h2>
        <Prose text={t(TEXT.where)} />
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
