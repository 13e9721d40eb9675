// URL parameters of the gradients lesson: the deep net, its activation and initialization, and the remedies as toggles.
import type { ParamSpec, ValuesOf } from '../../state/params';
import { customStdParam, initParam } from '../initParams';
import { seedParam } from '../seedParam';
import { activationParam, batchNormParam } from '../netParams';

const OFF_ON = [
  { value: 'off', label: { zh: '关', en: 'Off' } },
  { value: 'on', label: { zh: '开', en: 'On' } },
] as const;

export const gradientsParams = [
  activationParam('sigmoid', { zh: 'leaky ReLU，斜率 k', en: 'leaky ReLU with slope k' }),
  {
    kind: 'number',
    name: 'k',
    label: { zh: 'Leaky 斜率 k', en: 'Leaky slope k' },
    doc: { zh: 'leaky ReLU 在负半轴的斜率 k：max(kx, x)（原文：一般取 0.01 或 0.02）', en: 'slope k of leaky ReLU for negative inputs: max(kx, x) (the article: usually 0.01 or 0.02)' },
    default: 0.01,
    min: 0.001,
    max: 0.5,
    scale: 'log',
    digits: 3,
  },
  initParam('xavier'),
  customStdParam(0.3),
  {
    kind: 'int',
    name: 'depth',
    label: { zh: '隐藏层数', en: 'Hidden layers' },
    doc: { zh: '隐藏层的层数（另加一个输出层）', en: 'number of hidden layers (plus the output layer)' },
    default: 10,
    min: 2,
    max: 30,
  },
  {
    kind: 'int',
    name: 'units',
    label: { zh: '每层神经元', en: 'Units per layer' },
    doc: { zh: '每个隐藏层的神经元个数 n', en: 'units per hidden layer n' },
    default: 50,
    min: 10,
    max: 200,
  },
  {
    kind: 'number',
    name: 'lr',
    label: { zh: '学习率 η', en: 'Learning rate η' },
    doc: { zh: 'SGD 的学习率 η', en: 'SGD learning rate η' },
    default: 0.1,
    min: 0.001,
    max: 5,
    scale: 'log',
    digits: 3,
    hyper: 'lr',
  },
  {
    kind: 'number',
    name: 'clip',
    label: { zh: '梯度裁剪阈值（0 = 关）', en: 'Clip ‖g‖ at (0 = off)' },
    doc: { zh: '梯度裁剪：整个梯度的 L2 范数超过这个阈值时按比例缩小到阈值；0 表示不裁剪', en: 'gradient clipping: when the whole gradient’s L2 norm exceeds this threshold it is scaled down to it; 0 = off' },
    default: 0,
    min: 0,
    max: 10,
    scale: 'linear',
    step: 0.1,
    hyper: 'clipNorm',
  },
  batchNormParam,
  {
    kind: 'enum',
    name: 'residual',
    label: { zh: '残差连接', en: 'Residual connections' },
    doc: { zh: '残差连接：off 或 on（第 2 层起每个隐藏层把输入加到输出上）', en: 'residual connections: off or on (every hidden layer from the 2nd adds its input to its output)' },
    default: 'off',
    options: OFF_ON,
  },
  {
    kind: 'number',
    name: 'l2',
    label: { zh: 'L2 权重衰减 λ', en: 'L2 weight decay λ' },
    doc: { zh: 'L2 正则化强度 λ：损失加 ½λ‖W‖²', en: 'L2 strength λ: ½λ‖W‖² added to the loss' },
    default: 0,
    min: 0,
    max: 0.1,
    scale: 'linear',
    step: 0.001,
    hyper: 'weightDecay',
  },
  {
    kind: 'int',
    name: 'epochs',
    label: { zh: '周期', en: 'Epochs' },
    doc: { zh: '训练的周期数（1000 个 MNIST 训练样本，批量 100，每周期 10 步）', en: 'training epochs (1000 MNIST training digits, batch 100: 10 updates each)' },
    default: 10,
    min: 1,
    max: 100,
  },
  seedParam({ zh: '初始权重和小批量顺序的随机种子', en: 'seed of the initial weights and the mini-batch order' }),
] as const satisfies readonly ParamSpec[];

export type GradientsValues = ValuesOf<typeof gradientsParams>;
