// Index entry of the lr-schedules lesson.
import { ARTICLES, cite } from '../sources';
import type { LessonMeta } from '../types';
import { lrSchedulesParams } from './params';

export const lrSchedulesMeta: LessonMeta = {
  id: 'lr-schedules',
  title: { zh: '学习率调度：让学习率随训练变化', en: 'Learning-rate schedules' },
  summary: {
    zh: '恒定、分段、指数、1/t、余弦、预热 + 余弦：六种调度在 MNIST 上同场训练；再用一个周期的范围测试找出合适的初始学习率。',
    en: 'Constant, step, exponential, 1/t, cosine, warm-up + cosine: six schedules train side by side on MNIST; then a one-epoch range test finds a good base rate.',
  },
  seedTopic: cite([ARTICLES.optimization, { zh: '“充分训练”一段', en: 'the paragraph on training enough' }]),
  params: lrSchedulesParams,
  formulas: true,
  mnist: true,
  load: () => import('./View'),
};
