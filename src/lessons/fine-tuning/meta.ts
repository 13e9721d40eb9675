// Index entry of the fine-tuning lesson.
import { ARTICLES, cite } from '../sources';
import type { LessonMeta } from '../types';
import { fineTuningParams } from './params';

export const fineTuningMeta: LessonMeta = {
  id: 'fine-tuning',
  title: { zh: '微调：从另一组数字上预训练的网络出发', en: 'Fine-tuning: start from a network trained on other digits' },
  summary: {
    zh: '在数字 0–4 上预训练，再用每类只有 k 个的 5–9 样本微调，和从头训练比较；冻结或放慢下层，看第一层的权重图。',
    en: 'Pre-train on the digits 0–4, then fine-tune on 5–9 with k examples per class against training from scratch; frozen or slowed lower layers, first-layer weight images.',
  },
  seedTopic: cite([ARTICLES.optimization, { zh: '§8 样本少时；§5 预训练加微调', en: '§8 (few samples); §5 (pre-training and fine-tuning)' }]),
  params: fineTuningParams,
  formulas: true,
  mnist: true,
  load: () => import('./View'),
};
