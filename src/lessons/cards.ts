// What each index card's picture shows (its alt text), and the note that the pictures are recorded runs.
// The pictures are public/cards/<id>.svg, written by `npm run cards` (scripts/cards) from real runs of the engine.
import type { Text } from '../state/i18n';

/** Said once on the index and as each picture's title: the pictures are recordings, unlike the lessons' figures. */
export const CARD_NOTE: Text = {
  zh: '卡片上的小图来自按各课默认设置事先记录的一次真实运行（几门 MNIST 课程为缩短的运行，图注里写明）；课程里的图都是在你的浏览器里实时计算的。',
  en: 'Card pictures are from a recorded run of each lesson’s default settings (shortened for a few MNIST lessons, as their descriptions say); the figures in the lessons are computed live in your browser.',
};

export const CARD_ALT: Readonly<Record<string, Text>> = {
  generalization: {
    zh: '三阶多项式拟合的训练损失（实线）和测试损失（虚线）随训练周期下降的曲线',
    en: 'Training loss (solid) and test loss (dashed) of the degree-3 polynomial fit falling over the epochs',
  },
  validation: {
    zh: '5 折交叉验证：每一折的验证准确率（柱）和它们的均值（虚线）',
    en: 'Five-fold cross-validation: each fold’s validation accuracy (bars) and their mean (dashed line)',
  },
  augmentation: {
    zh: '测试准确率与训练数字个数 n（对数坐标）：不做增强（实线）和平移加旋转增强（虚线），一次缩短的运行（一个种子，5 个周期）',
    en: 'Test accuracy against the number of training digits n (log scale): without augmentation (solid) and with shifts and rotations (dashed), from a shortened run (one seed, 5 epochs)',
  },
  resampling: {
    zh: '5–9 只占训练集 5% 时四个 MNIST 网络的测试准确率（虚线）：直接训练、过采样、欠采样、类别加权',
    en: 'Test accuracy (dashed) of four MNIST networks when 5–9 are 5 % of the training set: plain, oversampling, undersampling, class weights',
  },
  'fine-tuning': {
    zh: '5–9 的测试准确率（虚线）随每类样本数 k 的变化：从 0–4 上预训练的网络微调（橙）与从头训练（蓝），缩短的运行',
    en: 'Test accuracy on 5–9 (dashed) against the examples per class k: fine-tuning a network pre-trained on 0–4 (orange) and training from scratch (blue), a shortened run',
  },
  'weight-decay': {
    zh: '高维线性回归：训练损失（实线）和测试损失（虚线）随 λ 从 0 增大到 30 的变化',
    en: 'High-dimensional linear regression: training loss (solid) and test loss (dashed) as λ grows from 0 to 30',
  },
  dropout: {
    zh: '深层 MNIST 网络不用丢弃法和用丢弃法时的训练准确率（实线）与测试准确率（虚线），前 20 个周期',
    en: 'A deep MNIST net without and with dropout: training accuracy (solid) and test accuracy (dashed), first 20 epochs',
  },
  'early-stopping': {
    zh: '过拟合的 MNIST 网络的训练损失（实线）和验证损失（虚线）；圆点是最好的周期，竖线是耐心值用完、停下的地方',
    en: 'An overfitting MNIST net’s training loss (solid) and validation loss (dashed); the dot marks the best epoch, the vertical line where patience runs out',
  },
  backprop: {
    zh: '2–3–2 小网络：边越粗，这条权重的梯度越大；节点颜色越深，激活值越大',
    en: 'The 2–3–2 network: the thicker an edge, the larger its weight’s gradient; the darker a node, the larger its activation',
  },
  gradients: {
    zh: '10 层 sigmoid 网络每一层权重梯度的大小（对数刻度），左边是输入层：越靠近输入越小',
    en: 'Weight-gradient size of each layer of a 10-layer sigmoid net (log scale), input layer on the left: smaller toward the input',
  },
  initialization: {
    zh: '初始权重标准差为 1 时，5 个 sigmoid 层的激活值直方图：都挤在 0 和 1 两端',
    en: 'Activation histograms of five sigmoid layers with initial weight std 1: piled up at 0 and 1',
  },
  'batch-norm': {
    zh: '四种初始权重尺度下，有批归一化（实线）和没有（虚线）时的训练准确率，前 5 个周期',
    en: 'Training accuracy with batch norm (solid) and without (dashed) at four initial weight scales, first 5 epochs',
  },
  minibatch: {
    zh: '线性回归的损失等高线上，批量 1、小批量和全批量梯度下降的路径',
    en: 'Paths of batch-1, mini-batch and full-batch gradient descent on the contours of a linear regression loss',
  },
  optimizers: {
    zh: '六种优化器在 f = 0.1x₁² + 2x₂² 等高线上的路径',
    en: 'Six optimizers’ paths on the contours of f = 0.1x₁² + 2x₂²',
  },
  saddle: {
    zh: '六种优化器从鞍点 x₁² − x₂² 旁出发的路径，画在等高线上',
    en: 'Six optimizers’ paths leaving the saddle x₁² − x₂², on its contours',
  },
  'optimizers-mnist': {
    zh: 'MNIST 上 SGD、Momentum、AdaGrad 和 Adam 的小批量损失（平滑），第一个周期',
    en: 'Mini-batch loss (smoothed) of SGD, Momentum, AdaGrad and Adam on MNIST, first epoch',
  },
  'lr-schedules': {
    zh: '六种学习率调度在默认设置下随周期的变化：恒定、分段、指数、1/t、余弦、预热 + 余弦',
    en: 'The six learning-rate schedules at the default settings against epochs: constant, step, exponential, 1/t, cosine, warm-up + cosine',
  },
  'data-parallel': {
    zh: '环形全归约时间模型在默认设置下的加速比与设备数 K（对数轴），以及理想的线性加速',
    en: 'The ring all-reduce time model’s speed-up against the number of devices K at the default settings (log axes), beside ideal linear speed-up',
  },
  'hyperparameter-search': {
    zh: '随机搜索的试验点，横轴学习率、纵轴权值衰减（对数刻度），颜色越亮验证准确率越高',
    en: 'Random-search trials by learning rate (across) and weight decay (up), log scales; the brighter, the higher the validation accuracy',
  },
  playground: {
    zh: '练习台的默认设置训练完两条螺旋之后：平面上每一处属于第二类的概率（颜色越深越确定），以及训练点',
    en: 'The playground’s default run after training on two spirals: the probability of the second class over the plane (deeper colour, surer), with the training points',
  },
};
