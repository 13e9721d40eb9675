// Index entry of the minibatch lesson.
import { ARTICLES, cite } from '../sources';
import type { LessonMeta } from '../types';
import { minibatchParams } from './params';

export const minibatchMeta: LessonMeta = {
  id: 'minibatch',
  title: { zh: '批量大小：SGD、小批量与全批量', en: 'Batch size: SGD, mini-batch and full batch' },
  summary: {
    zh: '同一个损失面上比较批量 1、小批量和全批量的路径；再在 MNIST 上实测批量大小对噪声、速度和精度的影响。',
    en: 'Batch 1, a mini-batch and the full batch on one loss surface; then batch size against noise, speed and accuracy, measured live on MNIST.',
  },
  seedTopic: cite([ARTICLES.optimization, '§6.1–6.2']),
  params: minibatchParams,
  formulas: true,
  mnist: true,
  load: () => import('./View'),
};
