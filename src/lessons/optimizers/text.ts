// Lesson text of "optimizers", written for this site in 中文 and English (facts from seed 000 §7, seed 004 §一).
import type { Text } from '../../state/i18n';
import type { OptimizerName } from '../../engine/optimizers';

export const TEXT = {
  intro: {
    zh: `所有优化算法都在做同一件事：根据梯度 $\\mathbf{g}$ 一步步移动参数 $\\mathbf{x}$，让目标函数变小。它们的区别只在于“每一步走多远、朝哪走”。

这里的目标函数是 $f(\\mathbf{x}) = 0.1x_1^2 + 2x_2^2$。它是一个被压扁的碗：沿 $x_2$ 方向的坡度是 $x_1$ 方向的 20 倍。同一个学习率，对 $x_2$ 来说可能太大（来回震荡甚至发散），对 $x_1$ 来说又太小（前进缓慢）。下面每条轨迹都是浏览器里用真实公式逐步算出来的。`,
    en: `Every optimizer does the same job: move the parameters $\\mathbf{x}$ step by step, guided by the gradient $\\mathbf{g}$, so the objective goes down. They differ only in how far and in which direction each step goes.

The objective here is $f(\\mathbf{x}) = 0.1x_1^2 + 2x_2^2$, a squashed bowl: along $x_2$ it is twenty times steeper than along $x_1$. One learning rate can be too large for $x_2$ (the path zig-zags or blows up) and too small for $x_1$ (it crawls). Every path below is computed in your browser from the real update rules, one step at a time.`,
  },
  figureCaption: {
    zh: '等高线越深，函数值越小；最小值在原点。拖动起点（或选中后用方向键）改变出发位置。',
    en: 'Darker contours mean lower values; the minimum is at the origin. Drag the start point (or focus it and use the arrow keys) to start elsewhere.',
  },
  formulaTitle: { zh: '当前这一步的计算', en: 'This step, with its numbers' },
  formulaFor: { zh: '公式：', en: 'Formula of:' },
  controlsTitle: { zh: '优化器与超参数', en: 'Optimizers and their hyperparameters' },
  aboutTitle: { zh: '每种优化器改变了什么', en: 'What each optimizer changes' },
  diverged: { zh: '发散（第 {k} 步）', en: 'diverged (step {k})' },
  divergedNote: {
    zh: '{name} 在第 {k} 步发散：函数值超过了起点的 1000 倍。图中只画出可见部分，数据表保留全部数值。',
    en: '{name} diverged at step {k}: f grew past 1000 times its starting value. The plot is clipped; the data table keeps every number.',
  },
  noneShown: { zh: '没有选择任何优化器。请在“优化器与超参数”中勾选至少一个。', en: 'No optimizer is selected. Tick at least one under “Optimizers and their hyperparameters”.' },
  try: {
    zh: `1. 选“梯度下降 η=0.4”：$x_2$ 方向很快收敛，$x_1$ 方向却很慢。再选“η=0.6”：每一步 $x_2$ 都乘以 $1-4\\eta=-1.4$，越跳越远，这就是发散。

2. 选“动量 η=0.6，γ=0.5”，和同样学习率的梯度下降对比：在 $x_2$ 方向上来回的梯度互相抵消，而在 $x_1$ 方向上一致的梯度不断累积，于是同样大的学习率不再发散。

3. 比较“AdaGrad η=0.4”和“η=2”：$\\mathbf{s}$ 只增不减，学习率被不断缩小，η=0.4 时后期几乎停住；把 η 调大才能走到终点。

4. RMSProp 把累加换成指数移动平均，步长不再一味衰减；AdaDelta 甚至没有学习率，开始时步子很小，越走越大。

5. Adam 的第一步在每个坐标上都移动约 η（偏差修正的效果）。把起点拖到别处，或切换到《深度学习入门》的函数 $x^2/20 + y^2$，看看结论是否依旧。`,
    en: `1. Pick “GD η = 0.4”: $x_2$ settles fast but $x_1$ crawls. Then “η = 0.6”: each step multiplies $x_2$ by $1-4\\eta=-1.4$, so it jumps further every time. That is divergence.

2. Pick “Momentum η = 0.6, γ = 0.5” and compare it with gradient descent at the same rate: the alternating gradients along $x_2$ cancel in the velocity, the consistent ones along $x_1$ add up, and the same large rate no longer diverges.

3. Compare “AdaGrad η = 0.4” with “η = 2”: $\\mathbf{s}$ only grows, so the effective rate keeps shrinking and at η = 0.4 the path almost stops; a larger η is needed to arrive.

4. RMSProp replaces the sum with a moving average, so the step size stops decaying for good; AdaDelta has no learning rate at all and starts with tiny steps that grow.

5. Adam's first step moves every coordinate by about η (the work of bias correction). Drag the start elsewhere, or switch to the book's function $x^2/20 + y^2$, and see whether the lessons still hold.`,
  },
} satisfies Record<string, Text>;

