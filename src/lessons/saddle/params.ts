// URL parameters of the saddle lesson: surface, start, steps, one rate per optimizer, gradient noise, and the random-Hessian check.
import type { ParamSpec, ValuesOf } from '../../state/params';

const rate = <N extends string>(name: N, dflt: number, zh: string, en: string) =>
  ({
    kind: 'number',
    name,
    label: { zh: '学习率 η', en: 'learning rate η' },
    doc: { zh: `${zh}的学习率 η`, en: `learning rate η of ${en}` },
    default: dflt,
    min: 0.001,
    max: 1,
    scale: 'log',
    digits: 3,
  }) as const;

export const OPT_CHOICES = [
  { value: 'sgd', label: { zh: '梯度下降（SGD）', en: 'Gradient descent (SGD)' } },
  { value: 'momentum', label: { zh: '动量法', en: 'Momentum' } },
  { value: 'adagrad', label: { zh: 'AdaGrad', en: 'AdaGrad' } },
  { value: 'rmsprop', label: { zh: 'RMSProp', en: 'RMSProp' } },
  { value: 'adadelta', label: { zh: 'AdaDelta', en: 'AdaDelta' } },
  { value: 'adam', label: { zh: 'Adam', en: 'Adam' } },
] as const;

export const saddleParams = [
  {
    kind: 'enum',
    name: 'fn',
    label: { zh: '曲面', en: 'Surface' },
    doc: {
      zh: '曲面：saddle = x₁² − x₂²，monkey = x₁³ − 3x₁x₂²，plateau = x₁² − 1 − tanh(3(x₂ − 1))',
      en: 'surface: saddle = x₁² − x₂², monkey = x₁³ − 3x₁x₂², plateau = x₁² − 1 − tanh(3(x₂ − 1))',
    },
    default: 'saddle',
    options: [
      { value: 'saddle', label: { zh: '鞍点 x₁² − x₂²', en: 'Saddle x₁² − x₂²' } },
      { value: 'monkey', label: { zh: '猴鞍 x₁³ − 3x₁x₂²', en: 'Monkey saddle x₁³ − 3x₁x₂²' } },
      { value: 'plateau', label: { zh: '平台 x₁² − 1 − tanh(3(x₂ − 1))', en: 'Plateau x₁² − 1 − tanh(3(x₂ − 1))' } },
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
    default: 100,
    min: 1,
    max: 400,
  },
  {
    kind: 'vec2',
    name: 'x0',
    label: { zh: '起点', en: 'Start point' },
    doc: { zh: '起点 x₁,x₂（也可在图上拖动）', en: 'start point x₁,x₂ (or drag it on the plot)' },
    default: [-1.5, 0.001],
    min: [-2, -2],
    max: [2, 3],
  },
  {
    kind: 'number',
    name: 'sigma',
    label: { zh: '梯度噪声 σ', en: 'gradient noise σ' },
    doc: { zh: '每步梯度的每个分量加上 σ·N(0, 1) 噪声（模拟小批量的噪声）', en: 'each step adds σ·N(0, 1) to every gradient component (a stand-in for mini-batch noise)' },
    default: 0,
    min: 0,
    max: 1,
    scale: 'linear',
    step: 0.01,
  },
  {
    kind: 'int',
    name: 'seed',
    label: { zh: '随机种子', en: 'Random seed' },
    doc: { zh: '梯度噪声和随机海森矩阵的种子', en: 'seed of the gradient noise and of the random Hessians' },
    default: 1,
    min: 0,
    max: 999,
  },
  rate('sgd.lr', 0.1, '梯度下降', 'gradient descent'),
  rate('momentum.lr', 0.1, '动量法', 'momentum'),
  rate('adagrad.lr', 0.1, 'AdaGrad', 'AdaGrad'),
  rate('rmsprop.lr', 0.1, 'RMSProp', 'RMSProp'),
  {
    kind: 'number',
    name: 'adadelta.rho',
    label: { zh: '衰减 ρ', en: 'decay ρ' },
    doc: { zh: 'AdaDelta 的衰减率 ρ（没有学习率）', en: 'AdaDelta decay ρ (it has no learning rate)' },
    default: 0.9,
    min: 0,
    max: 0.999,
    scale: 'linear',
    step: 0.001,
  },
  rate('adam.lr', 0.1, 'Adam', 'Adam'),
  {
    kind: 'int',
    name: 'samples',
    label: { zh: '每个 n 的样本数', en: 'Samples per n' },
    doc: { zh: '随机海森矩阵检验中每个维数 n 抽取的对称矩阵个数', en: 'random symmetric matrices drawn per dimension n in the Hessian check' },
    default: 10000,
    min: 100,
    max: 50000,
    scale: 'log',
  },
] as const satisfies readonly ParamSpec[];

export type SaddleValues = ValuesOf<typeof saddleParams>;

/** The URL parameter holding each optimizer's rate (AdaDelta: its decay ρ, it has no rate). */
export const RATE_PARAM = {
  sgd: 'sgd.lr',
  momentum: 'momentum.lr',
  adagrad: 'adagrad.lr',
  rmsprop: 'rmsprop.lr',
  adadelta: 'adadelta.rho',
  adam: 'adam.lr',
} as const;
