// Index entry of the resampling lesson.
import { ARTICLES, cite } from '../sources';
import type { LessonMeta } from '../types';
import { resamplingParams } from './params';

export const resamplingMeta: LessonMeta = {
  id: 'resampling',
  title: { zh: '类别不平衡：重采样与类别加权', en: 'Class imbalance: resampling and class weights' },
  summary: {
    zh: '训练集里 5–9 很少、测试集却是均衡的：比较直接训练、过采样、欠采样和类别加权损失的每类召回率和混淆矩阵。',
    en: 'Few 5–9 in training, a balanced test set: compare plain training, oversampling, undersampling and a class-weighted loss by per-digit recall and the confusion matrix.',
  },
  seedTopic: cite([ARTICLES.optimization, { zh: '§8 样本少时', en: '§8 (few samples)' }]),
  params: resamplingParams,
  formulas: true,
  mnist: true,
  load: () => import('./View'),
};

