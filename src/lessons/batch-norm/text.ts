// Lesson text of "batch-norm", written for this site in 中文 and English (facts from 云不见's notes §三 and mantch §5).
import type { Text } from '../../state/i18n';

export const TEXT = {
  intro: {
    zh: `上一课看到：权重初始值选得不好，各层激活值的分布就会塌缩或饱和，网络学不动。**批归一化**（Batch Normalization，简称 BN）换了个思路：既然希望每层的激活值有合适的分布，那就在训练时“强制”调整它。

做法是以 mini-batch 为单位，把某一层的值变成均值 0、方差 1，再用两个可学习的参数做缩放和平移。它通常插在激活函数之前（或之后）。据书中总结，BN 有三个好处：

1. 学习更快（可以用更大的学习率）；

2. 不那么依赖初始值；

3. 能抑制过拟合（减少对 Dropout 等的需要）。

从梯度的角度看，BN 也是缓解梯度消失和爆炸的办法之一：每一层的输入都被拉回到相近的范围，就像把输入特征归一化能加快学习一样，只不过这里归一化的是隐藏层。本课的所有数字都来自页面里正在训练的真实网络。`,
    en: `The previous lesson showed that a badly chosen initial scale makes each layer's activations collapse or saturate, and the network stops learning. **Batch normalization** (BN) takes another route: if every layer should have a well-spread distribution of activations, enforce it during training.

It works one mini-batch at a time: a layer's values are shifted and scaled to mean 0 and variance 1, then scaled and shifted again by two learned parameters. It usually sits before the activation function (or after it). The book lists three benefits:

1. learning goes faster (larger learning rates become usable);

2. it depends much less on the initial weights;

3. it curbs overfitting (less need for dropout and the like).

Seen from the gradients, BN is one of the remedies for vanishing and exploding gradients: every layer's input is pulled back to a similar range. Normalizing the input features speeds up learning; BN does the same for the hidden units. Every number in this lesson comes from the networks training in this page.`,
  },
  formulaTitle: { zh: '算法：四步', en: 'The algorithm in four steps' },
  formula: {
    zh: `设某个单元在一个 mini-batch 的 $m$ 行上的输入为 $x_1, \\dots, x_m$。训练时 BN 依次计算：

$$\\mu_B = \\frac{1}{m}\\sum_{i=1}^{m} x_i, \\qquad \\sigma_B^2 = \\frac{1}{m}\\sum_{i=1}^{m} (x_i - \\mu_B)^2$$

$$\\hat{x}_i = \\frac{x_i - \\mu_B}{\\sqrt{\\sigma_B^2 + \\varepsilon}}, \\qquad y_i = \\gamma\\,\\hat{x}_i + \\beta$$

$\\varepsilon$ 是防止除以 0 的小数（这里和书中一样取 $10^{-6}$）。每个单元有自己的 $\\mu_B, \\sigma_B^2$，以及自己的 $\\gamma$（初始为 1）和 $\\beta$（初始为 0），后两者和权重一样靠梯度学习。反向传播要穿过这四步：因为 $\\mu_B$ 和 $\\sigma_B^2$ 本身依赖整批的 $x$，梯度比普通的逐元素运算复杂一些，但画出计算图一步步推就能得到。`,
    en: `Let one unit's inputs over the $m$ rows of a mini-batch be $x_1, \\dots, x_m$. In training, BN computes in turn:

$$\\mu_B = \\frac{1}{m}\\sum_{i=1}^{m} x_i, \\qquad \\sigma_B^2 = \\frac{1}{m}\\sum_{i=1}^{m} (x_i - \\mu_B)^2$$

$$\\hat{x}_i = \\frac{x_i - \\mu_B}{\\sqrt{\\sigma_B^2 + \\varepsilon}}, \\qquad y_i = \\gamma\\,\\hat{x}_i + \\beta$$

$\\varepsilon$ is a small number that prevents a division by 0 (here $10^{-6}$, as in the book). Every unit has its own $\\mu_B, \\sigma_B^2$ and its own $\\gamma$ (starting at 1) and $\\beta$ (starting at 0), learned by gradient descent like the weights. Backpropagation goes back through all four steps; since $\\mu_B$ and $\\sigma_B^2$ depend on the whole batch, the gradient is more involved than for an element-wise operation, but drawing the computation graph and going node by node derives it.`,
  },
  algoTitle: { zh: '在真实的小批量上算一遍', en: 'Worked on a real mini-batch' },
  algoCaption: {
    zh: '第 {panel} 个尺度（初始标准差 {std}）带 BN 的网络，第 {layer} 个隐藏层：它刚训练过的那个 mini-batch（100 个数字）经过当前权重后，前 2 个单元在 BN 中的输入 x、x̂ 与输出 y；表尾是整批的统计量、γ、β 和滑动平均。',
    en: 'The network with BN at scale {panel} (initial std {std}), hidden layer {layer}: the mini-batch it last trained on (100 digits) through its current weights; for the first 2 units, the BN input x, x̂ and the output y; below, the whole batch’s statistics, γ, β and the running averages.',
  },
  digit: { zh: '数字', en: 'Digit' },
  digitRow: { zh: '第 {i} 行（{label}）', en: 'row {i} ({label})' },
  unit: { zh: '单元 {j}', en: 'Unit {j}' },
  moreRows: { zh: '其余 {n} 行', en: '{n} more rows' },
  runMean: { zh: '滑动平均 μ', en: 'running μ' },
  runVar: { zh: '滑动平均 σ²', en: 'running σ²' },
  traceWaiting: { zh: '等待第一次参数更新…', en: 'Waiting for the first update…' },
  algoWorked: {
    zh: `第 {step} 次更新后（第 {epoch} 个周期），这一批 $m = {n}$。单元 1、第 1 行：

$$\\hat{x} = \\frac{x - \\mu_B}{\\sqrt{\\sigma_B^2 + \\varepsilon}} = \\frac{{xval} - ({muval})}{\\sqrt{{varval} + {epsval}}} = {xhatval}$$

$$y = \\gamma\\hat{x} + \\beta = {gammaval} \\times ({xhatval}) + ({betaval}) = {yval}$$

不论前面各层的权重尺度如何，这一列 x̂ 的均值总是 0、方差总是接近 1。训练继续时，这些数会随之更新。`,
    en: `After update {step} (epoch {epoch}); this batch has $m = {n}$ rows. Unit 1, row 1:

$$\\hat{x} = \\frac{x - \\mu_B}{\\sqrt{\\sigma_B^2 + \\varepsilon}} = \\frac{{xval} - ({muval})}{\\sqrt{{varval} + {epsval}}} = {xhatval}$$

$$y = \\gamma\\hat{x} + \\beta = {gammaval} \\times ({xhatval}) + ({betaval}) = {yval}$$

Whatever the scale of the weights before it, the column x̂ always has mean 0 and variance close to 1. The numbers follow the run as it trains.`,
  },
  modesTitle: { zh: '训练模式与评估模式', en: 'Training mode and evaluation mode' },
  modesIntro: {
    zh: `训练时用的是这一批自己的 $\\mu_B$ 和 $\\sigma_B^2$。评估（预测）时却不能这样：那时输入可能只有一个样本，而且同一个数字的预测不应取决于它和谁分在一批。所以 BN 在训练中顺便记下**滑动平均**：每一步 $r_\\mu \\leftarrow 0.9\\,r_\\mu + 0.1\\,\\mu_B$，$r_{\\sigma^2} \\leftarrow 0.9\\,r_{\\sigma^2} + 0.1\\,\\sigma_B^2$；评估时用它们代替批统计量（上表的最后两行）。

如果评估时仍用批统计量，而一批只有一个样本会怎样？那时 $\\mu_B = x$，$\\sigma_B^2 = 0$，于是每个单元都有 $\\hat{x} = 0$，$y = \\beta$——网络的输出与输入完全无关。下表把这一批的前几个数字各自单独送进同一个网络，两种方式各算一次。`,
    en: `Training uses the batch's own $\\mu_B$ and $\\sigma_B^2$. Evaluation (prediction) cannot: the input may be a single example, and the answer for a digit should not depend on which other digits share its batch. So during training BN also keeps **running averages**, at every step $r_\\mu \\leftarrow 0.9\\,r_\\mu + 0.1\\,\\mu_B$ and $r_{\\sigma^2} \\leftarrow 0.9\\,r_{\\sigma^2} + 0.1\\,\\sigma_B^2$, and evaluation uses them instead of the batch statistics (the last two rows of the table above).

What if evaluation used batch statistics on a batch of one? Then $\\mu_B = x$ and $\\sigma_B^2 = 0$, so every unit gets $\\hat{x} = 0$ and $y = \\beta$: the network's output no longer depends on its input. The table sends the first digits of the batch through the same network one at a time, both ways.`,
  },
  modesCaption: {
    zh: '前 {k} 个数字各自作为“一批”时网络预测的类别：用批统计量（一批只有一个样本）与用滑动平均。',
    en: 'The class the network predicts for each of the first {k} digits sent alone: with batch statistics (a batch of one) and with the running averages.',
  },
  colLabel: { zh: '真实类别', en: 'True class' },
  colAloneBatch: { zh: '单独一批，用批统计量', en: 'Alone, batch statistics' },
  colAloneRunning: { zh: '单独一批，用滑动平均', en: 'Alone, running averages' },
  modesReading: {
    zh: '用批统计量时，{k} 个不同数字的 10 个输出（logits）之间最大相差 {spreadTrain}：完全相同（前 3 个都是 {logits}），所以预测的类别也都一样。用滑动平均时最大相差 {spreadEval}，预测回到了依赖输入的正常状态。',
    en: 'With batch statistics the {k} different digits’ 10 outputs (logits) differ by at most {spreadTrain}: they are identical (the first three are {logits} for every digit), so is the predicted class. With the running averages they differ by up to {spreadEval}, and the predictions depend on the input again.',
  },
  gridTitle: { zh: '原书的实验：16 种初始尺度', en: 'The book’s experiment: 16 initial scales' },
  gridIntro: {
    zh: '书中的 batch_norm_test.py：1000 个 MNIST 训练数字，5 个 100 单元的 ReLU 隐藏层（Affine → BN → ReLU），SGD，η = 0.01，batch 100，训练 20 个周期；权重初始标准差取 np.logspace(0, −4, 16) 的 16 个值。每个尺度训练两个网络：有 BN 和没有 BN，随机种子相同（相同的初始权重、相同的批次顺序）。这里 {stds} 个尺度共 {count} 个网络作为一个“种群”一起在后台线程里训练（{n} 个数字，η = {lr}，{epochs} 个周期），每个周期结束时在这些训练数字上测一次准确率（评估模式），和书中一样。',
    en: 'The book’s batch_norm_test.py: 1000 MNIST training digits, five hidden layers of 100 ReLU units (Affine → BN → ReLU), SGD with η = 0.01, batch 100, 20 epochs; the initial weight std takes the 16 values of np.logspace(0, −4, 16). At each scale two networks train, with and without BN, from the same seed (the same initial weights and the same batches). Here {stds} scales make {count} networks, trained together as one population off the main thread ({n} digits, η = {lr}, {epochs} epochs); at the end of every epoch each is scored on those training digits in evaluation mode, as in the book.',
  },
  pythonTitle: { zh: '自己运行', en: 'Run it yourself' },
  pythonRun: {
    zh: '网格图下的 Python 按钮下载 **batch-norm-grid.py**：一个只用 numpy 和标准库的脚本，带着当前的尺度个数、BN 的位置、η、周期数、样本数和种子，写有 Affine、BatchNormalization、ReLU、softmax 交叉熵几个层的类。**python3 batch-norm-grid.py** 从本站下载同一份 MNIST 子集（逐个文件核对 SHA-256，不符就停止），**python3 batch-norm-grid.py --data DIR** 读本地文件夹（本站仓库里的 public/data）。它按网页 CPU 引擎的运算顺序训练每一对网络（同样的初始权重、批次顺序、批统计量与滑动平均、float32 舍入），打印网格的数据表（CSV：std, bn, epoch, train_acc），准确率与网页的 CPU 引擎相同；网页停下的发散网络，脚本也在同一处停下（书中的 numpy 代码会带着 NaN 继续）。完整的 {count} 个网络在 numpy 里要跑一阵子。',
    en: 'The Python button under the grid downloads **batch-norm-grid.py**: a script that needs only numpy and the standard library, with the current number of scales, BN placement, η, epochs, digits and seed written in, and a class for each layer (Affine, BatchNormalization, ReLU, softmax cross-entropy). **python3 batch-norm-grid.py** downloads the same MNIST subset from this site (each file checked against its SHA-256; a mismatch stops it), **python3 batch-norm-grid.py --data DIR** reads a local folder (public/data of the site’s repository). It trains each pair of networks in the page’s CPU engine order of operations (the same initial weights, batch order, batch statistics and running averages, float32 rounding) and prints the grid’s data table (CSV: std, bn, epoch, train_acc) with the accuracies of the page’s CPU engine; a network the page stops as diverged stops at the same point in the script (the book’s numpy code carries on with NaN). The full {count} networks take a while in numpy.',
  },
  pythonInspect: {
    zh: '其他四张图也有 Python 按钮：**batch-norm-algorithm.py** 与 **batch-norm-modes.py** 训练所选尺度的 BN 网络，在最后一个小批量上逐步算出所选层的 μ_B、σ²_B、x̂、y（训练模式，不改动滑动平均），以及前 4 个样本单独送入时在两种模式下的类别；**batch-norm-histograms.py** 训练这个尺度的两个网络，打印最后一个小批量上每个隐藏层激活值的直方图（20 格）；**batch-norm-book-view.py** 训练整个网格，按书中代码的画法打印停下的网络（准确率为前 n 个标签中 0 的比例）。网页在每个周期结束时刷新这几张图，脚本打印训练结束（或网络停下）时的表。',
    en: 'The other four figures have a Python button too: **batch-norm-algorithm.py** and **batch-norm-modes.py** train the chosen scale’s BN net and work the chosen layer’s μ_B, σ²_B, x̂ and y on the last mini-batch (training mode, running averages left alone), and the class of the first 4 digits sent alone in both modes; **batch-norm-histograms.py** trains both nets of that scale and prints every hidden layer’s activation histogram on the last mini-batch (20 bins); **batch-norm-book-view.py** trains the whole grid and prints the stopped networks as the book’s code draws them (the accuracy is the share of zeros among the first n labels). The page refreshes these figures at each epoch end; a script prints the table at the end of training (or where the network stopped).',
  },
  gridCaption: {
    zh: '{count} 个初始尺度下每个周期的训练准确率：橙色圆点为有 BN，蓝色方块为无 BN（两者都是训练数据上的准确率，故都是实线）。',
    en: 'Training accuracy per epoch at {count} initial scales: orange circles with BN, blue squares without (both measured on the training digits, so both solid).',
  },
  withBn: { zh: '有 BN', en: 'with BN' },
  withoutBn: { zh: '无 BN', en: 'without BN' },
  panelTitle: { zh: '{k}. 标准差 {std}', en: '{k}. std {std}' },
  panelDiverged: { zh: '{net}：第 {step} 步发散', en: '{net}: diverged at update {step}' },
  epoch: { zh: '周期', en: 'epoch' },
  accuracy: { zh: '准确率', en: 'accuracy' },
  diverged: {
    zh: '初始标准差 {std} 的网络（{net}）在第 {step} 步发散（损失变成 NaN/∞），它的曲线就此停止：权重太大，各层激活值逐层放大，输出溢出。',
    en: 'The network {net} at initial std {std} diverged at update {step} (its loss became NaN/∞) and its curve stops there: with weights this large the activations grow layer by layer until the output overflows.',
  },
  epochCounter: { zh: '第 {k} / {n} 个周期', en: 'Epoch {k} of {n}' },
  gridReading: {
    zh: '前 {epoch} 个周期（{panels} 个尺度）：有 BN 的网络在 {bnFaster} 个尺度上学得更快（平均准确率高出 2 个百分点以上），没有 BN 的只在 {plainFaster} 个上更快。最新准确率超过 50% 的：有 BN {bnLearned} 个，无 BN {plainLearned} 个。',
    en: 'Over the first {epoch} epochs ({panels} scales): with BN the network learned faster at {bnFaster} scales (mean accuracy more than 2 points higher), without BN at {plainFaster}. Latest accuracy above 50 %: {bnLearned} scales with BN, {plainLearned} without.',
  },
  bookViewTitle: { zh: '书中的图会怎样画这几格', en: 'How the book’s figure draws these panels' },
  bookViewCaption: {
    zh: '本次运行中有网络发散的几格，按书中代码的做法重画：发散的网络画成 numpy 会继续给出的准确率——每个数字都判成 0，即 {n} 个训练数字中 0 所占的比例（{acc}），{epochs} 个周期都是一条平线；另一个网络是本次运行的曲线。',
    en: 'The panels where this run stopped a network as diverged, redrawn the way the book’s code would: the stopped network as numpy would go on scoring it, every digit called a 0, the share of zeros among the {n} training digits ({acc}), flat over all {epochs} epochs; the other network is this run’s curve.',
  },
  bookViewNote: { zh: '{net}：本页在第 {step} 步停下；书中的代码会一直画 {acc}', en: '{net}: stopped here at update {step}; the book’s code would draw {acc} throughout' },
  bookViewNone: {
    zh: '到目前为止没有网络发散。一旦有网络发散，它所在的那一格就会按书中代码的画法出现在这里。',
    en: 'No network has diverged so far. When one does, its panel appears here as the book’s code would draw it.',
  },
  bookView: {
    zh: '**书中的图在这几格没有断开，而是一条约 10 % 的平线：** numpy 遇到溢出不报错，权重变成 inf、再变成 NaN 后训练照常进行，而 np.argmax 对一行 NaN 返回 0，于是网络把每个数字都判成 0，准确率就是训练数字中 0 所占的比例（这里 {n} 个中有 {zeros} 个，{acc}）。本页在第一个 NaN 或 ∞ 出现时就停下这个网络并注明，小图则按书中代码的画法把这几格重画出来，便于对照。（用 np.random.seed(1) 到 3 运行书中的脚本，标准差 1 和 0.541 的 6 个无 BN 网络中有 5 个在第 6–7 步变成 NaN；剩下的那个在 float64 下没有溢出，却对每个数字给出同一个类别，得 11.6 %：同样是一条平线。）',
    en: '**In the book’s figure these panels show no gap but a flat line near 10 %:** numpy raises no error on an overflow, so once the weights turn to inf and then NaN its training carries on, and since np.argmax of a row of NaN is 0 the network calls every digit a 0 and scores the share of zeros among the training digits (here {zeros} of {n}, {acc}). This page stops such a network at its first NaN or ∞ and says so; the inset redraws those panels the way the book’s code would, for comparison. (Run with np.random.seed(1) to 3, the book’s script turns five of its six networks without BN at std 1 and 0.541 into NaN after 6–7 updates; the sixth never overflows in float64 but gives every digit the same class, 11.6 %: a flat line all the same.)',
  },
  gridEnds: {
    zh: '本次运行 {epoch} 个周期后：无 BN 的网络最好的是 {plainBest}（标准差 {plainBestStd}）{plainNear}{plainDiverged}。有 BN 的网络中有 {bnHigh} 个尺度超过 90 %，最低的是 {bnLowest}（标准差 {bnLowestStd}）。',
    en: 'In this run, after epoch {epoch}: without BN the best network ends at {plainBest} (std {plainBestStd}){plainNear}{plainDiverged}. With BN {bnHigh} scales end above 90 %, the lowest at {bnLowest} (std {bnLowestStd}).',
  },
  gridEndsNear: { zh: '；{count} 个尺度停在 20 % 以下，其中最高 {max}（瞎猜约 10 %）', en: '; {count} scales end below 20 %, none higher than {max} (guessing scores about 10 %)' },
  gridEndsDiverged: { zh: '；{count} 个发散', en: '; {count} diverged' },
  gridEndsWaiting: { zh: '等待所有网络完成第一个周期…', en: 'Waiting for every network to finish an epoch…' },
  histTitle: { zh: '各层激活值：有 BN 与无 BN', en: 'Activations per layer, with and without BN' },
  histCaption: {
    zh: '第 {panel} 个尺度（初始标准差 {std}）的两个网络在最近一个 mini-batch 上各隐藏层 ReLU 输出的直方图（{bins} 个等宽区间，每层自己的范围，见横轴两端）。',
    en: 'Histograms of each hidden layer’s ReLU outputs on the last mini-batch, for both networks at scale {panel} (initial std {std}); {bins} equal bins over each layer’s own range (see the ends of each axis).',
  },
  layer: { zh: '第 {k} 层', en: 'Layer {k}' },
  histNote: {
    zh: '看横轴两端的数字：没有 BN 时，若初始尺度很小，激活值一层比一层小几个数量级（信号消失）；若尺度很大，则一层比一层大。有 BN 时每层都被拉回到相同的范围：约一半为 0（ReLU 截掉了 BN 输出的负半边），其余分布在 0 到 3 左右。拖动滑块换一个尺度比较。',
    en: 'Read the numbers at the ends of each axis: without BN, a small initial scale makes the activations shrink by orders of magnitude from layer to layer (the signal vanishes), a large one makes them grow. With BN every layer is pulled back to the same range: about half are 0 (ReLU cuts the negative half of BN’s output), the rest spread from 0 to about 3. Move the slider to compare another scale.',
  },
  bookTitle: { zh: '这次运行显示了什么', en: 'What the run shows' },
  book: {
    zh: `书中的结论是：几乎所有尺度下有 BN 的学习都更快；没有 BN 时学习严重依赖初始值，选得不好就完全学不动。按默认设置（16 个尺度、20 个周期、种子 1）在这里跑完，结果是：

没有 BN 时，只有两个尺度学得好：标准差 0.293（20 个周期后训练准确率 99 %）和 0.158（88 %）；0.0858 只到 33 %，0.0464 只到 15 %；从 0.0251 往下，信号穿过 5 层后几乎为 0，梯度随之消失，准确率一直是 11.7 %——网络对每个数字都给出同一个答案，得分就是这一类在 1000 个数字中所占的比例；标准差 1 和 0.541 则在最初几步就发散（激活值逐层放大，输出溢出，图中注明了第几步）。

有 BN 时，16 个尺度全都在学：从 0.0464 到 0.00117 的 7 个尺度最后都在 90 % 以上，其中 0.0136 到 0.00398 达到 100 %；紧挨着它们的 0.0858 和 0.000631 也到了 89 % 和 90 % 左右；最小的三个尺度约 51–53 %；最大的三个（1、0.541、0.293）学得慢一些（45–65 %）。在 16 个尺度中，有 BN 的网络在 14 个上学得更快（20 个周期的平均准确率高出 2 个百分点以上）。上面的读数给出的是当前这次运行的数字，换一个种子，各格的细节会变。`,
    en: `The book concludes that with BN learning is faster at almost every scale, and that without it learning depends heavily on the initial weights: a poor choice and nothing is learned. Run here with the defaults (16 scales, 20 epochs, seed 1), the networks end like this:

Without BN only two scales learn well: std 0.293 (99 % training accuracy after 20 epochs) and 0.158 (88 %); 0.0858 reaches only 33 % and 0.0464 15 %; from 0.0251 down the signal is almost 0 after five layers, the gradients vanish with it, and accuracy stays at 11.7 %: the network gives every digit the same answer and scores that class's share of the 1000 digits. Std 1 and 0.541 diverge within the first updates (the activations grow layer by layer until the output overflows; the panels say at which update).

With BN all 16 scales learn: the seven from 0.0464 down to 0.00117 end above 90 %, those from 0.0136 to 0.00398 at 100 %, and their neighbours 0.0858 and 0.000631 at about 89 % and 90 %; the three smallest reach about 51–53 %, the three largest (1, 0.541, 0.293) learn more slowly (45–65 %). At 14 of the 16 scales the network with BN learned faster (a mean accuracy over the 20 epochs more than 2 points higher). The reading above gives the numbers of the run in this page; with another seed the details of each panel change.`,
  },
  diffTitle: { zh: '与书中的图不同的地方', en: 'Where the run differs from the book’s figure' },
  diff: {
    zh: `除了本页停下发散网络的那几格（见上面的小图），和书中的图相比还有两处不同。其一，尺度最大时有 BN 的网络也学得慢：输出层没有 BN，它的权重标准差仍是 1，输出的数值很大，softmax 一开始就饱和；书中的图在这几格也比中间的尺度慢。其二，标准差 0.293 时没有 BN 的网络反而更快，这正说明“不用 BN 时一切取决于尺度”：恰好选中合适的尺度（和 He 初始化 $\\sqrt{2/784} \\approx 0.05$ 到 $\\sqrt{2/100} \\approx 0.14$ 同一量级），它就能学。最小的尺度学得慢，是因为第一层的 $\\sigma_B^2$ 已小到与 $\\varepsilon$ 相当，x̂ 不再被放大到方差 1，而输出层的极小权重又把传回的梯度缩小。随机数不同，各格的细节会和书中不一样；把 BN 放到激活函数之后（上面的控件）可以比较另一种放法。`,
    en: `Besides the panels where this page stops a diverged network (see the inset above), two things differ from the book's figure. First, at the largest scales the networks with BN learn slowly too: the output layer has no BN, its weights still have std 1, its outputs are huge and the softmax saturates from the start; in the book's figure these panels are also slower than the middle ones. Second, at std 0.293 the network without BN is faster, which makes the book's point from the other side: without BN everything hangs on the scale, and a lucky one (the order of He's $\\sqrt{2/784} \\approx 0.05$ to $\\sqrt{2/100} \\approx 0.14$) learns. The smallest scales are slow because the first layer's $\\sigma_B^2$ is then as small as $\\varepsilon$, so x̂ is no longer scaled up to variance 1, and the output layer's tiny weights shrink every gradient sent back. With other random numbers the details of each panel differ from the book's; putting BN after the activation (the control above) compares the other placement.`,
  },
  try: {
    zh: `1. 用上面的滑块选第 1 个尺度（标准差 1）和第 12 个尺度（约 0.001），比较直方图：没有 BN 时各层范围相差几个数量级，有 BN 时几乎一样。

2. 在“训练模式与评估模式”一节，看单独送入的数字在用批统计量时为什么全被判成同一类。

3. 把 BN 的位置改成“激活函数之后”，再看 16 张小图：结论变了吗？

4. 把学习率调到 0.1：没有 BN 的网络在哪些尺度上开始学得动，哪些会发散？有 BN 的网络呢？

5. 把训练样本数从 1000 增加到 5000：准确率是在训练数据上测的，样本少时有 BN 的网络很快接近 100%，样本多时呢？`,
    en: `1. With the slider, pick scale 1 (std 1) and scale 12 (about 0.001) and compare the histograms: without BN the layers' ranges differ by orders of magnitude, with BN they are nearly the same.

2. In "Training mode and evaluation mode", see why every digit sent alone gets the same class with batch statistics.

3. Put BN after the activation and look at the 16 panels again: does the conclusion change?

4. Raise the learning rate to 0.1: at which scales does the network without BN start to learn, and which diverge? What about the networks with BN?

5. Raise the training digits from 1000 to 5000: accuracy is measured on the training digits; with few of them the BN networks soon approach 100 %. With many?`,
  },
} satisfies Record<string, Text>;
