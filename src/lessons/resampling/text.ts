// Lesson text of "resampling", written for this site in 中文 and English (the practice from seed 000 §8: make the training
// data follow the distribution the model will be tested on).
import type { Text } from '../../state/i18n';

export const TEXT = {
  title: { zh: '训练集和测试集分布不同时：重采样与类别加权', en: 'When training and test data differ: resampling and class weights' },
  intro: {
    zh: `训练集的类别比例常常和模型将来遇到的数据不一样：罕见病的病例、欺诈交易、某个地区的口音，在训练数据里可能只占很小一部分，但在测试时同样重要。这叫**类别不平衡**。

这里故意造一个：从 MNIST 的 {pool} 个训练数字里，数字 0–4 全部保留，数字 5–9 只保留一部分，让它们只占训练集的 {share}；测试集是 {nTest} 个未经改动的 MNIST 数字，十个数字大约各占十分之一。四个网络（784–100–10，ReLU，Adam，η = 0.001，批量 50，同一个随机种子）在同一个种群里并排训练，只有一处不同：

1. **直接训练**：就用这个不平衡的训练集。
2. **过采样**：把每个少数类别的样本重复，直到每个类别的样本数都等于最多的那个类别。
3. **欠采样**：每个类别只取前 $m$ 个样本，$m$ 是最少的那个类别的样本数。
4. **类别加权损失**：样本数不变，交叉熵里每个样本乘上它所属类别的权重 $w_k = \\dfrac{N}{K\\,N_k}$（$N$ 是训练样本总数，$N_k$ 是类别 $k$ 的样本数，$K$ 是出现的类别数），于是训练样本上的平均权重 $\\frac1N\\sum_i w_{y_i} = 1$，损失的整体大小和直接训练相同：$L = -\\frac1n\\sum_i w_{y_i}\\log \\mathrm{softmax}(z_i)_{y_i}$。`,
    en: `The class proportions of a training set often differ from the data the model will meet: rare-disease cases, fraudulent transactions, one region's accent may be a small part of the training data and just as important at test time. This is **class imbalance**.

Here we make one on purpose: of {pool} MNIST training digits we keep every 0–4 and only some of the 5–9, so that the digits 5–9 make up {share} of the training set; the test set is {nTest} unchanged MNIST digits, about a tenth of each digit. Four networks (784–100–10, ReLU, Adam, η = 0.001, batch 50, one seed) train side by side as one population and differ in one thing only:

1. **Plain training** on the imbalanced set.
2. **Oversampling**: the examples of every smaller class are repeated until each class has as many as the largest.
3. **Undersampling**: every class keeps only its first $m$ examples, $m$ the size of the smallest class.
4. **Class-weighted loss**: the examples stay as they are, but each example's cross-entropy is multiplied by its class's weight $w_k = \\dfrac{N}{K\\,N_k}$ ($N$ training examples, $N_k$ of class $k$, $K$ classes present), so the mean weight over the training examples is $\\frac1N\\sum_i w_{y_i} = 1$ and the loss keeps the scale of plain training: $L = -\\frac1n\\sum_i w_{y_i}\\log \\mathrm{softmax}(z_i)_{y_i}$.`,
  },
  recallTitle: { zh: '每个数字的召回率', en: 'Recall of each digit' },
  recallCaption: {
    zh: '测试集上每个数字的召回率（被认对的比例 = 混淆矩阵对角线 / 行和），四种方法；5–9 是训练集中的少数类。',
    en: 'Test recall of each digit (the share recognised = confusion diagonal / row sum) for the four methods; 5–9 are the rare classes in training.',
  },
  confusionTitle: { zh: '混淆矩阵', en: 'Confusion matrix' },
  confusionCaption: {
    zh: '{method}：测试集上真实数字（行）被预测成哪个数字（列）的个数，颜色是行占比。数据表列出四种方法。',
    en: '{method}: how many test digits of each true class (row) were predicted as each class (column); colour is the row share. The data table lists all four methods.',
  },
  waiting: { zh: '第一个周期结束后出现。', en: 'Appears after the first epoch.' },
  reading: {
    zh: '第 {epoch} 个周期后，5–9 的平均召回率：直接训练 {none}，过采样 {over}，欠采样 {under}，类别加权 {weighted}；测试准确率分别为 {accNone}、{accOver}、{accUnder}、{accWeighted}。',
    en: 'After epoch {epoch}, mean recall of 5–9: plain {none}, oversampling {over}, undersampling {under}, class weights {weighted}; test accuracy {accNone}, {accOver}, {accUnder}, {accWeighted}.',
  },
  counter: { zh: '周期 {k} / {n}', en: 'epoch {k} / {n}' },
  diverged: { zh: '有一个网络在第 {step} 步发散了。', en: 'A network diverged at step {step}.' },
  methodNone: { zh: '直接训练', en: 'plain' },
  methodOversample: { zh: '过采样', en: 'oversampling' },
  methodUndersample: { zh: '欠采样', en: 'undersampling' },
  methodWeights: { zh: '类别加权', en: 'class weights' },
  digit: { zh: '数字', en: 'Digit' },
  recall: { zh: '召回率', en: 'Recall' },
  measuredTitle: { zh: '默认设置下量到的结果', en: 'What the default run measured' },
  measured: {
    zh: `默认设置（5–9 占 5%，10 个周期，种子 1，CPU 引擎）量到的结果：直接训练的网络很少把测试数字判成 5–9，这五个数字的平均召回率只有 0.21，而 0–4 是 0.97，测试准确率 62.5%。过采样把 5–9 的召回率提到 0.33（0–4 为 0.96，准确率 67.5%），类别加权损失提到 0.37（0–4 为 0.96，准确率 68.9%）。欠采样每个类别只剩十来个样本：5–9 的召回率也是 0.33，但 0–4 跌到 0.68，准确率只有 52.9%——它扔掉了大部分数据。只训练 10 个周期、5–9 一共才五十来个样本，哪一种方法都补不回缺少的数据；换种子或后端，数字会略有不同，上面的读数是这一次运行的实际值。`,
    en: `What the defaults (5–9 at 5 %, 10 epochs, seed 1, CPU engine) measured: the plainly trained network seldom calls a test digit 5–9; the mean recall of those five digits is 0.21, against 0.97 for 0–4, and its test accuracy is 62.5 %. Oversampling lifts the recall of 5–9 to 0.33 (0–4: 0.96, accuracy 67.5 %), the class-weighted loss to 0.37 (0–4: 0.96, accuracy 68.9 %). Undersampling leaves about ten examples per class: its recall of 5–9 is 0.33 too, but 0–4 falls to 0.68 and its accuracy to 52.9 % — it throws most of the data away. With 10 epochs and only about fifty examples of 5–9 in all, no method makes up for the missing data; another seed or backend shifts the numbers a little, and the reading above is this run's.`,
  },
  pythonTitle: { zh: '自己运行', en: 'Run it yourself' },
  pythonRun: {
    zh: '两张图下的 Python 按钮各下载一个只用 numpy 和标准库的脚本，带着当前的稀有比例、周期数和种子：**resampling-recall.py** 打印每个数字的召回率（CSV：method, class, recall），**resampling-confusion.py** 打印四个混淆矩阵（CSV：method, true, predicted, count）。**python3 resampling-recall.py** 从本站下载同一份 MNIST 子集（逐个文件核对 SHA-256，不符就停止），**python3 resampling-recall.py --data DIR** 读本地文件夹（本站仓库里的 public/data）。脚本用同样的规则做出不平衡的训练集、过采样和欠采样的行列表以及类别权重，按网页 CPU 引擎的运算顺序训练四个网络（同样的初始权重、同样的批次、同样的 float32 舍入），打印训练结束时的表，与网页 CPU 引擎训练完后的表相同；训练途中网页的表是某一时刻的快照。网页在 WebGPU 上训练时，计数可能有一两个样本之差。',
    en: 'The Python button under each figure downloads a script that needs only numpy and the standard library, with the current rare share, epochs and seed written in: **resampling-recall.py** prints each digit’s recall (CSV: method, class, recall), **resampling-confusion.py** the four confusion matrices (CSV: method, true, predicted, count). **python3 resampling-recall.py** downloads the same MNIST subset from this site (each file checked against its SHA-256; a mismatch stops it), **python3 resampling-recall.py --data DIR** reads a local folder (public/data of the site’s repository). The script builds the imbalanced training set, the oversampled and undersampled row lists and the class weights by the same rules, trains the four nets in the page’s CPU engine order of operations (the same initial weights, the same batches, the same float32 rounding) and prints the table at the end of training: the page’s table once its CPU engine has finished (during training the page shows a snapshot). When the page trains on WebGPU, a count may differ by a digit or two.',
  },
  try: {
    zh: `1. 把占比拖到 2%：直接训练的网络对 5–9 的召回率几乎降到 0，看混淆矩阵里这些行的数字都挪到了哪些列。

2. 把占比拖到 50%：训练集又大致平衡了，四种方法的差别几乎消失（欠采样仍然少用了一些数据）。

3. 在混淆矩阵里切换到“欠采样”：它的错误分散在所有行里，而不是集中在 5–9。`,
    en: `1. Drag the share down to 2 %: the plain network's recall of 5–9 falls almost to 0; see in the confusion matrix which columns those rows' digits went to.

2. Drag the share up to 50 %: the training set is roughly balanced again and the four methods nearly agree (undersampling still uses somewhat less data).

3. Switch the confusion matrix to undersampling: its errors are spread over every row instead of piling up in 5–9.`,
  },
} satisfies Record<string, Text>;
