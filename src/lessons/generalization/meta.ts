// Index entry of the generalization lesson.
import { ARTICLES, cite } from '../sources';
import type { LessonMeta } from '../types';
import { generalizationParams } from './params';

export const generalizationMeta: LessonMeta = {
  id: 'generalization',
  title: { zh: '泛化：欠拟合与过拟合', en: 'Generalization: under- and overfitting' },
  summary: {
    zh: '用不同阶数的多项式拟合同一组带噪声的数据，观察训练误差与测试误差如何分道扬镳。',
    en: 'Fit polynomials of any degree to the same noisy points and watch training and test error part ways.',
  },
  seedTopic: cite([ARTICLES.optimization, '§1–3']),
  params: generalizationParams,
  formulas: true,
  mnist: false,
  load: () => import('./View'),
};
