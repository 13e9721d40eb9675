// Lesson text of "playground", written for this site in 中文 and English.
import type { Text } from '../../state/i18n';

export const TEXT = {
  intro: {
    zh: `这是一个像 TensorFlow Playground 那样的练习台：选一个二维数据集，搭一个小网络，看它在平面上一步步学出决策边界。不同的是，这里能用上本站每一课讲过的技术——六种优化器和它们的超参数、L1 / L2、逐层丢弃、批量归一化、梯度裁剪、各种初始化；训练中改变超参数不会重新开始；整个设置（连同你添加的点）都在链接里；每张图下都有真实的数据表。网络在本页的后端上训练（有 WebGPU 就用它，否则用 CPU 引擎），和其他课一样在 Web Worker 中运行。`,
    en: `A bench in the spirit of TensorFlow Playground: pick a 2-D data set, build a small network, and watch it learn a decision boundary over the plane. The difference: every technique of this site's lessons is here — six optimizers with their hyperparameters, L1 / L2, dropout per layer, batch norm, gradient clipping, the initializations; changing a hyperparameter mid-run does not start over; the whole setup (points you add included) lives in the link; and every figure has its real data table. The network trains on this page's backend (WebGPU where available, the CPU engine otherwise), in a Web Worker like every other lesson.`,
  },
  dataTitle: { zh: '数据和网络的输出', en: 'The data and the network’s output' },
  plotCaption: {
    zh: '颜色是网络给出的类别 1 的概率（蓝 = 类别 1，橙 = 类别 0），黑线是 p = 0.5 的决策边界；实心圆是训练点，空心圆是测试点，方块是你添加的训练点。数据表：21 × 21 网格上的 p。',
    en: 'The colour is the network’s probability of class 1 (blue = class 1, orange = class 0); the black line is the decision boundary p = 0.5. Filled circles: training points; hollow circles: test points; squares: training points you added. Data table: p on a 21 × 21 grid.',
  },
  plotCaptionReg: {
    zh: '回归：蓝线是网络对 x 的预测 ŷ，实心圆是训练点，空心圆是测试点，方块是你添加的训练点。数据表：21 个 x 上的 ŷ。',
    en: 'Regression: the blue line is the network’s prediction ŷ at each x; filled circles: training points; hollow circles: test points; squares: training points you added. Data table: ŷ at 21 values of x.',
  },
  plotLabel: {
    zh: '网络输出的平面图。单击添加一个训练点（Shift + 单击添加另一类）；聚焦后用方向键移动光标，Enter 添加，Shift + Enter 添加另一类。',
    en: 'Plot of the network’s output. Click to add a training point (Shift-click: the other class); when focused, arrow keys move a cursor, Enter adds a point there, Shift + Enter one of the other class.',
  },
  cursor: { zh: '光标在 ({x1}, {x2})，按 Enter 添加', en: 'Cursor at ({x1}, {x2}); press Enter to add a point' },
  addClass: { zh: '单击添加的类别', en: 'A click adds' },
  class0: { zh: '类别 0（橙）', en: 'class 0 (orange)' },
  class1: { zh: '类别 1（蓝）', en: 'class 1 (blue)' },
  regenerate: { zh: '重新生成数据', en: 'Regenerate data' },
  clearAdded: { zh: '清除添加的点（{n}）', en: 'Clear added points ({n})' },
  sizes: { zh: '训练 {train} 个点（其中添加 {added} 个），测试 {test} 个。', en: '{train} training points ({added} of them added), {test} test points.' },
  epochCounter: { zh: '第 {k} / {n} 周期', en: 'Epoch {k} of {n}' },
  reading: {
    zh: '第 {epoch} 周期：训练损失 {train}，测试损失 {test}，测试准确率 {acc}。',
    en: 'Epoch {epoch}: training loss {train}, test loss {test}, test accuracy {acc}.',
  },
  readingReg: { zh: '第 {epoch} 周期：训练损失 {train}，测试损失 {test}（均方误差）。', en: 'Epoch {epoch}: training loss {train}, test loss {test} (mean squared error).' },
  diverged: { zh: '训练在第 {step} 步发散（损失变成了非有限值）：学习率太大？试试更小的 η 或梯度裁剪。', en: 'The run diverged at update {step} (the loss stopped being finite): too large a learning rate? Try a smaller η or gradient clipping.' },
  changeHyper: {
    zh: '超参数改变：从第 {step} 步之后起生效，没有重新开始（现在 η = {lr}，{opt}）。',
    en: 'Hyperparameter change: it applies after update {step}, without a restart (now η = {lr}, {opt}).',
  },
  changeRestart: { zh: '网络、数据、周期数或种子改变了：重新开始了一次新的训练。', en: 'The network, the data, the epoch budget or the seed changed: a new run started.' },
  networkTitle: { zh: '网络', en: 'The network' },
  networkCaption: {
    zh: '每一列是一层，每个小方块是一个神经元在整个平面上的输出（回归时为沿 x 的输出，各用自己的颜色范围）；连线的粗细是权重的大小，颜色是符号（蓝正橙负）。数据表：每个权重。',
    en: 'Each column is a layer and each small square one unit’s output over the whole plane (along x for regression), each on its own colour range; a line’s width is its weight’s size and its colour the sign (blue positive, orange negative). Data table: every weight.',
  },
  networkLabel: { zh: '网络结构图', en: 'Network diagram' },
  unitReading: { zh: '第 {layer} 个隐藏层的第 {unit} 个神经元：输出在 {lo} … {hi} 之间', en: 'Hidden layer {layer}, unit {unit}: output from {lo} to {hi}' },
  inputReading: { zh: '输入 {name}：{lo} … {hi}', en: 'Input {name}: {lo} to {hi}' },
  outputReading: { zh: '输出：类别 {unit} 的概率，{lo} … {hi}', en: 'Output: probability of class {unit}, {lo} to {hi}' },
  outputReadingReg: { zh: '输出 ŷ：{lo} … {hi}', en: 'Output ŷ: {lo} to {hi}' },
  weightReading: {
    zh: '第 {l} 个权重矩阵：第 {from} 个神经元 → 下一层第 {to} 个，w = {w}',
    en: 'Weight matrix {l}: unit {from} → unit {to} of the next layer, w = {w}',
  },
  optimizerTitle: { zh: '优化器', en: 'The optimizer' },
  optimizerNote: {
    zh: '这些控件在训练中改变时从下一步起生效，不重新开始（周期数和种子除外）。',
    en: 'These controls apply from the next update when changed mid-run, without a restart (except the epoch budget and the seed).',
  },
  regTitle: { zh: '正则化和裁剪', en: 'Regularization and clipping' },
  perLayer: { zh: '逐层丢弃率（−1 = 用上面的 p）', en: 'Dropout per layer (−1 = the p above)' },
  curvesTitle: { zh: '训练和测试损失', en: 'Training and test loss' },
  curvesCaption: { zh: '每个周期结束时在整个训练集（实线）和测试集（虚线）上的损失。', en: 'The loss on the whole training set (solid) and on the test set (dashed) at the end of every epoch.' },
  epoch: { zh: '周期', en: 'Epoch' },
  loss: { zh: '损失', en: 'Loss' },
  seriesTrain: { zh: '训练损失', en: 'training loss' },
  seriesTest: { zh: '测试损失', en: 'test loss' },
  whereTitle: { zh: '每个控件在哪一课讲过', en: 'Where each control is taught' },
  where: {
    zh: `- **数据、噪声、训练集比例、添加的点**：泛化（训练误差与泛化误差）、验证集。
- **层数、神经元数、激活函数**：梯度消失与梯度爆炸；**初始化**：权重初始化；**批量归一化**：批量归一化。

- **优化器和它们的 γ、ρ、β₁、β₂、学习率**：优化器、MNIST 上的优化器比赛、鞍点；**批量大小**：小批量。

- **L1 / L2**：权重衰减；**丢弃率**：Dropout；**梯度裁剪**：梯度消失与梯度爆炸；**周期数**：提前停止。`,
    en: `- **Data, noise, training share, added points**: generalization (training vs generalization error), validation.
- **Layers, units, activation**: vanishing and exploding gradients; **initialization**: weight initialization; **batch norm**: batch normalization.

- **The optimizers with their γ, ρ, β₁, β₂ and learning rate**: optimizers, the MNIST optimizer race, saddle points; **batch size**: mini-batches.

- **L1 / L2**: weight decay; **dropout**: dropout; **gradient clipping**: vanishing and exploding gradients; **epochs**: early stopping.`,
  },
  presetOverfit: { zh: '少量噪声点：过拟合', en: 'A few noisy points: overfitting' },
  presetOverfitL2: { zh: '同上 + L2', en: 'The same + L2' },
  presetOverfitDropout: { zh: '同上 + 丢弃', en: 'The same + dropout' },
  presetSigmoidDeep: { zh: 'Sigmoid，6 层，SGD', en: 'Sigmoid, 6 layers, SGD' },
  presetSigmoidBn: { zh: '同上 + 批量归一化', en: 'The same + batch norm' },
  presetTooLarge: { zh: '正弦回归，SGD，η = 3', en: 'Sine regression, SGD, η = 3' },
  presetClipped: { zh: '同上 + 裁剪 1', en: 'The same + clipping at 1' },
  presetSlowSgd: { zh: '慢速 SGD（中途换 Adam）', en: 'Slow SGD (switch to Adam mid-run)' },
  try: {
    zh: `1. **过拟合**：点“少量噪声点：过拟合”（40 个训练点、噪声 0.35、6 × 8 的网络）。看训练损失一直降而测试损失停住或回升，边界绕着单个点打转。再点“同上 + L2”或“同上 + 丢弃”，比较两条损失曲线和边界的形状。
2. **梯度消失**：点“Sigmoid，6 层，SGD”：边界出不来，损失几乎停在 ln 2 ≈ 0.69（瞎猜的水平）——传回前几层的梯度太小了。再点“同上 + 批量归一化”，同一个网络就学会了。

3. **发散**：点“正弦回归，SGD，η = 3”，状态行会说训练在哪一步发散；再点“同上 + 裁剪 1”：损失保持有限，训练跑完全程，但这么大的步长拟合得很差——再把 η 调小。

4. **中途换优化器**：点“慢速 SGD”，训练几个周期后把优化器换成 Adam——周期计数不会归零，曲线从换的那一步起改变。

5. 在边界附近单击添加几个“错误”类别的点，看网络怎样为它们弯曲边界；再按“清除添加的点”。`,
    en: `1. **Overfitting**: press “A few noisy points: overfitting” (40 training points, noise 0.35, a 6 × 8 net). Watch the training loss keep falling while the test loss stalls or rises, and the boundary curl around single points. Then press “The same + L2” or “The same + dropout” and compare both loss curves and the boundary’s shape.
2. **Vanishing gradients**: press “Sigmoid, 6 layers, SGD”: no boundary forms and the loss stays near ln 2 ≈ 0.69 (guessing) — the gradient that reaches the first layers is too small. Then press “The same + batch norm”: the same network learns.

3. **Divergence**: press “Sine regression, SGD, η = 3”; the status line says at which update the run diverged. Then press “The same + clipping at 1”: the loss stays finite and the run goes to the end, but with steps this large it fits poorly — then lower η.

4. **Switch the optimizer mid-run**: press “Slow SGD”, let it train a few epochs, then set the optimizer to Adam: the epoch counter does not go back to zero, and the curves change from that update on.

5. Click a few points of the “wrong” class near the boundary and watch the network bend around them; then press “Clear added points”.`,
  },
} as const satisfies Record<string, Text>;

