// Lesson text of "lr-schedules", written for this site in 中文 and English.
import type { Text } from '../../state/i18n';

export const TEXT = {
  intro: {
    zh: `学习率 $\\eta$ 不必从头到尾不变。开始时大步走能很快下山，快到谷底时大步却会在谷底两侧来回跳；把 $\\eta$ 慢慢调小，网络就能落进更低的地方。mantch 的文章说：“有效的学习率衰减和正则同样是充分训练中非常必要的手段。”

下面六个网络与“优化器比赛”一课的网络相同（4 个 100 单元的 ReLU 隐藏层，He 初始值，每批 128 个），都用普通 SGD，从同一组初始权重出发、看同样的批次，唯一的区别是学习率怎样随训练变化。设 $e$ 为已经训练的周期数（可以是小数），$\\eta_0$ 为初始学习率：

- 恒定：$\\eta = \\eta_0$
- 分段衰减（step）：每 $k$ 个周期乘一次 $\\gamma$，$\\eta = \\eta_0\\,\\gamma^{\\lfloor e/k \\rfloor}$
- 指数衰减：$\\eta = \\eta_0\\,\\gamma^{e}$
- 1/t 衰减：$\\eta = \\eta_0 / (1 + k e)$
- 余弦：$\\eta = \\eta_{\\min} + (\\eta_0 - \\eta_{\\min})(1 + \\cos(\\pi e / T))/2$，$T$ 为总周期数
- 线性预热 + 余弦：前 $W$ 个周期从 0 线性升到 $\\eta_0$，之后用余弦降到 $\\eta_{\\min}$`,
    en: `The learning rate $\\eta$ need not stay fixed. Big steps get down the hill fast at first, but near the bottom they jump from one side of the valley to the other; shrink $\\eta$ as training goes and the net settles lower. As mantch's article puts it, “an effective learning-rate decay, like regularization, is a necessary part of training enough.”

The six nets below are the optimizer race's net (four hidden layers of 100 ReLU units, He initialization, batches of 128), all trained with plain SGD from the same initial weights on the same batches; the only difference is how the learning rate changes. With $e$ the epochs trained so far (a fraction too) and $\\eta_0$ the base learning rate:

- constant: $\\eta = \\eta_0$
- step decay: ×$\\gamma$ every $k$ epochs, $\\eta = \\eta_0\\,\\gamma^{\\lfloor e/k \\rfloor}$
- exponential: $\\eta = \\eta_0\\,\\gamma^{e}$
- 1/t: $\\eta = \\eta_0 / (1 + k e)$
- cosine: $\\eta = \\eta_{\\min} + (\\eta_0 - \\eta_{\\min})(1 + \\cos(\\pi e / T))/2$ over the $T$ epochs of the run
- linear warm-up + cosine: from 0 up to $\\eta_0$ in a straight line over $W$ epochs, then cosine down to $\\eta_{\\min}$`,
  },
  engine: {
    zh: '每一步的学习率由训练引擎按这一步所在的位置 $e$（周期 + 本周期已用样本 / 样本数）算出，CPU 和 GPU 引擎读的是同一个值。',
    en: 'The engine computes the learning rate of every update from where that update falls, $e$ = epoch + digits used this epoch / digits; the CPU and GPU engines read the same value.',
  },
  raceTitle: { zh: '六种调度，同样的起点和批次', en: 'Six schedules, same start, same batches' },
  caption: {
    zh: '上：学习率随周期的变化（调度本身）；下：每个周期末的训练损失（前 {evalTrain} 个训练样本，实线）。表中 lr 为该周期第一步的学习率，test_acc 为 {nTest} 个测试样本上的准确率。',
    en: 'Top: the learning rate against epochs (the schedule itself); bottom: the training loss at the end of each epoch (the first {evalTrain} training digits, solid). In the table, lr is the learning rate of the epoch’s first update and test_acc the accuracy on {nTest} test digits.',
  },
  epoch: { zh: '周期', en: 'epoch' },
  lr: { zh: '学习率', en: 'learning rate' },
  loss: { zh: '训练损失', en: 'training loss' },
  counter: { zh: '第 {k} / {n} 个周期', en: 'Epoch {k} of {n}' },
  size: {
    zh: '{n} 个训练样本，每批 128 个，{epochs} 个周期 = 每个网络 {iters} 次更新。',
    en: '{n} training digits, batches of 128, {epochs} epochs = {iters} updates per net.',
  },
  reading: {
    zh: '第 {epoch} 个周期后：训练损失最低的是 {best}（{bestLoss}），恒定学习率为 {constLoss}；测试准确率最高的是 {bestAcc}（{acc}），恒定学习率为 {constAcc}。',
    en: 'After epoch {epoch}: the lowest training loss is {best}’s ({bestLoss}), against {constLoss} at a constant rate; the best test accuracy is {bestAcc}’s ({acc}), against {constAcc} at a constant rate.',
  },
  diverged: { zh: '{name} 在第 {step} 步发散（损失变成 NaN 或无穷），它的曲线到此为止。', en: '{name} diverged at update {step} (the loss became NaN or infinite); its curve stops there.' },
  rangeTitle: { zh: '学习率范围测试', en: 'The learning-rate range test' },
  rangeIntro: {
    zh: `η₀ 该取多大？Leslie Smith 的“学习率范围测试”只需训练一个周期：学习率从 $10^{-4}$ 开始，每一步按对数均匀地升高，到周期末达到 10，同时记下每一步的小批量损失。学习率太小时损失几乎不动，合适时快速下降，太大时又猛地升高甚至发散。

本站的选择规则：先把损失做指数滑动平均（β = 0.9，带偏差修正），取平滑损失最低处学习率的十分之一——最低点已在“快要失控”的边缘，退一个数量级更稳妥。这里每批 32 个样本，好让一个周期有足够多的点。`,
    en: `How large should η₀ be? Leslie Smith's learning-rate range test takes one epoch: the rate starts at $10^{-4}$ and rises log-linearly at every update to reach 10 at the epoch's end, while the mini-batch loss of each update is recorded. Too small a rate barely moves the loss, a good one drops it fast, too large a one sends it up or makes it diverge.

The rule used here: smooth the losses with an exponential moving average (β = 0.9, bias-corrected) and take a tenth of the learning rate where the smoothed loss is lowest; the minimum sits at the edge of blowing up, so one order of magnitude lower is safer. Batches of 32 here, so that one epoch gives enough points.`,
  },
  rangeCaption: {
    zh: '范围测试：每一步的小批量损失（点）与平滑后的损失（线），横轴为该步的学习率（对数）。竖线为建议的学习率。纵轴到第一步损失的 3 倍为止：发散后更大的损失画在上边缘（数据表里是原值）。',
    en: 'Range test: the mini-batch loss of every update and its smoothing (line), against that update’s learning rate (log scale). The vertical mark is the suggested rate. The loss axis ends at 3× the first update’s loss: larger losses after the blow-up sit on the top edge (the data table has their values).',
  },
  rangeRaw: { zh: '小批量损失', en: 'mini-batch loss' },
  rangeSmooth: { zh: '平滑后', en: 'smoothed' },
  suggestMark: { zh: '建议', en: 'suggested' },
  rangeReading: {
    zh: '平滑损失在学习率 {atMin} 处最低，建议的学习率为它的十分之一：{suggested}（当前 η₀ = {lr}）。',
    en: 'The smoothed loss is lowest at a learning rate of {atMin}; the suggestion is a tenth of it: {suggested} (η₀ now: {lr}).',
  },
  useSuggested: { zh: '把 η₀ 设为建议值', en: 'Set η₀ to the suggestion' },
  try: {
    zh: `1. 把“分段衰减：因子 γ”拖到 0.1：每次衰减后训练损失明显地往下跳一级。

2. 把 η₀ 调到 0.5：恒定学习率的损失在高处抖动，而带衰减的调度仍能降下去；再调到 1 以上，看谁先发散。

3. 把预热周期 W 拉长到 5：预热期间损失下降得慢，但之后的余弦阶段能追上来。

4. 用范围测试的建议值作为 η₀，比较它与默认的 0.1。`,
    en: `1. Drag "Step decay: factor γ" to 0.1: after every decay the training loss drops a visible notch.

2. Set η₀ to 0.5: the constant rate's loss hovers high while the decaying schedules still get down; go above 1 and see which diverges first.

3. Stretch the warm-up W to 5 epochs: the loss falls slowly while warming up, and the cosine phase catches up after it.

4. Use the range test's suggestion as η₀ and compare it with the default 0.1.`,
  },
} as const satisfies Record<string, Text>;
