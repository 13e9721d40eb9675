// Lesson text of "initialization", written for this site in 中文 and English (facts from seed 004 §二).
import type { Text } from '../../state/i18n';

export const TEXT = {
  intro: {
    zh: `训练从哪里出发很重要。权重全设成 0（或都一样）不行：同一层的神经元会收到完全相同的梯度，永远学成一样的东西。所以权重要随机初始化——但随机的尺度决定了信号能否顺利穿过许多层。

实验：1000 个服从标准正态分布的输入，依次通过若干个全连接层（每层 $n$ 个神经元，不加偏置），权重取自 $\\mathcal{N}(0, \\sigma^2)$。下面每张小图是一层激活值的直方图（30 个等宽的区间）。这些数都是刚刚在你的浏览器里算出来的。`,
    en: `Where training starts matters. Setting every weight to 0 (or to any one value) fails: the units of a layer then receive identical gradients and stay identical forever. So weights start random, but the scale of that randomness decides whether a signal survives many layers.

The experiment: 1000 inputs drawn from a standard normal pass through several fully connected layers of $n$ units each (no bias), with weights drawn from $\\mathcal{N}(0, \\sigma^2)$. Each small chart below is one layer's histogram of activations (30 equal bins), computed just now in your browser.`,
  },
  histCaption: {
    zh: '各层激活值的分布：横轴是激活值（sigmoid 为 [0, 1]，tanh 为 [−1, 1]，ReLU 为 [0, 该层最大值]），纵轴是个数。',
    en: 'Activation values per layer: x is the activation (sigmoid [0, 1], tanh [−1, 1], ReLU [0, largest value in the layer]), y the count.',
  },
  layer: { zh: '第 {k} 层', en: 'Layer {k}' },
  readingSat: { zh: '均值 {mean}，标准差 {std}，饱和 {sat}', en: 'mean {mean}, std {std}, saturated {sat}' },
  readingDead: { zh: '均值 {mean}，标准差 {std}，为 0 的 {dead}', en: 'mean {mean}, std {std}, zeros {dead}' },
  sigmaNow: { zh: '当前权重标准差 σ = {std}（n = {n}）', en: 'Weight std now σ = {std} (n = {n})' },
  computedIn: { zh: '计算用时 {ms} 毫秒', en: 'computed in {ms} ms' },
  computing: { zh: '正在计算…', en: 'Computing…' },
  saturated: {
    zh: '激活值挤在 0 和 1 两端：sigmoid 在那里几乎是平的，导数接近 0，反向传播的梯度一层层变小——梯度消失。',
    en: 'The activations pile up at 0 and 1, where the sigmoid is almost flat: its derivative is near 0, so gradients shrink layer by layer on the way back. Vanishing gradients.',
  },
  collapsed: {
    zh: '激活值全都挤在同一个值附近：所有神经元输出几乎一样，多个神经元等于一个，表达能力丢失了（“缺乏多样性”）。',
    en: 'The activations all crowd around one value: every unit outputs nearly the same thing, so a hundred units act like one. The network has lost its expressive power ("no diversity").',
  },
  vanishing: {
    zh: '激活值的分布一层比一层窄：信号在向深处传播时逐渐衰减。换用与激活函数匹配的初始化（ReLU 用 He）。',
    en: 'The spread narrows from layer to layer: the signal fades as it goes deeper. Use the initialization that matches the activation (He for ReLU).',
  },
  healthy: {
    zh: '每一层的激活值都保持着广泛的分布：信号和梯度都能顺利穿过各层，训练可以高效进行。',
    en: 'Every layer keeps a broad spread of activations: signals and gradients pass through the layers and training can proceed efficiently.',
  },
  why: {
    zh: `为什么是这些尺度？若某一层有 $n$ 个输入，$z = \\sum_{i=1}^{n} w_i a_i$ 的方差约为 $n\\,\\sigma^2\\,\\mathrm{E}[a^2]$。要让方差逐层保持不变，就要 $\\sigma^2 \\approx 1/n$：这就是 Xavier 初始化 $\\sigma = \\sqrt{1/n}$，适合在 0 附近近似线性的 sigmoid 和 tanh。ReLU 把一半的输入变成 0，方差减半，于是需要加倍：He 初始化 $\\sigma = \\sqrt{2/n}$。`,
    en: `Why these scales? With $n$ inputs to a layer, $z = \\sum_{i=1}^{n} w_i a_i$ has variance about $n\\,\\sigma^2\\,\\mathrm{E}[a^2]$. Keeping it the same from layer to layer needs $\\sigma^2 \\approx 1/n$: that is Xavier initialization, $\\sigma = \\sqrt{1/n}$, suited to sigmoid and tanh, which are nearly linear around 0. ReLU zeroes half its inputs and halves the variance, so it needs twice as much: He initialization, $\\sigma = \\sqrt{2/n}$.`,
  },
  trainTitle: { zh: '在 MNIST 上训练：初始化决定能否学习', en: 'Training on MNIST: the initialization decides whether it learns' },
  trainIntro: {
    zh: '同一个 5 层网络（4 个 100 单元的 ReLU 隐藏层 + 输出层），同一个随机种子，只改变初始权重的尺度，用 SGD 在 2000 个 MNIST 手写数字上训练。三条曲线是同时进行的三次真实训练：它们作为一个“种群”一起在后台线程里逐步更新，每个成员都和单独训练时一模一样。',
    en: 'The same five-layer network (four hidden layers of 100 ReLU units plus the output layer), the same seed, only the initial weight scale differs; SGD on 2000 MNIST digits. The three curves are three real runs trained together as one population off the main thread, each member exactly the run it would be on its own.',
  },
  trainCaption: {
    zh: '每一步的小批量训练损失（交叉熵）。随机猜测的损失是 ln 10 ≈ 2.30。',
    en: 'Mini-batch training loss (cross-entropy) at every step. Guessing at random scores ln 10 ≈ 2.30.',
  },
  step: { zh: '步', en: 'step' },
  loss: { zh: '损失', en: 'loss' },
  epochCounter: { zh: '第 {k} / {n} 个周期', en: 'Epoch {k} of {n}' },
  diverged: {
    zh: '{init} 在第 {step} 步发散（损失变成 NaN/∞），这条曲线就此停止：学习率太大。调小学习率再试。',
    en: '{init} diverged at update {step} (the loss became NaN/∞) and its curve stops there: the learning rate is too large. Lower it and try again.',
  },
  divergedLegend: { zh: '{init}（第 {step} 步发散）', en: '{init} (diverged at update {step})' },
  pythonTitle: { zh: '自己运行', en: 'Run it yourself' },
  pythonRun: {
    zh: '图下的 Python 按钮下载 **initialization-training.py**：一个只用 numpy 和标准库的脚本，带着当前的学习率、周期数和种子，三种初始化（标准差 0.01、Xavier、He）写在 init_std 里。**python3 initialization-training.py** 从本站下载同一份 MNIST 子集（逐个文件核对 SHA-256，不符就停止），**python3 initialization-training.py --data DIR** 读本地文件夹（本站仓库里的 public/data）。它按网页 CPU 引擎的运算顺序训练这三个网络（同样的初始权重、同样的批次顺序、同样的 float32 舍入），打印图中的数据表（CSV：init, step, loss），损失与网页的 CPU 引擎一致到 10⁻⁴ 以内（网页在 WebGPU 上训练时可能略有不同）；发散的网络在网页停下的同一步停下。',
    en: 'The Python button under the figure downloads **initialization-training.py**: a script that needs only numpy and the standard library, with the current learning rate, epochs and seed written in and the three initializations (std 0.01, Xavier, He) in init_std. **python3 initialization-training.py** downloads the same MNIST subset from this site (each file checked against its SHA-256; a mismatch stops it), **python3 initialization-training.py --data DIR** reads a local folder (public/data of the site’s repository). It trains the three networks in the page’s CPU engine order of operations (the same initial weights, the same batch order, the same float32 rounding) and prints the figure’s data table (CSV: init, step, loss) with the losses of the page’s CPU engine to within 10⁻⁴ (on WebGPU the page’s numbers may differ slightly); a network that diverges stops at the same update as on the page.',
  },
  trainReading: {
    zh: '最新损失：标准差 0.01 为 {small}，Xavier 为 {xavier}，He 为 {he}。',
    en: 'Latest loss: std 0.01 {small}, Xavier {xavier}, He {he}.',
  },
  try: {
    zh: `1. Sigmoid + 标准差 1：每一层都两极分化。再选标准差 0.01：全挤在 0.5。最后选 Xavier：分布在各层都保持宽广。

2. 换成 tanh + Xavier：分布以 0 为中心对称，比 sigmoid 更“健康”。

3. 换成 ReLU：Xavier 下分布一层比一层窄，He 下保持不变。

4. 选“自定义”，慢慢拖动标准差，找到激活值从“塌缩”变成“饱和”的分界。它和每层神经元数 $n$ 有什么关系？

5. 在上方的 MNIST 训练中，标准差 0.01 的网络几乎不学习（损失停在 2.30 附近），而 He 初始化学得最快。`,
    en: `1. Sigmoid with std 1: every layer splits to the two extremes. Then std 0.01: everything crowds at 0.5. Then Xavier: the spread survives every layer.

2. Switch to tanh with Xavier: the distribution is centred on 0, healthier than the sigmoid's.

3. Switch to ReLU: under Xavier the spread narrows layer by layer; under He it holds.

4. Pick "custom" and slide the std slowly: find where the activations turn from collapsed to saturated. How does that point depend on the units per layer $n$?

5. In the MNIST run above, the std 0.01 network barely learns (its loss stays near 2.30) while He initialization learns fastest.`,
  },
} satisfies Record<string, Text>;
