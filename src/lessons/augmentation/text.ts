// Lesson text of "augmentation", written for this site in 中文 and English (the practice from seed 000 §8: with too few
// training examples, enlarge the data set by augmentation, or use unlabelled data: semi-supervised learning).
import type { Text } from '../../state/i18n';

export const TEXT = {
  intro: {
    zh: `标注数据往往很贵：每一张图都要有人看过、写下正确答案。训练样本太少时，网络会把这几百个样本背下来，在没见过的数据上表现差。这一课试两种不需要新标签的办法。

**数据增强**：对每个训练样本做一个不改变答案的小变换，每个周期都重新抽一次，网络就很少两次看到完全相同的图。对手写数字来说，稍微挪一点（平移 ±k 像素）、转一点（±θ°）、像纸张被揉过那样局部扭一扭（**弹性形变**：随机位移场经高斯平滑后乘以强度 $\\alpha$，Simard 等人 2003 年的做法）、或加一点像素噪声，数字还是那个数字。变换在训练线程里对每个小批量现场做，CPU 和 GPU 引擎用同一个按（种子、周期、样本行）取值的随机数，所以两边看到完全一样的增强批量。

**半监督学习**：训练集里除了这 n 个有标签的数字，其余的数字假装没有标签；先只用有标签的数据训练一个网络，让它给无标签的数字打**伪标签**，把预测概率不低于阈值的那些加进训练集再训练一次（**自训练**）。

下面每个网络都是 784–100–10（ReLU，Adam，η = 0.001，批量 50），只用 MNIST 训练集里的前 n 个数字，在 {nTest} 个测试数字上评估；每种设置用几个种子各训练一次，一起作为一个种群。`,
    en: `Labels are often expensive: every image needs someone to look at it and write down the answer. With too few training examples a network memorises its few hundred examples and does poorly on data it has not seen. This lesson tries two remedies that need no new labels.

**Data augmentation**: apply a small transform that keeps the answer to each training example, drawn afresh every epoch, so the network seldom sees the same image twice. A handwritten digit moved a little (shifts of ±k pixels), turned a little (±θ°), locally warped like crumpled paper (**elastic distortion**: a random displacement field smoothed by a Gaussian and scaled by a strength $\\alpha$, as Simard et al. did in 2003) or sprinkled with pixel noise is still the same digit. The transforms run on each mini-batch inside the training worker; the CPU and GPU engines draw them from the same random numbers keyed by (seed, epoch, example row), so both see exactly the same augmented batch.

**Semi-supervised learning**: of the training digits, only the first n keep their labels and the rest are treated as unlabelled. A network trained on the labelled digits alone gives the unlabelled ones **pseudo-labels**; those whose predicted probability reaches a threshold join the training set and a network trains again (**self-training**).

Every network below is 784–100–10 (ReLU, Adam, η = 0.001, batch 50) trained on the first n MNIST training digits only and tested on {nTest} test digits; each setting trains once per seed, all together as one population.`,
  },
  accuracyTitle: { zh: '测试准确率与训练样本数', en: 'Test accuracy against the number of training digits' },
  accuracyCaption: {
    zh: '不同 n 下最后一个已完成周期的测试准确率：实线连接各种子的平均，细线是最低和最高的种子；数据表每行是一个网络。',
    en: 'Test accuracy after the last finished epoch for each n: the thick line joins the mean over seeds, the thin ones the lowest and highest seed; each table row is one network.',
  },
  samplesTitle: { zh: '当前批量的增强样本', en: 'Augmented samples of the current batch' },
  samplesCaption: {
    zh: 'n = {n}、种子 {seed} 的增强网络下一个小批量的前 {k} 个数字：上排是原图，下排是这一周期它实际看到的样子（由训练线程按同一个随机数生成）。',
    en: 'The first {k} digits of the next mini-batch of the augmented network at n = {n}, seed {seed}: top, as stored; bottom, what it sees this epoch (made by the training worker from the same random numbers).',
  },
  curvesTitle: { zh: 'n = {n} 的训练与测试曲线', en: 'Training and test curves at n = {n}' },
  curvesCaption: {
    zh: '种子 {seed}、n = {n}：有无数据增强时每个周期的训练准确率（实线，在它的 n 个原始数字上）和测试准确率（虚线）。',
    en: 'Seed {seed}, n = {n}: training accuracy (solid, on its n digits as stored) and test accuracy (dashed) per epoch, with and without augmentation.',
  },
  semiTitle: { zh: '自训练：伪标签', en: 'Self-training with pseudo-labels' },
  semiIntro: {
    zh: '老师网络是上面 n = {n}、不做增强、种子 {seed} 的那个网络（训练完 {epochs} 个周期后）。它给其余 {pool} 个数字打标签；每个阈值下，置信度达到阈值的那些加入训练，网络从头再训练同样多的周期。',
    en: 'The teacher is the network above at n = {n}, without augmentation, seed {seed} (after its {epochs} epochs). It labels the other {pool} training digits; at each threshold, those whose confidence reaches it join the training set and a network trains from scratch for as many epochs.',
  },
  semiWaiting: { zh: '老师网络训练完 {epochs} 个周期后开始。', en: 'Starts when the teacher network has finished its {epochs} epochs.' },
  semiCaption: {
    zh: '每个置信度阈值下自训练网络的测试准确率（各种子平均），水平线是只用 n 个有标签数字的基线；数据表中 labelled 是带标签训练样本数（真标签加伪标签），threshold = none 为基线。',
    en: 'Test accuracy of the self-trained networks at each confidence threshold (mean over seeds); the level line is the baseline on the n labelled digits alone. In the table, labelled counts the training examples with a label (true plus pseudo), threshold = none is the baseline.',
  },
  semiReading: {
    zh: '阈值 {threshold}：加入 {accepted} 个伪标签，其中 {right} 是对的；测试准确率 {acc}，基线 {base}（{diff}）。',
    en: 'Threshold {threshold}: {accepted} pseudo-labels joined, {right} of them right; test accuracy {acc} against the baseline {base} ({diff}).',
  },
  semiHelps: { zh: '伪标签在这里有帮助。', en: 'Here the pseudo-labels help.' },
  semiNoHelp: {
    zh: '伪标签在这里没有帮助：自训练网络并不比基线好。老师自己答错的那些数字，被当成“正确答案”教给了学生；阈值太低错标太多，阈值太高又几乎没有新数据。',
    en: 'Here the pseudo-labels do not help: the self-trained network is no better than the baseline. The digits the teacher got wrong are taught to the student as if they were right; a low threshold lets in many wrong labels, a high one adds almost no new data.',
  },
  threshold: { zh: '置信度阈值', en: 'Confidence threshold' },
  baseline: { zh: '只用有标签数据（基线）', en: 'labelled only (baseline)' },
  selfTrained: { zh: '自训练', en: 'self-trained' },
  without: { zh: '不增强', en: 'no augmentation' },
  with: { zh: '数据增强', en: 'augmentation' },
  lowest: { zh: '{what}：最低的种子', en: '{what}: lowest seed' },
  highest: { zh: '{what}：最高的种子', en: '{what}: highest seed' },
  trainDigits: { zh: '训练数字 n', en: 'Training digits n' },
  testAccuracy: { zh: '测试准确率', en: 'Test accuracy' },
  accuracy: { zh: '准确率', en: 'Accuracy' },
  epoch: { zh: '周期', en: 'Epoch' },
  waiting: { zh: '第一个周期结束后出现。', en: 'Appears after the first epoch.' },
  samplesWaiting: { zh: '网络建好后出现。', en: 'Appears once the networks exist.' },
  original: { zh: '原图', en: 'as stored' },
  augmented: { zh: '增强后', en: 'augmented' },
  noTransform: { zh: '没有打开任何变换：增强的网络和不增强的一样。', en: 'No transform is switched on: the “augmented” networks train as the others do.' },
  counter: { zh: '周期 {k} / {n}', en: 'epoch {k} / {n}' },
  diverged: { zh: '有一个网络在第 {step} 步发散了。', en: 'A network diverged at step {step}.' },
  reading: {
    zh: '第 {epoch} 个周期后，n = {n}：不增强 {without}，增强 {with}（{diff}）；n = {nLo}：{loWithout} → {loWith}；n = {nHi}：{hiWithout} → {hiWith}。',
    en: 'After epoch {epoch}, n = {n}: no augmentation {without}, augmentation {with} ({diff}); n = {nLo}: {loWithout} → {loWith}; n = {nHi}: {hiWithout} → {hiWith}.',
  },
  measuredTitle: { zh: '这次运行量到的结果', en: 'What this run measured' },
  measuredWaiting: { zh: '所有网络训练完后，这里给出这次运行的读数。', en: 'When every network has finished, this gives this run’s readings.' },
  measured: {
    zh: `这次运行（{epochs} 个周期，{seeds} 个种子，{backend}）的读数：n = {nLo} 时数据增强把测试准确率从 {loWithout} 变成 {loWith}（{loDiff}），n = {n} 时从 {without} 变成 {with}（{diff}），n = {nHi} 时从 {hiWithout} 变成 {hiWith}（{hiDiff}）。{verdict}

换种子或后端，数字会略有不同；上面都是这一次运行的实际值。`,
    en: `This run ({epochs} epochs, {seeds} seeds, {backend}) measured: at n = {nLo} augmentation took test accuracy from {loWithout} to {loWith} ({loDiff}), at n = {n} from {without} to {with} ({diff}), at n = {nHi} from {hiWithout} to {hiWith} ({hiDiff}). {verdict}

Another seed or backend shifts the numbers a little; the readings above are this run's.`,
  },
  verdictHurts: {
    zh: '和常见的说法“数据增强总能提高准确率”不同，这里它在 n = {n} 时让测试准确率变低了。增强的网络每个周期看到的都是新图，{epochs} 个周期后连自己的训练数字都没拟合好（种子 {seed} 的训练准确率 {trainWith}，不增强的是 {trainWithout}）：它欠拟合，还需要更多周期。',
    en: 'Unlike the common saying that augmentation always raises accuracy, here it lowered test accuracy at n = {n}. The augmented networks see new images every epoch and after {epochs} epochs fit even their own training digits less well (seed {seed}: training accuracy {trainWith}, against {trainWithout} without): they underfit and need more epochs.',
  },
  verdictHelps: {
    zh: '在 n = {n} 时数据增强提高了测试准确率，这符合常见的预期；{gap}',
    en: 'At n = {n} augmentation raised test accuracy, as commonly expected; {gap}',
  },
  gapShrinks: { zh: '提升随 n 增大而变小：数据越多，增强越不重要。', en: 'the gain shrinks as n grows: the more data, the less augmentation matters.' },
  gapGrows: { zh: '但这次提升没有随 n 增大而变小，和常见预期不同。', en: 'but this time the gain did not shrink as n grew, unlike the common expectation.' },
  pythonTitle: { zh: '自己运行', en: 'Run it yourself' },
  pythonRun: {
    zh: '四张图下的 Python 按钮各下载一个只用 numpy 和标准库的脚本，带着当前的 n、周期数、种子、打开的变换和强度、阈值：**augmentation-accuracy.py** 打印每个网络的测试准确率（CSV：n, augment, seed, test_acc），**augmentation-curves.py** 打印 n 与第一个种子下两个网络每个周期的训练和测试准确率（augment, epoch, train_acc, test_acc），**augmentation-samples.py** 打印训练结束后样本条的那几个数字（row, label, mean_abs_change），**augmentation-semi.py** 训练老师网络、按同样的规则挑出伪标签、再训练自训练的网络（threshold, labelled, test_acc）。**python3 augmentation-accuracy.py** 从本站下载同一份 MNIST 子集（逐个文件核对 SHA-256，不符就停止），**python3 augmentation-accuracy.py --data DIR** 读本地文件夹（本站仓库里的 public/data）。脚本里有引擎四种变换的 numpy 版本：平移、旋转、弹性形变、噪声都按（种子、周期、样本行）取同一个随机数，按同样的顺序做双精度运算，再存为 float32，所以增强后的像素与网页的逐位相同；训练也按网页 CPU 引擎的运算顺序（同样的初始权重、同样的批次、同样的 float32 舍入），打印训练结束时的表，与网页 CPU 引擎训练完后的表相同（训练途中网页的表是某一时刻的快照，样本条也是那一刻的下一个批量）。默认设置下准确率脚本要训练 18 个网络各 15 个周期，自训练脚本还要多训练一个老师和 18 个网络，numpy 需要跑很多分钟；n、周期数或种子数小一些会快得多。网页在 WebGPU 上训练时，准确率可能有一两个样本之差。',
    en: 'The Python button under each of the four figures downloads a script that needs only numpy and the standard library, with the current n, epochs, seeds, transforms, strengths and threshold written in: **augmentation-accuracy.py** prints each network’s test accuracy (CSV: n, augment, seed, test_acc), **augmentation-curves.py** the training and test accuracy per epoch of the two networks at n and the first seed (augment, epoch, train_acc, test_acc), **augmentation-samples.py** the digits of the sample strip once training has finished (row, label, mean_abs_change), **augmentation-semi.py** trains the teacher, picks the pseudo-labels by the same rule and trains the self-trained networks (threshold, labelled, test_acc). **python3 augmentation-accuracy.py** downloads the same MNIST subset from this site (each file checked against its SHA-256; a mismatch stops it), **python3 augmentation-accuracy.py --data DIR** reads a local folder (public/data of the site’s repository). The scripts carry a numpy version of the engine’s four transforms: shift, rotation, elastic distortion and noise draw the same random numbers keyed by (seed, epoch, example row) and do the same double arithmetic in the same order before storing float32, so the augmented pixels equal the page’s bit for bit; training follows the page’s CPU engine order of operations too (the same initial weights, the same batches, the same float32 rounding), and the script prints the table at the end of training: the page’s table once its CPU engine has finished (during training the page shows a snapshot, and the sample strip the next batch of that moment). With the default settings the accuracy script trains 18 networks for 15 epochs each and the self-training script a teacher and 18 more, which takes numpy many minutes; a smaller n, fewer epochs or fewer seeds run much faster. When the page trains on WebGPU, an accuracy may differ by a digit or two.',
  },
  try: {
    zh: `1. 把 n 拖到 100：增强前后的差距最大；再拖到 1000，看差距缩小多少。

2. 只打开“像素噪声”并把 σ 调到 0.5：噪声太强，数字看不清了，增强反而有害。

3. 打开“弹性形变”，看样本条里的数字怎样被局部扭曲；把 α 调到 60，有的数字已经不像原来的数字了——变换必须保持标签不变。

4. 把伪标签阈值调到 0.5：加入的伪标签最多，错的也最多；调到 0.999 几乎什么也没加入。

5. 如果默认的 15 个周期里增强反而更差，把周期调到 40。我们用 CPU 引擎、种子 1、平移加旋转核对过：n = 100 时增强的网络大约在第 20 个周期追上，第 40 个周期测试准确率 67.4%，不增强的是 64.3%。`,
    en: `1. Drag n down to 100: the gap between augmented and plain is largest; drag it to 1000 and see how much it narrows.

2. Switch on pixel noise alone at σ = 0.5: the noise is so strong that digits blur, and augmentation hurts.

3. Switch on elastic distortion and watch the digits warp in the sample strip; at α = 60 some no longer look like their digit — a transform must keep the label.

4. Set the pseudo-label threshold to 0.5: the most pseudo-labels join, and the most wrong ones; at 0.999 almost nothing joins.

5. If augmentation came out worse in the default 15 epochs, raise the epochs to 40. A check run (CPU engine, seed 1, shifts and rotations) had the augmented network at n = 100 catch up around epoch 20 and test 67.4 % at epoch 40, against 64.3 % without.`,
  },
} satisfies Record<string, Text>;
