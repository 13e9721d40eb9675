// hashOf (canonical URL with the view keys) and shareUrl (what "Copy link" writes: language and seed always).
import { describe, expect, it } from 'vitest';
import type { ParamSpec } from '../../src/state/params';

const T = { zh: 'x', en: 'x' };
const seeded: readonly ParamSpec[] = [
  { kind: 'int', name: 'seed', label: T, doc: T, default: 1, min: 0, max: 1000 },
  { kind: 'number', name: 'lr', label: T, doc: T, default: 0.1, min: 0, max: 1, scale: 'linear' },
];
import { findLesson } from '../../src/lessons';
import { hashOf, shareUrl } from '../../src/state/urlSync';


const optimizers = findLesson('optimizers')!.params;
const base = { paramSpecs: optimizers, params: {}, lang: 'en' as const, langPinned: false, present: false, embed: false, hide: [] as string[], figure: null, backendChoice: 'auto' as const };
const loc = { origin: 'http://127.0.0.1:4174', pathname: '/sub/' };

describe('hashOf', () => {
  it('leaves defaults, the view defaults and an unpinned language out', () => {
    expect(hashOf({ ...base, lessonId: 'optimizers' })).toBe('#/optimizers');
  });
  it('writes lesson parameters, then hide, figure, embed, present, then the pinned language', () => {
    const h = hashOf({ ...base, lessonId: 'optimizers', params: { steps: 5 }, hide: ['opt'], figure: 'trajectories', embed: true, present: true, lang: 'zh', langPinned: true });
    expect(h).toBe('#/optimizers?steps=5&hide=opt&figure=trajectories&embed=1&present=1&lang=zh');
  });
});

describe('shareUrl', () => {
  it('always holds the language, even when it came from the browser', () => {
    expect(shareUrl({ ...base, lessonId: 'optimizers', lang: 'zh' }, loc)).toBe('http://127.0.0.1:4174/sub/#/optimizers?lang=zh');
  });
  it('always holds the seed of a lesson that has one, even at its default', () => {
    expect(shareUrl({ ...base, lessonId: 'seeded', paramSpecs: seeded, params: { seed: 1, lr: 0.2 } }, loc)).toBe('http://127.0.0.1:4174/sub/#/seeded?seed=1&lr=0.2&lang=en');
  });
  it('links the index with its language', () => {
    expect(shareUrl({ ...base, lessonId: null, paramSpecs: [] }, loc)).toBe('http://127.0.0.1:4174/sub/#/?lang=en');
  });
});

describe('hashOf on pages', () => {
  const page = { ...base, lessonId: null, paramSpecs: [] };
  it('writes the glossary with its term, then a pinned language', () => {
    expect(hashOf({ ...page, page: 'glossary', term: 'weight-decay' })).toBe('#/glossary?term=weight-decay');
    expect(hashOf({ ...page, page: 'glossary', term: null, lang: 'zh', langPinned: true })).toBe('#/glossary?lang=zh');
  });
  it('writes the checklist without a term, and its shared link with the language', () => {
    expect(hashOf({ ...page, page: 'checklist', term: 'x' })).toBe('#/checklist');
    expect(shareUrl({ ...page, page: 'checklist', term: null }, loc)).toBe('http://127.0.0.1:4174/sub/#/checklist?lang=en');
  });
});
