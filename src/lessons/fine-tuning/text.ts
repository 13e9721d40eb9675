// Lesson text of "fine-tuning", written for this site in 中文 and English (the survey's §8 advice for small data: start from a
// pre-trained model and fine-tune it; its section on vanishing gradients names layer-wise pre-training + fine-tuning too).
import type { Text } from '../../state/i18n';

export const TEXT = {
  intro: {
    zh: `训练样本太少时，常见的第一条建议是：不要从随机权重开始，而是拿一个在别的大数据集上**预训练**好的网络，换掉它的输出层，只在小数据集上**微调**。这叫**迁移学习**：网络下面几层学到的特征（笔画、边缘、弧线）对新任务也许同样有用。

这里把它做成一个能在页面里跑完的实验。网络是 784–100–100–10（ReLU，He 初始化，Adam，η = 0.001）：

1. **预训练**：在本站 MNIST 训练集里所有的数字 0–4 上训练（默认 {preN} 个数字中的 0–4，{preEpochs} 个周期）。
2. **只给很少的新样本**：数字 5–9 每类只有 $k$ 个训练样本（$k$ = 1 … 100）。
3. **两种做法，同样的预算**：**微调**——从预训练的权重出发，输出层重新随机初始化，两个隐藏层冻结（学习率 × 0）或以 0.1 倍的学习率训练；**从头训练**——所有权重都随机初始化。两者都在同样的 $5k$ 个样本上训练 {epochs} 个周期，批量 10；一个周期里每个数字的 $k$ 个样本轮流重复到 100 个，所以不论 $k$ 多大，每个网络都做同样多次（{updates} 次）更新。
4. 每个 $k$、每种做法各训练 {seeds} 个种子，所有网络作为一个种群一起训练；测试集是 MNIST 测试数字里的 5–9。`,
    en: `When there are too few training examples, the usual first advice is: do not start from random weights; take a network **pre-trained** on another, larger data set, replace its output layer and **fine-tune** it on the small set. This is **transfer learning**: the features the lower layers learned (strokes, edges, arcs) may serve the new task as well.

Here it is as an experiment that runs to the end in the page. The network is 784–100–100–10 (ReLU, He initialisation, Adam, η = 0.001):

1. **Pre-training** on every digit 0–4 of the site's MNIST training set (by default the 0–4 among {preN} digits, {preEpochs} epochs).
2. **Few new examples**: the digits 5–9 get only $k$ training examples each ($k$ = 1 … 100).
3. **Two ways, one budget**: **fine-tuning** starts from the pre-trained weights with a freshly drawn output layer, the two hidden layers frozen (learning rate × 0) or trained at 0.1 × the rate; **from scratch** draws every weight. Both train {epochs} epochs on the same $5k$ examples, batch 10; within an epoch each digit's $k$ examples are repeated in turn up to 100, so whatever $k$ is, every network takes the same number of updates ({updates}).
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
    zh: '第一层的每个单元有 784 个输入权重，正好排成一张 28×28 的图：红色是正权重（这里有笔画会让单元更活跃），蓝色是负权重。下面是前 {units} 个单元，依次为预训练后、在 $k$ = {k} 上微调后（第一个种子），以及同样条件下从头训练的网络。冻结时，微调前后的图完全一样；以 0.1 倍学习率训练时，它们只会略有变化。',
    en: 'Each first-layer unit has 784 input weights, exactly a 28×28 image: red for positive weights (ink there excites the unit), blue for negative ones. Below are the first {units} units after pre-training, after fine-tuning at $k$ = {k} (first seed), and of the network trained from scratch under the same conditions. Frozen, the images before and after fine-tuning are identical; at 0.1 × the rate they change only a little.',
  },
  weightsCaption: {
    zh: '第一层前 {units} 个单元的权重图（每张图对称着色，±最大绝对值）。数据表给出每个单元权重的范数，以及相对预训练权重的变化 ‖W − W_pre‖ / ‖W_pre‖。',
    en: 'Weight images of the first {units} first-layer units (each coloured symmetrically, ± its largest magnitude). The data table gives each unit’s weight norm and its change from the pre-trained weights, ‖W − W_pre‖ / ‖W_pre‖.',
  },
  weightsWaiting: { zh: '第二步的网络训练完后出现。', en: 'Appears once the networks of step 2 have trained.' },
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
  expectTitle: { zh: '和通常的预期哪里不同', en: 'Where this differs from what one might expect' },
  expect: {
    zh: `{measured}

通常的说法是“有预训练模型就用它微调”，这里有三点值得注意：

1. **源任务和目标任务离得越远，迁移的好处越小。** 0–4 和 5–9 是同一种图像（灰度手写数字、相同的笔画粗细和位置），所以下层特征可以直接用；但预训练网络从没见过 5–9，它的第一层是为了区分 0–4 而学的，不是通用的“笔画检测器”。ImageNet 上训练的大网络之所以好迁移，是因为它见过的图像远比目标任务多样。
2. **冻结的层限制了网络能学到的东西。** 冻结时只训练最后一层 100×10 的权重，等于在固定特征上做逻辑回归。样本很少时这正是优点（要学的参数少，不容易过拟合）；样本多了，从头训练的网络可以为 5–9 学到专门的特征，于是追上甚至超过微调——这就是上图的交点。改成“学习率 × 0.1”时，下层也能慢慢适应，交点通常会往右移。
3. **“同样的预算”也要说清楚。** 这里两种做法都在同样的样本上训练同样多的周期，但微调的网络之前已经在 0–4 上训练过了；如果把预训练的计算也算进去，微调用的计算量要多得多。`,
    en: `{measured}

The usual advice is “if a pre-trained model exists, fine-tune it”. Three things deserve a note here:

1. **The further apart the source and target tasks, the less transfer helps.** 0–4 and 5–9 are the same kind of image (grey handwritten digits, the same stroke width and placement), so the lower layers' features carry over; but the pre-trained network never saw a 5–9, and its first layer learned to tell 0–4 apart, not to be a general stroke detector. Large networks trained on ImageNet transfer well because they saw far more varied images than the target task holds.
2. **Frozen layers limit what the network can learn.** Frozen, only the last 100×10 layer trains: logistic regression on fixed features. With very few examples that is a strength (few parameters, little overfitting); with more, the network trained from scratch learns features made for 5–9 and catches up or passes fine-tuning — the crossover above. With “learning rate × 0.1” the lower layers adapt slowly too, and the crossover usually moves to the right.
3. **“The same budget” needs saying precisely.** Both ways train the same epochs on the same examples here, but the fine-tuned networks were trained on 0–4 before; counting the pre-training, fine-tuning spent far more computation.`,
  },
  measuredDefault: {
    zh: '默认设置（冻结下层，3 个种子，20 个周期，种子 1，CPU 引擎）量到的各种子平均测试准确率：{table}。',
    en: 'What the defaults (lower layers frozen, 3 seeds, 20 epochs, seed 1, CPU engine) measured, mean test accuracy over seeds: {table}.',
  },
  try: {
    zh: `1. 把“微调时的下面两层”从“冻结”换成“学习率 × 0.1”：$k$ 大时微调的准确率如何变化？交点移到了哪里？

2. 把 $k$ 拖到 1：每个数字只有一个样本。看训练曲线：从头训练的网络几个周期后就把 5 个训练样本全记住了，测试准确率却停在很低的地方。

3. 把预训练周期减到 1：预训练得不够好的特征还值得迁移吗？

4. 在权重图上比较预训练网络和从头训练网络的第一层：哪些单元看起来像笔画的一部分？`,
    en: `1. Switch “Lower layers when fine-tuning” from frozen to “learning rate × 0.1”: what happens to fine-tuning at large $k$, and where does the crossover move?

2. Drag $k$ down to 1: one example per digit. In the training curves the network trained from scratch memorises its 5 examples within a few epochs while its test accuracy stays low.

3. Cut pre-training to 1 epoch: are features that were pre-trained less well still worth transferring?

4. Compare the first layer of the pre-trained and the from-scratch networks in the weight images: which units look like parts of strokes?`,
  },
} satisfies Record<string, Text>;
