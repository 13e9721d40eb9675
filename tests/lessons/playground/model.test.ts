// The playground's model: what restarts a run and what only changes its hyperparameters, the query points and the boundary rows.
import { describe, expect, it } from 'vitest';
import { decode, defaults, encode } from '../../../src/state/params';
import { boundaryRows, changeKind, dataOf, dropoutOf, hyperOf, inputsAt, plotDataOf, queryPoints, specOf, GRID, TABLE_GRID } from '../../../src/lessons/playground/model';
import { playgroundParams } from '../../../src/lessons/playground/params';

const D = defaults(playgroundParams);

describe('changeKind(prev, next)', () => {
  it('a rate, an optimizer, L1/L2, dropout, batch or clipping change is a hyperparameter change; none is null', () => {
    for (const over of [{ lr: 0.1 }, { opt: 'sgd' }, { l2: 0.01 }, { l1: 0.001 }, { dropout: 0.2 }, { batch: 20 }, { clip: 1 }, { beta1: 0.8 }]) {
      expect(changeKind(D, { ...D, ...over }), JSON.stringify(over)).toBe('hyper');
    }
    expect(changeKind(D, { ...D })).toBeNull();
  });
  it('the architecture, activation, init, batch norm, data, added points, epochs or seed restart the run', () => {
    for (const over of [{ depth: 2 }, { units: 4 }, { act: 'tanh' }, { init: 'xavier' }, { bn: 'before' }, { data: 'xor' }, { noise: 0.1 }, { train: 0.7 }, { dataSeed: 2 }, { pts: [0, 0, 1] }, { epochs: 10 }, { seed: 5 }]) {
      expect(changeKind(D, { ...D, ...over }), JSON.stringify(over)).toBe('restart');
    }
  });
  it('changing the input features restarts the run, also when their number stays (x₁, x₂ → x₁², x₂²); on the sine set they are unused', () => {
    expect(changeKind(D, { ...D, feat: ['x1', 'x2', 'x1x2'] })).toBe('restart');
    expect(changeKind(D, { ...D, feat: ['x1sq', 'x2sq'] })).toBe('restart');
    const sine = { ...D, data: 'sine' };
    expect(changeKind(sine, { ...sine, feat: ['sinx1'] })).toBeNull();
  });
  it('the γ sent is the selected optimizer’s: momentum.gamma for momentum, rmsprop.gamma for RMSProp', () => {
    expect(hyperOf({ ...D, opt: 'momentum', 'momentum.gamma': 0.5, 'rmsprop.gamma': 0.99 }).gamma).toBe(0.5);
    expect(hyperOf({ ...D, opt: 'rmsprop', 'momentum.gamma': 0.5, 'rmsprop.gamma': 0.99 }).gamma).toBe(0.99);
  });
});

