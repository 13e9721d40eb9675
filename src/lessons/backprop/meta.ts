// Index entry of the backprop lesson.
import { ARTICLES, cite } from '../sources';
import type { LessonMeta } from '../types';
import { backpropParams } from './params';

export const backpropMeta: LessonMeta = {
  id: 'backprop',
  title: { zh: '反向传播，一步一步', en: 'Backpropagation, step by step' },
  summary: {
    zh: '跟着一个样本走过小网络的前向和反向传播，每个梯度都用有限差分核对；再写成矩阵形式，在你的浏览器里当场测量 CPU 和 GPU 谁更快。',
    en: 'Follow one sample through a small network forward and back, every gradient checked by finite differences; then the matrix form, and CPU vs GPU timed in your own browser.',
  },
  seedTopic: cite([ARTICLES.tricks, { zh: '（全连接网络、矩阵运算与 GPU 加速、交叉熵、反向传播）', en: '(fully connected networks, matrix form and GPU acceleration, cross-entropy, backpropagation)' }]),
  params: backpropParams,
  formulas: true,
  mnist: false,
  load: () => import('./View'),
};
