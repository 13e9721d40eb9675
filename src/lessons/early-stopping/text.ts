// Lesson text of "early-stopping", written for this site in 中文 and English (facts from seed 002 早停 and seed 000 §9).
import type { Text } from '../../state/i18n';

export const TEXT = {
  intro: {
    zh: `一个容量很大的网络在小训练集上训练得越久，训练损失就越低；但验证损失通常先降后升——网络开始记住训练样本里的噪声，这就是过拟合。

早停（early stopping）的想法很直接：每个周期结束时在验证集上算一次损失，记下目前最低的那次和当时的权重；如果连续“耐心值”个周期都没有再创新低，就停止训练，并把权重换回最好的那个周期。耐心值不能太小，因为验证损失本身有噪声，偶尔上升一两次不代表已经过拟合。`,
    en: `The longer a high-capacity network trains on a small training set, the lower its training loss; its validation loss, though, usually falls and then rises again as the network starts to memorise the noise in its training digits. That is overfitting.

Early stopping is a plain idea: after every epoch, measure the loss on the validation set and remember the lowest value so far together with the weights of that moment; once “patience” epochs in a row bring no new lowest value, stop training and put the best epoch's weights back. Patience cannot be too small, because the validation loss is noisy itself: a rise or two does not yet mean overfitting.`,
  },

  curvesTitle: { zh: '验证损失与耐心值', en: 'Validation loss and patience' },
  curvesIntro: {
    zh: `{n} 张 MNIST 手写数字先打乱，20% 留作验证集，其余 {nTrain} 张训练一个 784–100–100–10 的 ReLU 网络（He 初始化，随机梯度下降，η = {lr}，批量 {batch}），最多 {epochs} 个周期。图中橙色的实线与虚线是一直训练到最后的网络；绿色虚线是同一个网络（同样的种子、同样的批次）开着早停再训练一遍，它停在哪里，线就断在哪里。`,
    en: `{n} MNIST digits are shuffled, 20% go to validation, and the other {nTrain} train a 784–100–100–10 ReLU network (He init, SGD, η = {lr}, batch {batch}) for at most {epochs} epochs. The orange solid and dashed lines are the network trained to the end; the green dashed line is the same network (same seed, same batches) trained again with early stopping on, and it ends where that run stops.`,
  },
  curvesCaption: {
    zh: '每个周期结束时的训练损失（实线）与验证损失（虚线），以及开着早停的那次训练的验证损失（绿色虚线，停止处断开）。',
    en: 'Training loss (solid) and validation loss (dashed) after each epoch, and the validation loss of the run with early stopping on (green dashed, ending where it stops).',
  },
  seriesTrain: { zh: '训练', en: 'training' },
  seriesVal: { zh: '验证', en: 'validation' },
  seriesStopped: { zh: '早停·验证', en: 'early stopping · validation' },
  epoch: { zh: '周期', en: 'epoch' },
  loss: { zh: '交叉熵损失', en: 'cross-entropy loss' },
  counter: { zh: '第 {k} / {n} 个周期', en: 'Epoch {k} of {n}' },
  stopCaption: {
    zh: '开着早停的那次训练在哪个周期停下，以及原因：early-stopping 表示耐心值用完，epochs 表示到了周期上限。',
    en: 'The epoch at which the run with early stopping on ended, and why: early-stopping means patience ran out, epochs means the budget ended.',
  },
  stopReading: {
    zh: '验证损失在第 {best} 个周期最低（{bestLoss}）。之后 {patience} 个周期都没有更低，训练在第 {stop} 个周期停下，取回第 {best} 个周期的权重：它们的验证损失是 {kept}，测试准确率 {testStop}。一直训练到第 {epochs} 个周期的网络，测试准确率是 {testEnd}。',
    en: 'The validation loss was lowest at epoch {best} ({bestLoss}). The next {patience} epochs brought nothing lower, so training stopped at epoch {stop} and took back the weights of epoch {best}: their validation loss is {kept} and their test accuracy {testStop}. The network trained to epoch {epochs} reaches a test accuracy of {testEnd}.',
  },
  stopBudget: {
    zh: '在 {epochs} 个周期内耐心值一直没用完（最低验证损失在第 {best} 个周期），训练跑满了周期上限。没有触发早停，所以留下的是最后一个周期的权重：验证损失 {kept}，测试准确率 {testStop}。',
    en: 'Patience never ran out within {epochs} epochs (the lowest validation loss came at epoch {best}), so the run used its whole budget. Early stopping never fired, so it keeps the last epoch’s weights: validation loss {kept}, test accuracy {testStop}.',
  },
  stopPending: { zh: '还在训练：验证损失目前在第 {best} 个周期最低，已经 {wait} 个周期没有创新低。', en: 'Still training: the lowest validation loss so far came at epoch {best}, {wait} epochs ago.' },

  compareTitle: { zh: '早停与 L2：两种用偏差换方差的办法', en: 'Early stopping and L2: two ways to trade bias for variance' },
  compareIntro: {
    zh: `两篇文章都把早停和正则化放在一起讲：提前停止训练会让模型在训练集上差一点（偏差增加），换来在新数据上更稳（方差减小），这和 L2 正则化在做同一件事。这里第二个网络和上面那个完全相同，只是损失里多了 $\\tfrac{1}{2}\\lambda\\lVert W\\rVert^2$，λ = {lambda}，一直训练到最后。`,
    en: `Both articles discuss early stopping next to regularization: stopping early leaves the model a little worse on its training set (more bias) in return for steadier behaviour on new data (less variance), which is what L2 regularization does too. The second network here is the one above with $\\tfrac{1}{2}\\lambda\\lVert W\\rVert^2$ added to its loss, λ = {lambda}, trained to the end.`,
  },
  compareCaption: {
    zh: '不加正则（橙）与 L2（蓝）两个网络每个周期结束时的训练损失（实线）和验证损失（虚线）。',
    en: 'Training loss (solid) and validation loss (dashed) after each epoch of the plain network (orange) and the L2 network (blue).',
  },
  seriesPlainTrain: { zh: '不加正则·训练', en: 'plain · training' },
  seriesPlainVal: { zh: '不加正则·验证', en: 'plain · validation' },
  seriesL2Train: { zh: 'L2·训练', en: 'L2 · training' },
  seriesL2Val: { zh: 'L2·验证', en: 'L2 · validation' },
  compareReading: {
    zh: '第 {epoch} 个周期：不加正则的网络训练损失 {trainPlain}、验证损失 {valPlain}、测试准确率 {testPlain}；L2 网络训练损失 {trainL2}、验证损失 {valL2}、测试准确率 {testL2}。早停取回的权重：测试准确率 {testStop}。',
    en: 'Epoch {epoch}: the plain network has training loss {trainPlain}, validation loss {valPlain}, test accuracy {testPlain}; the L2 network training loss {trainL2}, validation loss {valL2}, test accuracy {testL2}. The weights early stopping kept: test accuracy {testStop}.',
  },
  compareAfter: {
    zh: 'L2 让训练损失降不到 0：权重变大要付出代价。它对验证损失帮多大的忙取决于 λ，在这个小实验里效果不算大（试试 λ = 0.05）。早停则在验证损失回升之前收手。两者都让网络少拟合一些训练集；早停还省下了后面的训练时间，它只看已有的验证集，要调的只是耐心值。',
    en: 'L2 keeps the training loss from reaching 0, because large weights now cost something. How much that helps the validation loss depends on λ, and in this small run the effect is modest (try λ = 0.05). Early stopping instead quits before the validation loss climbs. Both make the network fit its training set less; early stopping also saves the rest of the training time, watching only the validation set it already has, with patience as its one setting.',
  },
  pythonTitle: { zh: '自己运行', en: 'Run it yourself' },
  pythonRun: {
    zh: '三张图下各有一个 Python 按钮，分别下载 **early-stopping-curves.py**、**early-stopping-stop.py** 和 **early-stopping-compare.py**：只用 numpy 和标准库的脚本，带着当前的耐心值、λ、学习率、周期预算、样本数和种子。**python3 early-stopping-stop.py** 从本站下载同一份 MNIST 子集（逐个文件核对 SHA-256，不符就停止），加 **--data DIR** 则读本地文件夹（本站仓库里的 public/data）。脚本像网页一样先洗牌划出 20% 的验证集，按网页 CPU 引擎的运算顺序训练（同样的初始权重、批次顺序与 float32 舍入），EarlyStopping 类按同一规则停止并恢复最好的参数；每个脚本打印自己那张图的数据表（CSV：epoch, train_loss, val_loss；epoch, reason；variant, epoch, train_loss, val_loss, test_acc），损失与网页的 CPU 引擎一致到 10⁻⁴ 以内，准确率和停止的周期完全相同。',
    en: 'Each of the three figures has a Python button, downloading **early-stopping-curves.py**, **early-stopping-stop.py** and **early-stopping-compare.py**: scripts that need only numpy and the standard library, with the current patience, λ, learning rate, epoch budget, digits and seed written in. **python3 early-stopping-stop.py** downloads the same MNIST subset from this site (each file checked against its SHA-256; a mismatch stops it); with **--data DIR** it reads a local folder (public/data of the site’s repository). Like the page, a script first shuffles and holds out 20% for validation, trains in the page’s CPU engine order of operations (the same initial weights, batch order and float32 rounding), and its EarlyStopping class stops by the same rule and restores the best parameters; each prints its figure’s data table (CSV: epoch, train_loss, val_loss; epoch, reason; variant, epoch, train_loss, val_loss, test_acc) with the losses of the page’s CPU engine to within 10⁻⁴ and the same accuracies and stopping epoch.',
  },
  diverged: {
    zh: '有一个网络在第 {step} 次更新时发散（NaN/∞）：学习率太大，调小一点。',
    en: 'A network diverged at update {step} (NaN/∞): the learning rate is too large; lower it.',
  },

  try: {
    zh: `1. 把耐心值调到 1：验证损失的第一次小幅回升就会让训练停下，常常停得太早，取回的权重测试准确率比耐心值 10 时低。

2. 把耐心值调到 50：要等 50 个周期都没有新低才停，训练会一直跑到周期上限附近，或者干脆跑满。

3. 把训练样本数加到 2000：过拟合变轻，验证损失回升得更晚、更少，早停也停得更晚。

4. 把 λ 调到 0.1：L2 网络的训练损失明显高了，它在偏差这一边走得更远；再调到 0.0001，它和不加正则的网络几乎一样。

5. 换几个随机种子：最好的周期会前后移动几个，说明验证损失的噪声不小。`,
    en: `1. Set patience to 1: the first small rise of the validation loss stops training, often too early, and the weights it keeps test worse than with patience 10.

2. Set patience to 50: the run waits for 50 epochs without a new low, so it stops near the end of the budget or not at all.

3. Raise the training digits to 2000: overfitting is milder, the validation loss rises later and less, and early stopping stops later.

4. Set λ to 0.1: the L2 network's training loss is clearly higher; it moves further towards bias. At 0.0001 it is almost the plain network.

5. Try a few seeds: the best epoch moves by a few epochs, a sign of how noisy the validation loss is.`,
  },
} satisfies Record<string, Text>;
