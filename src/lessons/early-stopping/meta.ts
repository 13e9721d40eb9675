// Index entry of the early-stopping lesson.
import { ARTICLES, cite } from '../sources';
import type { LessonMeta } from '../types';
import { earlyStoppingParams } from './params';

export const earlyStoppingMeta: LessonMeta = {
  id: 'early-stopping',
  title: { zh: '早停', en: 'Early stopping' },
  summary: {
    zh: '验证损失不再下降就停下，并取回最好那个周期的权重：在一个过拟合的 MNIST 网络上看耐心值怎样起作用，再和 L2 正则化比一比。',
    en: 'Stop when the validation loss stops falling and take back the best epoch’s weights: watch patience at work on an overfitting MNIST net, then compare it with L2.',
  },
  seedTopic: cite([ARTICLES.tricks, { zh: '早停', en: 'early stopping' }], [ARTICLES.optimization, '§9']),
  params: earlyStoppingParams,
  formulas: true,
  mnist: true,
  load: () => import('./View'),
};
