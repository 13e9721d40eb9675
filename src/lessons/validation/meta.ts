// Index entry of the validation lesson.
import { ARTICLES, cite } from '../sources';
import type { LessonMeta } from '../types';
import { validationParams } from './params';

export const validationMeta: LessonMeta = {
  id: 'validation',
  title: { zh: '验证集与 K 折交叉验证', en: 'Validation and K-fold cross-validation' },
  summary: {
    zh: '为什么测试集只能用一次：用验证集选模型，留出 20%（先打乱），再把数据切成 K 折逐折训练，看误差的均值和波动。',
    en: 'Why the test set is used only once: choose models on a validation set, hold out 20% (shuffled first), then cut the data into K folds and train fold by fold.',
  },
  seedTopic: cite([ARTICLES.optimization, '§2.1–2.2'], [ARTICLES.fromScratch, { zh: '§五', en: '§5' }]),
  params: validationParams,
  formulas: true,
  mnist: true,
  load: () => import('./View'),
};
