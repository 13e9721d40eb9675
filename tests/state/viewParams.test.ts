// The app-level view keys (present, embed, hide, figure): decoded with notices, encoded canonically.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeView, encodeView, VIEW_DEFAULTS } from '../../src/state/viewParams';

const NAMES = ['fn', 'opt', 'steps', 'sgd.lr'];
const q = (s: string) => new URLSearchParams(s);

describe('decodeView', () => {
  it('gives the defaults, with no notices, for a URL without view keys', () => {
    expect(decodeView(q('fn=book'), 'optimizers', NAMES)).toEqual({ view: VIEW_DEFAULTS, notices: [] });
  });
  it('reads present=1, embed=1, hide and figure', () => {
    const { view, notices } = decodeView(q('present=1&embed=1&hide=opt,sgd.lr&figure=trajectories'), 'optimizers', NAMES);
    expect(view).toEqual({ present: true, embed: true, hide: ['opt', 'sgd.lr'], figure: 'trajectories', backendChoice: 'auto' });
    expect(notices).toEqual([]);
  });
  it('puts hidden parameters in table order and drops duplicates', () => {
    expect(decodeView(q('hide=sgd.lr,fn,sgd.lr'), 'x', NAMES).view.hide).toEqual(['fn', 'sgd.lr']);
  });
  it('drops unknown names from hide with a notice that keeps the known ones', () => {
    const { view, notices } = decodeView(q('hide=opt,nope'), 'x', NAMES);
    expect(view.hide).toEqual(['opt']);
    expect(notices).toEqual([{ kind: 'unknown-option', key: 'hide', given: 'nope', used: 'opt' }]);
  });
  it('turns flags other than 0/1 into a notice and leaves the mode off', () => {
    const { view, notices } = decodeView(q('present=yes&embed=0'), 'x', NAMES);
    expect(view.present).toBe(false);
    expect(view.embed).toBe(false);
    expect(notices).toEqual([{ kind: 'unknown-option', key: 'present', given: 'yes', used: '0' }]);
  });
  it('accepts figure with or without the lesson prefix, and ignores an empty one', () => {
    expect(decodeView(q('figure=optimizers/trajectories'), 'optimizers', NAMES).view.figure).toBe('trajectories');
    expect(decodeView(q('figure='), 'optimizers', NAMES).view.figure).toBeNull();
  });
});

describe('encodeView', () => {
  it('writes nothing for the defaults', () => {
    expect(encodeView(VIEW_DEFAULTS)).toBe('');
  });
  it('writes hide, figure, embed, present, backend in that order', () => {
    expect(encodeView({ present: true, embed: true, hide: ['opt', 'sgd.lr'], figure: 'trajectories', backendChoice: 'gpu' })).toBe(
      'hide=opt,sgd.lr&figure=trajectories&embed=1&present=1&backend=gpu',
    );
  });
  it('reads backend=auto|gpu|cpu and reports any other value', () => {
    expect(decodeView(q('backend=cpu'), 'x', NAMES).view.backendChoice).toBe('cpu');
    const { view, notices } = decodeView(q('backend=tpu'), 'x', NAMES);
    expect(view.backendChoice).toBe('auto');
    expect(notices).toEqual([{ kind: 'unknown-option', key: 'backend', given: 'tpu', used: 'auto' }]);
  });
  it('round-trips through decodeView', () => {
    const view = fc.record({
      present: fc.boolean(),
      embed: fc.boolean(),
      hide: fc.subarray(NAMES),
      figure: fc.option(fc.constantFrom('trajectories', 'loss curves', 'a&b=c'), { nil: null }),
      backendChoice: fc.constantFrom('auto' as const, 'gpu' as const, 'cpu' as const),
    });
    fc.assert(
      fc.property(view, (v) => {
        const { view: back, notices } = decodeView(q(encodeView(v)), 'x', NAMES);
        expect(notices).toEqual([]);
        expect(back).toEqual(v);
      }),
    );
  });
});
