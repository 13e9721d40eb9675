// URL parameters of the dropout lesson: dropout ratio, training digits, epochs, learning rate, seed, and the layer drawn.
import type { ParamSpec, ValuesOf } from '../../state/params';
import { HIDDEN_LAYERS } from './model';
import { seedParam } from '../seedParam';

export const dropoutParams = [
  {
    kind: 'number',
    name: 'p',
    label: { zh: '丢弃概率 p', en: 'Dropout ratio p' },
    doc: { zh: '训练时每个隐藏单元被清零的概率（每个隐藏层都用同一个 p）', en: 'probability that a hidden unit is zeroed during training (the same p in every hidden layer)' },
    default: 0.3,
    min: 0,
    max: 0.9,
    scale: 'linear',
    step: 0.05,
  },
  {
    kind: 'int',
    name: 'n',
    label: { zh: '训练样本数', en: 'Training digits' },
    doc: { zh: 'MNIST 训练样本数（故意很少，原文用 300）', en: 'MNIST training digits (deliberately few; the book uses 300)' },
    default: 300,
    min: 100,
    max: 2000,
  },
  {
    kind: 'int',
    name: 'epochs',
    label: { zh: '迭代周期', en: 'Epochs' },
    doc: { zh: '训练多少个周期（原文约 300）', en: 'epochs to train (the book trains about 300)' },
    default: 300,
    min: 1,
    max: 1000,
  },
  {
    kind: 'number',
    name: 'lr',
    label: { zh: '学习率 η', en: 'Learning rate η' },
    doc: { zh: '随机梯度下降的学习率（两个网络相同）', en: 'SGD learning rate (the same for both networks)' },
    default: 0.01,
    min: 0.001,
    max: 0.5,
    scale: 'log',
    digits: 2,
  },
  seedParam({ zh: '初始权重、批次顺序与丢弃掩码的随机种子（两个网络相同）', en: 'seed of the initial weights, batch order and dropout masks (shared by both networks)' }),
  {
    kind: 'int',
    name: 'layer',
    label: { zh: '画出的隐藏层', en: 'Hidden layer drawn' },
    doc: { zh: '掩码图画的是第几个隐藏层', en: 'which hidden layer the mask figure draws' },
    default: 1,
    min: 1,
    max: HIDDEN_LAYERS,
  },
] as const satisfies readonly ParamSpec[];

export type DropoutValues = ValuesOf<typeof dropoutParams>;
