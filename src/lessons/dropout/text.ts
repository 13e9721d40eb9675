// Lesson text of "dropout", written for this site in 中文 and English (facts from seed 000 §4, seed 004 §四, seed 002, and the book's code).
import type { Text } from '../../state/i18n';

export const TEXT = {
  intro: {
    zh: `权重衰减之外，对付过拟合最常用的办法是丢弃法（dropout）。这里讲的是“倒置丢弃法”（inverted dropout），也是今天各个框架里的默认做法。

看一个隐藏层。它的第 $i$ 个单元算出 $h_i = \\phi(x_1 w_{1i} + \\dots + x_d w_{di} + b_i)$，$\\phi$ 是激活函数。训练时，每处理一个样本就给每个单元掷一次硬币：记 $\\xi_i$ 为一个随机变量，取 0 的概率是 $p$，取 1 的概率是 $1-p$。单元的输出换成

$h_i' = \\dfrac{\\xi_i}{1-p}\\, h_i$

也就是说，单元以概率 $p$ 被清零，否则被放大 $1/(1-p)$ 倍。$p$ 叫丢弃概率，是一个超参数。因为 $E[\\xi_i] = 1-p$，所以 $E[h_i'] = \\frac{1-p}{1-p} h_i = h_i$：丢弃不改变这一层输出的期望。

被清零的单元在这一步里就像不存在：下一层的计算不用它，反向传播时连到它的权重梯度也都是 0。哪些单元被清零每一步都不同，所以下一层没法过分依赖其中任何一个——这正是正则化的效果。测试（评估）时不再丢弃，所有单元都保留，也不再缩放，结果是确定的。

《深度学习入门》（斋藤康毅）书里的写法不一样：训练时只清零、不放大，测试时把每个单元的输出乘以 $1-p$。下面把两种写法和不用丢弃的网络放在一起训练，看看这个差别在一个很深的网络里意味着什么。`,
    en: `Besides weight decay, the most common remedy for overfitting is dropout. This lesson uses inverted dropout, the variant every framework uses today.

Take one hidden layer. Its unit $i$ computes $h_i = \\phi(x_1 w_{1i} + \\dots + x_d w_{di} + b_i)$, where $\\phi$ is the activation function. During training, for every sample, each unit gets a coin flip: a random variable $\\xi_i$ that is 0 with probability $p$ and 1 with probability $1-p$. The unit's output becomes

$h_i' = \\dfrac{\\xi_i}{1-p}\\, h_i$

so the unit is zeroed with probability $p$ and otherwise stretched by $1/(1-p)$. The dropout ratio $p$ is a hyperparameter. Because $E[\\xi_i] = 1-p$, we get $E[h_i'] = \\frac{1-p}{1-p} h_i = h_i$: dropout leaves the expected output of the layer unchanged.

A zeroed unit is absent for that step: the next layer computes without it, and backpropagation gives every weight attached to it a zero gradient. Which units vanish changes from step to step, so the next layer cannot lean too hard on any one of them. That is the regularizing effect. At test (evaluation) time nothing is dropped and nothing is scaled: every unit is kept and the output is deterministic.

The book “Deep Learning from Scratch” (Koki Saitoh) writes it the other way round: training only zeroes units, without stretching the kept ones, and at test time every unit's output is multiplied by $1-p$. Below, both variants train next to a network without dropout, to see what that difference does to a deep network.`,
  },

  maskTitle: { zh: '这一步的掩码', en: 'The mask of this step' },
  maskCaption: {
    zh: '两个丢弃网络（同一个种子，掩码相同）在最近一次训练更新中，第 {layer} 个隐藏层对小批量第 1 个样本用的掩码。左：前 {shown} 个单元，灰色虚线圈是被清零的单元，它们没有向下一层的连线；右：这一层全部 {units} 个单元。',
    en: 'The mask both dropout networks (same seed, same masks) used in hidden layer {layer} for the first sample of their latest mini-batch. Left: the first {shown} units; grey dashed circles are zeroed units, with no connections to the next layer. Right: all {units} units of the layer.',
  },
  maskNone: { zh: '还没有训练步：按“单步”或“播放”。', en: 'No training step yet: press Step or Play.' },
  maskNoDropout: { zh: 'p = 0：没有单元被丢弃，每一步的掩码都是全 1。', en: 'p = 0: no unit is dropped; every mask is all ones.' },
  prevLayer: { zh: '第 {k} 层', en: 'layer {k}' },
  inputLayer: { zh: '输入', en: 'input' },
  outputLayer: { zh: '输出', en: 'output' },
  thisLayer: { zh: '第 {k} 个隐藏层', en: 'hidden layer {k}' },
  moreUnits: { zh: '……另有 {k} 个', en: '… {k} more' },
  kept: { zh: '保留（×{scale}）', en: 'kept (×{scale})' },
  dropped: { zh: '清零（×0）', en: 'zeroed (×0)' },
  maskStep: { zh: '第 {step} 次更新', en: 'Update {step}' },

  scaleTitle: { zh: '缩放 1/(1 − p)', en: 'Scaling by 1/(1 − p)' },
  scaleTitleBook: { zh: '训练时不缩放，测试时 ×(1 − p)', en: 'No scaling in training, × (1 − p) at test' },
  checkTitle: { zh: '检验 E[h′] = h', en: 'Checking E[h′] = h' },
  checkTitleBook: { zh: '检验 E[h′] = (1 − p)·h', en: 'Checking E[h′] = (1 − p)·h' },
  scaleNow: {
    zh: '这个网络的每个隐藏层都用 $p = {p}$，保留下来的单元乘以 $\\frac{1}{1-p} = {scale}$。',
    en: 'Every hidden layer of this network uses $p = {p}$; kept units are multiplied by $\\frac{1}{1-p} = {scale}$.',
  },
  scaleNowBook: {
    zh: '《深度学习入门》的写法：每个隐藏层都用 $p = {p}$，训练时保留下来的单元原样输出（×1），测试时所有单元乘以 $1-p = {keep}$。',
    en: 'The book’s variant: every hidden layer uses $p = {p}$; in training kept units pass unchanged (×1), and at test time every unit is multiplied by $1-p = {keep}$.',
  },
  keptRow: {
    zh: '上图这一行：{units} 个单元保留了 {kept} 个（期望 {expected} 个）。整个小批量、全部 {layers} 个隐藏层：保留比例 {share}（期望 $1-p$ = {keep}）。',
    en: 'The row drawn above keeps {kept} of {units} units (expected {expected}). The whole mini-batch over all {layers} hidden layers keeps {share} of its units (expected $1-p$ = {keep}).',
  },
  checkIntro: {
    zh: `下面用引擎自己的丢弃代码做一次检验：取 8 个示例激活值 $h$（ReLU 的输出，非负），用这个网络第 {layer} 个隐藏层第 1 行在第 1、2、… 次更新时用过的掩码算出 $h'$，再对越来越多的掩码求平均。平均值逼近 $h$，这就是 $E[h'] = h$。`,
    en: `A check with the engine’s own dropout code: take 8 example activations $h$ (ReLU outputs, non-negative), apply the masks this network drew for row 1 of hidden layer {layer} at updates 1, 2, …, and average $h'$ over more and more masks. The average approaches $h$: that is $E[h'] = h$.`,
  },
  checkTestCol: { zh: '（测试时）', en: ' (at test)' },
  checkIntroBook: {
    zh: `用引擎自己的丢弃代码检验《深度学习入门》的写法：取 8 个示例激活值 $h$（ReLU 的输出，非负），用第 {layer} 个隐藏层第 1 行在第 1、2、… 次更新时用过的掩码算出 $h' = \\xi h$（不放大），再对越来越多的掩码求平均。平均值逼近 $(1-p)h$，正是测试时这一层的输出：$E[h'] = (1-p)h$。`,
    en: `A check of the book’s variant with the engine’s own dropout code: take 8 example activations $h$ (ReLU outputs, non-negative), apply the masks drawn for row 1 of hidden layer {layer} at updates 1, 2, …, giving $h' = \\xi h$ (no stretching), and average over more and more masks. The average approaches $(1-p)h$, which is exactly the layer’s output at test time: $E[h'] = (1-p)h$.`,
  },
  checkCaption: {
    zh: '每一列：单元、激活值 h、这一层测试时的输出、当前这一步的掩码与 h′，以及 h′ 在前 K 个掩码上的平均（K = 10、100、1000、10000）。',
    en: 'Columns: the unit, its activation h, the layer’s output at test time, the current step’s mask and h′, and the mean of h′ over the first K masks (K = 10, 100, 1000, 10000).',
  },
  checkError: {
    zh: '10000 个掩码后，平均值与 $h$ 的最大偏差是 {err}；保留比例 {share}。',
    en: 'After 10000 masks the largest difference between the average and $h$ is {err}; the share kept is {share}.',
  },
  checkErrorBook: {
    zh: '10000 个掩码后，平均值与 $(1-p)h$ 的最大偏差是 {err}；保留比例 {share}。',
    en: 'After 10000 masks the largest difference between the average and $(1-p)h$ is {err}; the share kept is {share}.',
  },
  evalNote: {
    zh: '评估时不用掩码：上面倒置丢弃法网络的训练准确率和测试准确率，是在所有单元保留、不做缩放的网络上测得的。',
    en: 'Evaluation uses no mask: the inverted-dropout network’s training and test accuracies above are measured with every unit kept and nothing scaled.',
  },
  evalNoteBook: {
    zh: '评估时不用掩码：上面《深度学习入门》写法的网络的训练准确率和测试准确率，是在所有单元保留、每个单元乘以 $1-p$ 的网络上测得的。',
    en: 'Evaluation uses no mask: the book-variant network’s training and test accuracies above are measured with every unit kept and every unit multiplied by $1-p$.',
  },

  curvesTitle: { zh: '故意制造过拟合', en: 'Overfitting on purpose' },
  curvesIntro: {
    zh: `为了让过拟合一眼可见，我们只拿 {n} 张 MNIST 手写数字来训练一个很深的网络：7 层（6 个各有 100 个 ReLU 单元的隐藏层，加输出层），He 初始化，随机梯度下降，批量 100。三个网络从同一个随机种子出发——初始权重相同、批次顺序相同，两个丢弃网络的掩码也相同：一个不用丢弃，一个在每个隐藏层后面做倒置丢弃，一个用《深度学习入门》的写法，丢弃概率都是 $p$。准确率每个周期在 {nTest} 张测试数字上测一次，全部在你的浏览器里真实计算。`,
    en: `To make overfitting plain, we train a deep network on only {n} MNIST digits: 7 layers (6 hidden layers of 100 ReLU units, plus the output layer), He initialization, SGD with batch 100. All three networks start from the same seed, so the same initial weights and batch order, and the two dropout networks draw the same masks: one has no dropout, one applies inverted dropout after every hidden layer, one the book’s variant, both with ratio $p$. Accuracy is measured after every epoch on {nTest} test digits, all computed live in your browser.`,
  },
  curvesCaption: {
    zh: '每个周期结束时的训练准确率（实线）和测试准确率（虚线）；橙色：不用丢弃；蓝色：倒置丢弃法；绿色：《深度学习入门》的写法；丢弃概率都是 p = {p}。',
    en: 'Training accuracy (solid) and test accuracy (dashed) after each epoch; orange: no dropout; blue: inverted dropout; green: the book’s dropout; both with p = {p}.',
  },
  seriesTrain: { zh: '{net}·训练', en: '{net} · train' },
  seriesTest: { zh: '{net}·测试', en: '{net} · test' },
  netNone: { zh: '无丢弃', en: 'no dropout' },
  netInverted: { zh: '倒置丢弃', en: 'inverted' },
  netBook: { zh: '书中写法', en: 'book’s' },
  epoch: { zh: '周期', en: 'epoch' },
  accuracy: { zh: '准确率', en: 'accuracy' },
  counter: { zh: '第 {k} / {n} 个周期 · 第 {s} 次更新', en: 'Epoch {k} of {n} · update {s}' },
  reading: {
    zh: '第 {epoch} 个周期。不用丢弃：训练 {trainNone}，测试 {testNone}，差距 {gapNone} 个百分点。倒置丢弃（p = {p}）：训练 {trainInv}，测试 {testInv}，差距 {gapInv} 个百分点。书中写法（p = {p}）：训练 {trainBook}，测试 {testBook}，差距 {gapBook} 个百分点。',
    en: 'Epoch {epoch}. Without dropout: train {trainNone}, test {testNone}, a gap of {gapNone} points. Inverted dropout (p = {p}): train {trainInv}, test {testInv}, a gap of {gapInv} points. The book’s dropout (p = {p}): train {trainBook}, test {testBook}, a gap of {gapBook} points.',
  },
  verdictNarrower: {
    zh: '{net}把差距缩小了 {diff} 个百分点。',
    en: '{net} narrows the gap by {diff} points.',
  },
  verdictSimilar: {
    zh: '{net}的差距与不用丢弃时相差不到 2 个百分点，看不出区别（p 很小，或者它也已经把训练集背下来了）。',
    en: 'The gaps of {net} and of the plain network are within 2 points of each other (p is small, or it has memorised its training set too).',
  },
  verdictWider: {
    zh: '这里{net}的差距反而更大：并不是每一组设置下丢弃法都能缩小差距（见下面的“动手试试”）。',
    en: 'Here the gap of {net} is the larger one: dropout does not narrow the gap at every setting (see “Things to try” below).',
  },
  verdictNetInverted: { zh: '倒置丢弃法', en: 'Inverted dropout' },
  verdictNetBook: { zh: '书中写法的丢弃法', en: 'The book’s dropout' },
  curvesAfter: {
    zh: `原文（《深度学习入门》第 6 章）的图用的是书中写法，$p = 0.2$、300 张训练数字、301 个周期：带丢弃的网络训练准确率远没有到 100%，训练与测试的差距也变小了。作者还提醒：用了丢弃，测试准确率不一定就更高，它还取决于其他超参数；他把 $p$ 从 0.2 换成 0.15 再试，准确率明显回升。把左边的 $p$ 调到 0.2、周期数调到 301，就是书里的设置（测试数字少一些：这里 {nTest} 张，书里 10000 张）；图下面的读数写出这一次实际得到的数字。`,
    en: `The book’s figure (“Deep Learning from Scratch”, ch. 6) uses the book’s variant with $p = 0.2$, 300 training digits and 301 epochs: the dropout network’s training accuracy stays far from 100% and its train–test gap is smaller. The author adds a caution: dropout does not by itself raise test accuracy, which also depends on the other hyperparameters; with $p = 0.15$ instead of 0.2 accuracy recovered markedly. Set $p$ to 0.2 and the epochs to 301 for the book’s settings (with fewer test digits: {nTest} here, 10 000 in the book); the reading under the chart gives the numbers this run actually reaches.`,
  },
  pythonTitle: { zh: '自己运行', en: 'Run it yourself' },
  pythonRun: {
    zh: '图下的 Python 按钮下载 **dropout-curves.py**：一个只用 numpy 和标准库的脚本，带着当前的 $p$、η、周期数、样本数和种子，写有 Affine、ReLU、Dropout、softmax 交叉熵几个层的类。**python3 dropout-curves.py** 从本站下载同一份 MNIST 子集（逐个文件核对 SHA-256，不符就停止），**python3 dropout-curves.py --data DIR** 读本地文件夹（本站仓库里的 public/data）。它按网页 CPU 引擎的运算顺序训练这三个网络：同样的初始权重、同样的批次顺序、同一个随机数生成器给出的同样的丢弃掩码、同样的 float32 舍入；打印图中的数据表（CSV：variant, epoch, train_acc, test_acc），数字与网页的 CPU 引擎一致（网页在 WebGPU 上训练时，准确率可能有一两个样本之差）。numpy 里每个网络每个周期大约要一秒，默认的 300 个周期要跑一阵子。',
    en: 'The Python button under the figure downloads **dropout-curves.py**: a script that needs only numpy and the standard library, with the current $p$, η, epochs, digits and seed written in, and a class for each layer (Affine, ReLU, Dropout, softmax cross-entropy). **python3 dropout-curves.py** downloads the same MNIST subset from this site (each file checked against its SHA-256; a mismatch stops it), **python3 dropout-curves.py --data DIR** reads a local folder (public/data of the site’s repository). It trains the three networks in the page’s CPU engine order of operations: the same initial weights, the same batch order, the same dropout masks from the same random number generator, the same float32 rounding; it prints the figure’s data table (CSV: variant, epoch, train_acc, test_acc) with the numbers of the page’s CPU engine (when the page trains on WebGPU, an accuracy may differ by a digit or two). In numpy a network takes about a second per epoch, so the default 300 epochs take a while.',
  },
  diverged: {
    zh: '{variant}在第 {step} 次更新时发散（出现 NaN/∞）：学习率太大，调小一点再试。',
    en: 'The {variant} diverged at update {step} (NaN/∞): the learning rate is too large; lower it and try again.',
  },
  variantNone: { zh: '不用丢弃的网络', en: 'network without dropout' },
  variantInverted: { zh: '倒置丢弃法的网络', en: 'inverted-dropout network' },
  variantBook: { zh: '书中写法的网络', en: 'book-variant network' },

  ensembleTitle: { zh: '丢弃法是一种集成', en: 'Dropout as an ensemble' },
  ensemble: {
    zh: `集成学习是让几个结构相同或相近的网络各自训练，预测时取它们输出的平均，通常能把准确率再提高几个百分点。

丢弃法用一个网络做到了类似的事。每一步、每个样本的掩码都挑出原网络的一个“子网络”：有 $M$ 个可丢弃单元时，保留 $k$ 个单元的子网络有 $C_M^k$ 种，合起来一共 $C_M^0 + C_M^1 + \\dots + C_M^M = 2^M$ 种。所有子网络共享同一套权重，每一步只训练其中很少几个。预测时用不丢弃、（在倒置丢弃法里）不再缩放的完整网络，它近似于把这些子网络的输出平均起来。原文的非倒置写法在训练时只清零、不放大，于是测试时要把每个单元的输出乘以 $1-p$；倒置丢弃法把这一步挪到了训练时。`,
    en: `An ensemble trains several networks of the same or similar shape separately and averages their outputs at prediction time, which often adds a few points of accuracy.

Dropout gets something similar out of one network. Each step's mask, for each sample, picks one sub-network of the full net: with $M$ droppable units there are $C_M^k$ sub-networks that keep $k$ units, and $C_M^0 + C_M^1 + \\dots + C_M^M = 2^M$ in all. They all share one set of weights, and each step trains only a handful of them. Prediction uses the full network with nothing dropped and (in inverted dropout) nothing scaled, which approximates averaging the outputs of those sub-networks. The book's non-inverted version only zeroes units in training, so at test time it multiplies each unit's output by $1-p$; inverted dropout moves that factor into training.`,
  },
  ensembleSmall: {
    zh: '一个小例子：5 个隐藏单元时，$C_5^0 + \\dots + C_5^5$ = {terms} = {total} 个子网络。',
    en: 'A small case: with 5 hidden units, $C_5^0 + \\dots + C_5^5$ = {terms} = {total} sub-networks.',
  },
  ensembleBig: {
    zh: '这里的网络有 $M$ = {layers} × {units} = {M} 个可丢弃单元（输出层不丢弃），于是有 $2^{{M}} \\approx {mantissa} \\times 10^{{exponent}}$ 个子网络。',
    en: 'The network here has $M$ = {layers} × {units} = {M} droppable units (the output layer is never dropped), so there are $2^{{M}} \\approx {mantissa} \\times 10^{{exponent}}$ sub-networks.',
  },
  ensembleSoFar: {
    zh: '到第 {steps} 次更新为止，每个丢弃网络每步给 {batch} 个样本各抽一个掩码，最多训练过 {count} 个不同的子网络——只占全部子网络中微不足道的一小部分，却共享同一套权重。',
    en: 'By update {steps} each dropout network has drawn one mask per sample, {batch} per step: at most {count} distinct sub-networks trained, a vanishing fraction of them all, every one sharing the same weights.',
  },

  try: {
    zh: `1. 按几次“单步”：每次更新都换一个新掩码，大约 $p$ 比例的单元变灰。把“画出的隐藏层”换一层，掩码也不同。

2. 把 $p$ 调到 0：三个网络完全相同（同样的种子），三组曲线重合。

3. 把 $p$ 调到 0.5 或更大：6 层都丢掉一半，网络几乎学不动，训练和测试准确率都很低——这是欠拟合，不是好的正则化。

4. 试试原文的 $p = 0.2$，再试 $p = 0.15$：比较两个丢弃网络的训练准确率各自能到多高、差距各有多大（看图下面的读数）。$p$ 要在“差距小”和“学得动”之间权衡。

5. 把训练样本数加到 2000：数据多了，不用丢弃的网络本身过拟合也轻了很多。

6. 把学习率调大到 0.1：三个网络都学得更快；看看丢弃网络在差距上的优势能不能随着周期增加保持下去。`,
    en: `1. Press Step a few times: every update draws a new mask, and about a share $p$ of the units turn grey. Pick another hidden layer to draw; its mask differs.

2. Set $p$ to 0: the three networks are identical (same seed), and their curves coincide.

3. Set $p$ to 0.5 or more: with half of every one of 6 layers gone, the network barely learns and both accuracies stay low. That is underfitting, not good regularization.

4. Try the book's $p = 0.2$, then $p = 0.15$: compare how high each dropout network's training accuracy gets and how wide each gap is (the reading under the chart). Choosing $p$ trades a small gap against being able to learn at all.

5. Raise the training digits to 2000: with more data the plain network overfits far less on its own.

6. Raise the learning rate to 0.1: every network learns faster; watch whether the dropout networks keep their advantage in the gap as the epochs go by.`,
  },
} satisfies Record<string, Text>;

