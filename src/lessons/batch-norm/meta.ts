// Index entry of the batch-norm lesson.
import { ARTICLES, cite } from '../sources';
import type { LessonMeta } from '../types';
import { batchNormParams } from './params';

export const batchNormMeta: LessonMeta = {
  id: 'batch-norm',
  title: { zh: '批归一化（Batch Norm）', en: 'Batch normalization' },
  summary: {
    zh: '在真实的小批量上逐步演算 μ、σ²、x̂ 和 y；再把原书的 16 种初始尺度 × 有无 BN 共 32 个网络同时训练，看 BN 如何让学习不再依赖初始值。',
    en: 'Work μ, σ², x̂ and y on a real mini-batch, then train the book’s 16 initial scales with and without BN, 32 networks at once, and watch BN free learning from the initial scale.',
  },
  seedTopic: cite([ARTICLES.fromScratch, { zh: '§三', en: '§3' }], [ARTICLES.optimization, { zh: '§5', en: '§5' }]),
  params: batchNormParams,
  formulas: true,
  mnist: true,
  load: () => import('./View'),
};
