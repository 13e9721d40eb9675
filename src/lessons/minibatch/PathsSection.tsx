// Part 1 of the minibatch lesson: batch-1, mini-batch and full-batch paths on the regression loss, with playback and sliders.
import { useMemo } from 'react';
import { useLessonParams } from '../../state/useLessonParams';
import { useT } from '../../state/useText';
import { Figure } from '../../components/Figure';
import { fmt, fmt6 } from '../../components/format';
import { PlayControls } from '../../components/PlayControls';
import { Slider } from '../../components/Slider';
import { usePlayback } from '../../components/usePlayback';
import { DataPlot } from './DataPlot';
import { lastEpochDistances, loss, N_POINTS, pathRows, stepsAfter } from './model';
import { minibatchParams as P } from './params';
import { PathsPlot } from './PathsPlot';
import { minibatchPathsScript } from './pythonPaths';
import { TEXT } from './text';
import { PATH_STYLES, pathName, useRegression } from './useRegression';

const PATH_COLUMNS = ['batch_size', 'step', 'w1', 'w2'] as const;
const DATA_COLUMNS = ['i', 'x', 'y'] as const;
/** Playback ticks per epoch: each tick uses n/8 more training points. */
const TICKS = 8;
const STYLES = PATH_STYLES;

export function PathsSection() {
  const t = useT();
  const { values, setParam } = useLessonParams(P);
  const { b, lr, epochs, noise, seed } = values;
  const { data, optimum, paths } = useRegression(values);
  const rows = useMemo(() => pathRows(paths), [paths]);
  const dataRows = useMemo(() => Array.from(data.x, (x, i) => ({ i, x, y: data.y[i] })), [data]);
  const play = usePlayback(epochs * TICKS);
  const samples = (Math.min(play.cursor, epochs * TICKS) * N_POINTS) / TICKS;
  const shown = paths.map((p) => stepsAfter(p, samples, N_POINTS));
  const names = paths.map((p, k) => pathName(t, p, k));

  const dist = (k: number) => Math.hypot(paths[k].w[2 * shown[k]] - optimum[0], paths[k].w[2 * shown[k] + 1] - optimum[1]);
  const wander = lastEpochDistances(paths[0], optimum);
  const wMin = Math.min(...wander), wMax = Math.max(...wander);
  const wMean = wander.reduce((a, v) => a + v, 0) / wander.length;
  const full = paths[2];
  const fullDist = Math.hypot(full.w[2 * full.steps] - optimum[0], full.w[2 * full.steps + 1] - optimum[1]);

  return (
    <section className="lesson-figure-row" data-embed="paths">
      <div className="figure-col">
        <h2>{t(TEXT.pathsTitle)}</h2>
        <Figure id="minibatch/paths" caption={t(TEXT.pathsCaption)} columns={PATH_COLUMNS} rows={rows} format={fmt6} python={(lang) => minibatchPathsScript(values, 'paths', lang)}>
          <PathsPlot data={data} paths={paths} shown={shown} names={names} styles={STYLES} optimum={optimum} />
          <ul className="legend">
            {paths.map((p, k) => (
              <li key={p.batchSize} data-path={p.batchSize}>
                <svg width={28} height={10} aria-hidden="true">
                  <line x1={0} x2={28} y1={5} y2={5} stroke={STYLES[k].color} strokeWidth={2.5} strokeDasharray={STYLES[k].dash} />
                </svg>
                {t(TEXT.pathLegend, { name: names[k], k: shown[k], f: fmt(p.f[shown[k]]), d: fmt(dist(k), 3) })}
              </li>
            ))}
          </ul>
        </Figure>
      </div>
      <div className="side-col">
        <PlayControls
          playing={play.playing}
          step={play.cursor}
          total={epochs * TICKS}
          speed={play.speed}
          counter={t(TEXT.pathCounter, { e: fmt(play.cursor / TICKS, 4), n: epochs })}
          onPlayPause={play.playPause}
          onStep={play.step}
          onReset={play.reset}
          onSpeed={play.setSpeed}
        />
        <div className="slider-row">
          <Slider spec={P[0]} value={b} onChange={(v) => setParam('b', v)} />
          <Slider spec={P[1]} value={lr} onChange={(v) => setParam('lr', v)} />
          <Slider spec={P[2]} value={epochs} onChange={(v) => setParam('epochs', v)} />
          <Slider spec={P[3]} value={noise} onChange={(v) => setParam('noise', v)} />
          <Slider spec={P[4]} value={seed} onChange={(v) => setParam('seed', v)} />
        </div>
        <h3>{t(TEXT.dataTitle)}</h3>
        <Figure id="minibatch/data" caption={t(TEXT.dataCaption)} columns={DATA_COLUMNS} rows={dataRows} format={fmt6}>
          <DataPlot
            data={data}
            title={t(TEXT.dataCaption)}
            lines={paths.map((p, k) => ({ name: names[k], style: STYLES[k], w: [p.w[2 * shown[k]], p.w[2 * shown[k] + 1]] as const }))}
          />
        </Figure>
        <p className="reading">{t(TEXT.optimum, { w1: fmt(optimum[0]), w2: fmt(optimum[1]), f: fmt(loss(data, optimum[0], optimum[1])) })}</p>
        <p className="reading" data-reading="wander" data-min={wMin} data-max={wMax} data-mean={wMean} data-full={fullDist}>
          {t(TEXT.wander, { k: wander.length, min: fmt(wMin, 3), max: fmt(wMax, 3), mean: fmt(wMean, 3), full: fmt(fullDist, 3) })}
        </p>
        {noise === 0 && <p className="reading">{t(TEXT.noNoise)}</p>}
      </div>
    </section>
  );
}
