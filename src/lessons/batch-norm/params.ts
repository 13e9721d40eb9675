// URL parameters of the batch-norm lesson: the book's grid (initial scales, epochs, η, digits, placement), the traced panel and layer.
import type { ParamSpec, ValuesOf } from '../../state/params';
import { seedParam } from '../seedParam';

export const batchNormParams = [
  {
    kind: 'int',
    name: 'stds',
    label: { zh: '初始尺度的个数', en: 'Initial scales' },
    doc: { zh: '初始权重标准差取 logspace(0, −4, stds)（原书 16 个，每个尺度训练有、无 BN 两个网络）', en: 'initial weight stds: logspace(0, −4, stds) (the book: 16; each trained with and without BN)' },
    default: 16,
    min: 2,
    max: 16,
  },
  {
    kind: 'int',
    name: 'epochs',
    label: { zh: '迭代周期', en: 'Epochs' },
    doc: { zh: '每个网络训练多少个周期（原书 20）', en: 'epochs per network (the book: 20)' },
    default: 20,
    min: 1,
    max: 100,
  },
  {
    kind: 'number',
    name: 'lr',
    label: { zh: '学习率 η', en: 'Learning rate η' },
    doc: { zh: 'SGD 的学习率（原书 0.01）', en: 'SGD learning rate (the book: 0.01)' },
    default: 0.01,
    min: 0.001,
    max: 1,
    scale: 'log',
    digits: 3,
    hyper: 'lr',
  },
  {
    kind: 'int',
    name: 'n',
    label: { zh: '训练样本数', en: 'Training digits' },
    doc: { zh: 'MNIST 训练样本数（原书 1000）；准确率也在这些样本上测量', en: 'MNIST training digits (the book: 1000); the accuracy is measured on them too' },
    default: 1000,
    min: 100,
    max: 5000,
  },
  {
    kind: 'enum',
    name: 'place',
    label: { zh: 'BN 的位置', en: 'Where BN sits' },
    doc: { zh: 'before：Affine → BN → ReLU（原书）；after：Affine → ReLU → BN', en: 'before: Affine → BN → ReLU (the book); after: Affine → ReLU → BN' },
    default: 'before',
    options: [
      { value: 'before', label: { zh: '激活函数之前（原书）', en: 'Before the activation (the book)' } },
      { value: 'after', label: { zh: '激活函数之后', en: 'After the activation' } },
    ],
  },
  {
    kind: 'int',
    name: 'panel',
    label: { zh: '细看第几个尺度', en: 'Scale to inspect' },
    doc: { zh: '逐步演算和直方图所用的尺度（小图的编号，1 = 标准差 1）', en: 'the scale the step-by-step and the histograms use (panel number, 1 = std 1)' },
    default: 10,
    min: 1,
    max: 16,
  },
  {
    kind: 'int',
    name: 'layer',
    label: { zh: '逐步演算的层', en: 'Layer traced' },
    doc: { zh: '逐步演算的是第几个隐藏层的 BN', en: 'the hidden layer whose batch norm is worked step by step' },
    default: 1,
    min: 1,
    max: 5,
  },
  seedParam({ zh: '初始权重与批次顺序的随机种子（有、无 BN 的网络共用）', en: 'seed of the initial weights and the batch order (shared by the networks with and without BN)' }),
] as const satisfies readonly ParamSpec[];

export type BatchNormValues = ValuesOf<typeof batchNormParams>;
