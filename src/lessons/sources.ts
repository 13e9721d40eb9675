// The four articles the lessons are built from, named by title and author, and citations of their sections.
import type { Text } from '../state/i18n';

/** An article a lesson draws on. */
export interface Article {
  zh: string;
  en: string;
}

export const ARTICLES = {
  /** mantch's survey of optimization (after Dive into Deep Learning and Andrew Ng's notes). */
  optimization: {
    zh: 'mantch《Dropout、梯度消失/爆炸、Adam优化算法，神经网络优化算法看这一篇就够了》',
    en: 'mantch, “Dropout, vanishing/exploding gradients, Adam: neural-network optimization in one article”',
  },
  /** Notes on Hung-yi Lee's course. */
  tricks: {
    zh: '《【DL】深层神经网络学习方法与学习技巧》（李宏毅课程笔记）',
    en: '“Deep network learning methods and tricks” (notes on Hung-yi Lee’s course)',
  },
  /** 云不见's notes on chapter 6 of "Deep Learning from Scratch". */
  fromScratch: {
    zh: '云不见《长文超详讲解深度学习中你总是掌握不牢的若干知识点》（《深度学习入门》第 6 章笔记）',
    en: '云不见 (Yun Bujian), notes on chapter 6 of “Deep Learning from Scratch”',
  },
} as const satisfies Record<string, Article>;

/** "Title §x; Title §y" in both languages, from [article, section] pairs (section may be empty). */
export function cite(...parts: [Article, Text | string][]): Text {
  const one = (lang: 'zh' | 'en') =>
    parts.map(([a, s]) => {
      const section = typeof s === 'string' ? s : s[lang];
      return section ? `${a[lang]} ${section}` : a[lang];
    });
  return { zh: one('zh').join('；'), en: one('en').join('; ') };
}