/** Text of the section comparing inverted dropout with the book's (Variants.tsx). */
export const VARIANTS_TEXT = {
  title: { zh: '倒置丢弃法与书中写法：因子 1 − p 放在哪里', en: 'Inverted dropout or the book’s: where the factor 1 − p goes' },
  intro: {
    zh: `两种写法用同一个掩码 $\\xi$（以概率 $p$ 取 0），区别只在于因子 $1-p$ 放在哪里：倒置丢弃法在训练时把保留的单元除以 $1-p$，测试时什么也不做；《深度学习入门》（common/layers.py 里的 Dropout）训练时只乘掩码，测试时把每个单元乘以 $1-p$。因为 $E[\\xi] = 1-p$，两种写法里训练输出的期望都等于测试时的输出。`,
    en: `Both variants use the same mask $\\xi$ (0 with probability $p$); they differ only in where the factor $1-p$ goes. Inverted dropout divides the kept units by $1-p$ in training and does nothing at test time; “Deep Learning from Scratch” (the Dropout class in common/layers.py) only applies the mask in training and multiplies every unit by $1-p$ at test time. Since $E[\\xi] = 1-p$, in both variants the expected training output equals the test-time output.`,
  },
  training: { zh: '训练', en: 'training' },
  test: { zh: '测试', en: 'test' },
  inverted: { zh: '倒置丢弃法', en: 'inverted' },
  book: { zh: '书中写法', en: 'the book’s' },
  why: {
    zh: `为什么书中写法在这个深网络里学得慢？把一层的输出乘以 $1-p$，等于把下一层的权重乘以 $1-p$。所以权重为 $W$ 的书中写法网络，训练和测试时都和“每个丢弃层之后的权重换成 $(1-p)W$”的倒置丢弃网络算得完全一样。这个等价网络：

一、一开始就像 {layers} 个丢弃层的 He 初始化都小了 $1-p$ 倍；ReLU 把尺度原样传下去，所以到达输出层的信号只有倒置丢弃网络的 $(1-p)^{{layers}}$，$p = {p}$ 时约为 {signal}。

二、对 $W$ 走一步 $\\eta$，等价权重只走 $(1-p)^2\\eta$（这里是 {lrFactor} 倍）：学习率更小。

两点都让训练变慢。还没学会训练集的网络，训练准确率低，差距自然也小：这个小差距来自学得慢，不全是更强的正则化。倒置丢弃法让训练时的信号保持原来的大小，He 初始化和学习率的意义不变，所以各个框架都这样写。`,
    en: `Why does the book’s variant learn slowly in this deep network? Multiplying a layer’s output by $1-p$ is the same as multiplying the next layer’s weights by $1-p$. So the book’s network with weights $W$ computes exactly what an inverted-dropout network with $(1-p)W$ after every dropout layer computes, in training and at test time. That equivalent network:

1. starts as if the He initialization of all {layers} dropout layers were $1-p$ times too small; ReLU passes a scale straight through, so the signal reaching the output is $(1-p)^{{layers}}$ of the inverted network’s, about {signal} at $p = {p}$;

2. moves by only $(1-p)^2\\eta$ when $W$ takes a step of $\\eta$ (here {lrFactor} times): a smaller learning rate.

Both slow training down. A network that has not yet learned its training digits has a low training accuracy and, with it, a small gap: that small gap comes from learning slowly, not only from stronger regularization. Inverted dropout keeps the training signal at full size, so He initialization and the learning rate mean what they say; that is why frameworks use it.`,
  },
  reading: {
    zh: '这一次运行，第 {epoch} 个周期（同一个种子、同样的掩码，p = {p}）：倒置丢弃法训练 {trainInv}、测试 {testInv}（差距 {gapInv} 个百分点）；书中写法训练 {trainBook}、测试 {testBook}（差距 {gapBook} 个百分点）。',
    en: 'This run at epoch {epoch} (same seed, same masks, p = {p}): inverted dropout trains to {trainInv} with {testInv} on test (a gap of {gapInv} points); the book’s variant trains to {trainBook} with {testBook} on test (a gap of {gapBook} points).',
  },
  bookSlower: {
    zh: '书中写法学得慢：训练准确率低了 {diff} 个百分点。',
    en: 'The book’s variant learns slower: its training accuracy is {diff} points lower.',
  },
  bookSimilar: {
    zh: '两者的训练准确率相差不到 2 个百分点（p 很小，或者两个网络都已经学会了训练集）。',
    en: 'Their training accuracies are within 2 points of each other (p is small, or both networks have learned their training digits).',
  },
  bookFaster: {
    zh: '这里书中写法的训练准确率反而高了 {diff} 个百分点。',
    en: 'Here the book’s variant has the higher training accuracy, by {diff} points.',
  },
  bookCode: {
    zh: '作为对照，我们在页面之外运行了书里自己的代码（ch06/overfit_dropout.py 和它的 Dropout 类，300 张训练数字、$p = 0.2$、301 个周期、10000 张测试数字，三个随机种子）：最后的训练/测试准确率是 0.62/0.49、0.68/0.56、0.60/0.48；同一份代码换成倒置丢弃法是 0.99/0.72、0.97/0.74、0.98/0.73；不用丢弃是 1.00/0.76、1.00/0.76、1.00/0.75。书中写法那张“训练准确率远不到 100%、差距小”的图，主要就是这个因子造成的。',
    en: 'For comparison we ran the book’s own code outside this page (ch06/overfit_dropout.py with its Dropout class: 300 training digits, $p = 0.2$, 301 epochs, 10 000 test digits, three random seeds). It ended at training/test accuracy 0.62/0.49, 0.68/0.56 and 0.60/0.48; the same code with inverted dropout ended at 0.99/0.72, 0.97/0.74 and 0.98/0.73, and without dropout at 1.00/0.76, 1.00/0.76 and 1.00/0.75. The book’s figure, with training accuracy far from 100% and a small gap, comes mostly from this factor.',
  },
} satisfies Record<string, Text>;
