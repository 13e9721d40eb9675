// Index entry of the playground.
import { ARTICLES, cite } from '../sources';
import type { LessonMeta } from '../types';
import { playgroundParams } from './params';

export const playgroundMeta: LessonMeta = {
  id: 'playground',
  title: { zh: '练习台：所有技术一起用', en: 'Playground: every technique together' },
  summary: {
    zh: '像 TensorFlow Playground 一样在二维数据上训练小网络，看决策边界和每个神经元的输出；本站每一课的优化器、正则化、初始化和批量归一化都能组合，训练中可改超参数，链接能复现整个设置。',
    en: 'Train a small network on 2-D data as in TensorFlow Playground and watch the boundary and every unit’s output; every optimizer, regularizer, initialization and batch norm of the lessons combines, hyperparameters change mid-run, and a link reproduces the whole setup.',
  },
  seedTopic: cite([ARTICLES.optimization, ''], [ARTICLES.fromScratch, ''], [ARTICLES.tricks, '']),
  params: playgroundParams,
  formulas: false,
  mnist: false,
  load: () => import('./View'),
};
