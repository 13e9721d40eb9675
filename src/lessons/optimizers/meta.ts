// Index entry of the optimizers lesson.
import { ARTICLES, cite } from '../sources';
import type { LessonMeta } from '../types';
import { optimizersParams } from './params';

export const optimizersMeta: LessonMeta = {
  id: 'optimizers',
  title: { zh: '优化算法的轨迹', en: 'Optimizer trajectories' },
  summary: {
    zh: '在同一个碗形函数上比较 SGD、动量法、AdaGrad、RMSProp、AdaDelta 和 Adam 的每一步。',
    en: 'Race SGD, momentum, AdaGrad, RMSProp, AdaDelta and Adam step by step on the same bowl.',
  },
  seedTopic: cite([ARTICLES.optimization, '§7'], [ARTICLES.fromScratch, { zh: '§一', en: '§1' }]),
  params: optimizersParams,
  formulas: true,
  mnist: false,
  load: () => import('./View'),
};
