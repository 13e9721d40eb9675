// "Reproduce in Python" for the gradients lesson: each exported numpy script, run by python3 on the site's own data files,
// prints the table its figure reads off the CPU engine (the oracle): per-update layer norms, the profile, the factors
// (histogram mean f′) and the four-network comparison.
import { describe, expect, it } from 'vitest';
import { initParams, paramLayout } from '../../../src/engine/nn';
import { createTrainer, type CpuTrainer } from '../../../src/engine/train';
import { memberSpec } from '../../../src/engine/train/populationTypes';
import type { PopulationConfig } from '../../../src/components/run';
import { REMEDIES, deepRun, geometricMean, layerRatios, meanDerivative, relativeChange, remedyRuns } from '../../../src/lessons/gradients/model';
import { gradientsParams, type GradientsValues } from '../../../src/lessons/gradients/params';
import { FACTOR_BINS, GRADIENT_COLUMNS, RECENT, gradientsScript, type GradientsFigure } from '../../../src/lessons/gradients/python';
import { defaults } from '../../../src/state/params';
import { mnistSmall } from '../../engine/train/mnistFixtures';
import { MNIST_DATA_DIR } from '../../helpers/mnistNode';
import { expectTablesClose, parseCsv, runPython } from '../../helpers/python';

const base = defaults(gradientsParams) as GradientsValues;
const URL = 'https://example.invalid/site/data/';
/** CI size: a shallow, narrow net for one or two epochs (10 updates each) on the lesson's 1000 digits. */
const small = (over: Partial<GradientsValues>): GradientsValues => ({ ...base, depth: 3, units: 12, epochs: 1, ...over });

/** Trains the run's one member on the CPU engine: its trainer and every update's per-layer gradient norms. */
function engineRun(pop: PopulationConfig): { trainer: CpuTrainer; norms: number[][]; initial: Float32Array } {
  const m = pop.members[0];
  const spec = memberSpec(pop.spec, m);
  const trainer = createTrainer(spec, mnistSmall(1000, 0), m.hyper ?? {}, m.seed, pop.options);
  const initial = new Float32Array(trainer.layout.size);
  initParams(initial, trainer.layout, spec.init, m.seed);
  const norms: number[][] = [];
  while (trainer.progress().stopped === null) for (const s of trainer.step(1).steps) norms.push(Array.from(s.gradNorms));
  return { trainer, norms, initial };
}

/** The figure's rows as the page builds them from the engine's run (see View, ProfileSection, FactorsSection, CompareSection). */
function engineRows(v: GradientsValues, figure: GradientsFigure): (string | number)[][] {
  if (figure === 'compare') {
    return remedyRuns(v).flatMap((pop, k) => {
      const recent = engineRun(pop).norms.slice(-RECENT);
      return recent[0].map((_, l) => [REMEDIES[k].id, l + 1, geometricMean(recent.map((n) => n[l]))]);
    });
  }
  const { trainer, norms, initial } = engineRun(deepRun(v));
  if (figure === 'norms') return norms.flatMap((n, i) => n.map((g, l) => [i + 1, l + 1, g]));
  const last = norms[norms.length - 1];
  if (figure === 'profile') {
    const moved = relativeChange(trainer.getParams(), initial, paramLayout(trainer.spec));
    return last.map((g, l) => [l + 1, g, moved[l]]);
  }
  const hists = trainer.histograms({ bins: FACTOR_BINS });
  const ratios = layerRatios(last);
  return last.map((g, l) => [l + 1, g, ratios[l] ?? NaN, hists[l] ? meanDerivative(hists[l], v.act, v.k) : NaN]);
}

function run(v: GradientsValues, figure: GradientsFigure) {
  const { head, rows } = parseCsv(runPython(gradientsScript(v, figure, 'en', URL), ['--data', MNIST_DATA_DIR], 600_000));
  expect(head).toEqual([...GRADIENT_COLUMNS[figure]]);
  return figure === 'compare' ? rows : rows.map((r) => r.map(Number));
}

const check = (v: GradientsValues, figure: GradientsFigure) => expectTablesClose(run(v, figure), engineRows(v, figure), 1e-4);

describe('the gradients figures exported as numpy scripts', () => {
  it('carry the settings, the DeepNet class and the columns', () => {
    const v = small({ act: 'leaky', k: 0.02, init: 'custom', std: 0.3, bn: 'after', residual: 'on', clip: 1.5, l2: 0.001, lr: 0.05, seed: 7 });
    const script = gradientsScript(v, 'factors', 'en', URL);
    for (const s of [
      "ACTIVATION = 'leaky'",
      'SLOPE = 0.02',
      "INIT = 'gaussian'",
      'INIT_STD = 0.3',
      "BATCH_NORM = 'after'",
      'RESIDUAL = True',
      'CLIP = 1.5',
      'L2 = 0.001',
      'LR = 0.05',
      'SEED = 7',
      'SIZES = [784] + [12] * 3 + [10]',
      'N_TRAIN = 1000',
      'BATCH = 100',
      'BINS = 200',
      'class DeepNet(ToyNet):',
      `DATA_URL = '${URL}'`,
    ]) {
      expect(script).toContain(s);
    }
    expect(script).toContain("out.write('layer,grad_norm,ratio,mean_deriv\\n')");
    const compare = gradientsScript(v, 'compare', 'zh', URL);
    expect(compare).toMatch(/运行：python3 gradients-compare\.py/);
    expect(compare).toContain("('sigmoid-bn', 'sigmoid', 'xavier', None, 'before', False),");
    expect(compare).toContain("('relu-he', 'relu', 'he', None, 'none', False),");
    expect(compare).not.toContain('ACTIVATION =');
  });

  it('norms: every update’s layer norms of the default sigmoid net (Xavier), as the CPU engine computes them', () => {
    check(small({ epochs: 2 }), 'norms');
  }, 600_000);

  it('norms with leaky ReLU, a custom std, L2 and clipping', () => {
    check(small({ act: 'leaky', k: 0.05, init: 'custom', std: 0.4, l2: 0.01, clip: 0.5, lr: 0.3 }), 'norms');
  }, 600_000);

  it('norms with a diverging net (leaky ReLU, std 3, η = 1): the rows stop where the page stops', () => {
    const v = small({ act: 'leaky', init: 'custom', std: 3, lr: 1, epochs: 2 });
    const rows = engineRows(v, 'norms');
    expect(rows.length).toBeLessThan(20 * 4);
    expectTablesClose(run(v, 'norms'), rows, 1e-4);
  }, 600_000);

  it('profile: tanh with batch norm after the activation and residual links', () => {
    check(small({ act: 'tanh', bn: 'after', residual: 'on' }), 'profile');
  }, 600_000);

  it('factors: ReLU with He init and batch norm before the activation (histogram mean f′)', () => {
    check(small({ act: 'relu', init: 'he', bn: 'before' }), 'factors');
  }, 600_000);

  it('factors: sigmoid', () => {
    check(small({}), 'factors');
  }, 600_000);

  it('compare: the four networks’ last-epoch geometric means', () => {
    check(small({ units: 10 }), 'compare');
  }, 600_000);
});
