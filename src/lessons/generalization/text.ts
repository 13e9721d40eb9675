// Lesson text of "generalization", written for this site in 中文 and English (facts from seed 000 §1–3, d2l).
import type { Text } from '../../state/i18n';

export const TEXT = {
  intro: {
    zh: `模型在训练集上的误差叫训练误差；它在从未见过的新数据上的期望误差叫泛化误差，我们用一个独立的测试集来估计它。训练的目标不是把训练误差压到最低，而是让泛化误差小。

下面的数据来自一个三次函数 $y = 5 + 1.2x - 3.4\\frac{x^2}{2!} + 5.6\\frac{x^3}{3!}$ 再加上噪声。我们用特征 $1, x, \\frac{x^2}{2!}, \\dots, \\frac{x^d}{d!}$ 做线性回归，阶数 $d$ 就是模型的容量。训练用小批量随机梯度下降（学习率 0.01，批量 10），损失是平方损失 $\\frac12(\\hat y - y)^2$，每个周期都在浏览器里真实地计算。`,
    en: `The error a model makes on its training set is the training error; its expected error on new data it has never seen is the generalization error, which we estimate on a separate test set. The goal of training is not the lowest training error but a low generalization error.

The points below come from the cubic $y = 5 + 1.2x - 3.4\\frac{x^2}{2!} + 5.6\\frac{x^3}{3!}$ plus noise. We fit a linear model on the features $1, x, \\frac{x^2}{2!}, \\dots, \\frac{x^d}{d!}$, so the degree $d$ is the model's capacity. Training is mini-batch SGD (learning rate 0.01, batch 10) on the squared loss $\\frac12(\\hat y - y)^2$, every epoch really computed in your browser.`,
  },
  fitCaption: {
    zh: '实心点是训练数据，空心点是测试数据；虚线是生成数据的真实三次函数，实线是当前模型。',
    en: 'Filled dots: training points; open dots: test points; dashed: the true cubic; solid: the current model.',
  },
  curvesCaption: {
    zh: '每个周期结束时训练集与测试集上的平均平方损失（对数坐标）。',
    en: 'Mean squared loss on the training and test sets after each epoch (log scale).',
  },
  train: { zh: '训练损失', en: 'training loss' },
  test: { zh: '测试损失', en: 'test loss' },
  epoch: { zh: '周期', en: 'epoch' },
  epochCounter: { zh: '第 {k} / {n} 个周期', en: 'Epoch {k} of {n}' },
  loss: { zh: '损失', en: 'loss' },
  trueCurve: { zh: '真实函数', en: 'true function' },
  model: { zh: '模型', en: 'model' },
  reading: {
    zh: '第 {epoch} 个周期：训练损失 {train}，测试损失 {test}（测试/训练 = {ratio}）。',
    en: 'Epoch {epoch}: training loss {train}, test loss {test} (test/train = {ratio}).',
  },
  verdictUnder: { zh: '两者都高：欠拟合——模型太简单，连训练数据都拟合不好。', en: 'Both high: underfitting. The model is too simple to fit even the training data.' },
  verdictOver: { zh: '测试损失远高于训练损失：过拟合——模型记住了训练点的噪声。', en: 'Test loss far above training loss: overfitting. The model has memorised the noise in its training points.' },
  verdictGood: { zh: '两者都低且接近：模型容量合适。', en: 'Both low and close: the capacity fits the problem.' },
  loadingData: { zh: '正在准备训练…', en: 'Preparing the run…' },
  failed: { zh: '训练无法开始：{msg}', en: 'Training could not start: {msg}' },
  diverged: { zh: '训练在第 {step} 步发散（出现 NaN/∞）。阶数高时特征 xⁱ/i! 的尺度差别极大，可以减少阶数或噪声再试。', en: 'Training diverged at step {step} (NaN/∞). At high degree the features xⁱ/i! differ wildly in scale; lower the degree or the noise and try again.' },
  pythonTitle: { zh: '自己运行', en: 'Run it yourself' },
  pythonRun: {
    zh: '两张图下的 Python 按钮各下载一个只用 numpy 和标准库的脚本：**generalization-fit.py** 和 **generalization-curves.py**，当前的阶数、训练样本数、噪声、周期数和种子写在脚本开头。运行 **python3 generalization-curves.py**：脚本用种子生成同样的训练点和 100 个测试点，按网页 CPU 引擎的运算顺序训练同一个线性模型（同样的初始权重、批次顺序和 float32 舍入），打印图中的数据表（CSV）：曲线表每个周期一行 epoch, train_loss, test_loss；拟合表是训练结束时 [−3, 3] 上 61 个点的 x, y_true, y_fit。数字与网页的 CPU 引擎一致（损失在 1e-4 相对误差以内）。',
    en: 'The Python button under each figure downloads a script that needs only numpy and the standard library: **generalization-fit.py** and **generalization-curves.py**, with the current degree, training points, noise, epochs and seed written at its top. Run **python3 generalization-curves.py**: it generates the same training points and 100 test points from the seed, trains the same linear model in the page’s CPU engine order of operations (the same initial weights, batch order and float32 rounding) and prints the figure’s data table as CSV: the curves table has one row per epoch, epoch, train_loss, test_loss; the fit table is x, y_true, y_fit at 61 points across [−3, 3] after training. The numbers are the page’s CPU engine’s (losses within 1e-4 relative).',
  },
  try: {
    zh: `1. 阶数 1（线性）：直线拟合不了三次曲线，训练损失和测试损失都停在高处——欠拟合。

2. 阶数 3：与生成数据的函数同阶，两条损失曲线都降到接近噪声的水平 $\\sigma^2/2$，而且彼此接近。

3. 阶数 20、训练样本 10 个、周期 1000：训练损失一路下降，测试损失却远远落在后面（超过两倍）——过拟合。

4. 保持阶数 20，把训练样本增加到 200：过拟合明显减轻。数据越多，复杂模型越不容易只记住噪声。

5. 把噪声调到 0：没有噪声可记时，高阶模型的危害也小得多。`,
    en: `1. Degree 1 (a line): it cannot follow a cubic, so training and test loss both stay high. That is underfitting.

2. Degree 3: the same degree as the generating function. Both curves fall to about the noise floor $\\sigma^2/2$ and stay close together.

3. Degree 20 with 10 training points and 1000 epochs: the training loss keeps falling while the test loss lags far behind (more than double). That is overfitting.

4. Keep degree 20 and raise the training points to 200: the overfitting shrinks. With more data a complex model has a harder time memorising noise.

5. Set the noise to 0: with no noise to memorise, the high-degree model does much less harm.`,
  },
} satisfies Record<string, Text>;
