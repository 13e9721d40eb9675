// The store's view slice: navigate reads the view keys, hide locks parameters, presets and reset keep locked ones.
import { beforeEach, describe, expect, it } from 'vitest';
import { parseHash } from '../../src/state/route';
import { useStore } from '../../src/state/store';
import { findLesson } from '../../src/lessons';

const go = (hash: string) => {
  const route = parseHash(hash);
  useStore.getState().navigate(route, findLesson(route.lessonId));
};
const s = () => useStore.getState();

beforeEach(() => go('#/'));

describe('navigate', () => {
  it('reads present, embed, hide and figure without reporting them as unknown keys', () => {
    go('#/optimizers?present=1&embed=1&hide=opt&figure=trajectories&lang=zh');
    expect(s().notices).toEqual([]);
    expect([s().present, s().embed, s().hide, s().figure]).toEqual([true, true, ['opt'], 'trajectories']);
  });
  it('reports bad view values like bad parameters', () => {
    go('#/optimizers?present=2&hide=nope');
    expect(s().notices.map((n) => n.key)).toEqual(['present', 'hide']);
    expect(s().present).toBe(false);
  });
  it('clears the view keys on the index', () => {
    go('#/optimizers?present=1&hide=opt');
    go('#/?present=1');
    expect([s().present, s().hide]).toEqual([false, []]);
  });
});

describe('hide locks parameters', () => {
  it('setParam leaves a hidden parameter unchanged and changes the others', () => {
    go('#/optimizers?hide=sgd.lr&sgd.lr=0.6');
    s().setParam('sgd.lr', 1);
    s().setParam('steps', 30);
    expect(s().params['sgd.lr']).toBe(0.6);
    expect(s().params.steps).toBe(30);
  });
  it('applyPreset and resetParams keep the locked values', () => {
    go('#/optimizers?hide=opt&opt=sgd&steps=50');
    s().applyPreset({ opt: ['adam'], 'adam.lr': 0.1 });
    expect(s().params.opt).toEqual(['sgd']);
    expect(s().params['adam.lr']).toBe(0.1);
    s().resetParams();
    expect(s().params.opt).toEqual(['sgd']);
    expect(s().params.steps).toBe(20);
    expect(s().params['adam.lr']).toBe(0.4);
  });
});

describe('registerFigure', () => {
  it('keeps mounted figures in mount order and removes them on unmount', () => {
    const offA = s().registerFigure('l/a');
    const offB = s().registerFigure('l/b');
    expect(s().figures).toEqual(['l/a', 'l/b']);
    offA();
    expect(s().figures).toEqual(['l/b']);
    offB();
    expect(s().figures).toEqual([]);
  });
});

describe('navigate to a page that is not a lesson', () => {
  it('opens the glossary with its term and language, leaving the lesson and its view behind', () => {
    go('#/weight-decay?lambda=1&present=1');
    go('#/glossary?term=dropout&lang=zh');
    expect([s().page, s().term, s().lessonId, s().unknownLesson, s().present, s().lang]).toEqual(['glossary', 'dropout', null, null, false, 'zh']);
    expect(s().params).toEqual({});
  });
  it('the checklist has no term; a lesson or an unknown name clears the page', () => {
    go('#/checklist?term=dropout');
    expect([s().page, s().term]).toEqual(['checklist', null]);
    go('#/weight-decay');
    expect([s().page, s().lessonId]).toEqual([null, 'weight-decay']);
    go('#/glossary');
    go('#/glosary');
    expect([s().page, s().unknownLesson]).toEqual([null, 'glosary']);
  });
});
