// Lesson text of "saddle", written for this site in 中文 and English (facts from mantch's survey §7.6; numbers from the live runs).
import type { Text } from '../../state/i18n';

export const TEXT = {
  intro: {
    zh: `梯度为 0 的点不一定是最低点。在 $f = x_1^2 - x_2^2$ 的原点，沿 $x_1$ 方向曲面向上弯，沿 $x_2$ 方向向下弯，形状像马鞍，所以叫鞍点。梯度下降走到鞍点附近时，梯度几乎为 0，步子变得很小，训练看起来像“卡住”了；沿向下弯的方向，它只有在偏离量一点点长大之后才会离开。

下图中六种优化器从同一个起点出发，起点离鞍点所在的直线 $x_2 = 0$ 只差一点点（默认 $x_2 = 0.001$）。我们把 $f$ 第一次低于 $-1$ 的那一步 记为“走出”的步数。所有路径都在浏览器里用真实的更新公式逐步算出；路径离开 $|x_1|, |x_2| \\le 10$ 的范围后停止计算（那里 $f$ 已经远低于 $-1$）。`,
    en: `A point where the gradient is zero need not be a minimum. At the origin of $f = x_1^2 - x_2^2$ the surface curves up along $x_1$ and down along $x_2$, like a saddle on a horse, hence a saddle point. Near it the gradient is almost zero, steps become tiny and training seems stuck; along the downward direction a path only leaves once its small offset has grown.

Below, six optimizers start from the same point, a hair away from the saddle's line $x_2 = 0$ (by default $x_2 = 0.001$). A path's escape step is the first step at which $f$ falls below $-1$. Every path is computed in your browser from the real update rules; a path stops once it leaves the box $|x_1|, |x_2| \\le 10$ (by then $f$ is far below $-1$).`,
  },
  pathsCaption: {
    zh: '颜色越深，函数值越小；红色虚线是逃离水平 f = −1。拖动起点（或选中后用方向键）换个出发位置。',
    en: 'Darker is lower; red dashed: the escape level f = −1. Drag the start point (or focus it, then arrow keys).',
  },
  escapeCaption: {
    zh: '每种优化器第一次使 f < −1 的步数（越短越快走出鞍点或平台）。',
    en: 'The first step at which each optimizer has f < −1 (shorter = out of the saddle or plateau sooner).',
  },
  escapeNone: { zh: '{steps} 步内未走出', en: 'not out within {steps} steps' },
  escapeTitle: { zh: '走出的步数', en: 'Steps to escape' },
  noiseTitle: { zh: '梯度噪声', en: 'Gradient noise' },
  noiseNote: {
    zh: '每一步的梯度 $\\mathbf{g}_k = \\nabla f(\\mathbf{x}_{k-1}) + \\sigma\\boldsymbol{\\xi}_k$，$\\boldsymbol{\\xi}_k \\sim N(0, I)$ 由种子决定，六种优化器用的是同一串噪声。小批量梯度本来就带着这样的噪声。',
    en: 'Each step uses $\\mathbf{g}_k = \\nabla f(\\mathbf{x}_{k-1}) + \\sigma\\boldsymbol{\\xi}_k$ with $\\boldsymbol{\\xi}_k \\sim N(0, I)$ fixed by the seed; all six optimizers see the same draws. A mini-batch gradient carries noise of this kind anyway.',
  },
  fixedNote: {
    zh: '固定的超参数：动量 γ = 0.9，RMSProp γ = 0.9，Adam β₁ = 0.9、β₂ = 0.999；AdaDelta 没有学习率，只有 ρ。',
    en: 'Fixed hyperparameters: momentum γ = 0.9, RMSProp γ = 0.9, Adam β₁ = 0.9 and β₂ = 0.999; AdaDelta has no learning rate, only ρ.',
  },
  controlsTitle: { zh: '优化器与学习率', en: 'Optimizers and their rates' },
  noneShown: { zh: '没有选择任何优化器。请在下方勾选至少一个。', en: 'No optimizer is selected. Tick at least one below.' },
  surfaceNote: {
    zh: `三个曲面。 鞍点 $x_1^2 - x_2^2$：海森矩阵是 $\\mathrm{diag}(2, -2)$，一个方向向上、一个方向向下。猴鞍 $x_1^3 - 3x_1x_2^2$：原点处海森矩阵为 0，有三个向下的山谷（$180°$ 和 $\\pm 60°$ 方向），比普通鞍点更平。平台 $x_1^2 - 1 - \\tanh(3(x_2 - 1))$：$x_2 < 0$ 时几乎是平的（$x_2 = 0$ 处坡度只有 $-0.03$），过了 $x_2 = 1$ 才陡降 2。`,
    en: `Three surfaces. The saddle $x_1^2 - x_2^2$ has Hessian $\\mathrm{diag}(2, -2)$: one direction curves up, one down. The monkey saddle $x_1^3 - 3x_1x_2^2$ has a zero Hessian at the origin and three valleys (at $180°$ and $\\pm 60°$), flatter than a plain saddle. The plateau $x_1^2 - 1 - \\tanh(3(x_2 - 1))$ is nearly flat for $x_2 < 0$ (slope only $-0.03$ at $x_2 = 0$) and drops by 2 past $x_2 = 1$.`,
  },
  whyTitle: { zh: '为什么调整步长的方法走得快', en: 'Why the adaptive methods get out sooner' },
  why: {
    zh: `在鞍点附近，向下弯方向上的梯度和偏离量成正比：$\\partial f/\\partial x_2 = -2x_2$。梯度下降每步把 $x_2$ 乘以 $1 + 2\\eta$，从 $0.001$ 长到 1 要 $\\ln 1000 / \\ln 1.2 \\approx 38$ 步（$\\eta = 0.1$）——梯度小，步子就小。

RMSProp 和 Adam 用梯度平方的移动平均去除梯度，每个坐标的步长大约是 $\\eta$，与梯度大小无关，所以在平坦处也照样迈大步。动量法把一致的小梯度累加起来，速度越来越大。这正是原文所说的：Momentum、RMSProp、Adam 这样的算法能“让你尽早往下走出平稳段”。AdaGrad 一开始也是按梯度归一化的，但它的 $\\mathbf{s}$ 只增不减，后期越走越慢；AdaDelta 第一步只有约 $\\sqrt{\\epsilon/(1-\\rho)} = 0.01$，要慢慢变大。`,
    en: `Near a saddle the gradient along the downward direction is proportional to the offset: $\\partial f/\\partial x_2 = -2x_2$. Gradient descent multiplies $x_2$ by $1 + 2\\eta$ per step, so growing from $0.001$ to 1 takes $\\ln 1000 / \\ln 1.2 \\approx 38$ steps at $\\eta = 0.1$: a small gradient means a small step.

RMSProp and Adam divide by a moving average of squared gradients, so each coordinate moves by about $\\eta$ per step whatever the gradient's size, and they keep striding on flat ground. Momentum adds up small consistent gradients into a growing velocity. That is the article's point: algorithms like Momentum, RMSProp and Adam "let you get off the plateau sooner". AdaGrad also normalises at first, but its $\\mathbf{s}$ only grows, so it slows down later; AdaDelta's first step is only about $\\sqrt{\\epsilon/(1-\\rho)} = 0.01$ and grows slowly.`,
  },
  highDimTitle: { zh: '高维空间里，驻点多半是鞍点', en: 'In high dimensions, critical points are mostly saddles' },
  highDim: {
    zh: `原文的论证：在梯度为 0 的点，每个方向的曲面要么向上弯，要么向下弯。要成为局部最小值，所有方向都必须向上弯。如果每个方向各自以一半的机会向上弯，$n$ 个方向全部向上的概率是 $2^{-n}$；在 2 万维空间里就是 $2^{-20000} \\approx 10^{-6021}$——这个数太小，双精度浮点数存不下（会变成 0），所以图里画的是它的指数 $\\log_{10} 2^{-n} = -n\\log_{10} 2$。因此在高维空间里，你更可能碰到鞍点，而不是局部最优。`,
    en: `The article's argument: at a point where the gradient is zero, the surface curves either up or down along each direction. A local minimum needs every direction to curve up. If each direction curves up with an even chance on its own, all $n$ do with probability $2^{-n}$; in 20 000 dimensions that is $2^{-20000} \\approx 10^{-6021}$, too small for a double (it underflows to 0), so the chart plots its exponent $\\log_{10} 2^{-n} = -n\\log_{10} 2$. In high dimensions you are far more likely to meet a saddle than a local minimum.`,
  },
  allUpCaption: {
    zh: '所有 n 个曲率方向都向上（局部最小值）的概率 2⁻ⁿ，纵轴是以 10 为底的指数，横轴为对数刻度。',
    en: 'The chance 2⁻ⁿ that all n curvature directions point up (a local minimum); the vertical axis is the base-10 exponent, the horizontal axis is logarithmic.',
  },
  hessianTitle: { zh: '随机海森矩阵的检验', en: 'A check with random Hessians' },
  hessian: {
    zh: `把每个方向的曲率换成随机对称矩阵 $H = (A + A^\\top)/2$ 的特征值（$A$ 的元素独立取自 $N(0, 1)$，即 GOE 随机矩阵）。浏览器用 Jacobi 迭代求出全部特征值，数出全为正（局部最小值）的比例。

它比 $2^{-n}$ 还小，而且 $n$ 越大差得越多：特征值并不独立，它们互相排斥，很难全部落在 0 的同一侧；理论上比例约按 $e^{-\\theta n^2}$（$\\theta = \\ln 3/4$）下降（Dean 与 Majumdar，2006）。$n = 2$ 时可精确算出：$(2 - \\sqrt 2)/4 \\approx 0.146$。所以 $2^{-n}$ 只是粗略估计，原文的结论只会更强。`,
    en: `Replace the curvature along each direction by the eigenvalues of a random symmetric matrix $H = (A + A^\\top)/2$, with $A$'s entries drawn independently from $N(0, 1)$ (a GOE matrix). Your browser finds every eigenvalue by Jacobi iteration and counts the share with all of them positive (local minima).

The share is smaller still than $2^{-n}$, and falls further behind as $n$ grows: the eigenvalues are not independent, they repel and rarely all land on one side of 0; in theory the share falls like $e^{-\\theta n^2}$ with $\\theta = \\ln 3/4$ (Dean and Majumdar, 2006). At $n = 2$ it is exactly $(2 - \\sqrt 2)/4 \\approx 0.146$. So $2^{-n}$ is only a rough estimate, and the article's conclusion only gets stronger.`,
  },
  hessianComputing: { zh: '正在计算随机黑塞矩阵的特征值……（已完成 {k}/{n} 个维数）', en: 'Computing the random Hessians’ eigenvalues… ({k} of {n} dimensions done)' },
  hessianCaption: {
    zh: '每个 n 抽取的随机对称矩阵中特征值全为正的比例（圆点），与 2⁻ⁿ（方块）对比，纵轴为对数刻度。比例为 0 时画在底边上。',
    en: 'Share of the random symmetric matrices with all eigenvalues positive (dots) against 2⁻ⁿ (squares), on a log scale. A share of 0 is drawn on the bottom edge.',
  },
  shareLabel: { zh: '全为正的比例', en: 'share all positive' },
  zeroOf: { zh: '0 / {m}', en: '0 of {m}' },
  try: {
    zh: `1. 默认设置下，梯度下降约 38 步走出，RMSProp 5 步，Adam 12 步，动量法 19 步。把梯度下降的学习率加倍：省下的步数和 $\\ln 1000/\\ln(1+2\\eta)$ 的估算对得上吗？

2. 选“x₂ = 0（线上）”：没有噪声时谁也走不出去，因为 $x_2$ 方向的梯度恰好是 0。再选“x₂ = 0，σ = 0.01”：噪声把每条路径推离这条线，这正是小批量梯度的噪声在鞍点处的作用。

3. 在平台上，梯度下降要 60 步才到陡坡，RMSProp 只要 4 步。把 RMSProp 的学习率调到 0.01：它还快吗？

4. 在猴鞍上，动量法带着速度穿过原点，进入 $180°$ 方向的山谷；其余路径拐进 $60°$ 方向的山谷。把 σ 调到 0.3 并改一改随机种子：有没有路径换了山谷？

5. 把海森矩阵检验的样本数调到 50 000：$n = 5, 6$ 的比例还有非零值吗？比 $2^{-n}$ 小多少倍？`,
    en: `1. At the defaults gradient descent escapes in about 38 steps, RMSProp in 5, Adam in 12, momentum in 19. Double gradient descent's rate: does the saving match $\\ln 1000/\\ln(1+2\\eta)$?

2. Pick "x₂ = 0 (on the line)": without noise nothing ever escapes, since the gradient along $x_2$ is exactly 0. Then "x₂ = 0, σ = 0.01": the noise pushes every path off the line, as mini-batch noise does at a saddle.

3. On the plateau gradient descent needs 60 steps to reach the drop, RMSProp 4. Lower RMSProp's rate to 0.01: is it still fast?

4. On the monkey saddle momentum crosses the origin into the valley at $180°$; the others turn into the one at $60°$. Set σ = 0.3 and change the seed: does a path switch valleys?

5. Raise the Hessian samples to 50 000: do $n = 5, 6$ show a non-zero share, and how far below $2^{-n}$?`,
  },
} satisfies Record<string, Text>;
