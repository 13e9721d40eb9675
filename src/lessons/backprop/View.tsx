// The backprop lesson: a 2–3–2 network's forward and backward pass node by node with a finite-difference check of every gradient, the matrix form, and CPU vs GPU timing measured on the spot.
import { useMemo } from 'react';
import { AboutLink } from '../../components/AboutLink';
import { EnumSelect } from '../../components/EnumSelect';
import { Figure } from '../../components/Figure';
import { ScrollBox } from '../../components/ScrollBox';
import { fmt } from '../../components/format';
import { Formula } from '../../components/Formula';
import { PlayControls } from '../../components/PlayControls';
import { Prose } from '../../components/Prose';
import { Slider } from '../../components/Slider';
import { TrySection } from '../../components/TrySection';
import { usePlayback } from '../../components/usePlayback';
import { useLessonParams } from '../../state/useLessonParams';
import { useT } from '../../state/useText';
import { Graph } from './Graph';
import { GradTable } from './GradTable';
import { backwardPass, EXAMPLE_WEIGHTS, forwardPass, gradientRows, relativeError, seededWeights, type Weights } from './model';
import { backpropParams as P } from './params';
import { StepPanel } from './StepPanel';
import { passSteps } from './steps';
import { TEXT } from './text';
import { TimingSection } from './TimingSection';
import { useTiming } from './useTiming';
import './backprop.css';

/** The four parameter blocks as TeX matrices, so each step's numbers can be followed by hand. */
function weightsTex(w: Weights): [string, string] {
  const m = (rows: number[][]) => `\\begin{bmatrix} ${rows.map((r) => r.map((v) => fmt(v, 3)).join(' & ')).join(' \\\\ ')} \\end{bmatrix}`;
  return [`W = ${m(w.W)},\\quad \\mathbf{b} = ${m([w.b])}`, `V = ${m(w.V)},\\quad \\mathbf{c} = ${m([w.c])}`];
}

const GRAD_COLUMNS = ['param', 'backprop', 'numeric'] as const;
const STEP_COLUMNS = ['step', 'phase', 'node', 'value'] as const;

export default function BackpropView() {
  const t = useT();
  const { values, setParam } = useLessonParams(P);
  const target = Number(values.target) - 1;
  const weights = useMemo(() => (values.weights === 'seed' ? seededWeights(values.seed) : EXAMPLE_WEIGHTS), [values.weights, values.seed]);
  const x = useMemo(() => [values.x1, values.x2], [values.x1, values.x2]);
  const pass = useMemo(() => {
    const f = forwardPass(weights, x, target);
    const b = backwardPass(weights, f, target);
    return { f, b, steps: passSteps(weights, f, b, target), grads: gradientRows(weights, x, target, b) };
  }, [weights, x, target]);
  const play = usePlayback(pass.steps.length);
  const k = Math.min(play.cursor, pass.steps.length);
  const current = k > 0 ? pass.steps[k - 1] : null;
  const reached = useMemo(() => new Set(pass.steps.slice(0, k).flatMap((s) => s.params)), [pass.steps, k]);
  const gradRows = pass.grads.map((r) => ({ param: r.param, backprop: r.backprop, numeric: r.numeric }));
  const stepRows = pass.steps.map((s, i) => ({ step: i + 1, phase: s.phase, node: s.node, value: s.value }));
  const worst = Math.max(...pass.grads.map((r) => relativeError(r.backprop, r.numeric)));
  const timing = useTiming();
  const widths = values.widths.map(Number);

  return (
    <article className="lesson lesson-backprop">
      <section className="prose">
        <Prose text={t(TEXT.intro)} />
      </section>

      <section className="lesson-figure-row backprop-pass" data-embed="graph">
        <div className="figure-col">
          <h2>{t(TEXT.graphTitle)}</h2>
          <Figure id="backprop/graph" caption={t(TEXT.graphCaption)} columns={STEP_COLUMNS} rows={stepRows} format={(v) => fmt(v, 7)}>
            <Graph w={weights} f={pass.f} b={pass.b} steps={pass.steps} k={k} target={target} />
          </Figure>
          <PlayControls
            playing={play.playing}
            step={k}
            total={pass.steps.length}
            speed={play.speed}
            onPlayPause={play.playPause}
            onStep={play.step}
            onReset={play.reset}
            onSpeed={play.setSpeed}
          />
          <ScrollBox className="weights-tex" label={t(TEXT.weightsLabel)}>
            {weightsTex(weights).map((tex) => (
              <Formula key={tex} display tex={tex} />
            ))}
          </ScrollBox>
        </div>
        <div className="side-col">
          <h3>{t(TEXT.stepTitle)}</h3>
          <StepPanel step={current} f={pass.f} b={pass.b} />
          <div className="backprop-controls">
            <Slider spec={P[0]} value={values.x1} onChange={(v) => setParam('x1', v)} />
            <Slider spec={P[1]} value={values.x2} onChange={(v) => setParam('x2', v)} />
            <EnumSelect spec={P[2]} value={values.target} onChange={(v) => setParam('target', v)} />
            <EnumSelect spec={P[3]} value={values.weights} onChange={(v) => setParam('weights', v)} />
            {values.weights === 'seed' && <Slider spec={P[4]} value={values.seed} onChange={(v) => setParam('seed', v)} />}
          </div>
        </div>
      </section>

      <section className="backprop-grads" data-embed="gradients">
        <h2>{t(TEXT.gradTitle)}</h2>
        <div className="lesson-figure-row">
          <div className="figure-col">
            <Figure id="backprop/gradients" caption={t(TEXT.gradCaption)} columns={GRAD_COLUMNS} rows={gradRows} format={(v) => fmt(v, 8)}>
              <GradTable rows={pass.grads} fresh={current?.params ?? []} reached={reached} />
              <p className="worst-rel" data-worst={worst}>
                {t(TEXT.worstRel, { e: worst.toExponential(1) })}
              </p>
            </Figure>
          </div>
          <div className="side-col prose" data-embed-omit>
            <Prose text={t(TEXT.gradIntro)} />
          </div>
        </div>
      </section>

      <section className="prose backprop-matrix">
        <h2>{t(TEXT.matrixTitle)}</h2>
        <Prose text={t(TEXT.matrix)} />
        <p>{t(TEXT.shapesCaption, { b: values.batch })}</p>
        <Formula
          display
          tex={`\\underbrace{X}_{${values.batch}\\times 2} \\to \\underbrace{Z_1 = XW_1 + \\mathbf{b}_1}_{${values.batch}\\times w} \\to \\underbrace{Z_2 = A_1W_2 + \\mathbf{b}_2}_{${values.batch}\\times w} \\to \\underbrace{A_2W_3 + \\mathbf{b}_3}_{${values.batch}\\times 2},\\quad W_2: w\\times w`}
        />
        <Prose text={t(TEXT.gpuWhy)} />
      </section>

      <TimingSection widths={widths} batch={values.batch} onWidths={(w) => setParam('widths', w)} onBatch={(v) => setParam('batch', v)} timing={timing} />

      <TrySection text={t(TEXT.try)} />

      <AboutLink specs={P} values={values} />
    </article>
  );
}
