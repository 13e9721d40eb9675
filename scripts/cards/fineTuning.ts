// The fine-tuning card: mean test accuracy on 5–9 against k (log axis) for fine-tuning and from scratch, a shortened default run.
import { SERIES, SPLIT_DASH } from '../../src/components/palette';
import { createTrainer } from '../../src/engine/train';
import { fineTuneConfig, meanByK, memberKeys, pretrainConfig, K_MAX } from '../../src/lessons/fine-tuning/model';
import { fineTuningParams } from '../../src/lessons/fine-tuning/params';
import { defaults } from '../../src/state/params';
import { loadData, runPopulation } from './runs';
import { AREA, axes, frame, polyline, scale } from './svg';

/** How much of the default run the card trains: one pre-training epoch, one seed, 10 epochs on 5–9. */
export const FINE_TUNING_BUDGET = { preEpochs: 1, seeds: 1, epochs: 10 } as const;

export async function fineTuningCard(): Promise<string> {
  const v = defaults(fineTuningParams);
  const q = { ...v, ...FINE_TUNING_BUDGET, lower: v.lower as 'frozen' | 'slow' };
  const pc = pretrainConfig(q);
  const pre = createTrainer(pc.spec, await loadData(pc.data), pc.members[0].hyper, pc.members[0].seed, pc.options);
  pre.step(Number.MAX_SAFE_INTEGER);
  const runs = await runPopulation(fineTuneConfig(q, pre.getParams()));
  const keys = memberKeys(q);
  const means = meanByK(keys.map((key, i) => ({ ...key, test_acc: runs[i].epochs[runs[i].epochs.length - 1].test!.accuracy })));
  const sx = scale(0, Math.log10(K_MAX), AREA.x0 + 2, AREA.x1);
  const sy = scale(0, 1, AREA.y1, AREA.y0);
  const xs = means.map((m) => sx(Math.log10(m.k)));
  let body = axes();
  body += polyline(xs, means.map((m) => sy(m.fineTune)), SERIES[0].color, SPLIT_DASH.test);
  body += polyline(xs, means.map((m) => sy(m.scratch)), SERIES[1].color, SPLIT_DASH.test);
  return frame(body);
}
