// URL parameters of the optimizers lesson; names fixed by the issue so links can be written by hand.
import type { Text } from '../../state/i18n';
import type { ParamSpec, ValuesOf } from '../../state/params';

/** The learning rate η of optimizer G: URL name "G.lr", bound to the engine's lr in group G (hyperOf). */
const lr = <G extends string>(group: G, dflt: number, zh: string, en: string) =>
  ({
    kind: 'number',
    name: `${group}.lr` as `${G}.lr`,
    label: { zh: '学习率 η', en: 'Learning rate η' },
    doc: { zh: `${zh}的学习率 η`, en: `learning rate η of ${en}` },
    default: dflt,
    min: 0.001,
    max: 5,
    scale: 'log',
    digits: 3,
    hyper: 'lr',
    hyperGroup: group,
  }) as const;

/** A decay-type hyperparameter K of optimizer G in [0, max] on a linear scale (γ, ρ, β₁, β₂): URL name "G.K", bound to K in group G. */
const decay = <G extends string, K extends 'gamma' | 'rho' | 'beta1' | 'beta2'>(group: G, key: K, label: Text, doc: Text, dflt: number, max: number, step: number) =>
  ({ kind: 'number', name: `${group}.${key}` as `${G}.${K}`, label, doc, default: dflt, min: 0, max, scale: 'linear', step, hyper: key, hyperGroup: group }) as const;

export const OPT_CHOICES = [
  { value: 'sgd', label: { zh: '梯度下降（SGD）', en: 'Gradient descent (SGD)' } },
  { value: 'momentum', label: { zh: '动量法', en: 'Momentum' } },
  { value: 'adagrad', label: { zh: 'AdaGrad', en: 'AdaGrad' } },
  { value: 'rmsprop', label: { zh: 'RMSProp', en: 'RMSProp' } },
  { value: 'adadelta', label: { zh: 'AdaDelta', en: 'AdaDelta' } },
  { value: 'adam', label: { zh: 'Adam', en: 'Adam' } },
] as const;

export const optimizersParams = [
  {
    kind: 'enum',
    name: 'fn',
    label: { zh: '目标函数', en: 'Objective' },
    doc: { zh: '目标函数：quadratic = 0.1x₁² + 2x₂²，book = x²/20 + y²', en: 'objective: quadratic = 0.1x₁² + 2x₂², book = x²/20 + y²' },
    default: 'quadratic',
    options: [
      { value: 'quadratic', label: { zh: 'f = 0.1x₁² + 2x₂²（d2l）', en: 'f = 0.1x₁² + 2x₂² (d2l)' } },
      { value: 'book', label: { zh: 'f = x²/20 + y²（《深度学习入门》）', en: 'f = x²/20 + y² (Deep Learning from Scratch)' } },
    ],
  },
  {
    kind: 'set',
    name: 'opt',
    label: { zh: '显示的优化器', en: 'Optimizers shown' },
    doc: { zh: '显示哪些优化器，逗号分隔', en: 'which optimizers are shown, comma separated' },
    default: ['sgd', 'momentum', 'adagrad', 'rmsprop', 'adadelta', 'adam'],
    options: OPT_CHOICES,
  },
  {
    kind: 'int',
    name: 'steps',
    label: { zh: '步数', en: 'Steps' },
    doc: { zh: '迭代步数', en: 'number of update steps' },
    default: 20,
    min: 1,
    max: 200,
  },
  {
    kind: 'vec2',
    name: 'x0',
    label: { zh: '起点', en: 'Start point' },
    doc: { zh: '起点 x₁,x₂（也可在图上拖动）', en: 'start point x₁,x₂ (or drag it on the plot)' },
    default: [-5, -2],
    min: [-10, -5],
    max: [10, 5],
  },
  lr('sgd', 0.4, '梯度下降', 'gradient descent'),
  lr('momentum', 0.4, '动量法', 'momentum'),
  decay('momentum', 'gamma', { zh: '动量 γ', en: 'Momentum γ' }, { zh: '动量法的动量超参数 γ', en: 'momentum hyperparameter γ' }, 0.5, 0.99, 0.01),
  lr('adagrad', 0.4, 'AdaGrad', 'AdaGrad'),
  lr('rmsprop', 0.4, 'RMSProp', 'RMSProp'),
  decay('rmsprop', 'gamma', { zh: '衰减 γ', en: 'Decay γ' }, { zh: 'RMSProp 平方梯度移动平均的衰减率 γ', en: 'RMSProp decay γ of the squared-gradient average' }, 0.9, 0.999, 0.001),
  decay('adadelta', 'rho', { zh: '衰减 ρ', en: 'Decay ρ' }, { zh: 'AdaDelta 的衰减率 ρ（没有学习率）', en: 'AdaDelta decay ρ (it has no learning rate)' }, 0.9, 0.999, 0.001),
  lr('adam', 0.4, 'Adam', 'Adam'),
  decay('adam', 'beta1', { zh: 'β₁', en: 'β₁' }, { zh: 'Adam 一阶矩（动量）衰减率 β₁', en: 'Adam first-moment decay β₁' }, 0.9, 0.999, 0.001),
  decay('adam', 'beta2', { zh: 'β₂', en: 'β₂' }, { zh: 'Adam 二阶矩衰减率 β₂', en: 'Adam second-moment decay β₂' }, 0.999, 0.9999, 0.0001),
] as const satisfies readonly ParamSpec[];

export type OptimizersValues = ValuesOf<typeof optimizersParams>;
