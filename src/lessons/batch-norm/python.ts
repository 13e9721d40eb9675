// "Reproduce in Python" for the batch-norm lesson's grid: a numpy script that trains the page's 2 × stds networks (with batch
// norm at the chosen place and without, from one seed, at each initial scale) and prints batch-norm/grid as CSV.
import type { Lang } from '../../state/i18n';
import { pyNumber } from '../../components/python/literal';
import { netScript } from '../../components/python/netScript';
import { BOOK, initStds } from './model';
import type { BatchNormValues } from './params';

export const GRID_COLUMNS = ['std', 'bn', 'epoch', 'train_acc'] as const;

const TEXT = {
  title: {
    zh: '批标准化：{count} 个初始尺度下，有 BN（{place}）与无 BN 的 6 层网络在 MNIST 上的训练准确率',
    en: 'Batch normalization: training accuracy of the 6-layer net on MNIST with BN ({place}) and without, at {count} initial scales',
  },
  stds: { zh: '初始权重的标准差：logspace(0, −4, {count})，与网页的数值逐位相同。', en: 'Initial weight stds: logspace(0, −4, {count}), the page’s values to the bit.' },
  train: {
    zh: '一个网络的训练：每层权重 ~ N(0, std²)，每个周期按洗牌顺序取 {batch} 个一批，SGD 更新；每个周期结束时在测试模式（滑动平均）下测量这些训练样本上的准确率。',
    en: 'Trains one net: every layer’s weights ~ N(0, std²); each epoch takes batches of {batch} in shuffled order, an SGD update each; at each epoch end it measures the accuracy on these training digits in test mode (running averages).',
  },
  diverged: {
    zh: '损失或参数不是有限数：网页在这里停止这个网络（书中的 numpy 代码会带着 NaN 继续）。',
    en: 'The loss or a parameter is not finite: the page stops this network here (the book’s numpy code carries on with NaN).',
  },
} as const;

/** The figure batch-norm/grid as a self-contained numpy script, comments in `lang`; `dataUrl` is where it downloads MNIST. */
export function batchNormScript(values: BatchNormValues, lang: Lang, dataUrl: string, file = 'batch-norm-grid.py'): string {
  const tx = (k: keyof typeof TEXT) =>
    TEXT[k][lang].replace('{count}', String(values.stds)).replace('{place}', String(values.place)).replace('{batch}', String(BOOK.batch));
  return netScript({
    title: tx('title'),
    file,
    columns: GRID_COLUMNS,
    lang,
    dataUrl,
    settings: [
      `STDS = [${initStds(values.stds).map(pyNumber).join(', ')}]  # ${tx('stds')}`,
      `PLACE = '${values.place}'`,
      `LR = ${pyNumber(values.lr)}`,
      `EPOCHS = ${values.epochs}`,
      `N_TRAIN = ${values.n}`,
      `BATCH = ${BOOK.batch}`,
      `SIZES = [784] + [${BOOK.units}] * ${BOOK.hidden} + [10]`,
      `BN_EPS = ${pyNumber(BOOK.eps)}`,
      `SEED = ${values.seed}`,
    ],
    body: `def train(std, batch_norm, x_train, y_train, out):
    """${tx('train')}"""
    net = Net(SIZES, SEED, ('gaussian', std), batch_norm=batch_norm, bn_eps=BN_EPS)
    step = 0
    for epoch in range(EPOCHS):
        order = permutation(N_TRAIN, SEED, epoch)
        for start in range(0, N_TRAIN, BATCH):
            batch = order[start:start + BATCH]
            loss = net.gradient(x_train[batch], y_train[batch], step)
            step += 1
            if not math.isfinite(loss):
                return  # ${tx('diverged')}
            net.update(LR)
            if not net.finite():
                return  # ${tx('diverged')}
        _, train_acc = net.evaluate(x_train, y_train)
        out.write(f"{js_number(std)},{0 if batch_norm == 'none' else 1},{epoch + 1},{js_number(train_acc)}\\n")
        out.flush()


def main():
    (x_train, y_train), _ = load_mnist_from_args(N_TRAIN, 0)
    sys.stdout.write('${GRID_COLUMNS.join(',')}\\n')
    for std in STDS:
        for batch_norm in (PLACE, 'none'):
            train(std, batch_norm, x_train, y_train, sys.stdout)`,
  });
}
