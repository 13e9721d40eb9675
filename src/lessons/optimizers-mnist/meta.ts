// Index entry of the optimizers-mnist lesson.
import { ARTICLES, cite } from '../sources';
import type { LessonMeta } from '../types';
import { optimizersMnistParams } from './params';

export const optimizersMnistMeta: LessonMeta = {
  id: 'optimizers-mnist',
  title: { zh: '优化器比赛：MNIST 上的 SGD、Momentum、AdaGrad 与 Adam', en: 'The optimizer race on MNIST: SGD, Momentum, AdaGrad and Adam' },
  summary: {
    zh: '同一个 5 层网络、同样的初始权重和批次，只换更新方法：在你的浏览器里重演书中 2000 次迭代的比赛，训练中随时调各自的学习率。',
    en: 'One five-layer network, the same initial weights and batches, only the update rule differs: the book’s 2000-iteration race replayed live in your browser, each learning rate adjustable mid-run.',
  },
  seedTopic: cite([ARTICLES.fromScratch, { zh: '§一', en: '§1' }]),
  params: optimizersMnistParams,
  formulas: true,
  mnist: true,
  load: () => import('./View'),
};
