// Lesson text of "gradients", written for this site in 中文 and English (facts from mantch §5 and the notes on Hung-yi Lee's course).
import type { Text } from '../../state/i18n';

export const TEXT = {
  intro: {
    zh: `网络越深，训练越难，原因之一就藏在反向传播里。第 $l$ 层的误差信号由上一层传回来：

$$\\delta_l = \\left(\\delta_{l+1} W_{l+1}^\\top\\right) \\odot f'(z_l), \\qquad \\frac{\\partial L}{\\partial W_l} = a_{l-1}^\\top\\, \\delta_l$$

每往输入方向走一层，梯度就要再乘一次权重矩阵和激活函数的导数。这些因子若都小于 1，梯度会指数级地变小（**梯度消失**）；若都大于 1，就会指数级地变大（**梯度爆炸**）。不合理的初始化和 sigmoid 这样的激活函数是最常见的原因。

下面是一个真实的深层全连接网络（默认 10 个隐藏层 × 50 个神经元），用 SGD 在 1000 个 MNIST 训练数字上训练。热图的每一格是某一步中某一层权重梯度的 L2 范数 $\\lVert \\partial L/\\partial W_l \\rVert_2$（对数颜色刻度），第 1 层离输入最近，最上面一行是输出层。`,
    en: `The deeper a network, the harder it is to train, and one reason hides in backpropagation. Layer $l$'s error signal comes back from the layer above it:

$$\\delta_l = \\left(\\delta_{l+1} W_{l+1}^\\top\\right) \\odot f'(z_l), \\qquad \\frac{\\partial L}{\\partial W_l} = a_{l-1}^\\top\\, \\delta_l$$

Each layer closer to the input multiplies the gradient once more by a weight matrix and by the activation's derivative. If those factors are all below 1 the gradient shrinks exponentially (**vanishing gradients**); if they are all above 1 it grows exponentially (**exploding gradients**). Poor initialization and activations such as the sigmoid are the usual causes.

Below, a real deep fully connected network (by default 10 hidden layers of 50 units) trains with SGD on 1000 MNIST training digits. Each cell of the heat strip is one layer's weight-gradient L2 norm $\\lVert \\partial L/\\partial W_l \\rVert_2$ at one update (log colour scale); layer 1 is nearest the input, and the top row is the output layer.`,
  },
  presetVanishing: { zh: 'Sigmoid + Xavier（消失）', en: 'Sigmoid + Xavier (vanishing)' },
  presetRelu: { zh: 'ReLU + He', en: 'ReLU + He' },
  presetBn: { zh: 'Sigmoid + 批量归一化', en: 'Sigmoid + batch norm' },
  presetResidual: { zh: 'Sigmoid + 残差连接', en: 'Sigmoid + residual links' },
  presetExploding: { zh: 'ReLU，标准差 0.3（爆炸）', en: 'ReLU, std 0.3 (exploding)' },
  presetClipped: { zh: '爆炸 + 梯度裁剪 1', en: 'Exploding + clipping at 1' },
  normsTitle: { zh: '每一层的梯度，每一步', en: 'Every layer’s gradient, every update' },
  normsCaption: {
    zh: '热图：横轴是更新步数，纵轴是层（1 = 离输入最近，“输出” = 输出层），颜色是该层权重梯度的 L2 范数（裁剪之前，对数刻度）。灰色表示非有限值（发散）。',
    en: 'Heat strip: updates across, layers up (1 = nearest the input, "out" = the output layer); the colour is that layer’s weight-gradient L2 norm (before clipping, log scale). Grey marks values that are not finite (divergence).',
  },
  layerAxis: { zh: '层', en: 'layer' },
  out: { zh: '输出', en: 'out' },
  step: { zh: '步', en: 'update' },
  gradNormLabel: { zh: '‖∂L/∂W‖₂', en: '‖∂L/∂W‖₂' },
  epochCounter: { zh: '第 {k} / {n} 个周期', en: 'Epoch {k} of {n}' },
  diverged: {
    zh: '训练在第 {step} 步发散（损失变成 NaN/∞）：梯度爆炸，一步就把权重推到了无穷大。打开梯度裁剪，或调小学习率、初始标准差。',
    en: 'The run diverged at update {step} (the loss became NaN/∞): the gradients exploded and one update threw the weights to infinity. Turn on clipping, or lower the learning rate or the initial std.',
  },
  vanishing: {
    zh: '梯度消失：第 1 层的梯度只有输出层的 {ratio} 倍（相差约 {decades} 个数量级）。离输入越近的层学得越慢。',
    en: 'Vanishing: layer 1’s gradient is {ratio} times the output layer’s (about {decades} orders of magnitude less). The closer a layer is to the input, the slower it learns.',
  },
  exploding: {
    zh: '梯度爆炸：最大的层梯度范数为 {max}，远大于健康网络的 0.1～3。',
    en: 'Exploding: the largest layer gradient norm is {max}, far above the 0.1–3 of a healthy net.',
  },
  healthy: {
    zh: '梯度保持住了：第 1 层的梯度是输出层的 {ratio} 倍，每一层都在学习。',
    en: 'The gradient holds: layer 1’s gradient is {ratio} times the output layer’s, and every layer learns.',
  },
  reading: {
    zh: '第 {step} 步：训练准确率（本周期末，1000 个训练样本）{acc}，小批量损失 {loss}。',
    en: 'Update {step}: training accuracy (at the last epoch’s end, on the 1000 training digits) {acc}, mini-batch loss {loss}.',
  },
  profileTitle: { zh: '逐层看：梯度和权重移动了多少', en: 'Layer by layer: the gradient, and how far the weights moved' },
  profileIntro: {
    zh: '同一次训练，按层画出最新一步的梯度范数，以及每层权重离开初始值的相对距离 $\\lVert W_l - W_l^{(0)} \\rVert / \\lVert W_l^{(0)} \\rVert$（初始权重由同一个随机种子在页面里重新算出）。梯度消失时，靠近输入的层几乎没有离开它们的随机初值——正如李宏毅课程笔记所说：输出层已经收敛时，输入层的参数可能还是随机的。',
    en: 'The same run, by layer: the latest update’s gradient norm, and how far each layer’s weights have moved from their start, $\\lVert W_l - W_l^{(0)} \\rVert / \\lVert W_l^{(0)} \\rVert$ (the initial weights are recomputed in the page from the same seed). With vanishing gradients the layers near the input barely leave their random start: as the notes on Hung-yi Lee’s course put it, the input layers may still be random when the output layers have converged.',
  },
  profileCaption: {
    zh: '横轴是层（1 = 离输入最近，最右是输出层），纵轴为对数刻度：最新一步的梯度范数，以及权重自初始以来的相对变化。',
    en: 'Layers across (1 = nearest the input, the last is the output layer), log scale up: the latest update’s gradient norm, and the weights’ relative change since the start.',
  },
  seriesGrad: { zh: '梯度范数（最新一步）', en: 'gradient norm (latest update)' },
  seriesMoved: { zh: '权重相对变化', en: 'relative weight change' },
  profileReading: {
    zh: '第 1 层的权重移动了 {first}，输出层移动了 {last}。',
    en: 'Layer 1’s weights have moved by {first}, the output layer’s by {last}.',
  },
  compareTitle: { zh: '四个网络并排：sigmoid 与三种对策', en: 'Four networks side by side: sigmoid and three remedies' },
  compareIntro: {
    zh: '同样深度、宽度、学习率和随机种子的网络，同时训练四个：sigmoid + Xavier，ReLU + He，sigmoid + 批量归一化（激活之前），sigmoid + 残差连接。每条线是一个网络各层梯度范数在最近一个周期（10 步）上的几何平均。只有 sigmoid 那条线向输入端一路下坠。',
    en: 'Four networks of the same depth, width, learning rate and seed train at once: sigmoid with Xavier, ReLU with He, sigmoid with batch norm (before the activation), sigmoid with residual links. Each line is one network’s per-layer gradient norm, the geometric mean over its latest epoch (10 updates). Only the sigmoid line falls all the way toward the input.',
  },
  compareCaption: {
    zh: '横轴是层（1 = 离输入最近，最右是输出层），纵轴是该层权重梯度范数在最近一个周期上的几何平均（对数刻度）。四个网络使用上方的隐藏层数、神经元数、学习率、周期和随机种子，不裁剪、不加 L2。',
    en: 'Layers across (1 = nearest the input, the last is the output layer), up the layer’s weight-gradient norm, geometric mean over the latest epoch (log scale). The four nets use the hidden layers, units, learning rate, epochs and seed set above, with no clipping or L2.',
  },
  compareDiverged: {
    zh: '发散了（损失变成 NaN/∞），曲线停在发散之前：{nets}。调小学习率再试。',
    en: 'Diverged (the loss became NaN/∞), their lines stop before it: {nets}. Lower the learning rate and try again.',
  },
  listSep: { zh: '、', en: ', ' },
  whyTitle: { zh: '为什么：每一层乘上的因子', en: 'Why: the factor each layer multiplies in' },
  whyIntro: {
    zh: `相邻两层梯度之比 $\\lVert \\partial L/\\partial W_l \\rVert / \\lVert \\partial L/\\partial W_{l+1} \\rVert$ 就是反向传播在这一层乘上的因子，它大致等于权重的尺度乘以激活函数导数的平均值。sigmoid 的导数 $\\sigma'(z) = \\sigma(z)(1-\\sigma(z))$ 最大只有 $0.25$（在 $z = 0$ 处），tanh 的导数最大为 1，ReLU 在正半轴上恒为 1，leaky ReLU 在负半轴上为 $k$。下表是这次训练最新一步的真实数字；平均导数 $\\overline{f'}$ 由该层在最后一个小批量上的激活值直方图算出（近似）。`,
    en: `The ratio of neighbouring layers' gradients, $\\lVert \\partial L/\\partial W_l \\rVert / \\lVert \\partial L/\\partial W_{l+1} \\rVert$, is the factor backpropagation multiplies in at that layer, roughly the weights' scale times the activation's mean derivative. The sigmoid's derivative $\\sigma'(z) = \\sigma(z)(1-\\sigma(z))$ is at most $0.25$ (at $z = 0$); tanh's is at most 1; ReLU's is exactly 1 for positive inputs; leaky ReLU's is $k$ for negative ones. The table holds this run's numbers at its latest update; the mean derivative $\\overline{f'}$ comes from the layer's activation histogram on the last mini-batch (an approximation).`,
  },
  factorsCaption: {
    zh: '每层：权重梯度范数、它与上一层之比（反向传播在这一层乘上的因子）、以及该层激活函数导数的平均值。',
    en: 'Per layer: the weight-gradient norm, its ratio to the layer above (the factor backpropagation multiplies in there), and the mean of the layer’s activation derivative.',
  },
  colLayer: { zh: '层', en: 'Layer' },
  colGrad: { zh: '‖∂L/∂W_l‖₂', en: '‖∂L/∂W_l‖₂' },
  colRatio: { zh: '与上一层之比', en: 'Ratio to the layer above' },
  colDeriv: { zh: '平均 f′(z)', en: 'Mean f′(z)' },
  factorsReading: {
    zh: '从输出层到第 1 层，这些因子相乘得到 {product}；隐藏层的平均导数在 {dmin} 到 {dmax} 之间。',
    en: 'From the output layer down to layer 1 these factors multiply to {product}; the hidden layers’ mean derivatives lie between {dmin} and {dmax}.',
  },
  waiting: { zh: '等待第一步…', en: 'Waiting for the first update…' },
  explodingTitle: { zh: '梯度爆炸，以及梯度裁剪', en: 'Exploding gradients, and clipping' },
  exploding1: {
    zh: `反过来，若每层的因子大于 1，梯度会逐层放大。选“ReLU，标准差 0.3”预设：50 个输入的 ReLU 层用 He 初始化时标准差应为 $\\sqrt{2/50} = 0.2$，取 0.3 意味着每层信号放大约 1.5 倍，10 层后约 $1.5^{10} \\approx 58$ 倍。梯度范数达到几百，学习率 0.1 的第一步就把权重推得太远，几步之后损失变成 NaN。

**梯度裁剪**是原文为梯度爆炸给出的对策：设一个阈值 $c$，当整个梯度的范数 $\\lVert g \\rVert$ 超过 $c$ 时把它按比例缩小，$g \\leftarrow g \\cdot c / \\lVert g \\rVert$，方向不变，步长受限。选“爆炸 + 梯度裁剪 1”：热图里梯度仍然很大（画的是裁剪之前的范数），但训练不再发散，损失逐步下降。另一种对策是 L2 正则化，它让权重保持较小。`,
    en: `The other way round: if each layer's factor is above 1, the gradient grows layer by layer. Pick the "ReLU, std 0.3" preset: He initialization for a ReLU layer with 50 inputs would be std $\\sqrt{2/50} = 0.2$, so 0.3 amplifies the signal about 1.5 times per layer, about $1.5^{10} \\approx 58$ times over ten layers. The gradient norms reach the hundreds, the first updates at learning rate 0.1 throw the weights too far, and within a few updates the loss is NaN.

**Gradient clipping** is the remedy the article gives for exploding gradients: pick a threshold $c$, and whenever the whole gradient's norm $\\lVert g \\rVert$ exceeds it, scale it down, $g \\leftarrow g \\cdot c / \\lVert g \\rVert$: same direction, bounded step. Pick "Exploding + clipping at 1": the heat strip still shows large gradients (it plots the norm before clipping), but the run no longer diverges and its loss comes down. The other remedy is L2 regularization, which keeps the weights small.`,
  },
  remediesTitle: { zh: '对策一览', en: 'The remedies at a glance' },
  remedies: {
    zh: `原文列出的对策，这里都能试（除了第一条和最后一条）：


1. **预训练加微调**：逐层训练、再整体微调。曾经流行，如今很少使用，这里不演示。

2. **梯度裁剪、正则化**：主要针对梯度爆炸（见上一节；L2 滑块）。

3. **ReLU、leaky ReLU**：正半轴导数恒为 1，激活函数本身不再缩小梯度；leaky ReLU 在负半轴保留斜率 $k$（常取 0.01 或 0.02），避免神经元“死掉”。李宏毅的课程还讲到 Maxout：ReLU 是它的特例；本站的引擎暂不支持 Maxout。

4. **批量归一化**：把每层的输入规范到均值 0、方差 1，使每层的因子回到 1 附近（详见批量归一化一课）。

5. **残差连接**：$a_l = f(z_l) + a_{l-1}$，梯度可以沿着跳接直接回到浅层，因为 $\\partial a_l / \\partial a_{l-1} = I + \\ldots$

6. **LSTM**：在循环网络中用门控缓解梯度消失，不属于本课的全连接网络。`,
    en: `The article's remedies, all of which you can try here except the first and the last:


1. **Pre-training and fine-tuning**: train one layer at a time, then fine-tune the whole. Once popular, rarely used today; not shown here.

2. **Gradient clipping, regularization**: mainly against exploding gradients (see the previous section; the L2 slider).

3. **ReLU, leaky ReLU**: a derivative of exactly 1 for positive inputs, so the activation itself no longer shrinks the gradient; leaky ReLU keeps a slope $k$ (often 0.01 or 0.02) for negative inputs so units do not "die". Hung-yi Lee's course also covers Maxout, of which ReLU is a special case; this site's engine does not have Maxout yet.

4. **Batch normalization**: normalizes each layer's inputs to mean 0 and variance 1, which brings each layer's factor back near 1 (see the batch-norm lesson).

5. **Residual connections**: $a_l = f(z_l) + a_{l-1}$, so the gradient can flow straight back along the skip, since $\\partial a_l / \\partial a_{l-1} = I + \\ldots$

6. **LSTM**: gates that ease vanishing gradients in recurrent networks; not part of this lesson's fully connected nets.`,
  },
  try: {
    zh: `1. 默认设置（sigmoid + Xavier，10 层）：热图下方几行是深紫色，第 1 层的梯度比输出层小约 6 个数量级，训练准确率几乎不动。

2. 点“ReLU + He”：每一行颜色都差不多，梯度在各层保持在同一个量级。再把隐藏层数拖到 20：仍然保持。

3. 回到 sigmoid，打开批量归一化（激活之前）：梯度保持住，而且准确率很快上升。再试残差连接：梯度也能回到第 1 层。

4. 把激活函数换成 tanh（导数最大为 1）：消失比 sigmoid 轻得多。再换 leaky ReLU，把斜率 k 从 0.01 调到 0.3。

5. 点“ReLU，标准差 0.3（爆炸）”，看训练在几步内发散；再点“爆炸 + 梯度裁剪 1”。把阈值调到 5、10，什么时候又会发散？

6. Sigmoid 配“标准差 1”：梯度反而没有消失得那么厉害——大权重抵消了小导数，但激活值饱和在 0 和 1 附近（见权重初始化一课）。`,
    en: `1. The defaults (sigmoid with Xavier, 10 layers): the bottom rows of the strip are deep purple, layer 1's gradient is about six orders of magnitude below the output layer's, and the training accuracy barely moves.

2. Press "ReLU + He": every row has about the same colour; the gradient keeps one order of magnitude through the layers. Drag the hidden layers to 20: it still holds.

3. Back to sigmoid, turn batch norm on (before the activation): the gradient holds and the accuracy rises fast. Then try residual connections: the gradient reaches layer 1 too.

4. Switch the activation to tanh (derivative at most 1): far less vanishing than the sigmoid. Then leaky ReLU, with the slope k raised from 0.01 to 0.3.

5. Press "ReLU, std 0.3 (exploding)" and watch the run diverge within a few updates; then "Exploding + clipping at 1". Raise the threshold to 5, then 10: when does it diverge again?

6. Sigmoid with "std 1": the gradient vanishes far less, as the large weights offset the small derivatives, but the activations saturate near 0 and 1 (see the initialization lesson).`,
  },
  pythonTitle: { zh: '自己运行', en: 'Run it yourself' },
  pythonRun: {
    zh: '四张图下的 Python 按钮各下载一个只用 numpy 和标准库的脚本（**gradients-norms.py**、**gradients-profile.py**、**gradients-factors.py**、**gradients-compare.py**），带着当前的激活函数、初始化、层数、宽度、η、裁剪阈值、BN、残差连接、L2、周期数和种子，写有 Affine、Sigmoid、Tanh、ReLU、BatchNormalization 等层的类和一个 DeepNet。**python3 gradients-norms.py** 从本站下载同一份 MNIST 子集（逐个文件核对 SHA-256，不符就停止），**python3 gradients-norms.py --data DIR** 读本地文件夹（本站仓库里的 public/data）。它按网页 CPU 引擎的运算顺序训练（同样的初始权重、批次顺序与 float32 舍入），在每次更新裁剪之前记下每层的 ‖∂L/∂W‖，打印图中的数据表（CSV），与网页的 CPU 引擎一致到 10⁻⁴ 以内；发散的网络在网页停下的同一步停下。profile 与 factors 读最后一次更新（f′ 取自最后一个小批量的激活直方图，200 格），compare 训练四个网络，取最后一个周期 10 次更新的几何平均。',
    en: 'The Python button under each of the four figures downloads a script that needs only numpy and the standard library (**gradients-norms.py**, **gradients-profile.py**, **gradients-factors.py**, **gradients-compare.py**), with the current activation, initialization, depth, width, η, clipping threshold, batch norm, residual links, L2, epochs and seed written in, a class for each layer (Affine, Sigmoid, Tanh, ReLU, BatchNormalization, …) and a DeepNet. **python3 gradients-norms.py** downloads the same MNIST subset from this site (each file checked against its SHA-256; a mismatch stops it), **python3 gradients-norms.py --data DIR** reads a local folder (public/data of the site’s repository). It trains in the page’s CPU engine order of operations (the same initial weights, batch order and float32 rounding), records every layer’s ‖∂L/∂W‖ at each update before clipping, and prints the figure’s data table (CSV) with the numbers of the page’s CPU engine to within 10⁻⁴; a network that diverges stops at the same update as on the page. The profile and factors scripts read the last update (f′ from the last mini-batch’s activation histograms, 200 bins); the compare script trains the four networks and takes the geometric mean over the last epoch’s 10 updates.',
  },
} satisfies Record<string, Text>;
