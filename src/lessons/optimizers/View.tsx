// The optimizers lesson: contour plot with six optimizers' paths, their sliders, presets, playback and the step's formula.
import { useDeferredValue, useMemo, useState } from 'react';
import { useLessonParams } from '../../state/useLessonParams';
import { useT } from '../../state/useText';
import { useHidden } from '../../state/useView';
import { AboutLink } from '../../components/AboutLink';
import { Figure } from '../../components/Figure';
import { fmt } from '../../components/format';
import { Hideable } from '../../components/Hideable';
import { PlayControls } from '../../components/PlayControls';
import { Prose } from '../../components/Prose';
import { Slider } from '../../components/Slider';
import { usePlayback } from '../../components/usePlayback';
import { OBJECTIVES, type ObjectiveName } from '../../engine/objectives';
import { OPTIMIZER_NAMES, type OptimizerName } from '../../engine/optimizers';
import { tableRows, trajectories } from './model';
import { optimizersScript } from './python';
import { optimizersParams as P, OPT_CHOICES } from './params';
import { PRESETS } from './presets';
import { PresetButtons } from '../../components/PresetButtons';
import { EnumSelect } from '../../components/EnumSelect';
import { ABOUT, TEXT } from './text';
import { styleOf, TrajectoryPlot } from './TrajectoryPlot';
import type { NumberParam } from '../../state/params';
import { TrySection } from '../../components/TrySection';
import { useDarkTheme } from '../../components/useDarkTheme';
import { StepFormula } from './StepFormula';
import './optimizers.css';

type NumberName = 'sgd.lr' | 'momentum.lr' | 'momentum.gamma' | 'adagrad.lr' | 'rmsprop.lr' | 'rmsprop.gamma' | 'adadelta.rho' | 'adam.lr' | 'adam.beta1' | 'adam.beta2';
const COLUMNS = ['optimizer', 'step', 'x1', 'x2', 'f'] as const;
const format7 = (v: number) => fmt(v, 7);
const spec = (name: string) => P.find((p) => p.name === name) as NumberParam;
const stepsSpec = P[2];
/** The sliders of each optimizer, by URL name. */
const SLIDERS: Record<OptimizerName, NumberName[]> = {
  sgd: ['sgd.lr'],
  momentum: ['momentum.lr', 'momentum.gamma'],
  adagrad: ['adagrad.lr'],
  rmsprop: ['rmsprop.lr', 'rmsprop.gamma'],
  adadelta: ['adadelta.rho'],
  adam: ['adam.lr', 'adam.beta1', 'adam.beta2'],
};

