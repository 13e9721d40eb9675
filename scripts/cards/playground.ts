// The playground's card: the default run (two spirals) trained on the CPU engine, P(class 1) over the plane with the points.
import { SERIES } from '../../src/components/palette';
import { unitOutputs } from '../../src/engine/experiments/unitOutputs';
import { createTrainer } from '../../src/engine/train';
import { classOneProbability, runOf } from '../../src/lessons/playground/model';
import { PLANE, playgroundParams } from '../../src/lessons/playground/params';
import { defaults } from '../../src/state/params';
import { loadData } from './runs';
import { bars, circle, frame, H, scale, W } from './svg';

/** Cells per side of the card's heat map. */
const CELLS = 26;
/** Colour bands of P(class 1). */
const LEVELS = 10;

/** Two spirals after the default epoch budget: the square plane in the middle, each cell tinted by P(class 1). */
export async function playgroundCard(): Promise<string> {
  const v = defaults(playgroundParams);
  const run = runOf(v);
  const data = await loadData(run.data);
  const m = run.members[0];
  const tr = createTrainer(run.spec, data, m.hyper, m.seed, { ...run.options, evalEachEpoch: false });
  tr.step(Number.MAX_SAFE_INTEGER);
  const state = tr.getState();
  tr.dispose();
  const side = H - 12;
  const x0 = (W - side) / 2;
  const y0 = 6;
  const points = new Float32Array(2 * CELLS * CELLS);
  for (let r = 0; r < CELLS; r++)
    for (let c = 0; c < CELLS; c++) {
      points[2 * (r * CELLS + c)] = -PLANE + ((c + 0.5) / CELLS) * 2 * PLANE;
      points[2 * (r * CELLS + c) + 1] = PLANE - ((r + 0.5) / CELLS) * 2 * PLANE;
    }
  const p = classOneProbability(unitOutputs(run.spec, state.params, state.running, points, CELLS * CELLS).output, CELLS * CELLS);
  const cell = side / CELLS;
  // P(class 1) in LEVELS bands, clear at p = ½, towards each class's colour; a row's run of one band is one bar.
  const band = (t: number) => Math.min(LEVELS - 1, Math.floor(t * LEVELS));
  const runs: [number, number, number, number][][] = Array.from({ length: LEVELS }, () => []);
  for (let r = 0; r < CELLS; r++)
    for (let c = 0; c < CELLS; ) {
      const b = band(p[r * CELLS + c]);
      let e = c + 1;
      while (e < CELLS && band(p[r * CELLS + e]) === b) e++;
      runs[b].push([x0 + c * cell, y0 + r * cell, (e - c) * cell + 0.05, cell + 0.05]);
      c = e;
    }
  let body = '';
  runs.forEach((list, b) => {
    const t = (b + 0.5) / LEVELS;
    const colour = SERIES[t < 0.5 ? 0 : 1].color;
    if (list.length) body += bars(list, colour).replace('/>', ` fill-opacity="${(0.9 * Math.abs(t - 0.5)).toFixed(2)}"/>`);
  });
  const sx = scale(-PLANE, PLANE, x0, x0 + side);
  const sy = scale(-PLANE, PLANE, y0 + side, y0);
  const train = data.train;
  for (let i = 0; i < train.n; i += 2) body += circle(sx(train.x[2 * i]), sy(train.x[2 * i + 1]), 1.5, SERIES[train.y[i] as number].color);
  return frame(body);
}
