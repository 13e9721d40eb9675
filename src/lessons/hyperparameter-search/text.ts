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

2. 在范围内**随机**取一组值（书中说随机采样比规则的网格更好，原因见下面的比较）。

3. 用这组值训练，在验证数据上测识别精度；epoch 要设得小，每次评价才快。

4. 把第 2、3 步重复约 100 次，看精度好的点落在哪里，据此**缩小**范围。

5. 在缩小后的范围里重复，直到范围足够小，从中选出一个值。

书中（ch06/hyperparameter_optimization.py）只搜索两个超参数：学习率和权值衰减系数，都在对数尺度上均匀抽样：

$$\\mathrm{lr} = 10^{u_1},\\ u_1 \\sim U(-6, -2), \\qquad \\lambda = 10^{u_2},\\ u_2 \\sim U(-8, -4)$$

网络是 6 个 100 单元的 ReLU 隐藏层（He 初始化），SGD，训练数据只用 MNIST 的前 500 个，其中 100 个作验证，400 个训练；每次试验 50 个周期，batch 100。想更精细、更省试验次数，可以改用贝叶斯优化（见论文 “Practical Bayesian Optimization of Machine Learning Algorithms”）。`,
    en: `1. Set a rough range for each hyperparameter, on a scale of powers of 10.

2. Draw a value **at random** from the range (the book finds random sampling better than a regular grid; the comparison below shows why).

3. Train with it and measure the accuracy on the validation data; keep the epochs few so each evaluation is quick.

4. Repeat steps 2 and 3 about 100 times, see where the good results lie, and **narrow** the ranges around them.

5. Repeat within the narrower ranges until they are small enough, then pick one value from them.

The book (ch06/hyperparameter_optimization.py) searches just two hyperparameters, the learning rate and the weight decay coefficient, both drawn uniformly on a log scale:

$$\\mathrm{lr} = 10^{u_1},\\ u_1 \\sim U(-6, -2), \\qquad \\lambda = 10^{u_2},\\ u_2 \\sim U(-8, -4)$$

The network has six hidden layers of 100 ReLU units (He initialization) and trains with SGD on only the first 500 MNIST training digits: 100 for validation, 400 for training; each trial runs 50 epochs with batch 100. For a more refined search with fewer trials, Bayesian optimization is the next step (see “Practical Bayesian Optimization of Machine Learning Algorithms”).`,
  },
  searchTitle: { zh: '{count} 次随机试验', en: '{count} random trials' },
  trialsCaption: {
    zh: '{count} 次试验，lr = 10^U({lrLo}, {lrHi})，权值衰减 = 10^U({wdLo}, {wdHi})（虚线框），每次 {epochs} 个周期、batch {batch}：每个点是一个网络，颜色是它最近一个周期后在 100 个验证数字上的准确率，空心圆表示还没完成第一个周期。在图上拖出一个矩形即设定下一轮的范围。',
    en: '{count} trials, lr = 10^U({lrLo}, {lrHi}), weight decay = 10^U({wdLo}, {wdHi}) (dashed box), {epochs} epochs with batch {batch} each: every point is a network, coloured by its accuracy on the 100 validation digits after its latest epoch; hollow circles have not finished an epoch yet. Drag a rectangle on the plot to set the next round’s ranges.',
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
    zh: '{done} / {count} 次试验已训练完。目前最好的是第 {trial} 次：验证准确率 {acc}（lr = {lr}，权值衰减 = {wd}）。lr ≥ 10⁻³ 的 {nHigh} 次试验平均 {high}；lr ≤ 10⁻⁵ 的 {nLow} 次平均 {low}，和瞎猜（约 10 %）差不多。',
    en: '{done} of {count} trials have finished. The best so far is trial {trial}: validation accuracy {acc} (lr = {lr}, weight decay = {wd}). The {nHigh} trials with lr ≥ 10⁻³ average {high}; the {nLow} with lr ≤ 10⁻⁵ average {low}, about guessing (10 %).',
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
  rangesNow: { zh: '本轮：lr ∈ [10^{lrLo}, 10^{lrHi}]，权值衰减 ∈ [10^{wdLo}, 10^{wdHi}]。', en: 'This round: lr ∈ [10^{lrLo}, 10^{lrHi}], weight decay ∈ [10^{wdLo}, 10^{wdHi}].' },
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
    zh: '{g} × {g} 的网格搜索（{budget} 次试验），颜色是验证准确率；每一列（同一个学习率）颜色几乎一样。',
    en: 'The {g} × {g} grid search ({budget} trials), coloured by validation accuracy; each column (one learning rate) is nearly one colour.',
  },
  gridPlayHint: { zh: '网格的 {budget} 次试验尚未开始：按“播放”训练。', en: 'The grid’s {budget} trials have not started: press Play to train them.' },
  gridReading: {
    zh: '同样 {budget} 次试验：随机搜索最好的是 {rBest}（lr = {rLr}），网格最好的是 {gBest}（lr = {gLr}）。验证准确率达到 {good} 的：随机 {rHits} 次，来自 {rHitLr} 个不同的学习率；网格 {gHits} 次，只来自 {gHitLr} 个学习率。',
    en: 'With the same {budget} trials, the random search’s best is {rBest} (lr = {rLr}), the grid’s best {gBest} (lr = {gLr}). Trials reaching {good} validation accuracy: random {rHits}, from {rHitLr} different learning rates; grid {gHits}, from only {gHitLr}.',
  },
  gridPartial: { zh: '（还有试验在训练，数字会变。）', en: '(Some trials are still training; the numbers will change.)' },
  runTitle: { zh: '这次运行显示了什么', en: 'What the run shows' },
  run: {
    zh: `RUN_ZH`,
    en: `RUN_EN`,
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
