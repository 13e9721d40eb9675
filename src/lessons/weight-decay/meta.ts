// Index entry of the weight-decay lesson.
import { ARTICLES, cite } from '../sources';
import type { LessonMeta } from '../types';
import { weightDecayParams } from './params';

export const weightDecayMeta: LessonMeta = {
  id: 'weight-decay',
  title: { zh: '权重衰减：L2 与 L1 正则化', en: 'Weight decay: L2 and L1 regularization' },
  summary: {
    zh: '给损失加上 ½λ‖w‖²：看 λ 怎样用一点训练误差换来更小的测试误差、更小的权重，再看 L1 怎样把权重推向 0。',
    en: 'Add ½λ‖w‖² to the loss: watch λ trade a little training fit for a lower test error and smaller weights, and L1 push weights to zero.',
  },
  seedTopic: cite([ARTICLES.optimization, { zh: '§3 正则化', en: '§3 (regularization)' }], [ARTICLES.fromScratch, { zh: '§四', en: '§4' }], [ARTICLES.tricks, '']),
  params: weightDecayParams,
  formulas: true,
  mnist: true,
  load: () => import('./View'),
};
