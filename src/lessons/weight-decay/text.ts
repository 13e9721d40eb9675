// Lesson text of "weight-decay", written for this site in 中文 and English (facts from seed 000 §3, seed 004 §四, seed 002, d2l).
import type { Text } from '../../state/i18n';

export const TEXT = {
  intro: {
    zh: `过拟合的模型常靠很大的权重去迁就训练数据里的噪声。权重衰减把权重的大小也算进损失，让优化在“拟合数据”和“权重小”之间取舍。最常见的是 L2 惩罚：

$L(\\mathbf w, b) + \\dfrac{\\lambda}{2}\\|\\mathbf w\\|^2$

$\\lambda \\ge 0$ 是超参数：$\\lambda = 0$ 就是原来的损失，$\\lambda$ 越大，对大权重罚得越重。前面的 $\\frac12$ 让惩罚项的梯度正好是 $\\lambda\\mathbf w$。于是小批量随机梯度下降的一步变成

$\\mathbf w \\leftarrow (1 - \\eta\\lambda)\\,\\mathbf w - \\eta\\,\\nabla_{\\mathbf w} L$

每一步先把权重按比例缩小 $1-\\eta\\lambda$ 倍，再沿数据的梯度走——“权重衰减”的名字就是这么来的。惩罚只加在权重上，偏置 $b$ 不受罚。`,
    en: `An overfit model often leans on large weights to follow the noise in its training data. Weight decay counts the size of the weights as part of the loss, so the optimizer must trade fitting the data against keeping the weights small. The usual choice is the L2 penalty:

$L(\\mathbf w, b) + \\dfrac{\\lambda}{2}\\|\\mathbf w\\|^2$

The hyperparameter $\\lambda \\ge 0$ sets the price: $\\lambda = 0$ gives back the original loss; a larger $\\lambda$ punishes large weights harder. The $\\frac12$ makes the penalty's gradient exactly $\\lambda\\mathbf w$. One step of mini-batch SGD then reads

$\\mathbf w \\leftarrow (1 - \\eta\\lambda)\\,\\mathbf w - \\eta\\,\\nabla_{\\mathbf w} L$

Every step first scales the weights down by the factor $1-\\eta\\lambda$ and then follows the data's gradient, hence the name. Only the weights are penalized; the bias $b$ is not.`,
  },

  linearTitle: { zh: '高维线性回归：参数比样本多', en: 'High-dimensional linear regression: more weights than examples' },
  linearIntro: {
    zh: `d2l 的实验：数据由 $y = 0.05 + \\sum_{i=1}^{200} 0.01\\,x_i + \\epsilon$ 生成，$x_i \\sim N(0,1)$，噪声 $\\epsilon \\sim N(0, 0.01^2)$。只有 20 个训练样本，却有 200 个权重，模型足以把训练集拟合得分毫不差；测试集 100 个样本。权重初始化为 $N(0,1)$，批量 5，学习率 0.003，训练 {epochs} 个周期，损失是 $\\frac12(\\hat y - y)^2$。下面每个 λ 都是一个网络，全部在你的浏览器里作为一个“种群”同时训练：数据、初始权重和批次顺序都相同，只有 λ 不同。`,
    en: `d2l's experiment: data from $y = 0.05 + \\sum_{i=1}^{200} 0.01\\,x_i + \\epsilon$ with $x_i \\sim N(0,1)$ and noise $\\epsilon \\sim N(0, 0.01^2)$. There are only 20 training examples for 200 weights, enough for the model to fit its training set exactly; the test set has 100. Weights start from $N(0,1)$, batch 5, learning rate 0.003, {epochs} epochs, loss $\\frac12(\\hat y - y)^2$. Every λ below is one model, all trained at once in your browser as one population: same data, same initial weights, same batch order; only λ differs.`,
  },
  curvesTitle: { zh: '损失与权重范数', en: 'Loss and weight norm' },
  curvesCaption: {
    zh: '左：每个周期结束时训练集（实线）与测试集（虚线）上的平均平方损失，对数坐标；右：权重的 L2 范数 ‖w‖₂。橙色 λ = 0，蓝色 λ = {lambda}。',
    en: 'Left: mean squared loss on the training set (solid) and test set (dashed) after each epoch, log scale. Right: the L2 norm ‖w‖₂ of the weights. Orange: λ = 0; blue: λ = {lambda}.',
  },
  seriesTrain: { zh: 'λ = {lambda}·训练', en: 'λ = {lambda} · train' },
  seriesTest: { zh: 'λ = {lambda}·测试', en: 'λ = {lambda} · test' },
  seriesNorm: { zh: 'λ = {lambda}', en: 'λ = {lambda}' },
  trainLoss: { zh: '训练损失', en: 'training loss' },
  testLoss: { zh: '测试损失', en: 'test loss' },
  epoch: { zh: '周期', en: 'epoch' },
  loss: { zh: '损失', en: 'loss' },
  wNorm: { zh: '‖w‖₂', en: '‖w‖₂' },
  epochCounter: { zh: '第 {k} / {n} 个周期', en: 'Epoch {k} of {n}' },
  curvesReading: {
    zh: '第 {epoch} 个周期。λ = 0：训练损失 {train0}，测试损失 {test0}，‖w‖₂ = {norm0}。λ = {lambda}：训练损失 {train}，测试损失 {test}，‖w‖₂ = {norm}。',
    en: 'Epoch {epoch}. λ = 0: training loss {train0}, test loss {test0}, ‖w‖₂ = {norm0}. λ = {lambda}: training loss {train}, test loss {test}, ‖w‖₂ = {norm}.',
  },
  curvesAfter: {
    zh: 'd2l 的结果：λ = 0 时训练损失几乎降到 0，测试损失却停在很高的地方，权重范数约 13——典型的过拟合；λ = 3 时训练损失略高，测试损失低得多，范数只剩约 0.4。',
    en: 'd2l’s result: at λ = 0 the training loss falls almost to zero while the test loss stays high and the weight norm is about 13, textbook overfitting; at λ = 3 the training loss is a little higher, the test loss far lower and the norm only about 0.4.',
  },

  sweepTitle: { zh: '扫描 λ：验证曲线', en: 'Sweeping λ: the validation curve' },
  sweepCaption: {
    zh: '每个 λ 训练到当前周期时的训练损失（实线）、测试损失（虚线）与 ‖w‖₂。横轴是对数坐标，最左边单独一格是 λ = 0。这里按测试损失读 λ 只为演示；真正选 λ 要用验证集。',
    en: 'Training loss (solid), test loss (dashed) and ‖w‖₂ of every λ at the current epoch. The λ axis is logarithmic; the separate slot on the far left is λ = 0. Reading λ off the test loss is for illustration only; choose λ on a validation set.',
  },
  lambdaAxis: { zh: 'λ', en: 'λ' },
  sweepAfter: {
    zh: `λ 很小时什么都没变：惩罚太轻，权重几乎还是初始化时的大小。λ 增大，训练损失上升，测试损失下降，两者的差距和权重范数一起缩小。λ 再大，测试损失不再下降，停在 0.01 附近——这正是 $\\mathbf w = 0$ 时的损失 $\\frac12 \\cdot 200 \\cdot 0.01^2$：20 个样本定不下 200 个权重，这个设置下能做到的最好也就是把权重压小。`,
    en: `Very small λ changes nothing: the penalty is too light, and the weights keep about their initial size. As λ grows the training loss rises, the test loss falls, and the gap between them shrinks along with the weight norm. Beyond that the test loss stops falling and levels off near 0.01, which is the loss of $\\mathbf w = 0$, $\\frac12 \\cdot 200 \\cdot 0.01^2$: 20 examples cannot pin down 200 weights, and the best this setting allows is to keep the weights small.`,
  },

  penaltyTitle: { zh: '½λ‖w‖² 与 λw：这次训练的数字', en: '½λ‖w‖² and λw, with this run’s numbers' },
  penaltyNow: {
    zh: '第 {epoch} 个周期后，λ = {lambda} 的模型 ‖w‖₂ = {norm}，惩罚项 $\\frac{\\lambda}{2}\\|\\mathbf w\\|^2 = \\frac{{lambda}}{2} \\times {norm}^2 = {penalty}$。它给每个权重的梯度加上 $\\lambda w_i$（下表前 8 个）。学习率 η = {lr} 时，每一步先把权重乘以 $1 - \\eta\\lambda = {factor}$；单是这一项，{steps} 步就会把权重缩小到原来的 $({factor})^{{steps}} = {shrink}$ 倍，初始的 ‖w‖₂ ≈ {init} 会缩到约 {shrunk}。',
    en: 'After epoch {epoch} the λ = {lambda} model has ‖w‖₂ = {norm}, so the penalty is $\\frac{\\lambda}{2}\\|\\mathbf w\\|^2 = \\frac{{lambda}}{2} \\times {norm}^2 = {penalty}$. It adds $\\lambda w_i$ to each weight’s gradient (the first 8 in the table). With learning rate η = {lr}, every step first multiplies the weights by $1 - \\eta\\lambda = {factor}$; on its own that factor shrinks them to $({factor})^{{steps}} = {shrink}$ of their size in {steps} steps, so the initial ‖w‖₂ ≈ {init} would come down to about {shrunk}.',
  },
  penaltyCaption: {
    zh: 'λ = {lambda} 的模型当前的前 8 个权重 $w_i$、惩罚项的梯度 $\\lambda w_i$，以及它在一步更新里带来的变化 $-\\eta\\lambda w_i$。',
    en: 'The first 8 weights $w_i$ of the λ = {lambda} model now, the penalty’s gradient $\\lambda w_i$, and the change it makes in one update, $-\\eta\\lambda w_i$.',
  },
  penaltyWaiting: { zh: '还没有训练：按“播放”或“单步”。', en: 'Nothing trained yet: press Play or Step.' },

  l1Title: { zh: 'L1 与 L2', en: 'L1 against L2' },
  l1Intro: {
    zh: `L1 惩罚是 $\\lambda_1\\|\\mathbf w\\|_1 = \\lambda_1 \\sum_i |w_i|$。它的（次）梯度是 $\\lambda_1\\,\\mathrm{sign}(w_i)$：不论权重多大，每一步都把它往 0 推同样的 $\\eta\\lambda_1$，小权重很快就到 0，于是得到稀疏的权重。L2 的梯度 $\\lambda w_i$ 与权重成正比：每一步把所有权重按同一比例缩小，大的缩得多，但没有一个会真正变成 0。

实话实说：这里的引擎和普通的随机梯度下降一样，用次梯度 $\\mathrm{sign}(w)$（取 $\\mathrm{sign}(0) = 0$）。权重到了 0 附近并不会停在 0 上，下一步会越过去，之后在 $\\pm\\eta\\lambda_1$ 之内来回跳。所以我们把 $|w| \\le \\eta\\lambda_1$（一步惩罚的大小）的权重算作“0”。近端方法（软阈值）能让它们精确地等于 0，本课没有用。`,
    en: `The L1 penalty is $\\lambda_1\\|\\mathbf w\\|_1 = \\lambda_1 \\sum_i |w_i|$. Its (sub)gradient $\\lambda_1\\,\\mathrm{sign}(w_i)$ has the same size for every weight: each step moves a weight towards 0 by $\\eta\\lambda_1$ however large it is, so small weights reach 0 soon and the weights turn sparse. The L2 gradient $\\lambda w_i$ is proportional to the weight: each step scales all weights down by the same factor, large ones by more, and none becomes exactly 0.

To be exact about it: the engine, like plain SGD, uses the subgradient $\\mathrm{sign}(w)$ with $\\mathrm{sign}(0) = 0$. A weight that gets near 0 does not stay there: the next step overshoots, and from then on it hops about 0 within $\\pm\\eta\\lambda_1$. So we count a weight as zero when $|w| \\le \\eta\\lambda_1$, the size of one penalty step. Proximal methods (soft thresholding) would set those weights to exactly 0; this lesson does not use them.`,
  },
  histTitle: { zh: '权重直方图：L1 与 L2', en: 'Weight histograms: L1 and L2' },
  histNote: {
    zh: '阴影带是 $|w| \\le \\eta\\lambda_1$，即算作“0”的范围。强度相同时，L1 把小权重推进阴影带，大权重只减去同样的一段；L2 把所有权重按同一比例缩小。',
    en: 'The shaded band is $|w| \\le \\eta\\lambda_1$, the range counted as zero. At equal strength L1 pushes the small weights into the band and takes the same amount off the large ones; L2 scales all weights down by one factor.',
  },
  histCaption: {
    zh: '训练后 200 个权重的直方图（同样的初始权重和批次）：左边 L1，λ₁ = {l1}；右边 L2，λ = {l1}。区间 [−{range}, {range}] 分成 {bins} 格，超出的计入两端。',
    en: 'Histograms of the 200 weights after training (same initial weights and batches): left L1 with λ₁ = {l1}, right L2 with λ = {l1}. [−{range}, {range}] in {bins} bins; weights beyond go to the end bins.',
  },
  histL1: { zh: 'L1：λ₁ = {l1}', en: 'L1: λ₁ = {l1}' },
  histL2: { zh: 'L2：λ = {l1}', en: 'L2: λ = {l1}' },
  histAxis: { zh: '权重 w', en: 'weight w' },
  histCount: { zh: '个数', en: 'count' },
  histReading: {
    zh: '第 {epoch} 个周期。L1：200 个权重中有 {k1} 个在 0 的 ±{eps} 之内（$\\lambda_1\\|\\mathbf w\\|_1$ = {pen1}，‖w‖₂ = {n1}）。L2：{k2} 个（$\\frac{\\lambda}{2}\\|\\mathbf w\\|^2$ = {pen2}，‖w‖₂ = {n2}）。',
    en: 'Epoch {epoch}. L1: {k1} of the 200 weights lie within ±{eps} of 0 ($\\lambda_1\\|\\mathbf w\\|_1$ = {pen1}, ‖w‖₂ = {n1}). L2: {k2} of 200 ($\\frac{\\lambda}{2}\\|\\mathbf w\\|^2$ = {pen2}, ‖w‖₂ = {n2}).',
  },

  mnistTitle: { zh: '故意过拟合的深网络：λ = 0 与 λ = {lambda}', en: 'A deliberately overfit deep net: λ = 0 against λ = {lambda}' },
  mnistIntro: {
    zh: `《深度学习入门》第 6 章的实验：只用 {n} 张 MNIST 手写数字训练一个 7 层网络（6 个各 100 个 ReLU 单元的隐藏层加输出层），He 初始化，随机梯度下降，批量 100。一个网络不加惩罚，另一个在损失上加 $\\frac{\\lambda}{2}\\sum_l \\|W_l\\|^2$（每一层的权重，反向传播时每层梯度加 $\\lambda W_l$）。两个网络同一个随机种子、同样的初始权重和批次。默认值就是原文的设置（η = 0.01，201 个周期，λ = 0.1）；唯一缩小的是测试集：每个周期在 {nTest} 张测试数字上测准确率，原文用全部 10000 张。自动测试为了省时间用 η = 0.1、30 个周期。`,
    en: `The experiment of chapter 6 of “Deep Learning from Scratch”: a 7-layer network (6 hidden layers of 100 ReLU units plus the output layer), He initialization, SGD with batch 100, trained on only {n} MNIST digits. One network has no penalty; the other adds $\\frac{\\lambda}{2}\\sum_l \\|W_l\\|^2$ over every layer's weights (so backpropagation adds $\\lambda W_l$ to each layer's gradient). Both share one seed, so the same initial weights and batches. The defaults are the book's settings (η = 0.01, 201 epochs, λ = 0.1); the one thing made smaller is the test set: accuracy is measured after every epoch on {nTest} test digits, where the book uses all 10 000. The automated tests use η = 0.1 and 30 epochs to save time.`,
  },
  mnistCurvesTitle: { zh: '训练与测试准确率', en: 'Training and test accuracy' },
  mnistCaption: {
    zh: '每个周期结束时的训练准确率（实线）与测试准确率（虚线）；橙色 λ = 0，蓝色 λ = {lambda}。',
    en: 'Training accuracy (solid) and test accuracy (dashed) after each epoch; orange: λ = 0; blue: λ = {lambda}.',
  },
  accuracy: { zh: '准确率', en: 'accuracy' },
  mnistCounter: { zh: '第 {k} / {n} 个周期', en: 'Epoch {k} of {n}' },
  mnistReading: {
    zh: '第 {epoch} 个周期。λ = 0：训练 {train0}，测试 {test0}。λ = {lambda}：训练 {train}，测试 {test}。最近 5 个周期的平均差距（训练 − 测试）：{gap0} 与 {gap} 个百分点。',
    en: 'Epoch {epoch}. λ = 0: train {train0}, test {test0}. λ = {lambda}: train {train}, test {test}. Mean gap (train − test) over the last 5 epochs: {gap0} against {gap} points.',
  },
  verdictNarrower: { zh: '权重衰减把差距缩小了 {diff} 个百分点。', en: 'Weight decay narrows the gap by {diff} points.' },
  verdictSimilar: { zh: '两个差距相差不到 2 个百分点，看不出区别。', en: 'The two gaps are within 2 points of each other.' },
  verdictWider: { zh: '这里加了权重衰减的网络差距反而更大。', en: 'Here the decayed network’s gap is the larger one.' },
  mnistAfter: {
    zh: '原文的结果：不加惩罚时训练准确率几乎到 100%，测试准确率远远落后；λ = 0.1 时训练准确率停在 100% 以下，差距缩小。差距小不等于测试准确率高：λ 太大时两者会一起变低。',
    en: 'The book’s result: without the penalty the training accuracy reaches almost 100% while the test accuracy lags far behind; at λ = 0.1 the training accuracy stays below 100% and the gap shrinks. A smaller gap is not the same as a higher test accuracy: with too large a λ both fall together.',
  },
  pythonTitle: { zh: '自己运行', en: 'Run it yourself' },
  pythonRun: {
    zh: '图下的 Python 按钮下载 **weight-decay-mnist.py**：一个只用 numpy 和标准库的脚本，带着当前的 λ、η、周期数、样本数和种子。**python3 weight-decay-mnist.py** 从本站下载同一份 MNIST 子集（逐个文件核对 SHA-256，不符就停止），**python3 weight-decay-mnist.py --data DIR** 读本地文件夹（本站仓库里的 public/data）。它按网页 CPU 引擎的运算顺序训练这两个网络（同样的初始权重、同样的批次顺序、同样的 float32 舍入），打印图中的数据表（CSV：lambda, epoch, train_acc, test_acc），数字与网页的 CPU 引擎一致（网页在 WebGPU 上训练时，准确率可能有一两个样本之差）。原文的 201 个周期在 numpy 里要跑几分钟。',
    en: 'The Python button under the figure downloads **weight-decay-mnist.py**: a script that needs only numpy and the standard library, with the current λ, η, epochs, digits and seed written in. **python3 weight-decay-mnist.py** downloads the same MNIST subset from this site (each file checked against its SHA-256; a mismatch stops it), **python3 weight-decay-mnist.py --data DIR** reads a local folder (public/data of the site’s repository). It trains both nets in the page’s CPU engine order of operations (the same initial weights, the same batch order, the same float32 rounding) and prints the figure’s data table (CSV: lambda, epoch, train_acc, test_acc) with the numbers of the page’s CPU engine (when the page trains on WebGPU, an accuracy may differ by a digit or two). The book’s 201 epochs take a few minutes in numpy.',
  },
  diverged: { zh: '有一个网络在第 {step} 次更新时发散（出现 NaN/∞）：把学习率或 λ 调小一点再试。', en: 'A network diverged at update {step} (NaN/∞): lower the learning rate or λ and try again.' },

  try: {
    zh: `1. 把 λ 从 0.001 慢慢拖到 30：蓝色的测试曲线下移、范数变小，训练损失则上升；到 λ = 30，训练和测试损失在 0.01 附近相遇——这是 $\\mathbf w = 0$ 的损失，模型干脆放弃了权重（欠拟合）。

2. λ = 3 时看右边的范数曲线：它大致按 $(1-\\eta\\lambda)^t$ 指数下降，与上面算出的数字对得上。

3. 把周期加到 1000：λ = 0.1 的模型也慢慢把权重压下去（‖w‖ 从约 12 降到约 4），测试损失跟着下降，λ = 0 的却纹丝不动。

4. 把 L1 的强度调到 3：几乎全部 200 个权重都落进 ±ηλ₁ 的阴影带；同样强度的 L2 留下一个围着 0 的钟形，只有约四分之一在带内。调到 0.1：L1 总共只能把权重推动 400 × 0.003 × 0.1 = 0.12，只有十来个本来就小的权重到了 0。

5. MNIST 部分把 λ 调到 1：差距消失了，但训练和测试准确率都掉到接近瞎猜的 10%——惩罚太重，网络学不动。`,
    en: `1. Drag λ slowly from 0.001 to 30: the blue test curve moves down and the norm falls while the training loss rises; at λ = 30 training and test loss meet near 0.01, the loss of $\\mathbf w = 0$. The model has given up on its weights (underfitting).

2. At λ = 3, watch the norm curve on the right: it falls roughly like $(1-\\eta\\lambda)^t$, matching the numbers computed above.

3. Raise the epochs to 1000: the λ = 0.1 model slowly pulls its weights down too (‖w‖ from about 12 to about 4) and its test loss follows, while λ = 0 does not move.

4. Set the L1 strength to 3: nearly all 200 weights land in the ±ηλ₁ band; L2 at the same strength leaves a bell around 0 with about a quarter inside the band. Set it to 0.1: L1 can move a weight only 400 × 0.003 × 0.1 = 0.12 in all, so only a dozen or so weights that started small reach 0.

5. In the MNIST part, set λ to 1: the gap disappears, but both accuracies fall to about 10%, chance level. The penalty is too heavy for the network to learn.`,
  },
} satisfies Record<string, Text>;
