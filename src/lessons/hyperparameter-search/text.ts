// Lesson text of "hyperparameter-search", written for this site in 中文 and English (facts from 云不见's notes §五 and the book's ch06/hyperparameter_optimization.py).
import type { Text } from '../../state/i18n';

export const TEXT = {
  intro: {
    zh: `权重和偏置由梯度下降学出来；而**超参数**——每层的神经元数、batch 大小、学习率 lr、权值衰减系数等——要在训练之前由人定下来。它们选得不好，网络再好也学不出来。

怎样评价一组超参数？不能用测试数据：用测试数据反复挑超参数，超参数就会被调得只适合这份测试数据，测试准确率也就不再能说明泛化能力。所以要从训练数据里预先分出一部分作为**验证数据**（validation data），专门用来评价超参数。书中的做法是先把训练数据打乱（数据可能按类别顺序存放），再把其中 20 % 分出来做验证数据。本课的所有点和曲线都来自页面里正在训练的真实网络。`,
    en: `Weights and biases are learned by gradient descent; **hyperparameters** (the number of units per layer, the batch size, the learning rate lr, the weight decay coefficient, and so on) are fixed by a person before training starts. Set them badly and even a good network learns nothing.

How should a set of hyperparameters be judged? Not on the test data: choose hyperparameters by their test accuracy again and again and they end up tuned to that particular test set, so its accuracy no longer tells how well the network generalizes. Instead a share of the training data is set aside beforehand as **validation data**, used only to judge hyperparameters. The book shuffles the training data first (a data set may be stored class by class), then takes 20 % of it as the validation split. Every point and curve in this lesson comes from networks training in this page.`,
  },
  procedureTitle: { zh: '书中的步骤', en: 'The book’s procedure' },
  procedure: {
    zh: `1. 以“10 的幂”为尺度定出超参数的大致范围。

2. 在范围内**随机**取一组值（书中认为随机采样比规则的网格好；下面的比较给出原因，也给出一次网格碰巧占优的情形）。

3. 用这组值训练，在验证数据上测识别精度；epoch 要设得小，每次评价才快。

4. 把第 2、3 步重复约 100 次，看精度好的点落在哪里，据此**缩小**范围。

5. 在缩小后的范围里重复，直到范围足够小，从中选出一个值。

书中（ch06/hyperparameter_optimization.py）只搜索两个超参数：学习率和权值衰减系数，都在对数尺度上均匀抽样：

$$\\mathrm{lr} = 10^{u_1},\\ u_1 \\sim U(-6, -2), \\qquad \\lambda = 10^{u_2},\\ u_2 \\sim U(-8, -4)$$

网络是 6 个 100 单元的 ReLU 隐藏层（He 初始化），SGD，训练数据只用 MNIST 的前 500 个，其中 100 个作验证，400 个训练；每次试验 50 个周期，batch 100。想更精细、更省试验次数，可以改用贝叶斯优化（见论文 “Practical Bayesian Optimization of Machine Learning Algorithms”）。`,
    en: `1. Set a rough range for each hyperparameter, on a scale of powers of 10.

2. Draw a value **at random** from the range (the book prefers random sampling to a regular grid; the comparison below shows the reason, and a case where the grid is lucky).

3. Train with it and measure the accuracy on the validation data; keep the epochs few so each evaluation is quick.

4. Repeat steps 2 and 3 about 100 times, see where the good results lie, and **narrow** the ranges around them.

5. Repeat within the narrower ranges until they are small enough, then pick one value from them.

The book (ch06/hyperparameter_optimization.py) searches just two hyperparameters, the learning rate and the weight decay coefficient, both drawn uniformly on a log scale:

$$\\mathrm{lr} = 10^{u_1},\\ u_1 \\sim U(-6, -2), \\qquad \\lambda = 10^{u_2},\\ u_2 \\sim U(-8, -4)$$

The network has six hidden layers of 100 ReLU units (He initialization) and trains with SGD on only the first 500 MNIST training digits: 100 for validation, 400 for training; each trial runs 50 epochs with batch 100. For a more refined search with fewer trials, Bayesian optimization is the next step (see “Practical Bayesian Optimization of Machine Learning Algorithms”).`,
  },
  searchTitle: { zh: '{count} 次随机试验', en: '{count} random trials' },
  trialsCaption: {
    zh: '{count} 次试验，lr = 10^U({lrLo}, {lrHi})，权值衰减 = 10^U({wdLo}, {wdHi})（虚线框），每次 {epochs} 个周期、batch {batch}：每个点是一个网络，颜色是它最近一个周期后在 100 个验证数字上的准确率，空心圆表示还没完成第一个周期，浅色小点是上一次缩小范围之前的那一轮。在图上拖出一个矩形即设定下一轮的范围。',
    en: '{count} trials, lr = 10^U({lrLo}, {lrHi}), weight decay = 10^U({wdLo}, {wdHi}) (dashed box), {epochs} epochs with batch {batch} each: every point is a network, coloured by its accuracy on the 100 validation digits after its latest epoch; hollow circles have not finished an epoch yet; small faded dots are the round before the last narrowing. Drag a rectangle on the plot to set the next round’s ranges.',
  },
  scatterAria: {
    zh: '试验散点图：横轴学习率，纵轴权值衰减，均为对数刻度。用方向键逐个读出试验，拖动鼠标框选新的范围。',
    en: 'Scatter of the trials: learning rate across, weight decay up, both on log scales. Arrow keys read the trials one by one; drag to brush new ranges.',
  },
  lrAxis: { zh: '学习率 lr', en: 'learning rate lr' },
  wdAxis: { zh: '权值衰减 λ', en: 'weight decay λ' },
  legendAcc: { zh: '验证准确率：', en: 'Validation accuracy:' },
  legendWaiting: { zh: '尚无结果', en: 'no result yet' },
  readout: {
    zh: '第 {trial} 次试验：lr = {lr}，权值衰减 = {wd}，第 {epochs} 个周期后验证准确率 {acc} %。',
    en: 'Trial {trial}: lr = {lr}, weight decay = {wd}, validation accuracy {acc} % after epoch {epochs}.',
  },
  readoutWaiting: { zh: '第 {trial} 次试验：lr = {lr}，权值衰减 = {wd}，还在训练第一个周期。', en: 'Trial {trial}: lr = {lr}, weight decay = {wd}, still in its first epoch.' },
  readoutHint: {
    zh: '把鼠标移到点上（或聚焦图后按方向键）读出一次试验；拖出矩形设定新的范围。',
    en: 'Point at a dot (or focus the plot and press the arrow keys) to read a trial; drag a rectangle to set new ranges.',
  },
  readoutHintNoBrush: { zh: '把鼠标移到点上（或聚焦图后按方向键）读出一次试验。', en: 'Point at a dot (or focus the plot and press the arrow keys) to read a trial.' },
  epochCounter: { zh: '第 {k} / {n} 个周期', en: 'Epoch {k} of {n}' },
  searchWaiting: { zh: '等待第一批试验完成一个周期…', en: 'Waiting for the trials to finish an epoch…' },
  searchReading: {
    zh: '{done} / {count} 次试验已训练完。目前最好的是第 {trial} 次：验证准确率 {acc}（lr = {lr}，权值衰减 = {wd}）。',
    en: '{done} of {count} trials have finished. The best so far is trial {trial}: validation accuracy {acc} (lr = {lr}, weight decay = {wd}).',
  },
  searchHigh: { zh: 'lr ≥ 10⁻³ 的 {n} 次试验平均 {acc}。', en: 'The {n} trials with lr ≥ 10⁻³ average {acc}.' },
  searchLow: {
    zh: 'lr ≤ 10⁻⁵ 的 {n} 次平均 {acc}（从 {min} 到 {max}，每次试验的初始权重不同），和瞎猜（约 10 %）差不多。',
    en: 'The {n} with lr ≤ 10⁻⁵ average {acc} (from {min} to {max}: every trial starts from its own weights), about guessing (10 %).',
  },
  narrowButton: { zh: '缩小到前 {k} 名的范围', en: 'Narrow to the best {k}' },
  bookButton: { zh: '恢复原书的范围', en: 'Back to the book’s ranges' },
  narrowTitle: { zh: '缩小范围，再搜一轮', en: 'Narrow the ranges and search again' },
  narrow: {
    zh: `书中从 Best-1 到 Best-5 的超参数读出：学习率在 0.001 到 0.01、权值衰减在 $10^{-8}$ 到 $10^{-6}$ 之间时学习进行得顺利，于是在这个更小的范围里再搜索。

在上面的散点图上拖出一个矩形，它的两边就成为下一轮 lr 和权值衰减的范围（写进链接的 lr.lo、lr.hi、wd.lo、wd.hi，都是以 10 为底的指数），新的一轮随即开始训练；“缩小到前 {k} 名的范围”按钮则照书中的做法，取当前前 {k} 名试验所跨的范围（两边各放宽 0.05）。也可以用右边的滑块直接调。新一轮的点全部落在好区域里，验证准确率的差别就只剩这个区域内部的细节了。`,
    en: `From Best-1 to Best-5 the book reads that learning goes well for learning rates from 0.001 to 0.01 and weight decay from $10^{-8}$ to $10^{-6}$, and searches again within those narrower ranges.

Drag a rectangle on the scatter above: its sides become the next round's ranges for lr and weight decay (the link's lr.lo, lr.hi, wd.lo, wd.hi, all base-10 exponents) and the new round starts training. The button "Narrow to the best {k}" does as the book does and spans the current best {k} trials (widened by 0.05 on each side). The sliders here set the ranges directly. Once every point of a round lies in the good region, what is left to see are the differences within it.`,
  },
  rangesNow: { zh: '本轮：lr ∈ [{lrLo}, {lrHi}]，权值衰减 ∈ [{wdLo}, {wdHi}]。', en: 'This round: lr ∈ [{lrLo}, {lrHi}], weight decay ∈ [{wdLo}, {wdHi}].' },
  bestTitle: { zh: '验证准确率最高的 {k} 次试验', en: 'The best {k} trials' },
  bestCaption: {
    zh: '按最近一个周期的验证准确率排序的前 {k} 次试验：每个周期的验证准确率（橙色虚线）和训练准确率（蓝色实线）。',
    en: 'The best {k} trials by validation accuracy after their latest epoch: validation accuracy (orange, dashed) and training accuracy (blue, solid) at every epoch.',
  },
  panelTitle: { zh: 'Best-{rank}（验证 {acc} %）', en: 'Best-{rank} (val {acc} %)' },
  panelSub: { zh: 'lr {lr} · λ {wd}', en: 'lr {lr} · λ {wd}' },
  seriesVal: { zh: '验证', en: 'validation' },
  seriesTrain: { zh: '训练', en: 'training' },
  epoch: { zh: '周期', en: 'epoch' },
  accuracy: { zh: '准确率', en: 'accuracy' },
  bestNote: {
    zh: '和书中的图一样，排在前面的试验学得快：几个周期后验证准确率就离开 10 %。排名靠后的则几乎一条平线——学习率太小，200 次更新只让权重挪动了一点点。训练准确率始终高于验证准确率：只有 400 个训练数字，网络会逐渐记住它们。',
    en: 'As in the book’s figure, the top trials learn quickly: their validation accuracy leaves 10 % within a few epochs. Further down the ranking the curves are nearly flat: with so small a learning rate 200 updates barely move the weights. Training accuracy stays above validation accuracy: with only 400 training digits the network slowly memorizes them.',
  },
  gridTitle: { zh: '随机搜索与网格搜索：同样的预算', en: 'Random search against a grid of the same budget' },
  gridIntro: {
    zh: `网格搜索在每个超参数上取 {g} 个等距的值（对数尺度），把所有组合都试一遍，共 {budget} 次。随机搜索用同样的 {budget} 次，却试了 {distinctRandom} 个不同的学习率，网格只试了 {distinctGrid} 个：每个学习率都配了 {g} 个不同的权值衰减重复训练。

当一个超参数比另一个重要得多时，这就是浪费：在这里权值衰减在 $10^{-8}$ 到 $10^{-4}$ 之间几乎不影响结果（和 lr 相比它对权重的拉动微乎其微），真正决定成败的是学习率。网格在重要的那个轴上只看到 {g} 个点，好区域窄时可能一个都落不进去；随机搜索在这个轴上有 {budget} 个点。下面的网格作为另一个种群训练，按“播放”开始（它和上面的随机搜索用同样的范围、种子、周期和 batch，比较用随机搜索的前 {budget} 次试验）。`,
    en: `A grid search takes {g} evenly spaced values of each hyperparameter (on the log scale) and tries every combination: {budget} trials. A random search with the same {budget} trials tries {distinctRandom} different learning rates; the grid tries {distinctGrid}, each one trained again with {g} different weight decays.

That is waste when one hyperparameter matters much more than the other. Here weight decay between $10^{-8}$ and $10^{-4}$ hardly changes the result (its pull on the weights is tiny next to the gradient's), while the learning rate decides everything. On the axis that matters the grid sees only {g} values, and when the good region is narrow none of them may fall into it; the random search sees {budget}. The grid below trains as a second population when you press Play (the same ranges, seed, epochs and batch as the random search above; the comparison takes the random search's first {budget} trials).`,
  },
  gridCaption: {
    zh: '{g} × {g} 的网格搜索（{budget} 次试验），颜色是验证准确率：颜色沿横向（学习率）的变化远大于沿一列（权值衰减和每次试验自己的起点）的变化。',
    en: 'The {g} × {g} grid search ({budget} trials), coloured by validation accuracy: the colour changes far more across the columns (the learning rate) than up a column (the weight decay and each trial’s own start).',
  },
  gridPlayHint: { zh: '网格的 {budget} 次试验尚未开始：按“播放”训练。', en: 'The grid’s {budget} trials have not started: press Play to train them.' },
  gridReading: {
    zh: '同样 {budget} 次试验：随机搜索最好的是 {rBest}（lr = {rLr}），网格最好的是 {gBest}（lr = {gLr}）。验证准确率达到 {good} 的：随机 {rHits} 次，来自 {rHitLr} 个不同的学习率；网格 {gHits} 次，只来自 {gHitLr} 个学习率。网格里学习率相同的试验之间，验证准确率最多相差 {spread} 个百分点：它们各自从不同的随机权重出发，此外只有权值衰减不同。',
    en: 'With the same {budget} trials, the random search’s best is {rBest} (lr = {rLr}), the grid’s best {gBest} (lr = {gLr}). Trials reaching {good} validation accuracy: random {rHits}, from {rHitLr} different learning rates; grid {gHits}, from only {gHitLr}. Grid trials that share a learning rate differ by up to {spread} points of validation accuracy: each starts from its own random weights, and besides that only their weight decay differs.',
  },
  gridPartial: { zh: '（还有试验在训练，数字会变。）', en: '(Some trials are still training; the numbers will change.)' },
  runTitle: { zh: '这次运行显示了什么', en: 'What the run shows' },
  run1: {
    zh: `按默认设置（种子 1：100 次试验，每次 10 个周期、batch 20）在这里跑一轮，用本站的 CPU 引擎在一个 Web Worker 里训练（双核机器上的无界面 Chromium），100 次试验约 80 秒完成；有 GPU 时 100 个网络作为一批一起算，会快得多。和书中的脚本一样，每次试验都是一个新网络：它的随机初始权重和批次顺序都由种子为它单独导出。

**好的区域是一条学习率的带子，而不是一个点。** lr ≤ $10^{-5}$ 的 32 次试验最后落在 5 % 到 18 % 之间（平均 9.4 %）：学习率这么小，200 次更新几乎挪不动权重，每个网络的成绩就是它随机起点的成绩，也就是瞎猜（用 np.random.seed(1) 运行书中的脚本，它的 19 次这样的试验落在 1 % 到 17 %）。lr 低于 $10^{-3}$ 的试验没有一个高于 26 %。lr ≥ $10^{-3}$ 的 21 次平均 37.5 %；前五名恰好是抽到的五个最大的学习率，从 $3.4\\times10^{-3}$ 到 $6.4\\times10^{-3}$：第 18 次试验（lr = 0.00639）达到 74 %，其后是 70 %、63 %、54 %、52 %。这和书中的结论一致：书中 Best-1 到 Best-5 的 lr 在 0.0056 到 0.0090 之间。`,
    en: `Run here with the defaults (seed 1: 100 trials of 10 epochs with batch 20), on this site's CPU engine in one Web Worker (headless Chromium on a 2-core machine), the 100 trials take about 80 s; on a GPU the 100 networks train as one batch and it is much quicker. As in the book's script, every trial is a new network: the seed gives each its own random initial weights and its own order of batches.

**The good region is a band of learning rates, not a spot.** The 32 trials with lr ≤ $10^{-5}$ end anywhere from 5 % to 18 % (9.4 % on average): 200 updates at so small a rate barely move the weights, so each network scores what its random start scores, which is guessing (the book's script, run with np.random.seed(1), puts its 19 such trials between 1 % and 17 %). No trial below lr = $10^{-3}$ got above 26 %. The 21 trials with lr ≥ $10^{-3}$ average 37.5 %, and the best five are the five largest learning rates drawn, from $3.4\\times10^{-3}$ to $6.4\\times10^{-3}$: trial 18 (lr = 0.00639) reached 74 %, then 70 %, 63 %, 54 % and 52 %. That is the book's finding: its Best-1 to Best-5 have lr from 0.0056 to 0.0090.`,
  },
  run2Title: { zh: '权值衰减，以及第二轮', en: 'Weight decay, and the second round' },
  run2: {
    zh: `**和书中不同的是权值衰减。** 前五名的权值衰减散布在整个范围里，从 $5.2\\times10^{-8}$ 到 $8.3\\times10^{-5}$。书中把权值衰减缩小到 $10^{-8}$–$10^{-6}$，可它自己的 Best-2 和 Best-4 分别是 $8.1\\times10^{-6}$ 和 $2.9\\times10^{-5}$。λ ≤ $10^{-4}$ 时衰减在这里起不了多大作用：每次 SGD 更新除了梯度那一步，还把权重乘以 $1 - \\mathrm{lr}\\cdot\\lambda \\geq 1 - 10^{-6}$，200 次更新最多只让权重缩小 0.02 %。所以这个方向上的排名只是各次试验随机起点带来的噪声；真正需要缩小的是 lr 的范围。

**缩小范围再搜一轮。** 按书中的框（lr 从 $10^{-3}$ 到 $10^{-2}$，权值衰减从 $10^{-8}$ 到 $10^{-6}$，即 lr.lo=−3、lr.hi=−2、wd.lo=−8、wd.hi=−6）再做 100 次试验（约 80 秒），结果好得多：最好的达到 84 %（第 62 次，lr = 0.00648，权值衰减 $2.9\\times10^{-8}$），lr ≥ $3\\times10^{-3}$ 的 48 次平均 64 %，整轮平均 46 %，而第一轮只有 17 %。到了范围尽头，准确率还在随 lr 上升：lr 高于 $6.3\\times10^{-3}$ 的 11 次平均 76 %，低于 $1.6\\times10^{-3}$ 的 27 次只有 25 %。这说明对这么短的训练来说，范围的上限定低了，而不是 $10^{-2}$ 最好（试试 lr.hi = −1）。`,
    en: `**Weight decay is where the run differs from the book.** The best five's weight decays spread over the whole range, from $5.2\\times10^{-8}$ to $8.3\\times10^{-5}$. The book narrows weight decay to $10^{-8}$–$10^{-6}$, yet its own Best-2 and Best-4 have $8.1\\times10^{-6}$ and $2.9\\times10^{-5}$. With λ ≤ $10^{-4}$ the decay can hardly matter here: besides its gradient step, every SGD update multiplies the weights by $1 - \\mathrm{lr}\\cdot\\lambda \\geq 1 - 10^{-6}$, so 200 updates shrink them by 0.02 % at most. The ranking along that axis is the noise of the trials' random starts; the range that needs narrowing is lr's.

**Narrow and search again.** With the book's box (lr from $10^{-3}$ to $10^{-2}$, weight decay from $10^{-8}$ to $10^{-6}$: lr.lo=−3, lr.hi=−2, wd.lo=−8, wd.hi=−6) another 100 trials (about 80 s) do much better: the best reached 84 % (trial 62: lr = 0.00648, weight decay $2.9\\times10^{-8}$), the 48 with lr ≥ $3\\times10^{-3}$ average 64 %, and the round averages 46 % against 17 % for the first. Accuracy is still rising with lr where the range ends: the 11 trials above lr = $6.3\\times10^{-3}$ average 76 %, the 27 below $1.6\\times10^{-3}$ 25 %. For training this short the range stops too low, rather than $10^{-2}$ being best (try lr.hi = −1).`,
  },
  run3Title: { zh: '更少的周期，同样的结论', en: 'Fewer epochs, the same conclusions' },
  run3: {
    zh: `**默认设置与书中设置。** 默认不是书中的 50 个周期、batch 100，而是 10 个周期、batch 20：两者都是 200 次 SGD 更新，但每个周期的计算量差不多，默认设置只要约五分之一的时间。书中的设置只需两下（周期 50、批大小 100）：在这里跑完 100 次试验约需 300 秒，结果几乎是同一轮：每次试验和默认设置下的成绩相差不超过 3 个百分点，最好的仍是第 18 次（74 %），前五名依次为 74 %、69 %、60 %、55 %、51 %，lr ≥ $10^{-3}$ 的平均 37.1 %（默认 37.5 %）。所以结论不变。`,
    en: `**The default against the book's settings.** The default is not the book's 50 epochs with batch 100 but 10 epochs with batch 20: both take 200 SGD updates, while an epoch costs about the same either way, so the default needs about a fifth of the time. The book's settings are two changes away (epochs 50, batch 100): here their 100 trials take about 300 s and give almost the same round: every trial ends within 3 points of its default result, trial 18 is still best at 74 %, the best five read 74, 69, 60, 55 and 51 %, and the trials with lr ≥ $10^{-3}$ average 37.1 % (37.5 % with the default). The conclusions stand.`,
  },
  gapTitle: { zh: '和书中的结果还差在哪里', en: 'What still separates this run from the book’s' },
  gap: {
    zh: `书中印出的最好试验是 77 %；用 np.random.seed(1) 运行书中的脚本得到 80 %，而本页种子 1 的第一轮最好是 74 %。把书中这次运行抽到的 lr 和权值衰减原样交给本站的引擎（50 个周期、batch 100，每次试验各自的起点），最好的达到 83 %，lr ≥ $3\\times10^{-3}$ 的 10 次平均 70 %，书中是 69 %。若像本课以前那样让所有试验共用一个起点，同样的抽样最好只有 71 %：一个起点的好坏由所有试验一起承担，而 100 个起点能让最好的那几次碰上好运气。剩下的差别是三种偶然：

1. 抽到的值。本页种子 1 抽到的最大学习率是 $6.4\\times10^{-3}$，书中种子 1 抽到了 $9.6\\times10^{-3}$，而准确率一直升到 $10^{-2}$。

2. 起点。lr = 0.004、用书中的划分时，24 个随机起点的结果从 41 % 到 69 % 不等（numpy 里从 40 % 到 72 %），平均 56 % 和 57 %。

3. 划分，也就是哪 100 个数字被留作验证。在书中种子 1 的抽样上，引擎最好的试验用本页的划分是 83 %，用书中的划分是 78 %。

其余的差别都很小。像书中的 Trainer 那样有放回地抽每一批，而不是按打乱后的周期依次取，在 numpy 里（同样的起点）平均只差约 1 个百分点；batch 20 训练 10 个周期代替 batch 100 训练 50 个周期，平均差 1–2 个百分点。计算本身和书中一样：把本站引擎的一次试验放进书中的 numpy MultiLayerNet，从同样的权重、按同样的批次重算，损失起初六位有效数字相同，200 次更新后仍有三位相同（float32 对 float64）。`,
    en: `The book prints a best trial of 77 %; its script run with np.random.seed(1) gives 80 %, while this page's first round with seed 1 tops out at 74 %. Given the very draws of lr and weight decay of that run of the book's script, this site's engine (50 epochs of batch 100, each trial from its own start) ends with a best of 83 %, and its ten trials with lr ≥ $3\\times10^{-3}$ average 70 % against the book's 69 %. When every trial shared one start, as this lesson did before, the same draws gave a best of only 71 %: one start is good or bad for all trials at once, while a hundred starts let the best trials pick up lucky ones. What is left is chance of three kinds:

1. The draws. Seed 1's largest learning rate here is $6.4\\times10^{-3}$; the book's seed-1 draw reaches $9.6\\times10^{-3}$, and accuracy still rises up to $10^{-2}$.

2. The start. At lr = 0.004 with the book's split, 24 random starts end anywhere from 41 % to 69 % on this engine (40 % to 72 % in numpy), 56 % and 57 % on average.

3. The split: which 100 digits are held out. At the book's seed-1 draws the engine's best trial reads 83 % on this page's split and 78 % on the book's.

The rest is small. Drawing each batch with replacement, as the book's Trainer does, instead of going through a shuffled epoch, moves a trial by about 1 point on average in numpy (from the same start); batch 20 for 10 epochs instead of batch 100 for 50, by 1–2 points. And the arithmetic is the book's: one of this engine's trials replayed in the book's numpy MultiLayerNet, from the same weights with the same batches, gives the same losses to six digits at first and to three after 200 updates (float32 against float64).`,
  },
  pythonTitle: { zh: '自己运行', en: 'Run it yourself' },
  pythonRun: {
    zh: '散点图、前几名曲线和网格三张图下的 Python 按钮各下载一个只用 numpy 和标准库的脚本，带着当前的试验次数、范围、周期数、批大小和种子：**hyperparameter-search-trials.py** 与 **hyperparameter-search-grid.py** 打印每次试验的一行（CSV：trial, lr, weight_decay, val_acc），**hyperparameter-search-best.py** 打印前几名每个周期的训练与验证准确率（CSV：rank, trial, epoch, train_acc, val_acc）。**python3 hyperparameter-search-trials.py** 从本站下载同一份 MNIST 子集（逐个文件核对 SHA-256，不符就停止），**python3 hyperparameter-search-trials.py --data DIR** 读本地文件夹（本站仓库里的 public/data）。脚本用网页的随机数发生器抽出同样的学习率和权值衰减（或排出同样的网格），给每次试验导出同样的种子，做同样的训练/验证划分，按网页 CPU 引擎的运算顺序训练每个网络（同样的初始权重、同样的批次、同样的 float32 舍入），打印的表与网页 CPU 引擎训练完后的表相同：准确率完全相同（lr 和权值衰减都是 10^x 保留 6 位有效数字，网页和脚本因此是同一个数）。默认的 100 次试验在 numpy 里要训练一阵子；改小试验次数或周期数再导出就快得多。',
    en: 'The Python button under the scatter, the best curves and the grid each downloads a script that needs only numpy and the standard library, with the current trials, ranges, epochs, batch size and seed written in: **hyperparameter-search-trials.py** and **hyperparameter-search-grid.py** print one row per trial (CSV: trial, lr, weight_decay, val_acc), **hyperparameter-search-best.py** the best trials’ training and validation accuracy per epoch (CSV: rank, trial, epoch, train_acc, val_acc). **python3 hyperparameter-search-trials.py** downloads the same MNIST subset from this site (each file checked against its SHA-256; a mismatch stops it), **python3 hyperparameter-search-trials.py --data DIR** reads a local folder (public/data of the site’s repository). The script draws the same learning rates and weight decays with the page’s random number generator (or lays out the same grid), derives each trial’s same seed, makes the same train/validation split and trains every net in the page’s CPU engine order of operations (the same initial weights, the same batches, the same float32 rounding). Its table is the page’s once the CPU engine has finished: the accuracies are equal (lr and weight decay are 10^x to 6 significant digits on both sides, so the page and the script use the same numbers). The default 100 trials take a while in numpy; export with fewer trials or epochs for a quick run.',
  },
  gridRunTitle: { zh: '网格这次显示了什么', en: 'What the grid shows here' },
  gridRun: {
    zh: `**随机搜索与网格。** 按“播放”训练同样 100 次的 10 × 10 网格，它最好的是 83 %，比随机搜索第一轮的 74 % 还高：网格包括范围的角点 lr = $10^{-2}$ 本身，而随机搜索这一轮抽到的最大学习率只有 $6.4\\times10^{-3}$，准确率却一直升到 $10^{-2}$。但网格的 100 次试验只试了 10 个学习率：达到 50 % 的 16 次只来自其中 2 个（lr = $10^{-2}$ 那一列的全部 10 次，和 $3.6\\times10^{-3}$ 那一列的 6 次）。同一列里的试验最多相差 29 个百分点（$3.6\\times10^{-3}$ 那一列）：权值衰减做不到这一点（每次更新只把权重乘以 $1 - \\mathrm{lr}\\cdot\\lambda \\geq 1 - 10^{-6}$，200 次最多缩小 0.02 %），做到的是每次试验自己的随机起点，也就是每一次试验都带着的噪声。随机搜索用同样的预算试了 100 个不同的学习率，把准确率从 $10^{-3}$ 到 $10^{-2}$ 怎样上升看得一清二楚。网格这次赢在“运气”：它的网格线恰好落在好的地方；好区域若落在两条网格线之间，网格就一次也碰不到，而随机搜索总会在重要的轴上撒下 100 个点。`,
    en: `**Random search against the grid.** Press Play for the 10 × 10 grid of the same 100 trials: its best is 83 %, above the random round's 74 %. The grid contains the range's corner lr = $10^{-2}$ itself, while the largest learning rate the random round drew is $6.4\\times10^{-3}$, and accuracy keeps rising up to $10^{-2}$. But the grid's 100 trials tried only 10 learning rates: its 16 trials at 50 % or more come from 2 of them (all 10 of the column at lr = $10^{-2}$ and 6 of the column at $3.6\\times10^{-3}$). Trials of one column differ by up to 29 points (the column at $3.6\\times10^{-3}$). The weight decay cannot do that (an update multiplies the weights by $1 - \\mathrm{lr}\\cdot\\lambda \\geq 1 - 10^{-6}$: 0.02 % at most over 200 updates); each trial's own random start does, the noise every single trial carries. With the same budget the random search tried 100 different learning rates and shows how accuracy rises from $10^{-3}$ to $10^{-2}$. The grid won on luck this time: one of its lines fell on the good edge. Had the good band lain between two grid lines, the grid would never have touched it, while a random search always spreads all its trials along the axis that matters.`,
  },
  try: {
    zh: `1. 让默认的 100 次试验跑完，把鼠标移到最亮的几个点上：它们的学习率都在什么量级？权值衰减呢？

2. 在散点图上框出好的区域（比如 lr 从 10⁻³ 到 10⁻²，权值衰减从 10⁻⁸ 到 10⁻⁶），看第二轮的最好成绩和平均成绩比第一轮高了多少。

3. 把“每次试验的周期”改成 50、批大小改成 100（原书的设置）：最好的学习率变了吗？在这台机器上要多花多少时间？

4. 在网格比较里按“播放”，数一数网格的好试验来自几个不同的学习率；再把试验次数改成 16（4 × 4 的网格）试试。

5. 换一个随机种子再搜一次：前 5 名的范围和上一次一样吗？`,
    en: `1. Let the default 100 trials finish and point at the brightest dots: what order of magnitude are their learning rates? Their weight decays?

2. Brush the good region on the scatter (say lr from 10⁻³ to 10⁻², weight decay from 10⁻⁸ to 10⁻⁶) and see how much the second round's best and average beat the first's.

3. Set the epochs per trial to 50 and the batch size to 100 (the book's settings): does the best learning rate move? How much longer does it take on this machine?

4. Press Play in the grid comparison and count how many different learning rates the grid's good trials come from; then try 16 trials (a 4 × 4 grid).

5. Search again with another seed: is the range of the best 5 the same as before?`,
  },
} satisfies Record<string, Text>;
