// Lesson text of "minibatch", written for this site in 中文 and English (facts from mantch's optimization survey §6.1–6.2).
import type { Text } from '../../state/i18n';

export const TEXT = {
  intro: {
    zh: `梯度下降每走一步都要一个梯度。用多少个样本来算这个梯度，就是批量大小 $B$：


$B = m$（整个训练集）：批量梯度下降。梯度就是真实损失的梯度，路径平滑，但每走一步都要把全部数据算一遍。

$B = 1$：随机梯度下降（SGD）。每个样本走一步，一个周期走 $m$ 步，但每一步只看一个样本，方向时对时错。

$1 < B < m$：小批量（mini-batch）梯度下降。把打乱后的训练集切成若干块，每块走一步，一个周期走 $\\lceil m/B \\rceil$ 步。

三者的更新公式相同：$\\mathbf{w} \\leftarrow \\mathbf{w} - \\eta \\cdot \\frac{1}{|\\mathcal{B}|}\\sum_{i\\in\\mathcal{B}} \\nabla \\ell_i(\\mathbf{w})$，只有 $\\mathcal{B}$ 的大小不同。

先看一个只有两个参数的问题：用直线 $y = w_1 x + w_2$ 拟合 64 个带噪声的点（由 $y = 1.5x + 1$ 加上噪声生成），损失是均方误差的一半 $L(\\mathbf{w}) = \\frac{1}{2n}\\sum_i (w_1x_i + w_2 - y_i)^2$。下图中的三条路径从同一点出发，用同一个学习率、同样的周期数、每个周期同样的打乱顺序，只是批量大小不同。它们都在你的浏览器里逐步算出。`,
    en: `Each step of gradient descent needs a gradient. How many examples that gradient is computed from is the batch size $B$:


$B = m$ (the whole training set): batch gradient descent. The gradient is the true loss's gradient and the path is smooth, but every step costs a pass over all the data.

$B = 1$: stochastic gradient descent (SGD). One step per example, $m$ steps per epoch, but each step sees a single example, and its direction is sometimes right and sometimes wrong.

$1 < B < m$: mini-batch gradient descent. The shuffled training set is cut into chunks, one step per chunk, $\\lceil m/B \\rceil$ steps per epoch.

All three use the same update, $\\mathbf{w} \\leftarrow \\mathbf{w} - \\eta \\cdot \\frac{1}{|\\mathcal{B}|}\\sum_{i\\in\\mathcal{B}} \\nabla \\ell_i(\\mathbf{w})$; only the size of $\\mathcal{B}$ differs.

Start with a problem of two parameters: fit the line $y = w_1 x + w_2$ to 64 noisy points (made from $y = 1.5x + 1$ plus noise), with loss half the mean squared error, $L(\\mathbf{w}) = \\frac{1}{2n}\\sum_i (w_1x_i + w_2 - y_i)^2$. The three paths below start from the same point with the same learning rate, the same number of epochs and the same shuffle in every epoch; only the batch size differs. Your browser computes them step by step.`,
  },
  pathsTitle: { zh: '同一损失面上的三条路径', en: 'Three paths on one loss surface' },
  pathsCaption: {
    zh: '损失 L(w₁, w₂) 的等高线（越深越低），十字是最小二乘解 w*。每条路径的点是一次更新后的参数。',
    en: 'Contours of the loss L(w₁, w₂) (darker is lower); the cross marks the least-squares optimum w*. Each point of a path is the parameters after one update.',
  },
  dataTitle: { zh: '数据与当前的直线', en: 'The data and the current lines' },
  dataCaption: {
    zh: '64 个训练点，以及每条路径在当前位置给出的直线 y = w₁x + w₂。',
    en: 'The 64 training points and the line y = w₁x + w₂ of each path at the current position.',
  },
  sizeName: { zh: '批量 {b}', en: 'batch {b}' },
  sgdName: { zh: 'SGD（批量 1）', en: 'SGD (batch 1)' },
  miniName: { zh: '小批量 {b}', en: 'mini-batch {b}' },
  fullName: { zh: '全批量 {b}', en: 'full batch {b}' },
  pathCounter: { zh: '第 {e} / {n} 周期', en: 'Epoch {e} of {n}' },
  pathLegend: { zh: '{name}：{k} 步，L = {f}，离 w* {d}', en: '{name}: {k} updates, L = {f}, {d} from w*' },
  optimum: { zh: '最小二乘解 w* = ({w1}, {w2})，L(w*) = {f}。', en: 'Least-squares optimum w* = ({w1}, {w2}), L(w*) = {f}.' },
  wander: {
    zh: '最后一个周期里，批量 1 的 {k} 步离 w* 的距离在 {min} 到 {max} 之间（平均 {mean}）：它在最小值附近打转，不会停下。同一周期里全批量只走 1 步，结束时离 w* {full}。',
    en: 'Over the last epoch, the {k} updates of batch 1 stayed between {min} and {max} from w* (mean {mean}): it circles the minimum and does not settle. The full batch took one update in that epoch and ended {full} from w*.',
  },
  noNoise: {
    zh: '噪声为 0 时所有点都在一条直线上，每个样本的梯度在 w* 处都为零，所以 SGD 也会停在 w*。噪声正是 SGD 无法收敛的原因。',
    en: 'With zero noise every point lies on one line, each example’s gradient vanishes at w*, and SGD settles there too. The noise is what keeps SGD from converging.',
  },
  pathsAfter: {
    zh: `批量 1 的路径抖得最厉害：每一步只听一个样本的意见，大体朝着最小值走，但常常被某个样本带偏；到了最小值附近，不同样本的梯度指向不同方向，于是它一直在 w* 周围打转，永远不会真正收敛（除非逐渐减小学习率）。全批量的路径最平滑，每一步都让损失下降，但一个周期只能走一步，同样的周期数走得最少。小批量介于两者之间。

选择的经验：训练集很小（比如少于 2000 个样本）时，直接用全批量；否则常用的小批量大小在 64 到 512 之间。`,
    en: `The batch-1 path shakes the most: each step listens to one example, heads roughly toward the minimum, and is often pulled off course by an example that points elsewhere. Near the minimum the examples' gradients point in different directions, so it keeps circling w* and never really converges (unless the learning rate is decreased over time). The full-batch path is the smoothest and every step lowers the loss, but it takes a single step per epoch, so in the same number of epochs it moves the least. The mini-batch sits in between.

A rule of thumb: with a small training set (say fewer than 2000 examples) use the full batch; otherwise mini-batches of 64 to 512 are the usual choice.`,
  },
  distanceTitle: { zh: '离最优解的距离', en: 'Distance to the optimum' },
  distanceCaption: {
    zh: '每条路径离最小二乘解的距离 ‖w − w*‖（对数刻度）随周期的变化：全批量一路下降，批量 1 降到一定水平后就上下波动。',
    en: 'Each path’s distance ‖w − w*‖ to the least-squares optimum (log scale) against epochs: the full batch keeps falling, batch 1 falls to a level and then bobs around it.',
  },
  pythonTitle: { zh: '自己运行', en: 'Run it yourself' },
  pythonRun: {
    zh: '下面两张图的 Python 按钮下载同一个只用 numpy 和标准库的脚本（**minibatch-runs.py** 或 **minibatch-time.py**），带着当前的样本数、周期数、学习率和种子。**python3 minibatch-runs.py** 从本站下载同一份 MNIST 子集（逐个文件核对 SHA-256，不符就停止），**python3 minibatch-runs.py --data DIR** 读本地文件夹（本站仓库里的 public/data）。它按网页 CPU 引擎的运算顺序依次训练每个批量大小（同样的初始权重、同样的打乱顺序、同样的 float32 舍入），打印图中的数据表（CSV：batch_size, epoch, seconds, train_loss, test_acc）：损失和准确率与网页的 CPU 引擎一致（网页在 WebGPU 上训练时，准确率可能有一两个样本之差），秒数则是脚本在你的机器上自己量的，一次只训练一个批量大小，没有别的任务争用处理器。numpy 一次处理一个样本很慢，批量大小为 1 的那一行最花时间。上面的回归图（路径和到 w* 的距离）也有 Python 按钮：**python3 minibatch-paths.py** 只需要 Python 本身，用同一个种子生成同样的数据，打印同样的数字。',
    en: 'The Python button under the two figures below downloads one script (**minibatch-runs.py** or **minibatch-time.py**) that needs only numpy and the standard library, with the current digits, epochs, learning rate and seed written in. **python3 minibatch-runs.py** downloads the same MNIST subset from this site (each file checked against its SHA-256; a mismatch stops it), **python3 minibatch-runs.py --data DIR** reads a local folder (public/data of the site’s repository). It trains the batch sizes one after another in the page’s CPU engine order of operations (the same initial weights, the same shuffles, the same float32 rounding) and prints the figure’s data table (CSV: batch_size, epoch, seconds, train_loss, test_acc): the losses and accuracies of the page’s CPU engine (when the page trains on WebGPU, an accuracy may differ by a digit or two), while the seconds are the script’s own, on your machine, one batch size at a time with nothing else competing for the processor. numpy is slow one digit at a time: batch size 1 takes most of the time. The regression figures above (the paths and the distance to w*) have a Python button too: **python3 minibatch-paths.py** needs nothing but Python, draws the same set from the seed and prints the same numbers.',
  },
  mnistTitle: { zh: 'MNIST 上的批量大小：噪声、速度与精度', en: 'Batch size on MNIST: noise, speed and accuracy' },
  mnistIntro: {
    zh: `现在在真实数据上比较。同一个小网络（784 → {h} ReLU → 10，He 初始化，SGD，学习率 {lr}）用相同的种子（相同的初始权重和每个周期相同的打乱顺序），分别以批量大小 {sizes} 训练 {epochs} 个周期，训练集是 MNIST 的前 {n} 个样本，每个周期结束时在 {nTest} 个测试样本上评估。为了让它在网页里几分钟内跑完，这里的数据和网络都比正式实验小得多，可以用下面的滑块调大。

关于时间：“秒”是每个训练任务在你这台机器、这个浏览器里实际花在更新上的时间（包括每个周期末在 {nTest} 个训练样本和 {nTest} 个测试样本上的评估，对每个批量大小都一样）。几个任务同时在页面的工作线程池里运行，彼此争用处理器，所以数字会随机器、浏览器和同时打开的页面而变；值得看的是它们的大小顺序。`,
    en: `Now on real data. The same small network (784 → {h} ReLU → 10, He initialization, SGD at learning rate {lr}) with the same seed (the same initial weights and the same shuffle in every epoch) trains for {epochs} epochs at each batch size {sizes}, on the first {n} MNIST digits, and every epoch end evaluates {nTest} test digits. To finish within minutes in a web page the data and the network are far smaller than a full experiment; the sliders below make them larger.

About time: "seconds" are the time each run spent in its updates, measured in this browser on this machine (including the end-of-epoch evaluation on {nTest} training and {nTest} test digits, the same work for every batch size). The runs train at once on the page's worker pool and compete for the processor, so the numbers change with the machine, the browser and whatever else is running; their order is what to read.`,
  },
  runsTitle: { zh: '按周期看：测试准确率', en: 'By epoch: test accuracy' },
  timeTitle: { zh: '按时间看', en: 'By time' },
  summaryTitle: { zh: '实测汇总', en: 'What was measured' },
  divergedRun: { zh: '批量 {b} 在第 {step} 次更新时发散（损失变为无穷或非数），已单独停止。', en: 'Batch {b} diverged at update {step} (the loss became infinite or NaN) and stopped on its own.' },
  accCaption: { zh: '每个批量大小的测试准确率随周期的变化。', en: 'Test accuracy of each batch size, epoch by epoch.' },
  timeCaption: {
    zh: '同样的测试准确率，横轴换成训练所花的时间（毫秒，在本机实测）。',
    en: 'The same test accuracy against the training time spent (milliseconds, measured on this machine).',
  },
  summaryCaption: {
    zh: '每个批量大小的实测结果：每周期更新次数、每秒样本数、每周期秒数、达到目标 {target} 所需的周期和秒数、最终测试准确率。',
    en: 'What each batch size measured: updates per epoch, samples per second, seconds per epoch, epochs and seconds to reach the target {target}, final test accuracy.',
  },
  colSize: { zh: '批量大小', en: 'Batch size' },
  colUpdates: { zh: '每周期更新', en: 'Updates / epoch' },
  colRate: { zh: '样本 / 秒', en: 'Samples / s' },
  colEpochSec: { zh: '秒 / 周期', en: 's / epoch' },
  colEpochs: { zh: '达标周期', en: 'Epochs to target' },
  colSeconds: { zh: '达标秒数', en: 's to target' },
  colFinal: { zh: '最终准确率', en: 'Final accuracy' },
  notReached: { zh: '未达到', en: 'not reached' },
  epoch: { zh: '周期', en: 'Epoch' },
  ms: { zh: '训练时间（毫秒）', en: 'Training time (ms)' },
  accuracy: { zh: '测试准确率', en: 'Test accuracy' },
  runCounter: { zh: '第 {k} / {n} 周期（最慢的批量大小）', en: 'Epoch {k} of {n} (slowest batch size)' },
  claimsTitle: { zh: '五条结论，从这次运行中读出', en: 'Five claims, read off this run' },
  soFar: { zh: '（运行尚未结束，以下是到目前为止的数字。）', en: '(The runs are not finished; these are the numbers so far.)' },
  waiting: { zh: '等待第一个周期结束……', en: 'Waiting for the first epoch to end…' },
  claim1: {
    zh: '太小的批量噪声大。批量 {b} 的测试准确率在相邻两个周期之间最多下跌了 {drop} 个百分点，比任何更大的批量都多（其中最多的是批量 {bm}：{mdrop}），最终为 {acc}。',
    en: 'Too small is noisy. The test accuracy of batch {b} fell by up to {drop} points from one epoch to the next, more than any larger batch (the most among them: batch {bm}, {mdrop}); it ended at {acc}.',
  },
  claim1Not: {
    zh: '太小的批量噪声大——这次没有看到。批量 {b} 的测试准确率在相邻两个周期之间最多下跌了 {drop} 个百分点，不比批量 {bm}（{mdrop}）多，最终为 {acc}。换个种子或调大学习率再试。',
    en: 'Too small is noisy — not seen this time. The test accuracy of batch {b} fell by up to {drop} points from one epoch to the next, no more than batch {bm} ({mdrop}); it ended at {acc}. Try another seed or a larger learning rate.',
  },
  claim2: {
    zh: '批量越大，处理同样多的数据越快。批量 {b1} 每秒处理 {r1} 个样本，批量 {bn} 每秒 {rn} 个，是前者的 {ratio} 倍：大批量把许多样本合成一次矩阵运算，摊薄了每次更新的固定开销。',
    en: 'Bigger is faster per sample. Batch {b1} processed {r1} digits per second, batch {bn} {rn}: {ratio} times as many. A big batch turns many examples into one matrix product and spreads the fixed cost of an update over them.',
  },
  claim2Not: {
    zh: '批量越大，处理同样多的数据越快——这次没有看到：批量 {b1} 每秒 {r1} 个样本，批量 {bn} 每秒 {rn} 个。各任务共用处理器，计时会受干扰，可以重新运行一次。',
    en: 'Bigger is faster per sample: not seen this time: batch {b1} processed {r1} digits per second, batch {bn} {rn}. The runs share the processor, which disturbs the timing; run again.',
  },
  claim3: {
    zh: '批量越大，达到同样精度需要的周期越多。达到 {target} 所需的周期：{list}。大批量每个周期只更新 ⌈n/B⌉ 次，走的步数少。',
    en: 'Bigger needs more epochs. Epochs to reach {target}: {list}. A big batch updates only ⌈n/B⌉ times per epoch, so it takes fewer steps.',
  },
  claim3Not: {
    zh: '批量越大，达到同样精度需要的周期越多——这次并不明显。达到 {target} 所需的周期：{list}。可以提高目标或增加周期数再看。',
    en: 'Bigger needs more epochs: not clear this time. Epochs to reach {target}: {list}. Raise the target or add epochs and look again.',
  },
  claim4Edge: {
    zh: '时间上有一个最优的中间值——这次最快（按秒计）达到 {target} 的是批量 {b}（{s} 秒），它在两端而不在中间；批量 1 {s1}，全批量 {sn}。换一个目标或更多样本再看。',
    en: 'A time-optimal middle: not this time. The first to reach {target} in seconds was batch {b} ({s} s), an end of the range rather than the middle; batch 1: {s1}, the full batch: {sn}. Try another target or more digits.',
  },
  claim4: {
    zh: '时间上有一个最优的中间值。最快（按秒计）达到 {target} 的是批量 {b}，用了 {s} 秒；批量 1 {s1}，全批量 {sn}。',
    en: 'A time-optimal middle. The first to reach {target} in seconds was batch {b}, after {s} s; batch 1: {s1}, the full batch: {sn}.',
  },
  claim4None: {
    zh: '时间上有一个最优的中间值——还没有任何批量达到 {target}。可以降低目标或增加周期数。',
    en: 'A time-optimal middle: no batch size has reached {target} yet. Lower the target or add epochs.',
  },
  claim5: {
    zh: '最终精度也有一个最优的批量。训练 {epochs} 个周期后，最终测试准确率最高的是批量 {b}（{acc}），最低的是批量 {bw}（{accw}）。周期数变了，赢家也可能变。',
    en: 'An accuracy-optimal size. After {epochs} epochs the highest final test accuracy was batch {b} ({acc}), the lowest batch {bw} ({accw}). With another number of epochs the winner can change.',
  },
  listComma: { zh: '，', en: ', ' },
  secondsValue: { zh: '{s} 秒', en: '{s} s' },
  powers: {
    zh: `为什么常用 2 的幂？ 64、128、256、512 这样的批量大小能整齐地分到处理器的向量通道、GPU 的线程组和内存页上，很多实现在这些大小上略快一些。这只是硬件上的细节，不是数学上的要求：上面的结论对任何大小都成立，在这个网页的 CPU 引擎里差别也很小。`,
    en: `Why powers of 2? Sizes such as 64, 128, 256 and 512 divide evenly into a processor's vector lanes, a GPU's workgroups and memory pages, and many implementations run slightly faster at them. That is a hardware detail, not a mathematical rule: the claims above hold for any size, and in this page's CPU engine the difference is small.`,
  },
  try: {
    zh: `1. 把数据噪声 σ 调到 0：SGD 的路径也会停在 w*。再调到 2：它打转的范围变大。

2. 把学习率 η 调小：SGD 在最小值附近的抖动变小，但走到那里需要更多周期。这就是训练后期逐步减小学习率的理由。

3. 把小批量大小 b 从 2 调到 32，看路径如何从 SGD 的样子变成全批量的样子。

4. 在 MNIST 部分把学习率调到 0.5：中等批量学得更快，批量 1 却可能一下子崩溃到接近瞎猜的准确率（文章说的“error 飙升”），全批量仍然很慢。

5. 把训练样本数调到 5000 或更多、周期数调多，再看最省时间的批量大小是否改变。`,
    en: `1. Set the data noise σ to 0: the SGD path settles at w* too. Set it to 2: the circle it wanders in grows.

2. Lower the learning rate η: SGD jitters less around the minimum but needs more epochs to get there. That is why the learning rate is often lowered late in training.

3. Move the mini-batch size b from 2 to 32 and watch its path turn from SGD's into the full batch's.

4. In the MNIST part set the learning rate to 0.5: the middle sizes learn faster, while batch 1 can collapse to near-chance accuracy (the article's "error soars") and the full batch is still slow.

5. Raise the training digits to 5000 or more and add epochs: does the time-optimal batch size change?`,
  },
} satisfies Record<string, Text>;
