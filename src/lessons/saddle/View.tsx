// The saddle lesson: six optimizers' paths near a saddle or on a plateau with their escape steps, then the high-dimensional argument.
import { useMemo } from 'react';
import type { IntParam, NumberParam } from '../../state/params';
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
import { TrySection } from '../../components/TrySection';
import { usePlayback } from '../../components/usePlayback';
import { OPTIMIZER_NAMES, type OptimizerName } from '../../engine/optimizers';
import { SADDLE_SURFACES, type SaddleSurfaceName } from '../../engine/surfaces/saddles';
import { EscapeBars } from './EscapeBars';
import { HighDimSection } from './HighDimSection';
import { escapeRows, pathRows, runAll } from './model';
import { saddleScript } from './python';
import { OPT_CHOICES, RATE_PARAM, saddleParams as P } from './params';
import { PRESETS } from './presets';
import { PresetButtons } from '../../components/PresetButtons';
import { EnumSelect } from '../../components/EnumSelect';
import { SaddlePlot, styleOf } from './SaddlePlot';
import { TEXT } from './text';
import './saddle.css';

const PATH_COLUMNS = ['optimizer', 'step', 'x1', 'x2', 'f'] as const;
const ESCAPE_COLUMNS = ['optimizer', 'steps'] as const;
const format7 = (v: number) => fmt(v, 7);
const spec = (name: string) => P.find((p) => p.name === name) as NumberParam | IntParam;
const labelOf = (name: OptimizerName) => OPT_CHOICES[OPTIMIZER_NAMES.indexOf(name)].label;

export default function SaddleView() {
  const t = useT();
  const { values, setParam, applyPreset } = useLessonParams(P);
  const hidden = useHidden();
  const obj = SADDLE_SURFACES[values.fn as SaddleSurfaceName] ?? SADDLE_SURFACES.saddle;
  const paths = useMemo(() => runAll(values), [values]);
  const rows = useMemo(() => pathRows(paths), [paths]);
  const escRows = useMemo(() => escapeRows(paths), [paths]);
  const play = usePlayback(values.steps);
  const shown = values.opt as readonly OptimizerName[];
  const k = Math.min(play.cursor, values.steps);
  const toggle = (name: OptimizerName, on: boolean) => setParam('opt', OPTIMIZER_NAMES.filter((n) => (n === name ? on : shown.includes(n))));
  const fnSpec = P[0];

  return (
    <article className="lesson lesson-saddle">
      <section className="prose">
        <Prose text={t(TEXT.intro)} />
      </section>

      <section className="lesson-figure-row">
        <div className="figure-col" data-embed="paths">
          <div className="toolbar">
            <EnumSelect
              spec={fnSpec}
              value={values.fn}
              onChange={(v) => {
                const fn = v as SaddleSurfaceName;
                applyPreset({ ...values, fn, x0: [...SADDLE_SURFACES[fn].start] });
              }}
            />
            <PresetButtons presets={PRESETS} onApply={(p) => applyPreset({ ...values, ...p })} />
          </div>
          <PlayControls
            playing={play.playing}
            step={k}
            total={values.steps}
            speed={play.speed}
            onPlayPause={play.playPause}
            onStep={play.step}
            onReset={play.reset}
            onSpeed={play.setSpeed}
          />
          <Slider spec={spec('steps')} value={values.steps} onChange={(v) => setParam('steps', v)} />
          <Figure
            id="saddle/paths"
            caption={t(TEXT.pathsCaption)}
            columns={PATH_COLUMNS}
            rows={rows}
            format={format7}
            python={(lang) => saddleScript(values, lang)}
          >
            {shown.length === 0 && <p className="empty-note">{t(TEXT.noneShown)}</p>}
            <SaddlePlot obj={obj} paths={paths} cursor={k} x0={values.x0} onMoveStart={(x0) => setParam('x0', x0)} />
            <ul className="legend">
              {paths.map((p) => {
                const st = styleOf(p.name);
                return (
                  <li key={p.name}>
                    <svg width={28} height={10} aria-hidden="true">
                      <line x1={0} x2={28} y1={5} y2={5} stroke={st.color} strokeWidth={2.5} strokeDasharray={st.dash} />
                    </svg>
                    {t(labelOf(p.name))}: f = {fmt(p.f[Math.min(k, p.last)])}
                  </li>
                );
              })}
            </ul>
          </Figure>
        </div>

        <div className="side-col" data-embed="paths escape">
          <h2>{t(TEXT.escapeTitle)}</h2>
          <Figure id="saddle/escape" caption={t(TEXT.escapeCaption)} columns={ESCAPE_COLUMNS} rows={escRows}>
            <EscapeBars paths={paths} steps={values.steps} cursor={k} />
          </Figure>
          <div className="saddle-noise">
            <h3>{t(TEXT.noiseTitle)}</h3>
            <Slider spec={spec('sigma')} value={values.sigma} onChange={(v) => setParam('sigma', v)} />
            <Slider spec={spec('seed')} value={values.seed} onChange={(v) => setParam('seed', v)} />
            <div className="noise-note" data-embed-omit>
              <Prose text={t(TEXT.noiseNote)} />
            </div>
          </div>
        </div>
      </section>

      <section className="optimizer-controls" data-embed="paths">
        <h2>{t(TEXT.controlsTitle)}</h2>
        <div className="optimizer-grid">
          {OPTIMIZER_NAMES.map((name) => {
            const on = shown.includes(name);
            if (!on && hidden('opt')) return null;
            const pn = RATE_PARAM[name];
            return (
              <fieldset key={name} className={on ? 'opt-card on' : 'opt-card'} style={{ borderTopColor: styleOf(name).color }}>
                <legend>
                  <label>
                    <Hideable param="opt">
                      <input type="checkbox" checked={on} data-toggle={name} onChange={(e) => toggle(name, e.currentTarget.checked)} />{' '}
                    </Hideable>
                    {t(labelOf(name))}
                  </label>
                </legend>
                <Slider spec={spec(pn)} value={values[pn]} onChange={(v) => setParam(pn, v)} disabled={!on} />
              </fieldset>
            );
          })}
        </div>
        <p className="note">{t(TEXT.fixedNote)}</p>
      </section>

      <section className="prose">
        <h2>{t(TEXT.whyTitle)}</h2>
        <Prose text={t(TEXT.surfaceNote)} />
        <Prose text={t(TEXT.why)} />
      </section>

      <HighDimSection samples={values.samples} seed={values.seed} onSamples={(v) => setParam('samples', v)} />

      <TrySection text={t(TEXT.try)} />

      <AboutLink specs={P} values={values} />
    </article>
  );
}