describe('specOf / dropoutOf / dataOf', () => {
  it('per-layer dropout overrides the common p where ≥ 0', () => {
    expect(dropoutOf({ ...D, depth: 4, dropout: 0.2, 'p.2': 0.5, 'p.5': 0.7 })).toEqual([0.2, 0.5, 0.2, 0.2]);
  });
  it('regression has one input, one output and mse; the plane two of each and softmax-ce', () => {
    expect(specOf({ ...D, data: 'sine' })).toMatchObject({ inputSize: 1, outputSize: 1, loss: 'mse' });
    expect(specOf(D)).toMatchObject({ inputSize: 2, outputSize: 2, loss: 'softmax-ce' });
  });
  it('one input per feature on the plane; the sine set keeps its one input x whatever the features', () => {
    expect(specOf({ ...D, feat: ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2'] }).inputSize).toBe(5);
    expect(specOf({ ...D, feat: ['sinx2'] }).inputSize).toBe(1);
    expect(specOf({ ...D, data: 'sine', feat: ['x1', 'x2', 'x1x2'] }).inputSize).toBe(1);
  });
  it('the default features (x₁, x₂) give the descriptor a link always built: 400 spirals, 200 held out by dataSeed, no feature list', () => {
    // 200 of 400 held out: the fraction (200 + ½)/400 so that ⌊fraction·400⌋ = 200.
    expect(dataOf(D)).toEqual({ kind: 'toy', name: 'spirals', n: 400, noise: 0, seed: 1, validation: 200.5 / 400, splitSeed: 1 });
    const product = { ...D, feat: ['x1x2', 'x1'] };
    expect(dataOf(product)).toMatchObject({ features: ['x1', 'x1x2'] });
    expect(plotDataOf(product)).toEqual(dataOf(D));
  });
  it('inputsAt maps plane points to the features (the raw points for x₁, x₂ and for the sine set)', () => {
    const pts = Float32Array.from([0.5, -1, 2, 0.25]);
    expect(Array.from(inputsAt(pts, { data: 'xor', feat: ['x1sq', 'x1x2'] }))).toEqual([0.25, -0.5, 4, 0.5]);
    expect(inputsAt(pts, { data: 'xor', feat: ['x1', 'x2'] })).toBe(pts);
    expect(inputsAt(pts, { data: 'sine', feat: ['x1sq'] })).toBe(pts);
  });
  it('added points become extra rows: (x₁, x₂) → c on the plane, x → y for regression', () => {
    expect(dataOf({ ...D, pts: [0.5, -0.5, 1, 0.25, 0, 0] }).extra).toEqual({ x: [0.5, -0.5, 0.25, 0], y: [1, 0] });
    expect(dataOf({ ...D, data: 'sine', pts: [0.5, -0.5, 0] }).extra).toEqual({ x: [0.5], y: [-0.5] });
  });
});

describe('queryPoints / boundaryRows', () => {
  it('the plot grid comes first (row 0 at the top), then the table lattice with both ends; rows read P(class 1) of the lattice', () => {
    const q = queryPoints(false);
    expect(q.gridCount).toBe(GRID * GRID);
    expect(q.points[1]).toBeGreaterThan(0); // row 0 is the top (x₂ > 0)
    const first = 2 * q.gridCount;
    expect([q.points[first], q.points[first + 1]]).toEqual([-1.5, -1.5]);
    const m = q.gridCount + TABLE_GRID * TABLE_GRID;
    const out = new Float32Array(2 * m);
    for (let i = 0; i < m; i++) out[2 * i + 1] = i / m;
    const table = boundaryRows(out, false, q.gridCount);
    expect(table.regression).toBe(false);
    const rows = table.regression ? [] : table.rows;
    expect(rows.length).toBe(441);
    expect(rows[0]).toMatchObject({ x1: -1.5, x2: -1.5 });
    expect(rows[440]).toEqual({ x1: 1.5, x2: 1.5, p: Math.fround((m - 1) / m) });
    expect(rows[1].x1).toBeCloseTo(-1.35, 12);
    expect(boundaryRows(null, true, q.gridCount)).toEqual({ regression: true, rows: [] });
  });
});

describe('the playground URL: features and display switches', () => {
  it('round-trips features, showTest and discrete; an empty feature list gets x₁, x₂ back with a notice', () => {
    const q = 'feat=x1sq,x1x2,sinx2&showTest=off&discrete=on';
    const { values, notices } = decode(playgroundParams, new URLSearchParams(q));
    expect(notices).toEqual([]);
    expect(values).toMatchObject({ feat: ['x1sq', 'x1x2', 'sinx2'], showTest: 'off', discrete: 'on' });
    expect(encode(playgroundParams, values)).toBe(q);
    const empty = decode(playgroundParams, new URLSearchParams('feat='));
    expect(empty.values.feat).toEqual(['x1', 'x2']);
    expect(empty.notices).toMatchObject([{ key: 'feat', kind: 'out-of-range' }]);
    expect(encode(playgroundParams, D)).toBe(''); // the defaults (x₁, x₂, test data shown, probabilities) stay out of links
  });
});
