// Index entry of the gradients lesson.
import { ARTICLES, cite } from '../sources';
import type { LessonMeta } from '../types';
import { gradientsParams } from './params';

export const gradientsMeta: LessonMeta = {
  id: 'gradients',
  title: { zh: '梯度消失与梯度爆炸', en: 'Vanishing and exploding gradients' },
  summary: {
    zh: '训练一个很深的网络，看每一层权重梯度的大小：sigmoid 下越靠近输入越小，ReLU + He、批量归一化或残差连接让它保持住；初始权重太大时梯度爆炸，裁剪把它驯服。',
    en: 'Train a deep net and watch every layer’s weight gradient: under sigmoid it shrinks toward the input; ReLU with He, batch norm or residual links keep it; too large a start explodes it, and clipping tames it.',
  },
  seedTopic: cite([ARTICLES.optimization, { zh: '§5 梯度消失/梯度爆炸', en: '§5 (vanishing/exploding gradients)' }], [ARTICLES.tricks, { zh: '（Sigmoid 的梯度消失、ReLU、Maxout）', en: '(sigmoid’s vanishing gradient, ReLU, Maxout)' }]),
  params: gradientsParams,
  formulas: true,
  mnist: true,
  load: () => import('./View'),
};
