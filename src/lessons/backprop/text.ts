// Lesson text of "backprop", written for this site in 中文 and English (facts from the notes on Hung-yi Lee's course: forward and backward pass, cross-entropy, matrix form and the GPU).
import type { Text } from '../../state/i18n';

export const TEXT = {
  intro: {
    zh: `一个全连接前馈网络的参数就是它所有的权重和偏置。训练要做的，是算出损失对**每一个**参数的偏导数，再沿负梯度方向调整它们。参数动辄上百万，逐个去试显然不行；**反向传播**用链式法则一次就把它们全部算出来。

整个训练集的损失是每个样本损失之和，$L(\\theta) = \\sum_{n=1}^{N} C^n(\\theta)$，所以 $\\partial L/\\partial w = \\sum_n \\partial C^n/\\partial w$：只要会算一个样本的梯度，加起来就行。下面就跟着**一个样本**走一遍。

网络很小：2 个输入，3 个 sigmoid 隐藏单元，2 个 softmax 输出，损失是交叉熵 $C = -\\sum_k y_k \\ln p_k$（$y$ 是 one-hot 目标）。默认权重中，隐藏单元 1 和 2 取自课程里 sigmoid 前向计算的例子：输入 $(1, -1)$ 得到 $z = 4$ 和 $-2$，$\\sigma(4) \\approx 0.98$，$\\sigma(-2) \\approx 0.12$。`,
    en: `The parameters of a fully connected feedforward network are all its weights and biases. Training needs the derivative of the loss with respect to **every one** of them, to move each against its gradient. With millions of parameters, nudging them one at a time is hopeless; **backpropagation** gets them all in one sweep with the chain rule.

The loss over the training set is the sum of the per-sample losses, $L(\\theta) = \\sum_{n=1}^{N} C^n(\\theta)$, so $\\partial L/\\partial w = \\sum_n \\partial C^n/\\partial w$: once you can take one sample's gradient, you add them up. So below we follow **one sample**.

The network is small: 2 inputs, 3 sigmoid hidden units, 2 softmax outputs, and the cross-entropy loss $C = -\\sum_k y_k \\ln p_k$ ($y$ is the one-hot target). In the default weights, hidden units 1 and 2 are the course's sigmoid forward example: the input $(1, -1)$ gives $z = 4$ and $-2$, $\\sigma(4) \\approx 0.98$ and $\\sigma(-2) \\approx 0.12$.`,
  },
  graphTitle: { zh: '计算图：先前向，再反向', en: 'The computational graph: forward, then backward' },
  graphCaption: {
    zh: '每个圆圈是一个中间量，边上是权重。前向传播在圆圈下方写出数值；反向传播在上方写出损失对它的偏导数 ∂L/∂·。按“单步”一次算一个节点。',
    en: 'Each circle is one intermediate value; the edges carry the weights. The forward pass writes each value below its circle; the backward pass writes ∂L/∂· above it. “Step” computes one node at a time.',
  },
  stepTitle: { zh: '这一步的计算', en: 'This step, with its numbers' },
  stepNone: { zh: '还没有计算任何节点：只知道输入 x。按“单步”开始前向传播。', en: 'No node computed yet: only the input x is known. Press “Step” to start the forward pass.' },
  forward: { zh: '前向传播', en: 'Forward pass' },
  backward: { zh: '反向传播', en: 'Backward pass' },
  chainRule: {
    zh: '链式法则：本地导数 × 上游传来的梯度。',
    en: 'Chain rule: local derivative × the gradient coming from upstream.',
  },
  weightGrads: { zh: '这一步顺带得到的参数梯度：', en: 'The parameter gradients this step completes:' },
  gradTitle: { zh: '每个参数的梯度与有限差分检验', en: 'Every parameter’s gradient, checked by finite differences' },
  gradIntro: {
    zh: `反向传播对不对？最直接的检验是把一个参数 $\\theta$ 左右各挪一点点，重新前向计算损失：

$$\\frac{\\partial L}{\\partial \\theta} \\approx \\frac{L(\\theta + h) - L(\\theta - h)}{2h}, \\quad h = 10^{-5}$$

这种中心差分的误差约为 $h^2$ 量级。它每检验一个参数就要多做两次前向传播，17 个参数就是 34 次；反向传播只用一次前向加一次反向，就得到了全部 17 个。`,
    en: `Is backprop right? The most direct check nudges one parameter $\\theta$ a little either way and runs the forward pass again:

$$\\frac{\\partial L}{\\partial \\theta} \\approx \\frac{L(\\theta + h) - L(\\theta - h)}{2h}, \\quad h = 10^{-5}$$

This central difference is off by about $h^2$. It costs two extra forward passes per parameter, 34 for these 17; backprop got all 17 from one forward and one backward pass.`,
  },
  gradCaption: {
    zh: '反向传播的梯度与中心差分并排，最后一列是相对误差。高亮的行是当前这一步刚得到的梯度。',
    en: 'Backprop’s gradient beside the central difference; the last column is their relative difference. Highlighted rows are the gradients the current step completed.',
  },
  colParam: { zh: '参数', en: 'parameter' },
  colValue: { zh: '取值', en: 'value' },
  colBackprop: { zh: '反向传播', en: 'backprop' },
  colNumeric: { zh: '有限差分', en: 'finite diff.' },
  colRel: { zh: '相对误差', en: 'rel. error' },
  worstRel: { zh: '17 个梯度中最大的相对误差：{e}', en: 'Largest relative difference of the 17 gradients: {e}' },
  layer1: { zh: '第一层（输入 → 隐藏）', en: 'Layer 1 (input → hidden)' },
  layer2: { zh: '第二层（隐藏 → 输出）', en: 'Layer 2 (hidden → output)' },
  matrixTitle: { zh: '矩阵形式：一次算一整个小批量', en: 'Matrix form: a whole mini-batch at once' },
  matrix: {
    zh: `上面每个节点都是一个小小的加权和。把一个小批量的 $B$ 个样本按行堆成矩阵 $X$，一层的全部节点就是一次矩阵乘法：

$$Z = XW + \\mathbf{b}, \\qquad A = \\sigma(Z)$$

反向传播也一样，逐元素的链式法则变成三次矩阵运算：

$$\\frac{\\partial L}{\\partial Z} = \\frac{\\partial L}{\\partial A} \\odot A \\odot (1 - A), \\quad \\frac{\\partial L}{\\partial W} = X^\\top \\frac{\\partial L}{\\partial Z}, \\quad \\frac{\\partial L}{\\partial X} = \\frac{\\partial L}{\\partial Z}\\, W^\\top$$

$\\partial L/\\partial W = X^\\top \\partial L/\\partial Z$ 这一步把 $B$ 个样本的梯度自动加在了一起，正是上面的 $\\sum_n \\partial C^n/\\partial w$。`,
    en: `Every node above is a small weighted sum. Stack a mini-batch of $B$ samples as the rows of a matrix $X$ and a whole layer becomes one matrix product:

$$Z = XW + \\mathbf{b}, \\qquad A = \\sigma(Z)$$

The backward pass too: the element-by-element chain rule becomes three matrix operations,

$$\\frac{\\partial L}{\\partial Z} = \\frac{\\partial L}{\\partial A} \\odot A \\odot (1 - A), \\quad \\frac{\\partial L}{\\partial W} = X^\\top \\frac{\\partial L}{\\partial Z}, \\quad \\frac{\\partial L}{\\partial X} = \\frac{\\partial L}{\\partial Z}\\, W^\\top$$

and $\\partial L/\\partial W = X^\\top \\partial L/\\partial Z$ adds the $B$ samples' gradients for free: it is the $\\sum_n \\partial C^n/\\partial w$ from above.`,
  },
  shapesCaption: { zh: '计时所用网络的形状（B = {b}，宽度 w）：', en: 'Shapes in the timed network (B = {b}, width w):' },
  gpuWhy: {
    zh: `为什么这能让 GPU 帮上忙？CPU 只有少数几个为顺序执行优化的核心；GPU 有成百上千个核心和高速显存，擅长把同一个运算同时施加在大量数据上。矩阵乘法里 $B \\times w$ 个输出彼此独立，正好可以一起算。但启动 GPU 计算、来回传数据都有固定开销：矩阵很小时 CPU 更快，矩阵够大时 GPU 才能赢。交界在哪里，取决于你的机器，所以下面在你的浏览器里当场测量。`,
    en: `Why does this let a GPU help? A CPU has a few cores built for doing things in sequence; a GPU has hundreds or thousands of cores and fast memory, built to apply one operation to lots of data at once. The $B \\times w$ outputs of a matrix product do not depend on each other, so they can all be computed together. But launching GPU work and moving data costs a fixed overhead: for small matrices the CPU wins, and only large enough ones let the GPU pull ahead. Where the crossover lies depends on your machine, so it is measured below, in your browser, now.`,
  },
  timingTitle: { zh: '当场测量：CPU 与 GPU 的一步训练', en: 'Measured here: one training step on the CPU and the GPU' },
  timingCaption: {
    zh: '网络 2 → w → w → 2（sigmoid，softmax 交叉熵，SGD），每一步是一次前向、一次反向和一次更新；纵轴是每步毫秒数（对数刻度）。计时在页面上进行，包括发给后台线程的一条消息。',
    en: 'Network 2 → w → w → 2 (sigmoid, softmax cross-entropy, SGD); a step is one forward pass, one backward pass and one update. The y axis is ms per step (log scale), timed from the page, including one message to the background worker.',
  },
  measure: { zh: '开始测量', en: 'Measure' },
  measureAgain: { zh: '重新测量', en: 'Measure again' },
  cancel: { zh: '停止', en: 'Stop' },
  timingIdle: { zh: '还没有测量。按“开始测量”：每个宽度先在 CPU 引擎上、再在 WebGPU 上各训练几步（在后台线程里，页面保持可用）。', en: 'Not measured yet. Press “Measure”: each width trains a few steps on the CPU engine, then on WebGPU (in a background worker; the page stays usable).' },
  timingRunning: { zh: '正在测量：宽度 {w}，{engine}（第 {i} / {n} 项）…', en: 'Measuring width {w} on {engine} ({i} of {n})…' },
  timingCompileNote: { zh: '第一次用 GPU 时要先编译着色器程序，可能要等一会儿。', en: 'The GPU’s first use compiles its shader programs first; that can take a while.' },
  timingDone: { zh: '测量完成。', en: 'Measurement done.' },
  timingStopped: { zh: '已停止。', en: 'Stopped.' },
  timingError: { zh: '测量失败：{msg}', en: 'The measurement failed: {msg}' },
  engineCpu: { zh: 'CPU 引擎', en: 'the CPU engine' },
  engineGpu: { zh: 'WebGPU', en: 'WebGPU' },
  cpuSeries: { zh: 'CPU 引擎', en: 'CPU engine' },
  gpuSeries: { zh: 'WebGPU', en: 'WebGPU' },
  widthAxis: { zh: '层宽 w', en: 'width w' },
  msAxis: { zh: '每步毫秒数', en: 'ms per step' },
  verdictWins: { zh: '在这台机器上，从宽度 {w} 起 GPU 比 CPU 快（适配器：{adapter}）。', en: 'On this machine the GPU is faster from width {w} on (adapter: {adapter}).' },
  verdictNever: { zh: '在测量的宽度里 GPU 一次也没有一直领先（适配器：{adapter}）。试试更大的宽度。', en: 'At the widths measured the GPU never pulled ahead for good (adapter: {adapter}). Try larger widths.' },
  verdictSoftware: {
    zh: '这个浏览器的 WebGPU 适配器是软件实现的（{adapter}）：它其实在 CPU 上模拟 GPU，所以这里的“GPU”数字不代表真正的显卡，也不指望它赢。{rest}',
    en: 'This browser’s WebGPU adapter is a software one ({adapter}): it emulates a GPU on the CPU, so its numbers say nothing about a real graphics card, and it is not expected to win. {rest}',
  },
  softwareWon: { zh: '（它在宽度 {w} 起仍然更快。）', en: '(It was still faster from width {w} on.)' },
  softwareLost: { zh: '它在每个宽度上都没有一直领先。', en: 'It did not stay ahead at any width measured.' },
  verdictNoGpu: { zh: '这个浏览器没有可用的 WebGPU（{reason}），只测量了 CPU 引擎。', en: 'This browser has no usable WebGPU ({reason}); only the CPU engine was timed.' },
  macsNote: {
    zh: '宽度为 $w$ 时，一步大约要做 $3B(w^2 + 4w)$ 次乘加：所选最大宽度 {w} 下是 {macs} 次。',
    en: 'At width $w$ a step does about $3B(w^2 + 4w)$ multiply–adds: {macs} at the widest width selected, {w}.',
  },
  weightsLabel: { zh: '当前的权重和偏置', en: 'the current weights and biases' },
  try: {
    zh: `1. 把“正确类别”从 1 改成 2：前向传播完全不变，但反向传播的第一步 $\\partial L/\\partial p_k$ 换了一项，之后所有梯度都跟着变号或变大小。

2. 把 $x_1$ 拖到 0：$w_{11}, w_{12}, w_{13}$ 的梯度 $x_1\\,\\partial L/\\partial z_j$ 全部变成 0。输入为 0 的边学不到东西。

3. 在默认权重下看 $a_1 = \\sigma(4) \\approx 0.98$：它的本地导数 $a_1(1-a_1) \\approx 0.018$ 很小，所以 $z_1$ 的梯度被压得很小。这就是 sigmoid 在大输入处梯度消失的原因。

4. 换成“由种子随机生成”的权重，点“新种子”多试几次：无论权重是多少，每个梯度都和有限差分吻合到 $10^{-8}$ 左右。

5. 在计时部分把宽度加到 2048，或者把小批量 B 调大：矩阵越大，GPU 的固定开销占比越小。若这台机器只有软件 GPU，页面会直接告诉你。`,
    en: `1. Switch the target class from 1 to 2: the forward pass does not change at all, but the backward pass's first step $\\partial L/\\partial p_k$ picks another term, and every gradient after it changes sign or size.

2. Drag $x_1$ to 0: the gradients of $w_{11}, w_{12}, w_{13}$, which are $x_1\\,\\partial L/\\partial z_j$, all become 0. An edge whose input is 0 learns nothing.

3. With the default weights look at $a_1 = \\sigma(4) \\approx 0.98$: its local derivative $a_1(1-a_1) \\approx 0.018$ is small, so the gradient of $z_1$ is squeezed small too. That is why the sigmoid's gradients vanish for large inputs.

4. Pick the random weights and press “New seed” a few times: whatever the weights, every gradient agrees with its finite difference to about $10^{-8}$.

5. In the timing, add width 2048 or raise the mini-batch B: the larger the matrices, the smaller the GPU's fixed overhead in comparison. If this machine only has a software GPU, the page says so.`,
  },
} satisfies Record<string, Text>;
