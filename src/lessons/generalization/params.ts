// URL parameters of the generalization lesson: model degree, training points, label noise, epochs, seed.
import type { ParamSpec, ValuesOf } from '../../state/params';
import { seedParam } from '../seedParam';

/** Highest degree offered (d2l's max_degree = 20 features → degree 19; the lesson allows 20). */
export const MAX_DEGREE = 20;

export const generalizationParams = [
  {
    kind: 'int',
    name: 'degree',
    label: { zh: '多项式阶数', en: 'Polynomial degree' },
    doc: { zh: '模型的阶数（容量）：特征 xⁱ/i!，i = 0…degree', en: 'model degree (capacity): features xⁱ/i!, i = 0…degree' },
    default: 3,
    min: 1,
    max: MAX_DEGREE,
  },
  {
    kind: 'int',
    name: 'n',
    label: { zh: '训练样本数', en: 'Training points' },
    doc: { zh: '训练集大小（测试集固定 100 个点）', en: 'training-set size (the test set has 100 points)' },
    default: 100,
    min: 2,
    max: 200,
  },
  {
    kind: 'number',
    name: 'noise',
    label: { zh: '噪声 σ', en: 'Noise σ' },
    doc: { zh: '标签噪声的标准差', en: 'standard deviation of the label noise' },
    default: 0.1,
    min: 0,
    max: 2,
    scale: 'linear',
    step: 0.01,
  },
  {
    kind: 'int',
    name: 'epochs',
    label: { zh: '迭代周期', en: 'Epochs' },
    doc: { zh: '训练多少个周期（d2l 用 400）', en: 'epochs to train (d2l uses 400)' },
    default: 400,
    min: 10,
    max: 2000,
  },
  seedParam({ zh: '数据与初始权重的随机种子', en: 'seed of the data and the initial weights' }),
] as const satisfies readonly ParamSpec[];

export type GeneralizationValues = ValuesOf<typeof generalizationParams>;
