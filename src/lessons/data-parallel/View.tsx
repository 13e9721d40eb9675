// The data-parallel lesson: K workers = one batch of K·B (computed in the page), the linear scaling rule with warm-up on MNIST,
// a ring all-reduce time model, and this machine's engines measured live.
import { useMemo, useRef } from 'react';
import { AboutLink } from '../../components/AboutLink';
import { siteDataUrl } from '../../components/python/scriptText';
import { Prose } from '../../components/Prose';
import { TrySection } from '../../components/TrySection';
import { useTrainerRuns } from '../../components/useTrainerRuns';
import { useLessonParams } from '../../state/useLessonParams';
import { useT } from '../../state/useText';
import { EquivalenceSection } from './EquivalenceSection';
import { ModelSection } from './ModelSection';
import { scalingPopulation, type ScalingKnobs } from './model';
import { dataParallelParams as P } from './params';
import { dataParallelScript, type DataParallelFigure } from './python';
import { ScalingSection } from './ScalingSection';
import { TEXT } from './text';
import { ThroughputSection } from './ThroughputSection';
import { useThroughput } from './useThroughput';

export default function DataParallelView() {
  const t = useT();
  const { values, setParam } = useLessonParams(P);
  const { lr, b, kmax, epochs, n, warmup, seed } = values;
  const knobs = useMemo<ScalingKnobs>(() => ({ lr, b, kmax, epochs, n, warmup, seed }), [lr, b, kmax, epochs, n, warmup, seed]);
  const scalingRef = useRef<HTMLDivElement>(null);
  const population = useMemo(() => scalingPopulation(knobs), [knobs]);
  const run = useTrainerRuns(population, JSON.stringify(population), { stepSize: Math.ceil(n / b), visibleRef: scalingRef });
  const tp = useThroughput();
  const set = (name: string, v: number) => setParam(name as (typeof P)[number]['name'], v);
  const python = (figure: DataParallelFigure) => (lang: 'zh' | 'en') => dataParallelScript(figure, values, lang, siteDataUrl(window.location.href, import.meta.env.BASE_URL));
  const measure = () => {
    // The training above would compete with the measurement for the CPU: pause it first.
    if (run.playing) run.playPause();
    tp.run(values['tp.batch'], values['tp.members']);
  };

  return (
    <article className="lesson lesson-data-parallel">
      <section className="prose">
        <Prose text={t(TEXT.intro)} />
      </section>
      <EquivalenceSection n={values['eq.batch']} seed={seed} onBatch={(v) => set('eq.batch', v)} python={python('equivalence')} />
      <ScalingSection knobs={knobs} run={run} figureRef={scalingRef} values={values} setParam={set} python={python('scaling')} />
      <ModelSection values={{ bw: values.bw, lat: values.lat, mb: values.mb, ms: values.ms }} setParam={set} python={python('model')} />
      <ThroughputSection tp={tp} maxBatch={values['tp.batch']} maxMembers={values['tp.members']} onMeasure={measure} setParam={set} />
      {/* Not a <section>: presentations show sections only, and this text is hidden there. */}
      <div className="prose python-run">
        <h2>{t(TEXT.pythonTitle)}</h2>
        <Prose text={t(TEXT.pythonRun)} />
      </div>
      <TrySection text={t(TEXT.try)} />
      <AboutLink specs={P} values={values} />
    </article>
  );
}
