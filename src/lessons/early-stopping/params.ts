// URL parameters of the early-stopping lesson: training digits, epoch budget, patience, the L2 run's λ, learning rate and seed.
import type { ParamSpec, ValuesOf } from '../../state/params';
import { seedParam } from '../seedParam';

export const earlyStoppingParams = [
  {
    kind: 'int',
    name: 'patience',
    label: { zh: '耐心值（周期）', en: 'Patience (epochs)' },
    doc: { zh: '验证损失连续多少个周期没有创新低就停止训练', en: 'epochs without a new lowest validation loss before training stops' },
    default: 10,
    min: 1,
    max: 50,
  },
  {
    kind: 'number',
    name: 'lambda',
    label: { zh: 'L2 对照的 λ', en: 'λ of the L2 run' },
    doc: { zh: '对照网络的权重衰减系数 λ（损失加上 ½λ‖W‖²）', en: 'weight decay λ of the comparison network (½λ‖W‖² added to the loss)' },
    default: 0.01,
    min: 0.0001,
    max: 0.1,
    scale: 'log',
    digits: 2,
  },
  {
    kind: 'int',
    name: 'n',
    label: { zh: '训练样本数', en: 'Training digits' },
    doc: { zh: 'MNIST 训练样本数，其中 20% 留作验证集', en: 'MNIST training digits, 20% of them held out for validation' },
    default: 500,
    min: 100,
    max: 2000,
  },
  {
    kind: 'int',
    name: 'epochs',
    label: { zh: '迭代周期上限', en: 'Epoch budget' },
    doc: { zh: '不提前停止时训练多少个周期', en: 'epochs to train when nothing stops the run earlier' },
    default: 80,
    min: 5,
    max: 300,
  },
  {
    kind: 'number',
    name: 'lr',
    label: { zh: '学习率 η', en: 'Learning rate η' },
    doc: { zh: '随机梯度下降的学习率（所有网络相同）', en: 'SGD learning rate (the same for every network)' },
    default: 0.1,
    min: 0.001,
    max: 0.5,
    scale: 'log',
    digits: 2,
    hyper: 'lr',
  },
  seedParam({ zh: '划分、初始权重与批次顺序的随机种子（所有网络相同）', en: 'seed of the split, the initial weights and the batch order (shared by every network)' }),
] as const satisfies readonly ParamSpec[];

export type EarlyStoppingValues = ValuesOf<typeof earlyStoppingParams>;
