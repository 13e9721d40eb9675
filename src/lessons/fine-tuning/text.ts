// Lesson text of "fine-tuning", written for this site in 中文 and English (the survey's §8 advice for small data: start from a
// pre-trained model and fine-tune it; its section on vanishing gradients names layer-wise pre-training + fine-tuning too).
import type { Text } from '../../state/i18n';

export const TEXT = {
  intro: {
    zh: `训练样本太少时，常见的第一条建议是：不要从随机权重开始，而是拿一个在别的大数据集上**预训练**好的网络，换掉它的输出层，只在小数据集上**微调**。这叫**迁移学习**：网络下面几层学到的特征（笔画、边缘、弧线）对新任务也许同样有用。

这里把它做成一个能在页面里跑完的实验。网络是 784–100–100–10（ReLU，He 初始化，Adam，η = 0.001）：

1. **预训练**：在本站 MNIST 训练集里所有的数字 0–4 上训练（默认 {preN} 个数字中的 0–4，{preEpochs} 个周期）。
2. **只给很少的新样本**：数字 5–9 每类只有 $k$ 个训练样本（$k$ = 1 … 100）。
3. **两种做法，同样的预算**：**微调**——从预训练的权重出发，输出层重新随机初始化，两个隐藏层冻结（学习率 × 0）、只冻结第一层，或都以 0.1 倍的学习率训练；**从头训练**——所有权重都随机初始化。两者都在同样的 $5k$ 个样本上训练 {epochs} 个周期，批量 10；一个周期里每个数字的 $k$ 个样本轮流重复到 100 个，所以不论 $k$ 多大，每个网络都做同样多次（{updates} 次）更新。
4. 每个 $k$、每种做法各训练 {seeds} 个种子，所有网络作为一个种群一起训练；测试集是 MNIST 测试数字里的 5–9。`,
    en: `When there are too few training examples, the usual first advice is: do not start from random weights; take a network **pre-trained** on another, larger data set, replace its output layer and **fine-tune** it on the small set. This is **transfer learning**: the features the lower layers learned (strokes, edges, arcs) may serve the new task as well.

Here it is as an experiment that runs to the end in the page. The network is 784–100–100–10 (ReLU, He initialisation, Adam, η = 0.001):

1. **Pre-training** on every digit 0–4 of the site's MNIST training set (by default the 0–4 among {preN} digits, {preEpochs} epochs).
2. **Few new examples**: the digits 5–9 get only $k$ training examples each ($k$ = 1 … 100).
3. **Two ways, one budget**: **fine-tuning** starts from the pre-trained weights with a freshly drawn output layer, the two hidden layers frozen (learning rate × 0), only the first frozen, or both trained at 0.1 × the rate; **from scratch** draws every weight. Both train {epochs} epochs on the same $5k$ examples, batch 10; within an epoch each digit's $k$ examples are repeated in turn up to 100, so whatever $k$ is, every network takes the same number of updates ({updates}).
4. {seeds} seeds of each way at each $k$, all trained together as one population; the test set is the 5–9 among the MNIST test digits.`,
  },
  preTitle: { zh: '第一步：在 0–4 上预训练', en: 'Step 1: pre-training on 0–4' },
  preCaption: {
    zh: '预训练网络在测试集的 0–4 上的准确率（每个周期结束时）。它结束后，第二步的网络才从它的权重出发。',
    en: 'Test accuracy of the pre-training network on the 0–4 test digits, at the end of each epoch. The networks of step 2 start from its weights once it has finished.',
  },
  preReading: {
    zh: '预训练：{n} 个 0–4 训练数字，{epoch} 个周期后在 0–4 测试数字上的准确率为 {acc}。',
    en: 'Pre-training: {n} training digits 0–4; after {epoch} epochs its accuracy on the 0–4 test digits is {acc}.',
  },
  preWaiting: { zh: '第二步在预训练结束后开始。', en: 'Step 2 starts once pre-training has finished.' },
  accuracyTitle: { zh: '第二步：5–9 的测试准确率与 k', en: 'Step 2: test accuracy on 5–9 against k' },
  accuracyCaption: {
    zh: '每类 $k$ 个样本、训练 {epochs} 个周期后，5–9 测试集上的准确率：点是各种子的平均（数据表列出每个种子；尚未训练完的网络给出它最新一个周期的值）。竖线是两条平均线相交处。',
    en: 'Test accuracy on 5–9 after {epochs} epochs on $k$ examples per class: points are the mean over seeds (the data table lists every seed; a network still training gives its latest epoch). The vertical rule is where the two mean lines cross.',
  },
  curvesTitle: { zh: 'k = {k} 时的训练曲线', en: 'Training curves at k = {k}' },
  curvesCaption: {
    zh: '$k$ = {k} 时每个网络在 5–9 测试集上的准确率，随周期变化（颜色和标记区分两种做法，每个种子一条线）。',
    en: 'Test accuracy on 5–9 of every network at $k$ = {k}, epoch by epoch (colour and marker tell the two ways apart; one line per seed).',
  },
  weightsTitle: { zh: '第一层学到了什么', en: 'What the first layer learned' },
  weightsIntro: {
    zh: '第一层的每个单元有 784 个输入权重，正好排成一张 28×28 的图：红色是正权重（这里有笔画会让单元更活跃），蓝色是负权重。下面是前 {units} 个单元，依次为预训练后、在 $k$ = {k} 上微调后（第一个种子），以及同样条件下从头训练的网络。第一层冻结时（“冻结”和“只冻结第一层”），微调前后的图完全一样；以 0.1 倍学习率训练时，它们只会略有变化。从头训练的第一个种子和预训练网络用的是同一个种子，起点是同一层随机权重：几个周期的训练只稍微改变了这 78 400 个权重，所以两行图看起来很像，大部分仍是初始的噪声。',
    en: 'Each first-layer unit has 784 input weights, exactly a 28×28 image: red for positive weights (ink there excites the unit), blue for negative ones. Below are the first {units} units after pre-training, after fine-tuning at $k$ = {k} (first seed), and of the network trained from scratch under the same conditions. With the first layer frozen (“frozen” and “first frozen”) the images before and after fine-tuning are identical; at 0.1 × the rate they change only a little. The first seed from scratch and the pre-trained network share a seed, so they start from the same random first layer: a few epochs change its 78,400 weights only a little, and the two rows look alike, mostly the initial noise.',
  },
  weightsCaption: {
    zh: '第一层前 {units} 个单元的权重图（每张图对称着色，±最大绝对值）。数据表给出每个单元权重的范数，以及相对预训练权重的变化 ‖W − W_pre‖ / ‖W_pre‖。',
    en: 'Weight images of the first {units} first-layer units (each coloured symmetrically, ± its largest magnitude). The data table gives each unit’s weight norm and its change from the pre-trained weights, ‖W − W_pre‖ / ‖W_pre‖.',
  },
  weightsWaiting: { zh: '第二步的网络训练完后出现。', en: 'Appears once the networks of step 2 have trained.' },
  colFrozen: { zh: '微调：冻结两层', en: 'fine-tuned: both frozen' },
  colFirst: { zh: '微调：只冻结第一层', en: 'fine-tuned: first frozen' },
  colSlow: { zh: '微调：学习率 × 0.1', en: 'fine-tuned: rate × 0.1' },
  rowPre: { zh: '预训练后', en: 'pre-trained' },
  rowFine: { zh: '微调后', en: 'fine-tuned' },
  rowScratch: { zh: '从头训练', en: 'from scratch' },
  pixel: {
    zh: '{net}，单元 {unit}，像素（行 {r}，列 {c}）：权重 {w}',
    en: '{net}, unit {unit}, pixel (row {r}, column {c}): weight {w}',
  },
  pixelHint: { zh: '把鼠标移到一张权重图上读数；也可以用 Tab 聚焦后按方向键。', en: 'Hover a weight image to read it; or focus it with Tab and use the arrow keys.' },
  fineTune: { zh: '微调', en: 'fine-tuning' },
  scratch: { zh: '从头训练', en: 'from scratch' },
  kLabel: { zh: '每类样本数 k', en: 'examples per class k' },
  epoch: { zh: '周期', en: 'Epoch' },
  accuracy: { zh: '测试准确率（5–9）', en: 'Test accuracy (5–9)' },
  preAccuracy: { zh: '测试准确率（0–4）', en: 'Test accuracy (0–4)' },
  crossMark: { zh: '交点 k ≈ {k}', en: 'crossover k ≈ {k}' },
  counter: { zh: '周期 {k} / {n}', en: 'epoch {k} / {n}' },
  diverged: { zh: '有一个网络在第 {step} 步发散了。', en: 'A network diverged at step {step}.' },
  reading: {
    zh: '这次运行（{done} / {total} 个网络已训练完）：$k$ = 1 时微调 {ft1}、从头训练 {sc1}；$k$ = {kSel} 时 {ftSel} 对 {scSel}；$k$ = 100 时 {ft100} 对 {sc100}。{cross}',
    en: 'This run ({done} of {total} networks finished): at $k$ = 1 fine-tuning {ft1}, from scratch {sc1}; at $k$ = {kSel} {ftSel} against {scSel}; at $k$ = 100 {ft100} against {sc100}. {cross}',
  },
  crossAt: {
    zh: '两条平均线在 $k$ ≈ {k} 处相交：$k$ 更小时{below}领先，更大时{above}领先。',
    en: 'The mean lines cross at $k$ ≈ {k}: below it {below} leads, above it {above}.',
  },
  scratchAhead: {
    zh: '在每一个 $k$ 上都是从头训练领先：微调从未领先，所以没有交点。',
    en: 'Training from scratch is ahead at every $k$: fine-tuning never leads, so there is no crossover.',
  },
  fineAhead: { zh: '在 $k$ ≤ 100 内微调一直领先：没有交点。', en: 'Fine-tuning leads at every $k$ ≤ 100: no crossover.' },
  pythonTitle: { zh: '自己运行', en: 'Run it yourself' },
  pythonRun: {
    zh: '四张图下各有一个 Python 按钮，分别下载 **fine-tuning-pretrain.py**、**fine-tuning-accuracy.py**、**fine-tuning-curves.py** 和 **fine-tuning-weights.py**：只用 numpy 和标准库的脚本，带着当前的 $k$、下面两层的设置、种子数、两步的周期数、预训练取的数字数、测试数字数和种子。**python3 fine-tuning-accuracy.py** 从本站下载同一份 MNIST 子集（逐个文件核对 SHA-256，不符就停止），加 **--data DIR** 则读本地文件夹（本站仓库里的 public/data）。脚本先像网页一样在 0–4 上预训练，再训练这张图需要的网络：每类取前 $k$ 个 5–9 样本、轮流重复到每个周期 100 个；微调的网络从预训练的权重出发（输出层由它自己的种子重新抽取），每次 Adam 更新后按各层的学习率因子缩放这一步（0 = 冻结）。运算按网页 CPU 引擎的顺序（同样的初始权重、批次顺序与 float32 舍入），打印训练结束时这张图的数据表（CSV：epoch, test_acc；k, method, seed, test_acc；method, seed, epoch, test_acc；net, unit, norm, change），与网页 CPU 引擎训练完后的表相同，准确率完全一样。默认设置要训练 30 个网络，需要几分钟；网页在 WebGPU 上训练时，准确率可能有一两个样本之差。',
    en: 'Each of the four figures has a Python button, downloading **fine-tuning-pretrain.py**, **fine-tuning-accuracy.py**, **fine-tuning-curves.py** and **fine-tuning-weights.py**: scripts that need only numpy and the standard library, with the current $k$, lower-layer setting, seeds, epochs of both steps, pre-training digits, test digits and seed written in. **python3 fine-tuning-accuracy.py** downloads the same MNIST subset from this site (each file checked against its SHA-256; a mismatch stops it); with **--data DIR** it reads a local folder (public/data of the site’s repository). A script first pre-trains on 0–4 as the page does, then trains the networks its figure needs: the first $k$ examples of each digit 5–9, repeated in turn to 100 per epoch; fine-tuned networks start from the pre-trained weights (the output layer drawn afresh from their own seed), and after each Adam update every layer’s step is scaled by its learning-rate factor (0 = frozen). It runs in the page’s CPU engine order of operations (the same initial weights, batch order and float32 rounding) and prints its figure’s data table at the end of training (CSV: epoch, test_acc; k, method, seed, test_acc; method, seed, epoch, test_acc; net, unit, norm, change): the page’s table once its CPU engine has finished, with the same accuracies. The defaults train 30 networks, a few minutes’ work; when the page trains on WebGPU, an accuracy may differ by a digit or two.',
  },
  expectTitle: { zh: '默认设置下量到的结果', en: 'What the default run measured' },
  differTitle: { zh: '和通常的预期哪里不同', en: 'Where this differs from the common expectation' },
  expect: {
    zh: `常见的预期是：样本很少时，从预训练的网络出发会更好，样本多了从头训练才追上来，中间有一个交点。这次运行里没有这样的交点：在每一个 $k$ 上、三种设置下，都是从头训练领先；预训练网络被固定得越多，差距大体上越大（冻结两层 > 只冻结第一层 > 学习率 × 0.1；$k$ = 1 时三者相差不到两个百分点）。原因有三：

1. **源任务太窄。** 预训练网络只见过五种数字，它的隐藏层学的是怎样区分 0、1、2、3、4，别的信息被丢掉了，第二个隐藏层尤其如此。在这些特征上只训练输出层，补不回 5–9 需要的东西（$k$ = 100 时冻结两层只有 69.7%，从头训练 87.1%）。真正好迁移的预训练模型是在大得多、多样得多的数据上训练的，例如一千个类别的 ImageNet。
2. **对 MNIST 来说，像素本身就是不错的特征。** 每个数字只有一个样本时，从头训练的网络也能达到 56.9%；这样简单的数据，预训练能添加的东西不多。
3. **能动的层越多，差距越小。** 学习率 × 0.1 时，$k$ = 100 的差距只剩 1.5 个百分点：预训练的起点本身没有害处，冻结才有。

预算也要说清楚：两种做法都做了同样的 500 次更新，但微调的网络之前已经在 0–4 上训练过，把预训练算进去，它用的计算量多得多。换种子、换后端或改变设置，数字会有所不同；图上的交点线只在某次运行的两条平均线真的相交时才画出来。`,
    en: `The common expectation: with few examples, starting from a pre-trained network is better, training from scratch catches up once there are more, and the curves cross in between. This run has no such crossover: at every $k$ and with all three settings the network trained from scratch is ahead, and on the whole the more of the pre-trained network is held fixed, the larger the gap (both frozen > first frozen > rate × 0.1; at $k$ = 1 the three are within two points). Three reasons:

1. **The source task is narrow.** The pre-trained network saw five digits only; its hidden layers learned what tells 0, 1, 2, 3 and 4 apart and dropped the rest, the second hidden layer most of all. Training only the output layer on those features cannot recover what 5–9 need (at $k$ = 100 both frozen reach 69.7 %, from scratch 87.1 %). Pre-trained models that transfer well were trained on far larger and more varied data, such as ImageNet's thousand classes.
2. **For MNIST, the pixels are good features already.** With one example per digit, the network trained from scratch reaches 56.9 %; on data this simple, pre-training has little to add.
3. **The more layers may move, the smaller the gap.** At rate × 0.1 the gap at $k$ = 100 is 1.5 points: the pre-trained start does no harm in itself; freezing does.

The budget needs saying too: both ways take the same 500 updates, but the fine-tuned networks were trained on 0–4 before; counting that, they used far more computation. Another seed, backend or setting shifts the numbers; the figure draws a crossover only when a run's two mean lines really cross.`,
  },
  measuredDefault: {
    zh: '默认设置（3 个种子，10 个周期即 500 次更新，种子 1，CPU 引擎；预训练用 10 000 个训练数字中的 5131 个 0–4，3 个周期，在 0–4 测试数字上达到 97.6%；测试集是前 1000 个测试数字中的 456 个 5–9）量到的 5–9 测试准确率（各种子平均）：',
    en: 'What the defaults measured (3 seeds, 10 epochs = 500 updates, seed 1, CPU engine; pre-training on the 5131 digits 0–4 among 10 000 training digits, 3 epochs, 97.6 % on the 0–4 test digits; tested on the 456 digits 5–9 among the first 1000 test digits), test accuracy on 5–9, mean over seeds:',
  },
  try: {
    zh: `1. 把“微调时的下面两层”从“冻结”换成“只冻结第一层”，再换成“学习率 × 0.1”：$k$ 大时微调和从头训练的差距怎样变化？

2. 把 $k$ 拖到 1：每个数字只有一个样本。看训练曲线：从头训练的网络第一个周期就记住了它的 5 个样本，之后测试准确率几乎不再上升。

3. 把预训练周期减到 1：预训练得不够好的特征还值得迁移吗？

4. 在权重图上比较预训练网络和从头训练网络的第一层：哪些单元看起来像笔画的一部分？`,
    en: `1. Switch “Lower layers when fine-tuning” from frozen to “first frozen, second trained”, then to “learning rate × 0.1”: how does the gap to training from scratch change at large $k$?

2. Drag $k$ down to 1: one example per digit. In the training curves the network trained from scratch memorises its 5 examples within the first epoch, and its test accuracy hardly rises after that.

3. Cut pre-training to 1 epoch: are features that were pre-trained less well still worth transferring?

4. Compare the first layer of the pre-trained and the from-scratch networks in the weight images: which units look like parts of strokes?`,
  },
} satisfies Record<string, Text>;
