// URL parameters of the dropout lesson: dropout ratio, the variant described, training digits, epochs, learning rate, seed, the layer drawn.
import type { ParamSpec, ValuesOf } from '../../state/params';
import { seedParam } from '../seedParam';

/** Seed 004's net: 6 hidden layers of 100 ReLU units + the output layer = 7 layers (here: the range of the layer drawn). */
export const HIDDEN_LAYERS = 6;

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
    kind: 'enum',
    name: 'variant',
    label: { zh: '丢弃法的写法', en: 'Dropout variant' },
    doc: {
      zh: '掩码图、缩放说明和 E[h′] 检验讲哪一种写法：inverted = 倒置丢弃法（训练时 ×1/(1 − p)），book = 《深度学习入门》的写法（测试时 ×(1 − p)）；三个网络都在训练',
      en: 'which variant the mask figure, the scaling note and the E[h′] check describe: inverted = inverted dropout (×1/(1 − p) in training), book = the book’s (“Deep Learning from Scratch”: ×(1 − p) at test); all three networks train either way',
    },
    default: 'inverted',
    options: [
      { value: 'inverted', label: { zh: '倒置丢弃法', en: 'inverted' } },
      { value: 'book', label: { zh: '《深度学习入门》的写法', en: 'the book’s' } },
    ],
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
    hyper: 'lr',
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
