// Lesson text of "playground", written for this site in 中文 and English.
import type { Text } from '../../state/i18n';

export const TEXT = {
  intro: {
    zh: `这是一个像 TensorFlow Playground 那样的练习台：选一个二维数据集和网络的输入特征，搭一个小网络，按“播放”，看它在平面上一步步学出决策边界。左边是数据；中间是输入特征和网络，每个小方块是一个神经元在整个平面上的输出；右边是输出：损失曲线和热图。和 TensorFlow Playground 不同的是，这里能用上本站每一课讲过的技术——六种优化器和它们的超参数、L1 / L2、逐层丢弃、批量归一化、梯度裁剪、各种初始化。

优化器和正则化的控件在训练中改变时，从下一步起生效，不重新开始；改变网络、输入特征、数据、周期数或种子，则重新开始一次训练。整个设置（连同你添加的点）都在链接里，每张图都有真实的数据表。网络在本页的后端上训练（有 WebGPU 就用它，否则用 CPU 引擎），和其他课一样在 Web Worker 中运行。`,
    en: `A bench in the spirit of TensorFlow Playground: pick a 2-D data set and the network's input features, build a small network, press Play and watch it learn a decision boundary over the plane. The data are on the left; the input features and the network in the middle, where each small square is one unit's output over the whole plane; the output on the right: the loss curves and the heat map. Unlike TensorFlow Playground, every technique of this site's lessons is here — six optimizers with their hyperparameters, L1 / L2, dropout per layer, batch norm, gradient clipping, the initializations.

The optimizer and regularization controls take effect from the next update when changed mid-run, without a restart; changing the network, the input features, the data, the epoch budget or the seed starts a new run. The whole setup (points you add included) lives in the link, and every figure has its real data table. The network trains on this page's backend (WebGPU where available, the CPU engine otherwise), in a Web Worker like every other lesson.`,
  },
  introTitle: { zh: '这个练习台', en: 'About this bench' },
  benchTitle: { zh: '练习台：数据、网络和输出', en: 'The bench: data, network and output' },
  dataTitle: { zh: '数据', en: 'Data' },
  outputTitle: { zh: '输出', en: 'Output' },
  trainingTitle: { zh: '优化器', en: 'Optimizer' },
  regTitle: { zh: '正则化', en: 'Regularization' },
  plotCaption: {
    zh: '颜色：类别 1 的概率（蓝 1，橙 0），黑线 p = 0.5；实心圆训练点，空心圆测试点，方块是你加的点。表：21 × 21 网格上的 p。',
    en: 'Colour: probability of class 1 (blue 1, orange 0); black line: p = 0.5. Dots: training; rings: test; squares: your points. Table: p on a 21 × 21 grid.',
  },
  plotCaptionDiscrete: {
    zh: '颜色：网络给出的类别（p ≥ 0.5 为蓝色类别 1，否则橙色类别 0）；实心圆训练点，空心圆测试点，方块是你加的点。表：21 × 21 网格上的 p 和类别。',
    en: 'Colour: the class the network gives (blue 1 where p ≥ 0.5, else orange 0). Dots: training; rings: test; squares: your points. Table: p and class on a 21 × 21 grid.',
  },
  plotCaptionReg: {
    zh: '回归：蓝线是网络对 x 的预测 ŷ；实心圆训练点，空心圆测试点，方块是你加的点。表：21 个 x 上的 ŷ。',
    en: 'Regression: the blue line is the network’s prediction ŷ at each x. Dots: training; rings: test; squares: your points. Table: ŷ at 21 values of x.',
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
    zh: '训练损失 {train} · 测试损失 {test} · 测试准确率 {acc}',
    en: 'Training loss {train} · test loss {test} · test accuracy {acc}',
  },
  readingReg: { zh: '训练损失 {train} · 测试损失 {test}（均方误差）', en: 'Training loss {train} · test loss {test} (mean squared error)' },
  diverged: { zh: '训练在第 {step} 步发散（损失变成了非有限值）：学习率太大？试试更小的 η 或梯度裁剪。', en: 'The run diverged at update {step} (the loss stopped being finite): too large a learning rate? Try a smaller η or gradient clipping.' },
  changeHyper: {
    zh: '超参数改变：从第 {step} 步之后起生效，没有重新开始（现在 η = {lr}，{opt}）。',
    en: 'Hyperparameter change: it applies after update {step}, without a restart (now η = {lr}, {opt}).',
  },
  changeRestart: {
    zh: '网络、输入特征、数据、周期数或种子改变了：重新开始了一次新的训练。',
    en: 'The network, its input features, the data, the epoch budget or the seed changed: a new run started.',
  },
  networkTitle: { zh: '网络', en: 'Network' },
  networkCaption: {
    zh: '网络的权重和每个神经元在平面上的输出（回归时沿 x），各用自己的颜色范围。表：每个权重。',
    en: 'The weights, and each unit’s output over the plane (along x for regression) on its own colour range. Table: every weight.',
  },
  featuresTitle: { zh: '特征', en: 'Features' },
  featuresGroup: { zh: '输入特征（按下的是网络的输入）', en: 'Input features (the pressed ones feed the network)' },
  featureOnly: { zh: '至少要有一个输入特征', en: 'At least one input feature stays on' },
  featuresReg: { zh: '正弦回归只有一个输入 x，这些特征不用。', en: 'Sine regression has one input, x; these features are not used.' },
  networkLabel: { zh: '网络结构图', en: 'Network diagram' },
  unitReading: { zh: '第 {layer} 个隐藏层的第 {unit} 个神经元：输出在 {lo} … {hi} 之间', en: 'Hidden layer {layer}, unit {unit}: output from {lo} to {hi}' },
  inputReading: { zh: '输入 {name}：{lo} … {hi}', en: 'Input {name}: {lo} to {hi}' },
  outputReading: { zh: '输出：类别 {unit} 的概率，{lo} … {hi}', en: 'Output: probability of class {unit}, {lo} to {hi}' },
  outputReadingReg: { zh: '输出 ŷ：{lo} … {hi}', en: 'Output ŷ: {lo} to {hi}' },
  weightReading: {
    zh: '第 {l} 个权重矩阵：第 {from} 个神经元 → 下一层第 {to} 个，w = {w}',
    en: 'Weight matrix {l}: unit {from} → unit {to} of the next layer, w = {w}',
  },
  perLayer: { zh: '逐层丢弃率', en: 'Dropout per layer' },
  perLayerNote: { zh: '−1 = 用上面的 p', en: '−1 = the common p' },
  curvesCaption: { zh: '每个周期末整个训练集（实线）和测试集（虚线）上的损失。', en: 'Loss on the whole training set (solid) and the test set (dashed) after every epoch.' },
  epoch: { zh: '周期', en: 'Epoch' },
  loss: { zh: '损失', en: 'Loss' },
  seriesTrain: { zh: '训练损失', en: 'training loss' },
  seriesTest: { zh: '测试损失', en: 'test loss' },
  pythonTitle: { zh: '自己运行', en: 'Run it yourself' },
  pythonRun: {
    zh: `损失曲线、输出和网络三张图下的 Python 按钮各下载一个只用 numpy 和标准库的脚本：**playground-curves.py**、**playground-boundary.py**、**playground-network.py**，当前的全部设置（数据集、噪声、训练集比例、数据种子、你添加的每个点、输入特征、网络、激活函数、初始化、批量归一化、丢弃率、优化器及其超参数、批量大小、L1 / L2、梯度裁剪、周期数、种子）都写在脚本开头。运行 **python3 playground-curves.py**：脚本用数据种子生成同样的 400 个点，留出同样的测试点，把你添加的点接在训练集之后，按网页 CPU 引擎的运算顺序训练（同样的初始权重、批次顺序、丢弃掩码和 float32 舍入），打印图中的数据表（CSV）：曲线表每个周期一行 epoch, train_loss, test_loss；输出表是训练结束时 21 × 21 网格上的 x1, x2, p（回归为 x, y_hat）；网络表是训练结束时的每个权重 matrix, from, to, w。数字与网页的 CPU 引擎一致（损失在 1e-4 相对误差以内；网页在 WebGPU 上训练时可能有很小的差别）。脚本从第一步起就用这些设置，训练中途改过的超参数不会重现。`,
    en: `The Python button under each of the three figures (loss curves, output, network) downloads a script that needs only numpy and the standard library: **playground-curves.py**, **playground-boundary.py**, **playground-network.py**, with every current setting written at its top (data set, noise, training share, data seed, each point you added, input features, network, activation, initialization, batch norm, dropout, optimizer and its hyperparameters, batch size, L1 / L2, clipping, epochs, seed). Run **python3 playground-curves.py**: it generates the same 400 points from the data seed, holds out the same test points, appends your points to the training rows, trains in the page's CPU engine order of operations (the same initial weights, batch order, dropout masks and float32 rounding) and prints the figure's data table as CSV: the curves table has one row per epoch, epoch, train_loss, test_loss; the output table is x1, x2, p on the 21 × 21 grid after training (x, y_hat for regression); the network table is every weight after training, matrix, from, to, w. The numbers are the page's CPU engine's (losses within 1e-4 relative; when the page trains on WebGPU they may differ slightly). The script uses these settings from the first update on, so hyperparameters changed mid-run are not replayed.`,
  },
  whereTitle: { zh: '每个控件在哪一课讲过', en: 'Where each control is taught' },
  where: {
    zh: `- **数据、噪声、训练集比例、添加的点**：泛化（训练误差与泛化误差）、验证集；**显示测试数据**：测试点就是验证集那样留出来、不参与训练的点。

- **输入特征**：泛化——多项式拟合也是把 x 换成 x、x²、x³… 再喂给模型；选对了特征，简单的模型就够用。

- **层数、神经元数、激活函数**：梯度消失与梯度爆炸；**初始化**：权重初始化；**批量归一化**：批量归一化。

- **优化器和它们的 γ、ρ、β₁、β₂、学习率**：优化器、MNIST 上的优化器比赛、鞍点；**批量大小**：小批量。

- **L1 / L2**：权重衰减；**丢弃率**：Dropout；**梯度裁剪**：梯度消失与梯度爆炸；**周期数**：提前停止。`,
    en: `- **Data, noise, training share, added points**: generalization (training vs generalization error), validation; **show test data**: the test points are held out like a validation set and never trained on.

- **Input features**: generalization — polynomial fitting likewise feeds the model x, x², x³… instead of x; with the right features a simple model is enough.

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
  presetCirclesSquares: { zh: '圆环：只用 x₁²、x₂²，一个神经元', en: 'Circles from x₁², x₂²: one unit' },
  presetCirclesRaw: { zh: '圆环：只用 x₁、x₂，一个神经元', en: 'Circles from x₁, x₂: one unit' },
  try: {
    zh: `1. **过拟合**：点“少量噪声点：过拟合”（40 个训练点、噪声 0.35、6 × 8 的网络）。看训练损失一直降而测试损失停住或回升，边界绕着单个点打转。再点“同上 + L2”或“同上 + 丢弃”，比较两条损失曲线和边界的形状。

2. **梯度消失**：点“Sigmoid，6 层，SGD”：边界出不来，损失几乎停在 ln 2 ≈ 0.69（瞎猜的水平）——传回前几层的梯度太小了。再点“同上 + 批量归一化”，同一个网络就学会了。

3. **发散**：点“正弦回归，SGD，η = 3”，状态行会说训练在哪一步发散；再点“同上 + 裁剪 1”：损失保持有限，训练跑完全程，但这么大的步长拟合得很差——再把 η 调小。

4. **中途换优化器**：点“慢速 SGD”，训练几个周期后把优化器换成 Adam——周期计数不会归零，曲线从换的那一步起改变。

5. 在边界附近单击添加几个“错误”类别的点，看网络怎样为它们弯曲边界；再按“清除添加的点”。

6. **特征**：点“圆环：只用 x₁²、x₂²，一个神经元”：一个 tanh 神经元就把两类分开了——圆 x₁² + x₂² = r² 在 x₁²、x₂² 上是一条直线。再点“圆环：只用 x₁、x₂，一个神经元”：同一个神经元在 x₁、x₂ 上只能画一条直线，准确率远到不了 100%。

7. 关掉“显示测试数据”只看训练点；打开“离散化输出”，热图只剩网络给出的类别，边界更清楚。`,
    en: `1. **Overfitting**: press “A few noisy points: overfitting” (40 training points, noise 0.35, a 6 × 8 net). Watch the training loss keep falling while the test loss stalls or rises, and the boundary curl around single points. Then press “The same + L2” or “The same + dropout” and compare both loss curves and the boundary’s shape.

2. **Vanishing gradients**: press “Sigmoid, 6 layers, SGD”: no boundary forms and the loss stays near ln 2 ≈ 0.69 (guessing) — the gradient that reaches the first layers is too small. Then press “The same + batch norm”: the same network learns.

3. **Divergence**: press “Sine regression, SGD, η = 3”; the status line says at which update the run diverged. Then press “The same + clipping at 1”: the loss stays finite and the run goes to the end, but with steps this large it fits poorly — then lower η.

4. **Switch the optimizer mid-run**: press “Slow SGD”, let it train a few epochs, then set the optimizer to Adam: the epoch counter does not go back to zero, and the curves change from that update on.

5. Click a few points of the “wrong” class near the boundary and watch the network bend around them; then press “Clear added points”.

6. **Features**: press “Circles from x₁², x₂²: one unit”: a single tanh unit separates the classes, because the circle x₁² + x₂² = r² is a straight line in x₁² and x₂². Then press “Circles from x₁, x₂: one unit”: in x₁ and x₂ the same unit can only draw a straight line, and the accuracy stays far from 100%.

7. Switch “Show test data” off to see only the training points; switch “Discretize output” on and the heat map keeps only the class the network gives, which makes the boundary plain.`,
  },
} as const satisfies Record<string, Text>;