/** What each optimizer changes, one paragraph each. */
export const ABOUT: Record<OptimizerName, Text> = {
  sgd: {
    zh: '梯度下降：沿负梯度走一步，步长是学习率 η 乘以梯度。所有坐标共用一个 η，所以陡的方向决定了 η 的上限。',
    en: 'Gradient descent: step against the gradient by η times its size. All coordinates share one η, so the steepest direction caps how large η may be.',
  },
  momentum: {
    zh: '动量法：速度 $\\mathbf{v}$ 是过去梯度的指数加权和（γ 越大记得越久）。方向一致的分量被放大，来回摆动的分量被抵消。γ = 0 时就是梯度下降。',
    en: 'Momentum: the velocity $\\mathbf{v}$ is an exponentially weighted sum of past gradients (larger γ remembers longer). Consistent components add up, oscillating ones cancel. With γ = 0 it is gradient descent.',
  },
  adagrad: {
    zh: 'AdaGrad：累加每个坐标梯度的平方 $\\mathbf{s}$，用 $\\eta/\\sqrt{\\mathbf{s}+\\epsilon}$ 作为该坐标自己的学习率。梯度大的坐标学习率降得快；但 $\\mathbf{s}$ 只增不减，后期可能走不动。',
    en: 'AdaGrad: accumulate each coordinate\'s squared gradients in $\\mathbf{s}$ and use $\\eta/\\sqrt{\\mathbf{s}+\\epsilon}$ as that coordinate\'s own rate. Steep coordinates slow down fastest, but $\\mathbf{s}$ never shrinks, so late steps can stall.',
  },
  rmsprop: {
    zh: 'RMSProp：把 AdaGrad 的累加换成指数移动平均（大约最近 1/(1−γ) 步），学习率不再只降不升。',
    en: 'RMSProp: replace AdaGrad\'s running sum with a moving average (roughly the last 1/(1−γ) steps), so the per-coordinate rate no longer only falls.',
  },
  adadelta: {
    zh: 'AdaDelta：和 RMSProp 一样平均梯度平方，但用参数变化量的平均 $\\Delta\\mathbf{x}$ 代替学习率，所以它没有 η 这个超参数。',
    en: 'AdaDelta: averages squared gradients like RMSProp but uses the average squared change of the parameters, $\\Delta\\mathbf{x}$, in place of a learning rate, so it has no η at all.',
  },
  adam: {
    zh: 'Adam：动量（一阶矩 $\\mathbf{v}$）加 RMSProp（二阶矩 $\\mathbf{s}$），再做偏差修正，弥补两者在开头几步因从 0 开始而偏小的问题。',
    en: 'Adam: momentum (first moment $\\mathbf{v}$) plus RMSProp (second moment $\\mathbf{s}$), with bias correction to undo their shrinkage towards zero in the first steps.',
  },
};
