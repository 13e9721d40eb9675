// Index entry of the dropout lesson.
import { ARTICLES, cite } from '../sources';
import type { LessonMeta } from '../types';
import { dropoutParams } from './params';

export const dropoutMeta: LessonMeta = {
  id: 'dropout',
  title: { zh: '丢弃法（Dropout）', en: 'Dropout' },
  summary: {
    zh: '训练时随机关掉隐藏单元：看掩码一步步变化，再看它怎样缩小一个深网络在 300 张手写数字上的训练—测试差距。',
    en: 'Switch hidden units off at random while training: watch the mask change step by step, then see it narrow a deep net’s train–test gap on 300 handwritten digits.',
  },
  seedTopic: cite([ARTICLES.optimization, '§4'], [ARTICLES.fromScratch, { zh: '§四', en: '§4' }], [ARTICLES.tricks, '']),
  params: dropoutParams,
  formulas: true,
  mnist: true,
  load: () => import('./View'),
};
