// URL parameters of the fine-tuning lesson: k examples per class, frozen or slowed lower layers, seeds, epochs, and the size of the pre-training.
import type { ParamSpec, ValuesOf } from '../../state/params';
import { seedParam } from '../seedParam';

export const fineTuningParams = [
  {
    kind: 'int',
    name: 'k',
    label: { zh: '每类样本数 k', en: 'Examples per class k' },
    doc: { zh: '数字 5–9 每类给多少个训练样本（曲线图画这个 k；准确率图另外还跑 1、3、10、30、100）', en: 'training examples of each digit 5–9 (the curves show this k; the accuracy figure also runs 1, 3, 10, 30, 100)' },
    default: 10,
    min: 1,
    max: 100,
    scale: 'log',
  },
  {
    kind: 'enum',
    name: 'lower',
    label: { zh: '微调时的下面两层', en: 'Lower layers when fine-tuning' },
    doc: { zh: '微调时两个隐藏层冻结（学习率 × 0）、只冻结第一层，还是都以十分之一的学习率继续训练', en: 'whether fine-tuning freezes both hidden layers (learning rate × 0), only the first, or trains both at a tenth of the rate' },
    default: 'frozen',
    options: [
      { value: 'frozen', label: { zh: '冻结', en: 'frozen' } },
      { value: 'first', label: { zh: '只冻结第一层', en: 'first frozen, second trained' } },
      { value: 'slow', label: { zh: '学习率 × 0.1', en: 'learning rate × 0.1' } },
    ],
  },
  {
    kind: 'int',
    name: 'seeds',
    label: { zh: '每种设置的种子数', en: 'Seeds per setting' },
    doc: { zh: '每个 k、每种做法各训练几个网络（不同的初始输出层和批次顺序）', en: 'networks per k and way (different initial output layers and batch orders)' },
    default: 3,
    min: 1,
    max: 5,
  },
  {
    kind: 'int',
    name: 'epochs',
    label: { zh: '训练周期（5–9）', en: 'Epochs on 5–9' },
    doc: { zh: '在 5–9 上训练多少个周期；一个周期是每个数字 100 个样本（k 个样本轮流重复），所以每个 k 的更新次数相同', en: 'epochs on 5–9; an epoch is 100 examples per digit (its k examples repeated in turn), so every k takes the same number of updates' },
    default: 10,
    min: 1,
    max: 30,
  },
  {
    kind: 'int',
    name: 'preEpochs',
    label: { zh: '预训练周期（0–4）', en: 'Pre-training epochs (0–4)' },
    doc: { zh: '在数字 0–4 上预训练多少个周期', en: 'epochs of pre-training on the digits 0–4' },
    default: 3,
    min: 1,
    max: 10,
  },
  {
    kind: 'int',
    name: 'pre',
    label: { zh: '预训练取的 MNIST 数字', en: 'MNIST digits read for pre-training' },
    doc: { zh: '从本站的 MNIST 训练集中取前多少个数字，其中的 0–4 全部用于预训练', en: 'how many of the site’s MNIST training digits are read; every 0–4 among them is used for pre-training' },
    default: 10000,
    min: 500,
    max: 10000,
    scale: 'log',
  },
  {
    kind: 'int',
    name: 'test',
    label: { zh: '取的测试数字', en: 'Test digits read' },
    doc: { zh: '取前多少个 MNIST 测试数字，其中的 5–9 是测试集', en: 'how many MNIST test digits are read; the 5–9 among them are the test set' },
    default: 1000,
    min: 100,
    max: 2000,
    scale: 'log',
  },
  seedParam({ zh: '预训练网络和第一个种子（其余种子依次加一）', en: 'seed of the pre-trained network and the first seed (the others count up from it)' }),
] as const satisfies readonly ParamSpec[];

export type FineTuningValues = ValuesOf<typeof fineTuningParams>;
