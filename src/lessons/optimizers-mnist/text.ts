// Lesson text of "optimizers-mnist", written for this site in 中文 and English (facts from seed 004 §一 and the book's script).
import type { Text } from '../../state/i18n';

export const TEXT = {
  intro: {
    zh: `在二维的小例子里，各种优化器的路径一目了然；可是在真正的网络上谁更快？《深度学习入门》第 6 章用手写数字识别做了一场比赛（书中的 ch06/optimizer_compare_mnist.py）：同一个 5 层网络（4 个 100 单元的 ReLU 隐藏层 + 输出层，He 初始值），批大小 128，训练 2000 次迭代，只换参数的更新方法。

下面的比赛就在你的浏览器里进行：几个网络作为一个“种群”一起训练，用同一个随机种子——初始权重完全相同，每一步看到的小批量也完全相同，唯一的区别是更新方法。`,
    en: `On a two-dimensional toy the optimizers' paths are plain to see, but which is faster on a real network? Chapter 6 of "Deep Learning from Scratch" races them on handwritten digits (the book's ch06/optimizer_compare_mnist.py): one five-layer network (four hidden layers of 100 ReLU units plus the output layer, He initialization), batches of 128, 2000 iterations, and only the update rule changes.

The race below runs in your browser: the networks train together as one population with one seed, so they start from exactly the same weights and see exactly the same mini-batch at every step. The update rule is the only difference.`,
  },
  rules: {
    zh: `SGD：$W \\leftarrow W - \\eta\\,\\partial L/\\partial W$，学习率 $\\eta = 0.01$。

Momentum：$v \\leftarrow \\alpha v - \\eta\\,\\partial L/\\partial W$，$W \\leftarrow W + v$，$\\eta = 0.01$，$\\alpha = 0.9$。

AdaGrad：$h \\leftarrow h + (\\partial L/\\partial W)^2$，$W \\leftarrow W - \\eta\\,\\partial L/\\partial W / \\sqrt{h}$，$\\eta = 0.01$：每个参数有自己的步长，走得越多步长越小。

Adam：把 Momentum 的“速度”和 AdaGrad 式的逐参数步长结合起来，$\\eta = 0.001$，$\\beta_1 = 0.9$，$\\beta_2 = 0.999$。

本站的引擎把 Momentum 的速度写成相反的符号（$v \\leftarrow \\alpha v + \\eta\\,\\partial L/\\partial W$，$W \\leftarrow W - v$），更新完全相同；AdaGrad 和 Adam 里防止除以 0 的小常数（$10^{-6}$ 放在根号里、$10^{-8}$）与书中的 $10^{-7}$ 略有不同，看不出差别。`,
    en: `SGD: $W \\leftarrow W - \\eta\\,\\partial L/\\partial W$ with learning rate $\\eta = 0.01$.

Momentum: $v \\leftarrow \\alpha v - \\eta\\,\\partial L/\\partial W$, $W \\leftarrow W + v$, with $\\eta = 0.01$, $\\alpha = 0.9$.

AdaGrad: $h \\leftarrow h + (\\partial L/\\partial W)^2$, $W \\leftarrow W - \\eta\\,\\partial L/\\partial W / \\sqrt{h}$ with $\\eta = 0.01$: every parameter gets its own step, which shrinks the more it has moved.

Adam: Momentum's velocity combined with AdaGrad-like per-parameter steps, $\\eta = 0.001$, $\\beta_1 = 0.9$, $\\beta_2 = 0.999$.

The site's engine writes Momentum's velocity with the opposite sign ($v \\leftarrow \\alpha v + \\eta\\,\\partial L/\\partial W$, $W \\leftarrow W - v$), which gives the same updates; the small constants that keep AdaGrad and Adam from dividing by 0 ($10^{-6}$ inside the root, $10^{-8}$) differ slightly from the book's $10^{-7}$, with no visible effect.`,
  },
  rulesTitle: { zh: '四种更新方法', en: 'The four update rules' },
  raceTitle: { zh: '比赛：同样的起点，同样的批次', en: 'The race: same start, same batches' },
  raceSize: {
    zh: '{n} 个训练样本，每批 128 个，{epochs} 个周期 = {iters} 次迭代{book}。书中从 60000 个样本里有放回地随机抽取每一批；本站只附带 10000 个训练样本，所以每个周期把 {n} 个样本打乱后不重复地分成批次。',
    en: '{n} training digits, batches of 128, {epochs} epochs = {iters} iterations{book}. The book draws each batch with replacement from 60 000 digits; this site ships 10 000 training digits, so every epoch shuffles the {n} and splits them into batches without repeats.',
  },
  asBook: { zh: '（与书中相同）', en: ' (as in the book)' },
  notBook: { zh: '（书中是 2000 次）', en: ' (the book: 2000)' },
  lossCaption: {
    zh: '每次迭代的小批量训练损失（交叉熵），{curve}。第 1 步的损失是在任何更新之前测的，所以所有曲线从同一点出发。',
    en: 'Mini-batch training loss (cross-entropy) at every iteration, {curve}. The loss of update 1 is measured before any update, so every curve starts from the same point.',
  },
  curveBook: { zh: '按书中的 smooth_curve 平滑（11 点 Kaiser 窗，β = 2）', en: 'smoothed as the book’s smooth_curve does (11-point Kaiser window, β = 2)' },
  curveAvg: { zh: '取最近 100 次迭代的平均', en: 'averaged over the last 100 iterations' },
  curveRaw: { zh: '未平滑', en: 'unsmoothed' },
  iteration: { zh: '迭代次数', en: 'iterations' },
  loss: { zh: '损失', en: 'loss' },
  testAcc: { zh: '测试准确率', en: 'test accuracy' },
  counter: { zh: '第 {k} / {n} 次迭代', en: 'Iteration {k} of {n}' },
  restart: { zh: '全部重新开始', en: 'Restart all' },
  lrTitle: { zh: '学习率（训练中也可以改）', en: 'Learning rates (change them mid-run too)' },
  lrNote: {
    zh: '拖动滑块会从下一次迭代起改变这个优化器的学习率，不重新开始，其他优化器不受影响。“全部重新开始”用当前的设置从第 0 步重来；链接保存的就是这些设置。',
    en: 'A slider changes that optimizer’s learning rate from its next iteration on, without restarting; the others are untouched. "Restart all" starts again from step 0 with the settings now shown, which is what the link keeps.',
  },
  bookLrs: { zh: '恢复书中的学习率', en: 'Book’s learning rates' },
  adadeltaNoLr: { zh: 'AdaDelta 没有学习率（ρ = 0.9）。', en: 'AdaDelta has no learning rate (ρ = 0.9).' },
  changed: { zh: '{opt} 的学习率从第 {step} 次迭代起改为 {lr}', en: '{opt}’s learning rate became {lr} from iteration {step}' },
  diverged: {
    zh: '{opt} 在第 {step} 次迭代发散（损失变成 NaN/∞），它的曲线就此停止：学习率太大。调小后按“全部重新开始”。',
    en: '{opt} diverged at iteration {step} (the loss became NaN/∞) and its curve stops there: the learning rate is too large. Lower it and press "Restart all".',
  },
  reading: {
    zh: '第 {step} 次迭代时（最近 100 次的平均损失）：{list}。',
    en: 'At iteration {step} (mean loss of the last 100): {list}.',
  },
  verdictBook: {
    zh: 'SGD 的损失最高：其他几种方法学得更快，和书中的结果一样。',
    en: 'SGD’s loss is the highest: the other methods learn faster, as the book reports.',
  },
  verdictOther: {
    zh: '这一次 SGD 的损失不是最高的：学习率一变，名次就会变（书中也这样提醒）。',
    en: 'This time SGD’s loss is not the highest: change the learning rates and the order changes (the book warns of this too).',
  },
  accTitle: { zh: '测试准确率', en: 'Test accuracy' },
  accCaption: {
    zh: '每个周期结束时在 {nTest} 个测试样本上的识别准确率（书中的脚本只画损失，这张图是本站加的）。',
    en: 'Recognition accuracy on {nTest} test digits at the end of every epoch (the book’s script plots only the loss; this figure is the site’s addition).',
  },
  accReading: { zh: '最新的测试准确率：{list}。', en: 'Latest test accuracy: {list}.' },
  sizeTitle: { zh: '比赛的规模', en: 'Size of the race' },
  after: {
    zh: `书中的结论：与 SGD 相比，其他三种方法学得更快，AdaGrad 还稍快一点；一般来说它们最终的识别精度也更高。但书中同样提醒：结果会随学习率等超参数、网络的结构（有多深）而改变。没有一种方法在所有问题上都最好——很多研究至今仍用 SGD，而 Adam 也很受欢迎。

为什么 SGD 在这里最慢？学习率 0.01 对这个网络来说偏小：每一步只沿着当前梯度挪一小段。Momentum 把过去的梯度累积成速度，在方向一致的地方越走越快；AdaGrad 和 Adam 按每个参数的梯度大小缩放步长，梯度小的参数也能走出像样的一步。`,
    en: `The book's conclusion: compared with SGD the other three learn faster, AdaGrad a little faster still, and in general they also reach a higher recognition accuracy. The book also warns that the result changes with the hyperparameters (the learning rate above all) and with the network's structure (how deep it is). No method is best on every problem: much research still uses SGD, and Adam is popular too.

Why is SGD the slowest here? A learning rate of 0.01 is small for this network: every step moves only a short way along the current gradient. Momentum accumulates past gradients into a velocity that speeds up where they agree; AdaGrad and Adam scale each parameter's step by the size of its gradients, so parameters with small gradients still take a sizeable step.`,
  },
  pythonTitle: { zh: '自己运行', en: 'Run it yourself' },
  pythonRun: {
    zh: '两张图下的 Python 按钮各下载一个只用 numpy 和标准库的脚本，带着当前的选手、学习率、样本数、周期数和种子：**optimizers-mnist-curves.py** 打印损失曲线的数据表（CSV：optimizer, step, loss, smoothed），**optimizers-mnist-accuracy.py** 打印测试准确率的数据表（CSV：optimizer, step, test_acc）。**python3 optimizers-mnist-curves.py** 从本站下载同一份 MNIST 子集（逐个文件核对 SHA-256，不符就停止），**python3 optimizers-mnist-curves.py --data DIR** 读本地文件夹（本站仓库里的 public/data）。它们按网页 CPU 引擎的运算顺序训练每个选手（同样的初始权重、同样的批次、同样的 float32 舍入），数字与网页的 CPU 引擎一致；在 WebGPU 上训练时，网页的准确率可能有一两个样本之差。训练中途改过的学习率，脚本从第一次迭代起就用现在的值。默认的 2000 次迭代在 numpy 里要跑十几分钟。',
    en: 'The Python button under each figure downloads a script that needs only numpy and the standard library, with the current racers, learning rates, digits, epochs and seed written in: **optimizers-mnist-curves.py** prints the loss curves’ data table (CSV: optimizer, step, loss, smoothed), **optimizers-mnist-accuracy.py** the test accuracy’s (CSV: optimizer, step, test_acc). **python3 optimizers-mnist-curves.py** downloads the same MNIST subset from this site (each file checked against its SHA-256; a mismatch stops it), **python3 optimizers-mnist-curves.py --data DIR** reads a local folder (public/data of the site’s repository). They train every racer in the page’s CPU engine order of operations (the same initial weights, the same batches, the same float32 rounding) and print the numbers of the page’s CPU engine; when the page trains on WebGPU, an accuracy may differ by a digit or two. A learning rate changed mid-run applies in the script from the first iteration. The default 2000 iterations take a quarter of an hour or so in numpy.',
  },
  try: {
    zh: `1. 让比赛跑完：SGD 的损失一直最高，其余三条在 200 次迭代内就降到 0.3 以下，起初 AdaGrad 领先——和书中说的一样。再看下面的测试准确率：我们用默认设置（种子 1）跑到 2000 次时，SGD 约 90%，其余三种约 92%～93%。

2. 训练到一半时，把 SGD 的学习率拖到 0.1：从那一次迭代起它的曲线陡降（之前的部分不变）。从头就用 0.1 的 SGD 在我们的运行里最后和其他三种差不多好。

3. 把 Adam 的学习率调到 0.01、再调到 0.1：0.01 还能学，0.1 时网络几乎学不动了（我们的运行里损失停在 2 附近，测试准确率不到 20%）。自适应方法也怕学习率太大。

4. 勾选 RMSprop：书中的默认值（学习率 0.01，衰减率 0.99）在这个网络上并不理想：我们的运行里它前 100 次迭代比 SGD 还慢，最后也只和 SGD 差不多。把它的学习率调到 0.001，它就和最好的几种一样快。

5. 勾选 AdaDelta：它没有学习率，步长完全由过去的梯度和更新量决定，在这里却跑得和 Adam 一样好。

6. 换一个随机种子，看名次是否稳定；把曲线切换成“原始”，看看平滑之前每一批的损失有多乱。`,
    en: `1. Let the race finish: SGD's loss stays the highest while the other three fall below 0.3 within 200 iterations, AdaGrad in the lead early on, just as the book says. Then look at the test accuracy below: in our run of the defaults (seed 1) SGD ended near 90% and the other three near 92–93%.

2. Halfway through, drag SGD's learning rate to 0.1: from that iteration on its curve drops steeply (what came before stays as it was). In our runs, SGD at 0.1 from the start ended about as well as the other three.

3. Set Adam's learning rate to 0.01, then 0.1: at 0.01 it still learns, at 0.1 the network hardly learns at all (in our run the loss stayed near 2 and test accuracy below 20%). Adaptive methods suffer from too large a rate too.

4. Tick RMSprop: the book's defaults (learning rate 0.01, decay 0.99) do not suit this network: in our run it was slower than SGD for the first 100 iterations and ended no better. Lower its learning rate to 0.001 and it keeps up with the best.

5. Tick AdaDelta: it has no learning rate, its steps come entirely from past gradients and past updates, and here it does as well as Adam.

6. Try another seed to see whether the order holds; switch the curve to "raw" to see how noisy each batch's loss is before smoothing.`,
  },
} satisfies Record<string, Text>;
