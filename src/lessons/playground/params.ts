// URL parameters of the playground: the data, the input features, the network, the optimizer and every regularizer, the
// points a reader added and what the plot shows. `hyper` binds a parameter to the engine's hyperparameter (hyperOf).
import type { ParamSpec, ValuesOf } from '../../state/params';
import { customStdParam, initParam } from '../initParams';
import { seedParam } from '../seedParam';
import { activationParam, batchNormParam } from '../netParams';

/** Half-width of the plotted square [−PLANE, PLANE]²; added points are clamped to it. */
export const PLANE = 1.5;
/** Points a reader may add. */
export const MAX_ADDED = 200;

const num = <N extends string>(name: N, zh: string, en: string, docZh: string, docEn: string, d: number, min: number, max: number, scale: 'linear' | 'log', step: number) =>
  ({
    kind: 'number',
    name,
    label: { zh, en },
    doc: { zh: docZh, en: docEn },
    default: d,
    min,
    max,
    scale,
    ...(scale === 'log' ? { digits: step } : { step }),
  }) as const;

/** A display switch, 'on' or 'off'. */
const onOff = <N extends string>(name: N, zh: string, en: string, docZh: string, docEn: string, d: 'on' | 'off') =>
  ({
    kind: 'enum',
    name,
    label: { zh, en },
    doc: { zh: docZh, en: docEn },
    default: d,
    options: [
      { value: 'on', label: { zh: '开', en: 'On' } },
      { value: 'off', label: { zh: '关', en: 'Off' } },
    ],
  }) as const;

