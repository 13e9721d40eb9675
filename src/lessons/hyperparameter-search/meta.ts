// Index entry of the hyperparameter-search lesson.
import { ARTICLES, cite } from '../sources';
import type { LessonMeta } from '../types';
import { searchParams } from './params';

export const hyperparameterSearchMeta: LessonMeta = {
  id: 'hyperparameter-search',
  title: { zh: '超参数的随机搜索', en: 'Random hyperparameter search' },
  summary: {
    zh: '按原书的做法，在验证集上随机搜索学习率和权值衰减：100 次试验作为一个种群同时训练，在散点图上找到好的区域，框选缩小范围再搜一轮；再和同样预算的网格搜索比一比。',
    en: 'The book’s random search over learning rate and weight decay on a validation split: 100 trials trained at once as one population; find the good region on the scatter, brush it to narrow the ranges and search again; then race a grid of the same budget.',
  },
  seedTopic: cite([ARTICLES.fromScratch, { zh: '§五', en: '§5' }]),
  params: searchParams,
  formulas: true,
  mnist: true,
  load: () => import('./View'),
};
