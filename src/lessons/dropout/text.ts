// Lesson text of "dropout", written for this site in 中文 and English (facts from seed 000 §4, seed 004 §四, seed 002).
import type { Text } from '../../state/i18n';

export const TEXT = {
  intro: {
    zh: `权重衰减之外，对付过拟合最常用的办法是丢弃法（dropout）。这里讲的是“倒置丢弃法”（inverted dropout），也是今天各个框架里的默认做法。

看一个隐藏层。它的第 $i$ 个单元算出 $h_i = \\phi(x_1 w_{1i} + \\dots + x_d w_{di} + b_i)$，$\\phi$ 是激活函数。训练时，每处理一个样本就给每个单元掷一次硬币：记 $\\xi_i$ 为一个随机变量，取 0 的概率是 $p$，取 1 的概率是 $1-p$。单元的输出换成

$h_i' = \\dfrac{\\xi_i}{1-p}\\, h_i$

也就是说，单元以概率 $p$ 被清零，否则被放大 $1/(1-p)$ 倍。$p$ 叫丢弃概率，是一个超参数。因为 $E[\\xi_i] = 1-p$，所以 $E[h_i'] = \\frac{1-p}{1-p} h_i = h_i$：丢弃不改变这一层输出的期望。

被清零的单元在这一步里就像不存在：下一层的计算不用它，反向传播时连到它的权重梯度也都是 0。哪些单元被清零每一步都不同，所以下一层没法过分依赖其中任何一个——这正是正则化的效果。测试（评估）时不再丢弃，所有单元都保留，也不再缩放，结果是确定的。`,
    en: `Besides weight decay, the most common remedy for overfitting is dropout. This lesson uses inverted dropout, the variant every framework uses today.

Take one hidden layer. Its unit $i$ computes $h_i = \\phi(x_1 w_{1i} + \\dots + x_d w_{di} + b_i)$, where $\\phi$ is the activation function. During training, for every sample, each unit gets a coin flip: a random variable $\\xi_i$ that is 0 with probability $p$ and 1 with probability $1-p$. The unit's output becomes

$h_i' = \\dfrac{\\xi_i}{1-p}\\, h_i$

so the unit is zeroed with probability $p$ and otherwise stretched by $1/(1-p)$. The dropout ratio $p$ is a hyperparameter. Because $E[\\xi_i] = 1-p$, we get $E[h_i'] = \\frac{1-p}{1-p} h_i = h_i$: dropout leaves the expected output of the layer unchanged.

A zeroed unit is absent for that step: the next layer computes without it, and backpropagation gives every weight attached to it a zero gradient. Which units vanish changes from step to step, so the next layer cannot lean too hard on any one of them. That is the regularizing effect. At test (evaluation) time nothing is dropped and nothing is scaled: every unit is kept and the output is deterministic.`,
  },

  maskTitle: { zh: '这一步的掩码', en: 'The mask of this step' },
  maskCaption: {
    zh: '带丢弃法的网络在最近一次训练更新中，第 {layer} 个隐藏层对小批量第 1 个样本用的掩码。左：前 {shown} 个单元，灰色虚线圈是被清零的单元，它们没有向下一层的连线；右：这一层全部 {units} 个单元。',
    en: 'The mask the dropout network used in hidden layer {layer} for the first sample of its latest mini-batch. Left: the first {shown} units; grey dashed circles are zeroed units, with no connections to the next layer. Right: all {units} units of the layer.',
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
  checkTitle: { zh: '检验 E[h′] = h', en: 'Checking E[h′] = h' },
  scaleNow: {
    zh: '这个网络的每个隐藏层都用 $p = {p}$，保留下来的单元乘以 $\\frac{1}{1-p} = {scale}$。',
    en: 'Every hidden layer of this network uses $p = {p}$; kept units are multiplied by $\\frac{1}{1-p} = {scale}$.',
  },
  keptRow: {
    zh: '上图这一行：{units} 个单元保留了 {kept} 个（期望 {expected} 个）。整个小批量、全部 {layers} 个隐藏层：保留比例 {share}（期望 $1-p$ = {keep}）。',
    en: 'The row drawn above keeps {kept} of {units} units (expected {expected}). The whole mini-batch over all {layers} hidden layers keeps {share} of its units (expected $1-p$ = {keep}).',
  },
  checkIntro: {
    zh: `下面用引擎自己的丢弃代码做一次检验：取 8 个示例激活值 $h$（ReLU 的输出，非负），用这个网络第 {layer} 个隐藏层第 1 行在第 1、2、… 次更新时用过的掩码算出 $h'$，再对越来越多的掩码求平均。平均值逼近 $h$，这就是 $E[h'] = h$。`,
    en: `A check with the engine’s own dropout code: take 8 example activations $h$ (ReLU outputs, non-negative), apply the masks this network drew for row 1 of hidden layer {layer} at updates 1, 2, …, and average $h'$ over more and more masks. The average approaches $h$: that is $E[h'] = h$.`,
  },
  checkCaption: {
    zh: '每一列：单元、激活值 h、当前这一步的掩码与 h′，以及 h′ 在前 K 个掩码上的平均（K = 10、100、1000、10000）。',
    en: 'Columns: the unit, its activation h, the current step’s mask and h′, and the mean of h′ over the first K masks (K = 10, 100, 1000, 10000).',
  },
  checkError: {
    zh: '10000 个掩码后，平均值与 $h$ 的最大偏差是 {err}；保留比例 {share}。',
    en: 'After 10000 masks the largest difference between the average and $h$ is {err}; the share kept is {share}.',
  },
  evalNote: {
    zh: '评估时不用掩码：上面的训练准确率和测试准确率都是在所有单元保留、不做缩放的网络上测得的。',
    en: 'Evaluation uses no mask: the training and test accuracies above are measured with every unit kept and nothing scaled.',
  },

  curvesTitle: { zh: '故意制造过拟合', en: 'Overfitting on purpose' },
  curvesIntro: {
    zh: `为了让过拟合一眼可见，我们只拿 {n} 张 MNIST 手写数字来训练一个很深的网络：7 层（6 个各有 100 个 ReLU 单元的隐藏层，加输出层），He 初始化，随机梯度下降，批量 100。两个网络从同一个随机种子出发——初始权重相同、批次顺序相同——唯一的区别是右边那个在每个隐藏层后面都做丢弃。准确率每个周期在 {nTest} 张测试数字上测一次，全部在你的浏览器里真实计算。`,
    en: `To make overfitting plain, we train a deep network on only {n} MNIST digits: 7 layers (6 hidden layers of 100 ReLU units, plus the output layer), He initialization, SGD with batch 100. Both networks start from the same seed, so the same initial weights and the same batch order; the only difference is that one applies dropout after every hidden layer. Accuracy is measured after every epoch on {nTest} test digits, all computed live in your browser.`,
  },
  curvesCaption: {
    zh: '每个周期结束时的训练准确率（实线）和测试准确率（虚线）；橙色：不用丢弃；蓝色：丢弃概率 p = {p}。',
    en: 'Training accuracy (solid) and test accuracy (dashed) after each epoch; orange: no dropout; blue: dropout with p = {p}.',
  },
  seriesNoneTrain: { zh: '无丢弃·训练', en: 'no dropout · train' },
  seriesNoneTest: { zh: '无丢弃·测试', en: 'no dropout · test' },
  seriesDropTrain: { zh: '丢弃·训练', en: 'dropout · train' },
  seriesDropTest: { zh: '丢弃·测试', en: 'dropout · test' },
  epoch: { zh: '周期', en: 'epoch' },
  accuracy: { zh: '准确率', en: 'accuracy' },
  counter: { zh: '第 {k} / {n} 个周期 · 第 {s} 次更新', en: 'Epoch {k} of {n} · update {s}' },
  reading: {
    zh: '第 {epoch} 个周期。不用丢弃：训练 {trainNone}，测试 {testNone}，差距 {gapNone} 个百分点。用丢弃（p = {p}）：训练 {trainDrop}，测试 {testDrop}，差距 {gapDrop} 个百分点。',
    en: 'Epoch {epoch}. Without dropout: train {trainNone}, test {testNone}, a gap of {gapNone} points. With dropout (p = {p}): train {trainDrop}, test {testDrop}, a gap of {gapDrop} points.',
  },
  verdictNarrower: {
    zh: '丢弃法把差距缩小了 {diff} 个百分点。',
    en: 'Dropout narrows the gap by {diff} points.',
  },
  verdictSimilar: {
    zh: '两个差距相差不到 2 个百分点，看不出区别（p 很小，或者带丢弃的网络也已经把训练集背下来了）。',
    en: 'The two gaps are within 2 points of each other (p is small, or the dropout net has memorised its training set too).',
  },
  verdictWider: {
    zh: '这里带丢弃的网络差距反而更大：并不是每一组设置下丢弃法都能缩小差距（见下面的“动手试试”）。',
    en: 'Here the dropout net’s gap is the larger one: dropout does not narrow the gap at every setting (see “Things to try” below).',
  },
  curvesAfter: {
    zh: `原文的实验里，不用丢弃时训练准确率几乎到了 100%，测试准确率却远远落后；用了丢弃，两者的差距变小了，训练准确率也不再到 100%。同样要注意原文作者的提醒：用了丢弃，测试准确率不一定就更高——它还取决于其他超参数。原文用 $p = 0.2$ 再试了 $p = 0.15$，准确率明显回升。`,
    en: `In the book’s experiment the plain network reaches almost 100% training accuracy while its test accuracy lags far behind; with dropout the gap shrinks and training accuracy no longer reaches 100%. Heed the author’s caution too: dropout does not by itself raise test accuracy, which also depends on the other hyperparameters. The book ran $p = 0.2$, then $p = 0.15$, and accuracy recovered markedly.`,
  },
  diverged: {
    zh: '{variant}在第 {step} 次更新时发散（出现 NaN/∞）：学习率太大，调小一点再试。',
    en: 'The {variant} diverged at update {step} (NaN/∞): the learning rate is too large; lower it and try again.',
  },
  variantNone: { zh: '不用丢弃的网络', en: 'network without dropout' },
  variantDropout: { zh: '带丢弃的网络', en: 'dropout network' },

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
    zh: '到第 {steps} 次更新为止，带丢弃的网络每步给 {batch} 个样本各抽一个掩码，最多训练过 {count} 个不同的子网络——只占全部子网络中微不足道的一小部分，却共享同一套权重。',
    en: 'By update {steps} the dropout network has drawn one mask per sample, {batch} per step: at most {count} distinct sub-networks trained, a vanishing fraction of them all, every one sharing the same weights.',
  },

  try: {
    zh: `1. 按几次“单步”：每次更新都换一个新掩码，大约 $p$ 比例的单元变灰。把“画出的隐藏层”换一层，掩码也不同。

2. 把 $p$ 调到 0：两个网络完全相同（同样的种子），两组曲线重合。

3. 把 $p$ 调到 0.5 或更大：6 层都丢掉一半，网络几乎学不动，训练和测试准确率都很低——这是欠拟合，不是好的正则化。

4. 试试原文的 $p = 0.2$ 和 $p = 0.15$：差距比 0.3 时大，但训练和测试准确率都更高，300 个周期后测试准确率与不用丢弃的网络相当。$p$ 要在“差距小”和“学得动”之间权衡。

5. 把训练样本数加到 2000：数据多了，不用丢弃的网络本身过拟合也轻了很多。

6. 把学习率调大到 0.1：两个网络学得都快，带丢弃的网络更早把训练集背下来，差距的优势会随着周期增加而缩小。`,
    en: `1. Press Step a few times: every update draws a new mask, and about a share $p$ of the units turn grey. Pick another hidden layer to draw; its mask differs.

2. Set $p$ to 0: the two networks are identical (same seed), and their curves coincide.

3. Set $p$ to 0.5 or more: with half of every one of 6 layers gone, the network barely learns and both accuracies stay low. That is underfitting, not good regularization.

4. Try the book's $p = 0.2$ and $p = 0.15$: the gap is wider than at 0.3, but accuracy is higher, and after 300 epochs the test accuracy is about that of the plain network. Choosing $p$ trades a small gap against being able to learn at all.

5. Raise the training digits to 2000: with more data the plain network overfits far less on its own.

6. Raise the learning rate to 0.1: both networks learn fast, the dropout net memorises its training set sooner, and its advantage in the gap fades as the epochs go by.`,
  },
} satisfies Record<string, Text>;
