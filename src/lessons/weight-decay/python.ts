// "Reproduce in Python" for the weight-decay lesson's MNIST figure: a numpy script that trains the page's two nets
// (λ = 0 and the chosen λ: same seed, weights, batches, η) on the site's MNIST subset and prints weight-decay/mnist as CSV.
import type { Lang } from '../../state/i18n';
import { pyNumber } from '../../components/python/literal';
import { mlpPy } from '../../components/python/mlp';
import { mnistScript } from '../../components/python/script';
import { MNIST_BATCH, MNIST_HIDDEN, MNIST_TEST, MNIST_UNITS } from './model';
import type { WeightDecayValues } from './params';

const TEXT = {
  title: { zh: '权重衰减：MNIST 上过拟合的 7 层网络，λ = 0 与 λ = {lambda}', en: 'Weight decay: the overfit 7-layer net on MNIST, λ = 0 and λ = {lambda}' },
  prints: {
    zh: '输出图中的数据表（CSV）：lambda, epoch, train_acc, test_acc；与网页 CPU 引擎逐位相同的运算顺序，所以数字也相同。',
    en: 'Prints the figure’s data table as CSV: lambda, epoch, train_acc, test_acc; the operations run in the page’s CPU engine order, so the numbers are the same.',
  },
  train: {
    zh: '一个网络的训练：每个周期按洗牌顺序取 {batch} 个一批，SGD 更新；每个周期结束时测量训练集与测试集准确率。',
    en: 'Trains one net: each epoch takes batches of {batch} in shuffled order, an SGD update each; at each epoch end it measures train and test accuracy.',
  },
  diverged: { zh: '损失不是有限数：网页在这里停止这次训练。', en: 'The loss is not finite: the page stops this run here.' },
} as const;

/** The figure weight-decay/mnist as a self-contained numpy script, comments in `lang`; `dataUrl` is where it downloads MNIST. */
export function weightDecayScript(values: WeightDecayValues, lang: Lang, dataUrl: string, file = 'weight-decay-mnist.py'): string {
  const lambda = values['mnist.lambda'];
  const tx = (k: keyof typeof TEXT) =>
    TEXT[k][lang].replace('{lambda}', String(lambda)).replace('{batch}', String(MNIST_BATCH));
  return mnistScript({
    title: tx('title'),
    file,
    notes: [tx('prints')],
    settings: [
      `LAMBDAS = [0, ${pyNumber(lambda)}]`,
      `LR = ${pyNumber(values['mnist.lr'])}`,
      `EPOCHS = ${values['mnist.epochs']}`,
      `N_TRAIN = ${values['mnist.n']}`,
      `N_TEST = ${MNIST_TEST}`,
      `BATCH = ${MNIST_BATCH}`,
      `SIZES = [784] + [${MNIST_UNITS}] * ${MNIST_HIDDEN} + [10]`,
      `SEED = ${values.seed}`,
    ],
    dataUrl,
    net: [mlpPy(lang)],
    body: [
      `def train(weight_decay, x_train, y_train, x_test, y_test, out):
    """${tx('train')}"""
    net = MultiLayerNet(SIZES, SEED)
    optimizer = SGD(LR, weight_decay)
    for epoch in range(EPOCHS):
        order = permutation(N_TRAIN, SEED, epoch)
        for start in range(0, N_TRAIN, BATCH):
            batch = order[start:start + BATCH]
            loss = net.gradient(x_train[batch], y_train[batch]) + net.penalty(weight_decay)
            if not math.isfinite(loss):
                return  # ${tx('diverged')}
            optimizer.update(net.affines)
            if not net.finite():
                return  # ${tx('diverged')}
        train_acc = net.accuracy(x_train, y_train)
        test_acc = net.accuracy(x_test, y_test)
        out.write(f'{weight_decay!r},{epoch + 1},{js_number(train_acc)},{js_number(test_acc)}\\n')
        out.flush()


def main():
    (x_train, y_train), (x_test, y_test) = load_mnist_from_args(N_TRAIN, N_TEST)
    out = sys.stdout
    out.write('lambda,epoch,train_acc,test_acc\\n')
    for weight_decay in LAMBDAS:
        train(weight_decay, x_train, y_train, x_test, y_test, out)`,
    ],
    lang,
  });
}
