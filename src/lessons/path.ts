// The learning path: the lessons grouped into parts, in the order the source articles teach them.
import type { Text } from '../state/i18n';

export interface PathPart {
  /** Stable id, used as the index's anchor ("part-<id>"). */
  id: string;
  title: Text;
  /** One line on what the part is about. */
  intro: Text;
  /** Lesson ids in path order. */
  lessons: readonly string[];
}

export const PATH: readonly PathPart[] = [
  {
    id: 'fit',
    title: { zh: '第一部分 · 拟合与泛化', en: 'Part 1 · Fitting and generalizing' },
    intro: {
      zh: '训练误差小不等于学会了：怎样看出过拟合，怎样诚实地评估模型，以及权重衰减、丢弃法和早停这三种对付它的办法。',
      en: 'A low training error is not learning: how to spot overfitting, how to judge a model honestly, and three ways to fight it — weight decay, dropout and early stopping.',
    },
    lessons: ['generalization', 'validation', 'weight-decay', 'dropout', 'early-stopping'],
  },
  {
    id: 'deep',
    title: { zh: '第二部分 · 让深层网络能训练', en: 'Part 2 · Making deep networks trainable' },
    intro: {
      zh: '梯度怎样一层层传回去，为什么在深网络里会消失或爆炸，以及好的初始值和批归一化怎样让它保持健康。',
      en: 'How the gradient travels back layer by layer, why it vanishes or explodes in a deep net, and how a good initial scale and batch norm keep it healthy.',
    },
    lessons: ['backprop', 'gradients', 'initialization', 'batch-norm'],
  },
  {
    id: 'optimize',
    title: { zh: '第三部分 · 优化', en: 'Part 3 · Optimization' },
    intro: {
      zh: '每一步用多少数据、朝哪里走、走多远：批量大小、从 SGD 到 Adam 的更新规则、鞍点，最后在 MNIST 上比一比。',
      en: 'How much data each step uses, where it goes and how far: batch size, the update rules from SGD to Adam, saddle points, and a race on MNIST.',
    },
    lessons: ['minibatch', 'optimizers', 'saddle', 'optimizers-mnist', 'lr-schedules', 'data-parallel'],
  },
  {
    id: 'tune',
    title: { zh: '第四部分 · 调参与练习台', en: 'Part 4 · Tuning, and the playground' },
    intro: {
      zh: '学习率和权重衰减该取多少：在验证集上随机搜索，而不是靠猜；然后在练习台上把学过的每一种技巧自由组合。',
      en: 'Which learning rate and weight decay to use: search them at random on a validation set instead of guessing; then combine every technique of the path freely in the playground.',
    },
    lessons: ['hyperparameter-search', 'resampling', 'fine-tuning', 'augmentation', 'playground'],
  },
];

/** The part a lesson belongs to, or undefined. */
export function partOf(lessonId: string): PathPart | undefined {
  return PATH.find((p) => p.lessons.includes(lessonId));
}
