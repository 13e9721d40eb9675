// Lesson text of "validation", written for this site in 中文 and English (facts from seed 000 §2.1–2.2 and seed 004 §五).
import type { Text } from '../../state/i18n';

export const TEXT = {
  intro: {
    zh: `训练误差说不出模型在新数据上表现如何：一个足够大的模型能把训练集背下来，训练误差接近 0，泛化误差却可能很大。所以我们另留一份数据来估计泛化误差。

严格地说，测试集只应在所有参数和超参数都定下来之后用一次。如果拿它来挑模型——比较几个多项式阶数、几种网络宽度、几个学习率，选测试误差最小的那个——那么这个最小值本身就被挑过了，它会比模型在真正的新数据上的误差更乐观。办法是从训练数据里再划出一份验证集（validation set），只用它来做选择，测试集留到最后。`,
    en: `Training error cannot tell how a model does on new data: a large enough model memorises its training set, its training error nears 0, and its generalization error can still be large. So we keep other data aside to estimate the generalization error.

Strictly, the test set should be used once, after every parameter and hyperparameter is fixed. Use it to choose a model instead (compare a few polynomial degrees, network widths or learning rates, and keep the one with the lowest test error) and that lowest value has been picked: it is more optimistic than the model's error on truly new data. The remedy is to carve a validation set out of the training data, make every choice on it, and keep the test set for the very end.`,
  },

  selectTitle: { zh: '用测试集挑模型，会高估自己', en: 'Choosing by test error flatters itself' },
  selectIntro: {
    zh: `取一个带噪声的三次函数（{n} 个训练点，其中 20% 留作验证集；{nTest} 个测试点），对 1 到 {max} 阶的多项式各训练一个线性模型（随机梯度下降，η = {lr}，批量 {batch}，{epochs} 个周期）。再从同一分布另抽 {nFresh} 个“新”点，它们不参与任何选择，用来代表真实的泛化误差。`,
    en: `Take a noisy cubic ({n} training points, 20% of them held out for validation; {nTest} test points) and train a linear model on the polynomial features of each degree from 1 to {max} (SGD, η = {lr}, batch {batch}, {epochs} epochs). Then draw {nFresh} fresh points from the same distribution; no choice ever sees them, so they stand for the true generalization error.`,
  },
  selectCaption: {
    zh: '每个阶数训练结束后的平均平方损失：训练损失为实线；验证、测试与新数据都是未参与训练的数据，画作虚线，以颜色和标记区分（蓝色方块、绿色三角、粉色菱形）。纵轴为对数刻度；竖线 T 标出按测试误差选中的阶数，V 标出按验证误差选中的阶数。',
    en: 'Mean squared loss of each degree after training: training solid; validation, test and fresh data, all held out from training, dashed and told apart by colour and marker (blue squares, green triangles, pink diamonds), on a log scale; the rule T marks the degree chosen by test error, V the one chosen by validation error.',
  },
  degree: { zh: '多项式阶数', en: 'polynomial degree' },
  loss: { zh: '损失', en: 'loss' },
  seriesTrain: { zh: '训练', en: 'training' },
  seriesVal: { zh: '验证', en: 'validation' },
  seriesTest: { zh: '测试', en: 'test' },
  seriesFresh: { zh: '新数据', en: 'fresh data' },
  selectCounter: { zh: '第 {k} / {n} 个周期', en: 'Epoch {k} of {n}' },
  selectPending: { zh: '第 {k} / {n} 个周期 · 还有 {left} 个阶数没完成', en: 'Epoch {k} of {n} · {left} degrees not done yet' },
  selectReading: {
    zh: '按测试误差选：{dt} 阶，报告的测试损失 {tt}，在新数据上实际是 {tf}（{verdictT}）。按验证误差选：{dv} 阶，测试损失 {vt} 是一个没被挑过的估计，新数据上是 {vf}。',
    en: 'Chosen by test error: degree {dt}, reported test loss {tt}; on fresh data it is {tf} ({verdictT}). Chosen by validation error: degree {dv}; its test loss {vt} is an estimate nobody picked, and on fresh data it is {vf}.',
  },
  optimistic: { zh: '低估了 {pct}%', en: 'an underestimate by {pct}%' },
  notOptimistic: { zh: '这一次碰巧没有低估，换几个种子看看平均情况', en: 'this time it happens not to underestimate; try a few seeds for the average' },
  selectAfter: {
    zh: '挑选越多、测试集越小，这种偏差越大：最小值总是偏向那些在这几个测试点上碰巧走运的模型。单次实验可能碰巧没有偏差，但平均下来，被挑过的测试误差总是低于真实误差。',
    en: 'The more candidates and the smaller the test set, the larger this bias: the minimum leans towards models that were lucky on those few test points. A single run may happen to show none, but on average a picked test error sits below the true one.',
  },

  holdoutTitle: { zh: '留出 20%：先打乱', en: 'Holding out 20%: shuffle first' },
  holdoutIntro: {
    zh: `《深度学习入门》的做法：先打乱训练数据，再把前 20% 分出来做验证集。为什么要先打乱？数据集常常是按某种顺序存放的。这里把前 {n} 张 MNIST 训练数字按数字 0–9 排好，再分别“不打乱”和“先打乱”地切出前 20%（{nVal} 张）。`,
    en: `“Deep Learning from Scratch” shuffles the training data, then splits off the first 20% as the validation set. Why shuffle first? Data sets are often stored in some order. Here the first {n} MNIST training digits are sorted by digit 0–9, and the first 20% ({nVal} digits) are cut off without and with the shuffle.`,
  },
  holdoutCaption: {
    zh: '验证集里每个数字的个数：不打乱（实心条）与先打乱（斜线条）。',
    en: 'How many of each digit the validation set holds: without shuffling (solid bars) and shuffled first (hatched bars).',
  },
  digit: { zh: '数字', en: 'digit' },
  count: { zh: '个数', en: 'count' },
  unshuffled: { zh: '不打乱', en: 'not shuffled' },
  shuffled: { zh: '先打乱', en: 'shuffled' },
  holdoutLoading: { zh: '正在读取 MNIST 标签……', en: 'Reading the MNIST labels…' },
  holdoutError: { zh: '无法读取 MNIST 标签：{msg}', en: 'The MNIST labels could not be read: {msg}' },
  retry: { zh: '重试', en: 'Retry' },
  holdoutDigits: {
    zh: '不打乱时，验证集里只有数字 {digits}；先打乱后，各个数字都有，比例和整个数据集相近。',
    en: 'Without the shuffle the validation set holds only the digits {digits}; shuffled first, it holds digits of every kind in about the proportions of the whole set.',
  },
  holdoutRunTitle: { zh: '在这两种划分上各训练 {epochs} 个周期', en: 'Training {epochs} epochs on each split' },
  holdoutRun: {
    zh: '不打乱：验证准确率 {vu}，测试准确率 {tu}。先打乱：验证准确率 {vs}，测试准确率 {ts}。',
    en: 'Not shuffled: validation accuracy {vu}, test accuracy {tu}. Shuffled: validation accuracy {vs}, test accuracy {ts}.',
  },
  holdoutCounter: { zh: '第 {k} / {n} 个周期', en: 'Epoch {k} of {n}' },
  holdoutRunAfter: {
    zh: '不打乱时，排在最前面的数字全部进了验证集，训练集里一个也没有：网络从没见过它们，把它们全认错了。验证准确率最多只是验证集里其余数字所占的比例，和测试准确率对不上——这个验证集估计不了泛化误差。打乱之后，验证准确率和测试准确率接近，这才是验证集该有的样子。',
    en: 'Without the shuffle, the digits at the front all went to validation and none of them is left for training: the network never saw them and gets every one wrong. The validation accuracy can be no more than the share of the other digits in the validation set, and it does not match the test accuracy: this validation set cannot estimate the generalization error. Shuffled first, validation and test accuracy are close, which is what a validation set is for.',
  },

  pythonTitle: { zh: '自己运行', en: 'Run it yourself' },
  pythonRun: {
    zh: '选阶数和 K 折两张图下的 Python 按钮各下载一个只用 numpy 和标准库的脚本，当前设置写在脚本开头。**python3 validation-select.py** 用种子生成同样的点，按网页 CPU 引擎的运算顺序（同样的初始权重、同样的验证集划分、同样的批次顺序和 float32 舍入）把 1 到 12 阶的模型各训练 300 个周期，打印图中的数据表（CSV：degree, train_loss, val_loss, test_loss, fresh_loss）。**python3 validation-folds.py** 从本站下载同一份 MNIST 子集（逐个文件核对 SHA-256，不符就停止），**python3 validation-folds.py --data DIR** 读本地文件夹（本站仓库里的 public/data）；它把每一折训练完，打印 fold, train_loss, val_loss。数字与网页的 CPU 引擎一致（损失在 1e-4 相对误差以内）。留出法那张图的数据表只数标签，不来自训练，所以没有 Python 按钮。',
    en: 'The Python button under the degree-selection figure and under the K-fold figure each downloads a script that needs only numpy and the standard library, with the current settings written at its top. **python3 validation-select.py** generates the same points from the seed, trains the degree 1 to 12 models for 300 epochs each in the page’s CPU engine order of operations (the same initial weights, validation split, batch order and float32 rounding) and prints the figure’s data table as CSV: degree, train_loss, val_loss, test_loss, fresh_loss. **python3 validation-folds.py** downloads the same MNIST subset from this site (each file checked against its SHA-256; a mismatch stops it), **python3 validation-folds.py --data DIR** reads a local folder (public/data of the site’s repository); it trains every fold and prints fold, train_loss, val_loss. The numbers are the page’s CPU engine’s (losses within 1e-4 relative). The hold-out figure’s table counts labels and does not come from training, so it has no Python button.',
  },
  foldsTitle: { zh: 'K 折交叉验证，一折一折地看', en: 'K-fold cross-validation, fold by fold' },
  foldsIntro: {
    zh: `验证集不参与训练，数据少时留出一大块很浪费。K 折交叉验证把训练数据（这里是 {n} 张打乱后的 MNIST 数字）切成 K 个不重叠的块，训练 K 次：第 $i$ 次用第 $i$ 块验证、其余 K − 1 块训练。每一块恰好当一次验证集，最后对 K 次的训练误差和验证误差分别求平均。这里 K 个模型（784–{units}–10，ReLU，η = {lr}，批量 {batch}，{epochs} 个周期，初始权重相同）同时在后台训练。`,
    en: `A validation set takes no part in training, so when data are scarce holding out a large share is wasteful. K-fold cross-validation cuts the training data (here {n} shuffled MNIST digits) into K disjoint blocks and trains K times: run $i$ validates on block $i$ and trains on the other K − 1. Every block validates exactly once, and the K training errors and validation errors are each averaged. The K models here (784–{units}–10, ReLU, η = {lr}, batch {batch}, {epochs} epochs, the same initial weights) train at the same time in the background.`,
  },
  foldsCaption: {
    zh: '每一行是一折：彩色块是这一折的验证块，灰色块用来训练；右侧的进度条是这一折已训练的周期，数字是训练结束时的训练损失 / 验证损失（交叉熵）。',
    en: 'Each row is a fold: the coloured block is its validation block, the grey blocks train it; the bar at the right shows the epochs trained so far, and the numbers are its training / validation loss (cross-entropy) when it ends.',
  },
  foldLabel: { zh: '第 {f} 折', en: 'fold {f}' },
  foldsCounter: { zh: '{done} / {k} 折完成 · 第 {epoch} / {epochs} 个周期', en: '{done} of {k} folds done · epoch {epoch} of {epochs}' },
  foldsReading: {
    zh: '{k} 折的验证损失：均值 {mean} ± 标准差 {std}（最小 {min}，最大 {max}）；训练损失均值 {train}。这些模型在 {nTest} 张测试数字上的平均损失是 {test}。',
    en: 'Validation loss over {k} folds: mean {mean} ± std {std} (min {min}, max {max}); mean training loss {train}. On {nTest} test digits these models average a loss of {test}.',
  },
  foldsCloser: {
    zh: '验证损失离测试损失近（相差 {dv}），训练损失差得远（相差 {dt}）：估计泛化误差要看验证误差，不能看训练误差。',
    en: 'The validation loss is close to the test loss (off by {dv}); the training loss is far from it (off by {dt}). To estimate the generalization error, look at the validation error, not the training error.',
  },
  foldsNotCloser: {
    zh: '这一次训练损失离测试损失更近（相差 {dt}，验证损失相差 {dv}）：模型还没怎么过拟合，多训练几个周期再看。',
    en: 'This time the training loss is the closer one (off by {dt}, the validation loss by {dv}): the models have hardly overfitted yet; train more epochs and look again.',
  },
  foldsAfter: {
    zh: '各折的验证损失并不相同：哪些样本落进验证块是随机的，块越小波动越大。标准差告诉我们，这个估计本身有多可靠；均值比任何一折都稳。K 越大，每个模型的训练数据越多，但要训练的模型也越多。',
    en: 'The folds disagree: which digits land in a validation block is chance, and the smaller the block the larger the spread. The standard deviation says how far to trust the estimate; the mean is steadier than any one fold. A larger K gives each model more training data, at the cost of training more models.',
  },
  diverged: {
    zh: '有一个模型在第 {step} 次更新时发散（NaN/∞）：学习率太大，调小一点。',
    en: 'A model diverged at update {step} (NaN/∞): the learning rate is too large; lower it.',
  },

  try: {
    zh: `1. 换几个随机种子，看“按测试误差选”低估了多少：有时很多，有时几乎没有，但很少反过来。

2. 把多项式训练点数调到 200：验证集和训练集都变大，按验证误差选的阶数更稳定。

3. 把噪声调小到 0.1：所有三阶以上的模型都差不多好，挑哪个都没什么偏差。

4. 把 K 从 2 调到 10：每折的训练数据变多，验证块变小，各折验证损失的波动变大。

5. 把 MNIST 样本数调到 2000：所有折的损失都下降，折与折之间的差别也变小。`,
    en: `1. Try a few seeds and watch how much choosing by test error underestimates: sometimes a lot, sometimes hardly at all, but seldom the other way.

2. Raise the polynomial points to 200: the validation and training sets both grow, and the degree chosen by validation error becomes steadier.

3. Lower the noise to 0.1: every model of degree three or more is about as good, and whichever is picked, the bias is small.

4. Move K from 2 to 10: each fold trains on more data and validates on a smaller block, and the folds' validation losses spread more.

5. Raise the MNIST digits to 2000: every fold's loss falls, and the folds differ less.`,
  },
} satisfies Record<string, Text>;
