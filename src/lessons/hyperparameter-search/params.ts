// URL parameters of the hyperparameter-search lesson: trials, epochs, batch, the search ranges (log10 exponents), best k, seed.
import type { ParamSpec, ValuesOf } from '../../state/params';
import { seedParam } from '../seedParam';

const exponent = (name: string, label: { zh: string; en: string }, doc: { zh: string; en: string }, def: number, min: number, max: number) =>
  ({ kind: 'number', name, label, doc, default: def, min, max, scale: 'linear', step: 0.01 }) as const;

export const searchParams = [
  {
    kind: 'int',
    name: 'trials',
    label: { zh: '试验次数', en: 'Trials' },
    doc: { zh: '随机搜索的试验次数，全部作为一个种群同时训练（原书 100）', en: 'trials of the random search, all trained together as one population (the book: 100)' },
    default: 100,
    min: 4,
    max: 200,
  },
  {
    kind: 'int',
    name: 'epochs',
    label: { zh: '每次试验的周期', en: 'Epochs per trial' },
    doc: { zh: '每个网络训练多少个周期（原书 50，batch 100；默认 10 个周期、batch 20，参数更新次数同为 200）', en: 'epochs per network (the book: 50 with batch 100; the default 10 with batch 20 takes the same 200 updates)' },
    default: 10,
    min: 1,
    max: 100,
  },
  {
    kind: 'int',
    name: 'batch',
    label: { zh: '批大小', en: 'Batch size' },
    doc: { zh: 'SGD 的 mini-batch 大小（原书 100）', en: 'SGD mini-batch size (the book: 100)' },
    default: 20,
    min: 5,
    max: 100,
    hyper: 'batchSize',
  },
  exponent('lr.lo', { zh: '学习率下限 log₁₀', en: 'lr from, log₁₀' }, { zh: '学习率 lr = 10^U(lr.lo, lr.hi) 的下限指数（原书 −6）', en: 'lower exponent of lr = 10^U(lr.lo, lr.hi) (the book: −6)' }, -6, -8, 0),
  exponent('lr.hi', { zh: '学习率上限 log₁₀', en: 'lr to, log₁₀' }, { zh: '学习率的上限指数（原书 −2）', en: 'upper exponent of lr (the book: −2)' }, -2, -8, 0),
  exponent('wd.lo', { zh: '权值衰减下限 log₁₀', en: 'weight decay from, log₁₀' }, { zh: '权值衰减系数 = 10^U(wd.lo, wd.hi) 的下限指数（原书 −8）', en: 'lower exponent of weight decay = 10^U(wd.lo, wd.hi) (the book: −8)' }, -8, -10, -1),
  exponent('wd.hi', { zh: '权值衰减上限 log₁₀', en: 'weight decay to, log₁₀' }, { zh: '权值衰减系数的上限指数（原书 −4）', en: 'upper exponent of weight decay (the book: −4)' }, -4, -10, -1),
  {
    kind: 'int',
    name: 'best',
    label: { zh: '显示前几名', en: 'Best trials shown' },
    doc: { zh: '画出验证准确率最高的前 k 个试验的曲线（原书 20）', en: 'curves drawn for the k trials with the highest validation accuracy (the book: 20)' },
    default: 20,
    min: 1,
    max: 20,
  },
  seedParam({
    zh: '超参数抽样和验证集划分的随机种子；每次试验再由它导出自己的种子，得到各自的初始权重与批次顺序（和书中一样，每次试验都是一个新网络）',
    en: 'seed of the hyperparameter draws and the validation split; each trial derives its own seed from it for its initial weights and batch order (a new network per trial, as in the book)',
  }),
] as const satisfies readonly ParamSpec[];

export type SearchValues = ValuesOf<typeof searchParams>;
