// Index entry of the augmentation lesson.
import { ARTICLES, cite } from '../sources';
import type { LessonMeta } from '../types';
import { augmentationParams } from './params';

export const augmentationMeta: LessonMeta = {
  id: 'augmentation',
  title: { zh: '样本太少：数据增强与伪标签', en: 'Too few examples: data augmentation and pseudo-labels' },
  summary: {
    zh: '只有 100–1000 个有标签的数字：用平移、旋转、弹性形变和噪声扩充训练数据，再用无标签数字做自训练，看测试准确率各变了多少。',
    en: 'Only 100–1000 labelled digits: stretch them with shifts, rotations, elastic distortion and noise, then self-train on unlabelled digits, and see what each does to test accuracy.',
  },
  seedTopic: cite([ARTICLES.optimization, { zh: '§8 样本少时', en: '§8 (few samples)' }]),
  params: augmentationParams,
  formulas: true,
  mnist: true,
  load: () => import('./View'),
};
