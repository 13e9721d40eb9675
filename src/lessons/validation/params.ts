// URL parameters of the validation lesson: the polynomial selection's points and noise, K and the MNIST runs' digits, epochs, lr, seed.
import type { ParamSpec, ValuesOf } from '../../state/params';
import { seedParam } from '../seedParam';

export const validationParams = [
  {
    kind: 'int',
    name: 'npoly',
    label: { zh: '多项式训练点数', en: 'Polynomial points' },
    doc: { zh: '选阶数实验的训练点数（其中 20% 留作验证集）', en: 'training points of the degree-selection experiment (20% of them held out for validation)' },
    default: 60,
    min: 20,
    max: 200,
  },
  {
    kind: 'number',
    name: 'noise',
    label: { zh: '噪声标准差', en: 'Noise std' },
    doc: { zh: '多项式标签上高斯噪声的标准差', en: 'standard deviation of the Gaussian noise on the polynomial labels' },
    default: 1,
    min: 0.1,
    max: 3,
    scale: 'linear',
    step: 0.1,
  },
  {
    kind: 'int',
    name: 'k',
    label: { zh: '折数 K', en: 'Folds K' },
    doc: { zh: 'K 折交叉验证的折数', en: 'number of folds of K-fold cross-validation' },
    default: 5,
    min: 2,
    max: 10,
  },
  {
    kind: 'int',
    name: 'n',
    label: { zh: 'MNIST 样本数', en: 'MNIST digits' },
    doc: { zh: 'K 折与留出法实验用的 MNIST 训练样本数', en: 'MNIST training digits of the K-fold and hold-out experiments' },
    default: 500,
    min: 100,
    max: 2000,
  },
  {
    kind: 'int',
    name: 'epochs',
    label: { zh: '每折的迭代周期', en: 'Epochs per fold' },
    doc: { zh: 'K 折中每个模型训练多少个周期', en: 'epochs each K-fold model trains' },
    default: 20,
    min: 1,
    max: 200,
  },
  {
    kind: 'number',
    name: 'lr',
    label: { zh: '学习率 η', en: 'Learning rate η' },
    doc: { zh: 'MNIST 网络的随机梯度下降学习率', en: 'SGD learning rate of the MNIST networks' },
    default: 0.1,
    min: 0.001,
    max: 0.5,
    scale: 'log',
    digits: 2,
    hyper: 'lr',
  },
  seedParam({ zh: '数据、划分、初始权重与批次顺序的随机种子', en: 'seed of the data, the splits, the initial weights and the batch order' }),
] as const satisfies readonly ParamSpec[];

export type ValidationValues = ValuesOf<typeof validationParams>;
