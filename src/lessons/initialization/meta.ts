// Index entry of the initialization lesson.
import { ARTICLES, cite } from '../sources';
import type { LessonMeta } from '../types';
import { initializationParams } from './params';

export const initializationMeta: LessonMeta = {
  id: 'initialization',
  title: { zh: '权重初始化', en: 'Weight initialization' },
  summary: {
    zh: '把 1000 个随机输入送进 5 层网络，看每层激活值的分布如何随初始权重的尺度而饱和、塌缩或保持健康。',
    en: 'Send 1000 random inputs through five layers and watch each layer’s activations saturate, collapse or stay healthy as the weight scale changes.',
  },
  seedTopic: cite([ARTICLES.fromScratch, { zh: '§二', en: '§2' }]),
  params: initializationParams,
  formulas: true,
  mnist: true,
  load: () => import('./View'),
};
