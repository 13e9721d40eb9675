// URL parameters of the optimizers-mnist lesson: one learning rate per optimizer, the racers, the data size, the curve.
import type { ParamSpec, ValuesOf } from '../../state/params';
import { seedParam } from '../seedParam';
import type { LearningRates } from './race';

/** The book's learning rates (common/optimizer.py defaults, as optimizer_compare_mnist.py uses them). */
export const BOOK_LRS = { sgd: 0.01, momentum: 0.01, adagrad: 0.01, adam: 0.001, rmsprop: 0.01 } as const satisfies LearningRates;

/** The learning rate of racer N: URL name "N.lr", bound to the engine's lr in group N (learningRates). */
const lr = <N extends string>(name: N, label: string, book: number) =>
  ({
    kind: 'number',
    name: `${name}.lr` as `${N}.lr`,
    label: { zh: `${label} 的 η`, en: `${label} η` },
    doc: { zh: `${label} 的学习率（书中为 ${book}）；训练中改变会从下一步起生效`, en: `${label} learning rate (the book uses ${book}); a change mid-run applies from the next update` },
    default: book,
    min: 0.0001,
    max: 1,
    scale: 'log',
    digits: 3,
    hyper: 'lr',
    hyperGroup: name,
  }) as const;

export const optimizersMnistParams = [
  lr('sgd', 'SGD', BOOK_LRS.sgd),
  lr('momentum', 'Momentum', BOOK_LRS.momentum),
  lr('adagrad', 'AdaGrad', BOOK_LRS.adagrad),
  lr('adam', 'Adam', BOOK_LRS.adam),
  lr('rmsprop', 'RMSprop', BOOK_LRS.rmsprop),
  {
    kind: 'set',
    name: 'extra',
    label: { zh: '加入比赛', en: 'Also race' },
    doc: { zh: '书中四种之外再加入的优化器：rmsprop、adadelta', en: 'optimizers raced besides the book’s four: rmsprop, adadelta' },
    default: [],
    options: [
      { value: 'rmsprop', label: { zh: 'RMSprop', en: 'RMSprop' } },
      { value: 'adadelta', label: { zh: 'AdaDelta', en: 'AdaDelta' } },
    ],
  },
  {
    kind: 'enum',
    name: 'curve',
    label: { zh: '曲线', en: 'Curve' },
    doc: {
      zh: '损失曲线：book = 书中的平滑（11 点 Kaiser 窗），avg = 最近 100 步的平均，raw = 每一步的原始值',
      en: 'loss curve: book = the book’s smoothing (11-point Kaiser window), avg = mean of the last 100 updates, raw = every update as measured',
    },
    default: 'book',
    options: [
      { value: 'book', label: { zh: '书中的平滑', en: 'smoothed as in the book' } },
      { value: 'avg', label: { zh: '100 步平均', en: '100-update mean' } },
      { value: 'raw', label: { zh: '原始', en: 'raw' } },
    ],
  },
  {
    kind: 'int',
    name: 'n',
    label: { zh: '训练样本数', en: 'Training digits' },
    doc: { zh: '使用的 MNIST 训练样本数（本站附带 10000 个；6400 = 每周期 50 个批次）', en: 'MNIST training digits used (the site ships 10 000; 6400 = 50 batches per epoch)' },
    default: 6400,
    min: 256,
    max: 10000,
  },
  {
    kind: 'int',
    name: 'epochs',
    label: { zh: '周期数', en: 'Epochs' },
    doc: { zh: '训练的周期数（默认 40 × 50 = 书中的 2000 次迭代）', en: 'epochs to train (default 40 × 50 = the book’s 2000 iterations)' },
    default: 40,
    min: 1,
    // At most 100 × 79 = 7900 iterations: every one stays in the 8192-row metric rings.
    max: 100,
  },
  seedParam({ zh: '初始权重和批次顺序的随机种子（所有优化器相同）', en: 'seed of the initial weights and the batch order (the same for every optimizer)' }),
] as const satisfies readonly ParamSpec[];

export type OptimizersMnistValues = ValuesOf<typeof optimizersMnistParams>;