export default function OptimizersView() {
  const t = useT();
  const { values, setParam, applyPreset } = useLessonParams(P);
  const hidden = useHidden();
  const dark = useDarkTheme();
  const obj = OBJECTIVES[values.fn as ObjectiveName];
  const trs = useMemo(() => trajectories(values), [values]);
  const rows = useMemo(() => tableRows(trs), [trs]);
  const play = usePlayback(values.steps);
  const shown = values.opt as readonly OptimizerName[];
  const [picked, setPicked] = useState<OptimizerName>('momentum');
  const selected = shown.includes(picked) ? picked : shown[0];
  // KaTeX typesetting follows at low priority so the plot answers a slider within the frame.
  const formulaTrs = useDeferredValue(trs);
  const selectedTr = formulaTrs.find((tr) => tr.name === selected);
  const k = Math.min(play.cursor, values.steps);

  // At the last step, Step runs one more update (steps + 1) instead of doing nothing.
  const canExtend = values.steps < stepsSpec.max && !hidden('steps');
  const stepOrExtend = () => (k < values.steps ? play.step() : canExtend && setParam('steps', values.steps + 1));
  const optLabel = (name: OptimizerName) => t(OPT_CHOICES[OPTIMIZER_NAMES.indexOf(name)].label);

  const toggle = (name: OptimizerName, on: boolean) =>
    setParam('opt', OPTIMIZER_NAMES.filter((n) => (n === name ? on : shown.includes(n))));
  const fnSpec = P[0];

  return (
    <article className="lesson lesson-optimizers">
      <section className="prose">
        <Prose text={t(TEXT.intro)} />
      </section>

      <section className="lesson-figure-row optimizers-row">
        <div className="figure-col" data-embed="trajectories">
          <div className="toolbar">
            <EnumSelect
              spec={fnSpec}
              value={values.fn}
              onChange={(v) => {
                const fn = v as ObjectiveName;
                applyPreset({ ...values, fn, x0: [...OBJECTIVES[fn].start] });
              }}
            />
            <PresetButtons presets={PRESETS} onApply={applyPreset} />
          </div>
          <Figure
            id="optimizers/trajectories"
            caption={t(TEXT.figureCaption)}
            columns={COLUMNS}
            rows={rows}
            format={format7}
            python={(lang) => optimizersScript(values, lang)}
          >
            {shown.length === 0 && <p className="empty-note">{t(TEXT.noneShown)}</p>}
            <TrajectoryPlot obj={obj} trajectories={trs} cursor={k} x0={values.x0} onMoveStart={(x0) => setParam('x0', x0)} />
            <ul className="legend">
              {trs.map((tr) => {
                const st = styleOf(tr.name, dark);
                return (
                  <li key={tr.name}>
                    <svg width={28} height={10} aria-hidden="true">
                      <line x1={0} x2={28} y1={5} y2={5} stroke={st.color} strokeWidth={2.5} strokeDasharray={st.dash} />
                    </svg>
                    {t('labelColon', { label: optLabel(tr.name) })}f = {fmt(tr.f[k])}
                  </li>
                );
              })}
            </ul>
            {trs
              .filter((tr) => tr.divergedAt !== null)
              .map((tr) => (
                <p key={tr.name} className="diverged-note" role="status">
                  {t(TEXT.divergedNote, { name: optLabel(tr.name), k: tr.divergedAt! })}
                </p>
              ))}
          </Figure>
          <PlayControls
            playing={play.playing}
            step={k}
            total={values.steps}
            speed={play.speed}
            onPlayPause={play.playPause}
            onStep={stepOrExtend}
            canStep={k < values.steps || canExtend}
            onReset={play.reset}
            onSpeed={play.setSpeed}
          />
          <Slider spec={stepsSpec} value={values.steps} onChange={(v) => setParam('steps', v)} />
        </div>

        <div className="controls-col" data-embed="trajectories">
          <h2>{t(TEXT.controlsTitle)}</h2>
          <div className="optimizer-grid">
            {OPTIMIZER_NAMES.map((name) => {
              const on = shown.includes(name);
              // A link that locks the set of optimizers (hide=opt) shows only the chosen ones.
              if (!on && hidden('opt')) return null;
              return (
                <fieldset key={name} className={on ? 'opt-card on' : 'opt-card'} style={{ borderTopColor: styleOf(name, dark).color }}>
                  <legend>
                    <label>
                      <Hideable param="opt">
                        <input type="checkbox" checked={on} data-toggle={name} onChange={(e) => toggle(name, e.currentTarget.checked)} />{' '}
                      </Hideable>
                      {optLabel(name)}
                    </label>
                  </legend>
                  {SLIDERS[name].map((pn) => (
                    <Slider key={pn} spec={spec(pn)} value={values[pn]} onChange={(v) => setParam(pn, v)} disabled={!on} />
                  ))}
                </fieldset>
              );
            })}
          </div>
        </div>

        <div className="side-col">
          <h2>{t(TEXT.formulaTitle)}</h2>
          {selectedTr ? <StepFormula shown={shown} selected={selected} onPick={setPicked} tr={selectedTr} k={k} /> : <p>{t(TEXT.noneShown)}</p>}
        </div>
      </section>

      <section className="optimizer-about">
        <h2>{t(TEXT.aboutTitle)}</h2>
        <dl className="about-grid">
          {OPTIMIZER_NAMES.map((name) => (
            <div key={name} className="opt-about" style={{ borderLeftColor: styleOf(name, dark).color }}>
              <dt>{optLabel(name)}</dt>
              <dd>
                <Prose text={t(ABOUT[name])} />
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <TrySection text={t(TEXT.try)} />

      <AboutLink specs={P} values={values} />
    </article>
  );
}
