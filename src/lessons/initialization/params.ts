// URL parameters of the initialization lesson: the histogram experiment and the MNIST comparison.
import type { ParamSpec, ValuesOf } from '../../state/params';
import { customStdParam, initParam } from '../initParams';
import { seedParam } from '../seedParam';

export const initializationParams = [
  {
    kind: 'enum',
    name: 'act',
    label: { zh: '激活函数', en: 'Activation' },
    doc: { zh: '激活函数：sigmoid、tanh 或 relu', en: 'activation: sigmoid, tanh or relu' },
    default: 'sigmoid',
    options: [
      { value: 'sigmoid', label: { zh: 'Sigmoid', en: 'Sigmoid' } },
      { value: 'tanh', label: { zh: 'tanh', en: 'tanh' } },
      { value: 'relu', label: { zh: 'ReLU', en: 'ReLU' } },
    ],
  },
  initParam('std1'),
  customStdParam(0.1),
  {
    kind: 'int',
    name: 'layers',
    label: { zh: '层数', en: 'Layers' },
    doc: { zh: '隐藏层的层数', en: 'number of layers' },
    default: 5,
    min: 1,
    max: 10,
  },
  {
    kind: 'int',
    name: 'units',
    label: { zh: '每层神经元', en: 'Units per layer' },
    doc: { zh: '每层的神经元个数 n（也是下一层的扇入）', en: 'units per layer n (also the next layer’s fan-in)' },
    default: 100,
    min: 10,
    max: 300,
  },
  seedParam({ zh: '输入、权重和训练的随机种子', en: 'seed of the inputs, the weights and the training runs' }),
  {
    kind: 'number',
    name: 'lr',
    label: { zh: 'MNIST 学习率', en: 'MNIST learning rate' },
    doc: { zh: 'MNIST 对比中 SGD 的学习率（书中为 0.01）', en: 'SGD learning rate of the MNIST comparison (the book uses 0.01)' },
    default: 0.01,
    min: 0.001,
    // Up to 5: from about 1 on, He and then Xavier diverge (std 0.01 never moves), and the figure says so.
    max: 5,
    scale: 'log',
    digits: 3,
    hyper: 'lr',
  },
  {
    kind: 'int',
    name: 'epochs',
    label: { zh: 'MNIST 周期', en: 'MNIST epochs' },
    doc: { zh: 'MNIST 对比训练的周期数（2000 个样本，每周期 20 步）', en: 'epochs of the MNIST comparison (2000 digits, 20 steps each)' },
    default: 20,
    min: 1,
    max: 100,
  },
] as const satisfies readonly ParamSpec[];

export type InitializationValues = ValuesOf<typeof initializationParams>;
