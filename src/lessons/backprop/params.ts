// URL parameters of the backprop lesson: the input, the target class, the weights (example or seeded) and the timing's widths and batch.
import type { ParamSpec, ValuesOf } from '../../state/params';
import { seedParam } from '../seedParam';

const input = <N extends string>(name: N, i: 1 | 2, dflt: number) =>
  ({
    kind: 'number',
    name,
    label: { zh: `输入 x${i === 1 ? '₁' : '₂'}`, en: `Input x${i === 1 ? '₁' : '₂'}` },
    doc: { zh: `网络的第 ${i} 个输入 x${i === 1 ? '₁' : '₂'}`, en: `the network's input x${i === 1 ? '₁' : '₂'}` },
    default: dflt,
    min: -3,
    max: 3,
    scale: 'linear',
    step: 0.1,
  }) as const;

/** Layer widths the timing can measure. */
export const WIDTH_CHOICES = [8, 16, 32, 64, 128, 256, 512, 1024, 2048] as const;

export const backpropParams = [
  input('x1', 1, 1),
  input('x2', 2, -1),
  {
    kind: 'enum',
    name: 'target',
    label: { zh: '正确类别', en: 'Target class' },
    doc: { zh: '这个样本的正确类别（one-hot 目标 y 中为 1 的那一项）', en: 'the sample’s true class (the entry of the one-hot target y that is 1)' },
    default: '1',
    options: [
      { value: '1', label: { zh: '类别 1', en: 'class 1' } },
      { value: '2', label: { zh: '类别 2', en: 'class 2' } },
    ],
  },
  {
    kind: 'enum',
    name: 'weights',
    label: { zh: '权重', en: 'Weights' },
    doc: { zh: 'example = 课程中 sigmoid 前向计算例子的权重；seed = 由随机种子生成', en: 'example = the course’s sigmoid forward example; seed = drawn from the random seed' },
    default: 'example',
    options: [
      { value: 'example', label: { zh: '课程中的例子', en: 'the course’s example' } },
      { value: 'seed', label: { zh: '由种子随机生成', en: 'random, from the seed' } },
    ],
  },
  seedParam({ zh: 'weights=seed 时生成权重的随机种子', en: 'random seed of the weights when weights=seed' }),
  {
    kind: 'set',
    name: 'widths',
    label: { zh: '计时的层宽', en: 'Widths timed' },
    doc: { zh: '计时所用网络（2 → w → w → 2）的隐藏层宽度 w，逗号分隔', en: 'hidden widths w of the timed network (2 → w → w → 2), comma separated' },
    default: ['16', '64', '256', '1024'],
    options: WIDTH_CHOICES.map((w) => ({ value: String(w), label: { zh: String(w), en: String(w) } })),
  },
  {
    kind: 'int',
    name: 'batch',
    label: { zh: '小批量大小 B', en: 'Mini-batch size B' },
    doc: { zh: '计时时每一步的小批量行数 B', en: 'rows B of the mini-batch in each timed step' },
    default: 256,
    min: 8,
    max: 1024,
    scale: 'log',
  },
] as const satisfies readonly ParamSpec[];

export type BackpropValues = ValuesOf<typeof backpropParams>;
