// URL parameters of the resampling lesson: the share of the digits 5–9 in the training set, the epochs, the seed.
import type { ParamSpec, ValuesOf } from '../../state/params';
import { seedParam } from '../seedParam';

export const resamplingParams = [
  {
    kind: 'number',
    name: 'share',
    label: { zh: '训练集中 5–9 的占比', en: 'Share of 5–9 in training' },
    doc: { zh: '训练集里数字 5–9 一共占多少（测试集保持均衡，约一半）', en: 'how much of the training set the digits 5–9 make up together (the test set stays balanced, about half)' },
    default: 0.05,
    min: 0.02,
    max: 0.5,
    scale: 'log',
    digits: 2,
  },
  {
    kind: 'int',
    name: 'epochs',
    label: { zh: '迭代周期', en: 'Epochs' },
    doc: { zh: '四个网络各训练多少个周期', en: 'epochs each of the four networks trains' },
    default: 10,
    min: 1,
    max: 60,
  },
  {
    kind: 'enum',
    name: 'show',
    label: { zh: '混淆矩阵', en: 'Confusion matrix of' },
    doc: { zh: '混淆矩阵画哪一种方法的网络', en: 'which method’s network the confusion matrix shows' },
    default: 'none',
    options: [
      { value: 'none', label: { zh: '直接训练', en: 'plain training' } },
      { value: 'oversample', label: { zh: '过采样', en: 'oversampling' } },
      { value: 'undersample', label: { zh: '欠采样', en: 'undersampling' } },
      { value: 'class-weights', label: { zh: '类别加权损失', en: 'class-weighted loss' } },
    ],
  },
  seedParam({ zh: '初始权重与批次顺序的随机种子（四个网络相同）', en: 'seed of the initial weights and batch order (the same for all four networks)' }),
] as const satisfies readonly ParamSpec[];

export type ResamplingValues = ValuesOf<typeof resamplingParams>;
