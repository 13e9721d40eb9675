// The practitioner's checklist: the advice of sections 8–11 of the optimization survey, one sentence per point in
// each language (our words), with the lesson figure that demonstrates it and a preset link that reproduces it.
import type { Text } from '../../state/i18n';

export interface ChecklistPoint {
  id: string;
  text: Text;
  /** The demonstration: lesson, figure and the query that sets its parameters ("" for the defaults); null: none on the site. */
  demo: { lesson: string; figure: string; query: string; note: Text } | null;
}

export interface ChecklistSection {
  id: string;
  /** The survey section it follows. */
  section: number;
  title: Text;
  points: readonly ChecklistPoint[];
}

export const CHECKLIST: readonly ChecklistSection[] = [
  {
    id: 'few-samples',
    section: 8,
    title: { zh: '训练样本太少', en: 'Too few training examples' },
    points: [
      {
        id: 'fine-tune',
        text: { zh: '从一个在大数据集上预训练好的模型出发，只在你的小数据集上微调。', en: 'Start from a model pre-trained on a large data set and only fine-tune it on your small one.' },
        demo: {
          lesson: 'fine-tuning',
          figure: 'accuracy',
          query: 'k=3',
          note: { zh: '每类 3 个样本：从 0–4 上预训练的网络微调，和从头训练对比', en: '3 examples per class: fine-tuning a network pre-trained on 0–4 against training from scratch' },
        },
      },
      {
        id: 'same-distribution',
        text: { zh: '对数据重新采样，让训练数据与将来要预测的数据同分布。', en: 'Resample the data so that the training set follows the same distribution as the data you will predict on.' },
        demo: {
          lesson: 'resampling',
          figure: 'recall',
          query: 'share=0.02',
          note: { zh: '5–9 只占 2% 时：直接训练、过采样、欠采样与类别加权', en: '5–9 at 2 %: plain, oversampled, undersampled and class-weighted' },
        },
      },
      {
        id: 'augment',
        text: { zh: '用不改变标签的变换扩充数据（数据增强），或借助无标签数据做半监督学习。', en: 'Enlarge the data with label-preserving transformations (data augmentation), or use unlabelled data through semi-supervised learning.' },
        demo: {
          lesson: 'augmentation',
          figure: 'accuracy',
          query: 'n=100&on=shift,rotate,elastic',
          note: { zh: '只有 100 个有标签数字时：平移、旋转和弹性形变，再加上伪标签', en: 'With only 100 labelled digits: shifts, rotations and elastic distortion, then pseudo-labels' },
        },
      },
      {
        id: 'regularize-small',
        text: { zh: '样本比参数少时一定要正则化：20 个样本、200 个权重，λ = 0 时训练损失几乎为 0，测试损失却居高不下。', en: 'With fewer examples than weights, regularize: with 20 examples and 200 weights, λ = 0 drives the training loss to almost zero while the test loss stays high.' },
        demo: { lesson: 'weight-decay', figure: 'curves', query: 'lambda=3', note: { zh: 'λ = 0 与 λ = 3 对比', en: 'λ = 0 against λ = 3' } },
      },
    ],
  },
  {
    id: 'stability',
    section: 9,
    title: { zh: '让模型更稳定（降低方差）', en: 'A more stable model (less variance)' },
    points: [
      {
        id: 'l2',
        text: { zh: '加 L2 正则化（权重衰减）：λ 增大，训练与测试损失之差和权重范数一起缩小。', en: 'Add L2 regularization (weight decay): as λ grows, the gap between training and test loss shrinks along with the weight norm.' },
        demo: { lesson: 'weight-decay', figure: 'sweep', query: '', note: { zh: '扫描 λ', en: 'sweep of λ' } },
      },
      {
        id: 'l1',
        text: { zh: 'L1 正则化也能降低方差，而且把许多权重推到 0，得到稀疏的模型。', en: 'L1 regularization lowers the variance too, and pushes many weights to 0, giving a sparse model.' },
        demo: { lesson: 'weight-decay', figure: 'histograms', query: 'l1=1', note: { zh: 'L1 与 L2 的权重分布', en: 'weight histograms under L1 and L2' } },
      },
      {
        id: 'dropout',
        text: { zh: '在隐藏层上用丢弃法，网络就不能依赖个别单元，训练与测试的差距变小。', en: 'Apply dropout to the hidden layers so the network cannot rely on single units, and the train–test gap narrows.' },
        demo: { lesson: 'dropout', figure: 'curves', query: 'p=0.5', note: { zh: 'p = 0.5', en: 'p = 0.5' } },
      },
      {
        id: 'early-stop',
        text: { zh: '看着验证集训练，验证误差不再下降时停下（早停），并用最好那个周期的参数。', en: 'Train while watching a validation set, stop when its error no longer falls (early stopping), and keep the parameters of the best epoch.' },
        demo: { lesson: 'early-stopping', figure: 'stop', query: 'patience=10', note: { zh: '耐心 10 个周期', en: 'patience of 10 epochs' } },
      },
      {
        id: 'more-data',
        text: { zh: '扩充训练集：同一个高阶多项式，样本多了，过拟合就轻得多。', en: 'Enlarge the training set: the same high-degree polynomial overfits far less when it sees more examples.' },
        demo: { lesson: 'generalization', figure: 'fit', query: 'degree=20&n=200', note: { zh: '20 阶多项式、200 个样本', en: 'degree 20 with 200 examples' } },
      },
      {
        id: 'fewer-features',
        text: { zh: '减少特征维度：像降低多项式阶数一样，能减小方差，但太少又会增大偏差。', en: 'Use fewer features: like lowering the polynomial degree, it reduces variance, but too few raises the bias.' },
        demo: { lesson: 'generalization', figure: 'curves', query: 'degree=20&n=20', note: { zh: '20 阶多项式、20 个样本', en: 'degree 20 with 20 examples' } },
      },
    ],
  },
  {
    id: 'improve',
    section: 10,
    title: { zh: '改进模型的四个角度', en: 'Four angles on improving a model' },
    points: [
      {
        id: 'data',
        text: { zh: '数据：更多、更多样的数据让模型对没见过的样本更有把握。', en: 'Data: more, and more varied, data makes the model surer on examples it has not seen.' },
        demo: { lesson: 'dropout', figure: 'curves', query: 'n=2000', note: { zh: '2000 个 MNIST 训练样本', en: '2000 MNIST training examples' } },
      },
      {
        id: 'capacity',
        text: { zh: '模型：数据充足时，加大模型容量是提升效果最直接的办法；容量不够就会欠拟合。', en: 'Model: with enough data, more capacity is the most direct improvement; too little capacity underfits.' },
        demo: { lesson: 'generalization', figure: 'fit', query: 'degree=1', note: { zh: '1 阶多项式欠拟合', en: 'a degree-1 polynomial underfits' } },
      },
      {
        id: 'tuning',
        text: { zh: '调参：初始化、优化算法、学习率和正则化都是超参数，用随机搜索在验证集上挑。', en: 'Tuning: initialization, optimizer, learning rate and regularization are hyperparameters; pick them by random search on a validation set.' },
        demo: { lesson: 'hyperparameter-search', figure: 'trials', query: '', note: { zh: '随机搜索学习率与权重衰减', en: 'random search over learning rate and weight decay' } },
      },
      {
        id: 'train-long',
        text: { zh: '训练：训练要充分，但“多久算够”要看验证曲线，而不是固定的周期数。', en: 'Training: train fully, but let the validation curve, not a fixed epoch count, say when that is.' },
        demo: { lesson: 'early-stopping', figure: 'curves', query: '', note: { zh: '训练与验证曲线', en: 'training and validation curves' } },
      },
      {
        id: 'lr-decay',
        text: { zh: '有效的学习率衰减也是充分训练的一部分。', en: 'An effective learning-rate decay is also part of training fully.' },
        demo: { lesson: 'lr-schedules', figure: 'curves', query: 'lr=0.5', note: { zh: 'η₀ = 0.5 时六种调度对比', en: 'six schedules compared at η₀ = 0.5' } },
      },
    ],
  },
  {
    id: 'performance',
    section: 11,
    title: { zh: '提升深度网络的性能', en: 'Better performance from a deep network' },
    points: [
      {
        id: 'structure',
        text: { zh: '改进网络结构：残差连接让梯度绕过层传回去，很深的网络也能训练。', en: 'Improve the architecture: residual connections let the gradient flow around layers, so very deep networks still train.' },
        demo: { lesson: 'gradients', figure: 'compare', query: 'residual=on', note: { zh: '加残差连接', en: 'with residual connections' } },
      },
      {
        id: 'batch-norm',
        text: { zh: '在层间加批量归一化：每层的激活分布被强制摆正，训练对初始权重的尺度不再那么敏感。', en: 'Add batch normalization between layers: every layer’s activations are kept well spread, so training depends far less on the initial weight scale.' },
        demo: { lesson: 'batch-norm', figure: 'grid', query: '', note: { zh: '有无批量归一化、不同初始尺度', en: 'with and without batch normalization, over initial scales' } },
      },
      {
        id: 'init',
        text: { zh: '改进初始化，让早期的梯度有好的性质：ReLU 网络用 He 初始化，激活值不会逐层坍缩。', en: 'Improve the initialization so early gradients behave: He initialization keeps a ReLU network’s activations from collapsing layer by layer.' },
        demo: { lesson: 'initialization', figure: 'histograms', query: 'act=relu&init=he', note: { zh: 'ReLU + He 初始化', en: 'ReLU with He initialization' } },
      },
      {
        id: 'optimizer',
        text: { zh: '换更强的学习算法：在 MNIST 上，动量法、AdaGrad 和 Adam 都比普通随机梯度下降学得快。', en: 'Choose a stronger learning algorithm: on MNIST, momentum, AdaGrad and Adam all learn faster than plain SGD.' },
        demo: { lesson: 'optimizers-mnist', figure: 'curves', query: '', note: { zh: '四种优化器对比', en: 'four optimizers compared' } },
      },
      {
        id: 'hardware',
        text: { zh: '系统层面的提速（多 GPU、分布式训练、更快的数据读取）。', en: 'Speed at the system level (several GPUs, distributed training, faster data loading).' },
        demo: {
          lesson: 'data-parallel',
          figure: 'model',
          query: 'bw=1',
          note: { zh: '1 GB/s 带宽时多卡的加速比；同一课里有线性缩放规则的训练和这台机器的实测', en: 'the speed-up of several devices at 1 GB/s; the same lesson trains the linear scaling rule and measures this machine' },
        },
      },
    ],
  },
];
