// Index entry of the saddle lesson.
import { ARTICLES, cite } from '../sources';
import type { LessonMeta } from '../types';
import { saddleParams } from './params';

export const saddleMeta: LessonMeta = {
  id: 'saddle',
  title: { zh: '鞍点与平台', en: 'Saddle points and plateaus' },
  summary: {
    zh: '六种优化器从鞍点和平台附近出发，谁先走出来；以及为什么高维空间里的驻点多半是鞍点。',
    en: 'Six optimizers start next to a saddle or on a plateau: who gets out first, and why critical points in high dimensions are mostly saddles.',
  },
  seedTopic: cite([ARTICLES.optimization, '§7.6']),
  params: saddleParams,
  formulas: true,
  mnist: false,
  load: () => import('./View'),
};