export const playgroundParams = [
  {
    kind: 'enum',
    name: 'data',
    label: { zh: '数据集', en: 'Data set' },
    doc: {
      zh: '数据集：spirals（双螺旋）、circles（圆环）、xor（异或）、blobs（高斯团）为二分类；sine 为一维回归（y = sin 2.5x 加噪声，均方误差）',
      en: 'data set: spirals, circles, xor, blobs (Gaussian blobs) are two-class sets; sine is 1-D regression (y = sin 2.5x plus noise, mean squared error)',
    },
    default: 'spirals',
    options: [
      { value: 'spirals', label: { zh: '双螺旋', en: 'Two spirals' } },
      { value: 'circles', label: { zh: '圆环', en: 'Circles' } },
      { value: 'xor', label: { zh: '异或', en: 'XOR' } },
      { value: 'blobs', label: { zh: '高斯团', en: 'Gaussian blobs' } },
      { value: 'sine', label: { zh: '正弦回归（一维）', en: 'Sine regression (1-D)' } },
    ],
  },
  num('noise', '噪声', 'Noise', '每个坐标（回归：y）上高斯噪声的标准差', 'std of the Gaussian noise on each coordinate (regression: on y)', 0, 0, 0.5, 'linear', 0.01),
  num('train', '训练集比例', 'Training share', '固定的 400 个点里用于训练的比例，其余为测试集', 'share of the fixed 400 points used for training; the rest are the test set', 0.5, 0.1, 0.9, 'linear', 0.05),
  { kind: 'int', name: 'dataSeed', label: { zh: '数据种子', en: 'Data seed' }, doc: { zh: '生成数据点的随机种子（“重新生成”换一个）', en: 'seed of the data points (“Regenerate” picks another)' }, default: 1, min: 0, max: 99999 },
  {
    kind: 'points',
    name: 'pts',
    label: { zh: '添加的点', en: 'Added points' },
    doc: {
      zh: '在图上添加的训练点：x,y,c;…（c 为类别 0 或 1；回归时 c 不用）',
      en: 'training points added on the plot: x,y,c;… (c is the class, 0 or 1; unused for regression)',
    },
    default: [],
    bound: PLANE,
    classes: 2,
    max: MAX_ADDED,
    digits: 3,
  },
  {
    kind: 'set',
    name: 'feat',
    label: { zh: '输入特征', en: 'Input features' },
    doc: {
      zh: '网络的输入：x1、x2、x1sq（x₁²）、x2sq（x₂²）、x1x2（x₁x₂）、sinx1（sin x₁）、sinx2（sin x₂），逗号分隔，至少一个；正弦回归只用 x',
      en: 'the network’s inputs: x1, x2, x1sq (x₁²), x2sq (x₂²), x1x2 (x₁x₂), sinx1 (sin x₁), sinx2 (sin x₂), comma separated, at least one; sine regression uses x only',
    },
    default: ['x1', 'x2'],
    min: 1,
    options: [
      { value: 'x1', label: { zh: 'x₁', en: 'x₁' } },
      { value: 'x2', label: { zh: 'x₂', en: 'x₂' } },
      { value: 'x1sq', label: { zh: 'x₁²', en: 'x₁²' } },
      { value: 'x2sq', label: { zh: 'x₂²', en: 'x₂²' } },
      { value: 'x1x2', label: { zh: 'x₁x₂', en: 'x₁x₂' } },
      { value: 'sinx1', label: { zh: 'sin x₁', en: 'sin x₁' } },
      { value: 'sinx2', label: { zh: 'sin x₂', en: 'sin x₂' } },
    ],
  },
  { kind: 'int', name: 'depth', label: { zh: '隐藏层数', en: 'Hidden layers' }, doc: { zh: '隐藏层的层数', en: 'number of hidden layers' }, default: 3, min: 1, max: 6 },
  { kind: 'int', name: 'units', label: { zh: '每层神经元', en: 'Units per layer' }, doc: { zh: '每个隐藏层的神经元个数', en: 'units in every hidden layer' }, default: 8, min: 1, max: 8 },
  activationParam('relu', { zh: '斜率 0.01', en: 'slope 0.01' }),
  initParam('he'),
  customStdParam(0.3),
  batchNormParam,
  {
    kind: 'enum',
    name: 'opt',
    label: { zh: '优化器', en: 'Optimizer' },
    doc: { zh: '优化器：sgd、momentum、adagrad、rmsprop、adadelta、adam；训练中切换不重置', en: 'optimizer: sgd, momentum, adagrad, rmsprop, adadelta, adam; switching mid-run does not reset' },
    default: 'adam',
    hyper: 'optimizer',
    options: [
      { value: 'sgd', label: { zh: 'SGD', en: 'SGD' } },
      { value: 'momentum', label: { zh: 'Momentum', en: 'Momentum' } },
      { value: 'adagrad', label: { zh: 'AdaGrad', en: 'AdaGrad' } },
      { value: 'rmsprop', label: { zh: 'RMSProp', en: 'RMSProp' } },
      { value: 'adadelta', label: { zh: 'AdaDelta', en: 'AdaDelta' } },
      { value: 'adam', label: { zh: 'Adam', en: 'Adam' } },
    ],
  },
  { ...num('lr', '学习率 η', 'Learning rate η', '学习率 η（AdaDelta 不用）', 'learning rate η (AdaDelta uses none)', 0.01, 0.0001, 10, 'log', 3), hyper: 'lr' },
  { ...num('momentum.gamma', 'Momentum 的 γ', 'Momentum γ', 'Momentum 的动量系数 γ：v ← γv + ηg', 'momentum coefficient γ: v ← γv + ηg', 0.9, 0, 0.99, 'linear', 0.01), hyper: 'gamma', hyperGroup: 'momentum' },
  { ...num('rmsprop.gamma', 'RMSProp 的 γ', 'RMSProp γ', 'RMSProp 的衰减率 γ：s ← γs + (1 − γ)g²', 'RMSProp decay γ: s ← γs + (1 − γ)g²', 0.9, 0, 0.999, 'linear', 0.001), hyper: 'gamma', hyperGroup: 'rmsprop' },
  { ...num('rho', 'AdaDelta 的 ρ', 'AdaDelta ρ', 'AdaDelta 的衰减率 ρ', 'AdaDelta decay ρ', 0.9, 0, 0.999, 'linear', 0.001), hyper: 'rho' },
  { ...num('beta1', 'Adam 的 β₁', 'Adam β₁', 'Adam 一阶矩的衰减率 β₁', 'Adam first-moment decay β₁', 0.9, 0, 0.999, 'linear', 0.001), hyper: 'beta1' },
  { ...num('beta2', 'Adam 的 β₂', 'Adam β₂', 'Adam 二阶矩的衰减率 β₂', 'Adam second-moment decay β₂', 0.999, 0, 0.9999, 'linear', 0.0001), hyper: 'beta2' },
  { kind: 'int', name: 'batch', label: { zh: '批量大小', en: 'Batch size' }, doc: { zh: '每个小批量的样本数', en: 'rows per mini-batch' }, default: 10, min: 1, max: 200, hyper: 'batchSize' },
  { ...num('l1', 'L1 强度 λ₁', 'L1 strength λ₁', 'L1 正则化：损失加 λ₁‖W‖₁', 'L1 regularization: λ₁‖W‖₁ added to the loss', 0, 0, 0.01, 'linear', 0.0001), hyper: 'l1' },
  { ...num('l2', 'L2 强度 λ', 'L2 strength λ', 'L2 正则化（权重衰减）：损失加 ½λ‖W‖²', 'L2 regularization (weight decay): ½λ‖W‖² added to the loss', 0, 0, 0.1, 'linear', 0.001), hyper: 'weightDecay' },
  num('dropout', '丢弃率 p', 'Dropout p', '每个隐藏层的丢弃率 p（p.1 … p.6 可逐层覆盖）', 'dropout ratio p of every hidden layer (p.1 … p.6 override it per layer)', 0, 0, 0.8, 'linear', 0.05),
  ...([1, 2, 3, 4, 5, 6] as const).map(
    (l) =>
      ({
        kind: 'number',
        name: `p.${l}`,
        label: { zh: `第 ${l} 层 p`, en: `Layer ${l} p` },
        doc: { zh: `第 ${l} 个隐藏层的丢弃率；−1 = 用上面的 p`, en: `dropout ratio of hidden layer ${l}; −1 = the p above` },
        default: -1,
        min: -1,
        max: 0.8,
        scale: 'linear',
        step: 0.05,
      }) as const,
  ),
  { ...num('clip', '梯度裁剪阈值（0 = 关）', 'Clip ‖g‖ at (0 = off)', '梯度裁剪：整个梯度的 L2 范数超过阈值时按比例缩小；0 = 不裁剪', 'gradient clipping: the whole gradient is scaled down to this L2 norm when above it; 0 = off', 0, 0, 10, 'linear', 0.1), hyper: 'clipNorm' },
  { kind: 'int', name: 'epochs', label: { zh: '周期', en: 'Epochs' }, doc: { zh: '训练的周期数', en: 'training epochs' }, default: 200, min: 1, max: 1000 },
  {
    kind: 'enum',
    name: 'speed',
    label: { zh: '训练速度', en: 'Training speed' },
    doc: {
      zh: '播放时每秒最多训练的周期数：slow = 5，normal = 20，fast = 100，max = 不限（后端能跑多快就多快）',
      en: 'at most this many epochs per second while playing: slow = 5, normal = 20, fast = 100, max = no limit (as fast as the backend goes)',
    },
    default: 'normal',
    options: [
      { value: 'slow', label: { zh: '慢（每秒 5 个周期）', en: 'Slow (5 epochs/s)' } },
      { value: 'normal', label: { zh: '正常（每秒 20 个周期）', en: 'Normal (20 epochs/s)' } },
      { value: 'fast', label: { zh: '快（每秒 100 个周期）', en: 'Fast (100 epochs/s)' } },
      { value: 'max', label: { zh: '不限', en: 'No limit' } },
    ],
  },
  onOff('showTest', '显示测试数据', 'Show test data', '在图上画出测试点（空心圆）', 'draw the test points (hollow circles) on the plot', 'on'),
  onOff('discrete', '离散化输出', 'Discretize output', '热图只显示类别（p ≥ 0.5 为类别 1），不显示概率', 'the heat map shows the class only (class 1 where p ≥ 0.5), not the probability', 'off'),
  seedParam({ zh: '初始权重、小批量顺序和丢弃掩码的随机种子', en: 'seed of the initial weights, the mini-batch order and the dropout masks' }),
] as const satisfies readonly ParamSpec[];

export type PlaygroundValues = ValuesOf<typeof playgroundParams>;
export type PlaygroundParam = (typeof playgroundParams)[number]['name'];
