// The Prose auto-linker on hand-written inputs: longest match first, whole words in English (plural "s"),
// no word boundaries in Chinese, first occurrence only.
import { describe, expect, it } from 'vitest';
import { formsOf, linkTerms, proseRuns, termMatcher, type Piece } from '../../../src/components/glossary/autolink';
import { LINKED_TERMS, TERMS as ALL_TERMS, type GlossaryTerm } from '../../../src/components/glossary/terms';
import { TEXT as DROPOUT_TEXT } from '../../../src/lessons/dropout/text';
import { TEXT as INIT_TEXT } from '../../../src/lessons/initialization/text';

const T = (id: string, zh: string, en: string, extra: Partial<GlossaryTerm> = {}): GlossaryTerm => ({
  id, topic: 'setup', zh, en, def: { zh: '', en: '' }, links: [], ...extra,
});
const TERMS = [
  T('gd', '梯度下降', 'gradient descent'),
  T('sgd', '随机梯度下降', 'stochastic gradient descent', { zhAlso: ['SGD'], enAlso: ['SGD'] }),
  T('vanishing', '梯度消失', 'vanishing gradients', { enAlso: ['vanishing gradient'] }),
  T('epoch', '周期', 'epoch'),
  T('adam', 'Adam', 'Adam'),
  T('he', 'He 初始化', 'He initialization'),
];
const run = (text: string, lang: 'zh' | 'en', seen = new Set<string>()): Piece[] => linkTerms(text, termMatcher(TERMS, lang), seen);
const linked = (pieces: Piece[]) => pieces.filter((p) => typeof p !== 'string');

describe('linkTerms', () => {
  it('keeps the text: the pieces join back to the input', () => {
    const s = 'Ten epochs of stochastic gradient descent, then Adam.';
    expect(run(s, 'en').map((p) => (typeof p === 'string' ? p : p.text)).join('')).toBe(s);
  });
  it('prefers the longest form (Chinese has no word boundaries)', () => {
    expect(linked(run('我们用随机梯度下降训练。', 'zh'))).toEqual([{ term: 'sgd', text: '随机梯度下降' }]);
    expect(linked(run('普通的梯度下降。', 'zh'))).toEqual([{ term: 'gd', text: '梯度下降' }]);
  });
  it('prefers the longest form in English too', () => {
    expect(linked(run('Plain stochastic gradient descent.', 'en'))).toEqual([{ term: 'sgd', text: 'stochastic gradient descent' }]);
  });
  it('matches English as whole words, case-insensitive, with a plural "s"', () => {
    expect(linked(run('Twenty Epochs later', 'en'))).toEqual([{ term: 'epoch', text: 'Epochs' }]);
    expect(linked(run('an epochal change; Adamant; madam', 'en'))).toEqual([]);
    expect(linked(run('Vanishing gradients again', 'en'))).toEqual([{ term: 'vanishing', text: 'Vanishing gradients' }]);
  });
  it('a pronoun "he" is not He initialization, the full name is', () => {
    expect(linked(run('he said; He initialization helps', 'en'))).toEqual([{ term: 'he', text: 'He initialization' }]);
  });
  it('a Latin form inside Chinese text still needs Latin word boundaries', () => {
    expect(linked(run('用 Adam 训练，不是 Adamax', 'zh'))).toEqual([{ term: 'adam', text: 'Adam' }]);
    expect(linked(run('Adamax 与 SGDR', 'zh'))).toEqual([]);
  });
  it('links only the first occurrence, across runs sharing one set', () => {
    const seen = new Set<string>();
    expect(linked(run('每个周期，再一个周期', 'zh', seen))).toHaveLength(1);
    expect(linked(run('下一个周期', 'zh', seen))).toEqual([]);
  });
});

describe('proseRuns', () => {
  it('never links inside TeX, and links a term once across text and bold runs', () => {
    const m = termMatcher(TERMS, 'en');
    const runs = proseRuns('An epoch is $\\text{epoch} = n/B$ steps; **Adam** and Adam, another epoch.', m, new Set());
    expect(runs.filter((r) => 'tex' in r)).toEqual([{ tex: '\\text{epoch} = n/B' }]);
    const terms = runs.flatMap((r) => ('pieces' in r ? r.pieces.filter((p) => typeof p !== 'string') : []));
    expect(terms).toEqual([{ term: 'epoch', text: 'epoch' }, { term: 'adam', text: 'Adam' }]);
    expect(runs.find((r) => 'bold' in r && r.bold)).toEqual({ bold: true, pieces: [{ term: 'adam', text: 'Adam' }] });
  });
  it('links nothing without a matcher', () => {
    expect(proseRuns('An epoch of Adam', null, null)).toEqual([{ bold: false, pieces: ['An epoch of Adam'] }]);
  });
});

describe('termMatcher: one shared lookbehind per group', () => {
  /** The plain construction: every form its own alternative with its own boundary checks, longest first. */
  function perForm(terms: readonly GlossaryTerm[], lang: 'zh' | 'en') {
    const byForm = new Map<string, string>();
    for (const t of terms) for (const f of formsOf(t, lang)) if (!byForm.has(f.toLowerCase())) byForm.set(f.toLowerCase(), t.id);
    const latin = /[A-Za-z0-9]/;
    const alts = [...byForm.keys()]
      .sort((a, b) => b.length - a.length)
      .map((f) => {
        const before = latin.test(f[0]) ? '(?<![\\p{L}\\p{N}])' : '';
        const plural = lang === 'en' && latin.test(f[f.length - 1]) ? '(?:s)?' : '';
        const after = latin.test(f[f.length - 1]) ? '(?![\\p{L}\\p{N}])' : '';
        return `${before}(${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})${plural}${after}`;
      });
    return { re: new RegExp(alts.join('|'), 'giu'), byForm };
  }

  it('links every glossary definition and lesson text as the per-form expression does, in both languages', () => {
    const texts = (lang: 'zh' | 'en') => [
      ...ALL_TERMS.map((t) => t.def[lang]),
      ...[INIT_TEXT, DROPOUT_TEXT].flatMap((T) => Object.values(T).flatMap((v) => (typeof v === 'object' && v !== null && lang in v ? [(v as Record<string, string>)[lang]] : []))),
    ];
    for (const lang of ['zh', 'en'] as const) {
      const [grouped, plain] = [termMatcher(LINKED_TERMS, lang), perForm(LINKED_TERMS, lang)];
      let linked = 0;
      for (const text of texts(lang)) {
        const a = proseRuns(text, grouped, new Set());
        expect(a).toEqual(proseRuns(text, plain, new Set()));
        linked += a.flatMap((r) => ('pieces' in r ? r.pieces : [])).filter((p) => typeof p !== 'string').length;
      }
      expect(linked).toBeGreaterThan(50);
    }
  });
});
