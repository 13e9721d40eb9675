// Index entry of the data-parallel lesson.
import { ARTICLES, cite } from '../sources';
import type { LessonMeta } from '../types';
import { dataParallelParams } from './params';

export const dataParallelMeta: LessonMeta = {
  id: 'data-parallel',
  title: { zh: '数据并行：多卡训练与这台机器的速度', en: 'Data parallelism: many devices, and this machine measured' },
  summary: {
    zh: 'K 个模拟工作者平均梯度 = 一个 K·B 的批量（逐位验证）；线性缩放规则与预热在哪里失效；环形全归约的时间模型；实测本站 CPU 与 WebGPU 引擎每秒训练多少样本。',
    en: 'K simulated workers averaging gradients = one batch of K·B (checked to rounding); where the linear scaling rule with warm-up stops working; a ring all-reduce time model; the site’s CPU and WebGPU engines measured in examples per second.',
  },
  seedTopic: cite([ARTICLES.optimization, { zh: '§11 提高系统性能（及其参考的《动手学深度学习》多 GPU 与分布式计算一章）', en: '§11 (system performance, and the multi-GPU and distributed computing chapter of Dive into Deep Learning it refers to)' }]),
  params: dataParallelParams,
  formulas: true,
  mnist: true,
  load: () => import('./View'),
};
