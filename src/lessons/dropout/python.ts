// "Reproduce in Python" for the dropout lesson's accuracy curves: a numpy script that trains the page's three nets (no
// dropout, inverted dropout, the book's dropout: same seed, weights, batches and masks) and prints dropout/curves as CSV.
import type { Lang } from '../../state/i18n';
import { pyNumber } from '../../components/python/literal';
import { netScript } from '../../components/python/netScript';
import { PY_DIVERGED } from '../../components/python/scriptText';
import { BATCH, N_TEST, UNITS } from './model';
import { HIDDEN_LAYERS, type DropoutValues } from './params';

export const CURVE_COLUMNS = ['variant', 'epoch', 'train_acc', 'test_acc'] as const;

const TEXT = {
  title: {
    zh: '丢弃法：MNIST 上过拟合的 7 层网络，不丢弃、倒置丢弃法与《深度学习入门》的丢弃法，p = {p}',
    en: 'Dropout: the overfit 7-layer net on MNIST without dropout, with inverted dropout and with the book’s dropout, p = {p}',
  },
  train: {
    zh: '一个网络的训练：每个周期按洗牌顺序取 {batch} 个一批，SGD 更新（第 step 次更新用第 step 组掩码）；每个周期结束时在测试模式下测量训练集与测试集准确率。',
    en: 'Trains one net: each epoch takes batches of {batch} in shuffled order, an SGD update each (update `step` uses mask set `step`); at each epoch end it measures train and test accuracy in test mode.',
  },
  diverged: PY_DIVERGED,
} as const;

/** The figure dropout/curves as a self-contained numpy script, comments in `lang`; `dataUrl` is where it downloads MNIST. */
export function dropoutScript(values: DropoutValues, lang: Lang, dataUrl: string, file = 'dropout-curves.py'): string {
  const tx = (k: keyof typeof TEXT) => TEXT[k][lang].replace('{p}', String(values.p)).replace('{batch}', String(BATCH));
  return netScript({
    title: tx('title'),
    file,
    columns: CURVE_COLUMNS,
    lang,
    dataUrl,
    settings: [
      `VARIANTS = ['none', 'inverted', 'book']`,
      `P = ${pyNumber(values.p)}`,
      `LR = ${pyNumber(values.lr)}`,
      `EPOCHS = ${values.epochs}`,
      `N_TRAIN = ${values.n}`,
      `N_TEST = ${N_TEST}`,
      `BATCH = ${BATCH}`,
      `SIZES = [784] + [${UNITS}] * ${HIDDEN_LAYERS} + [10]`,
      `SEED = ${values.seed}`,
    ],
    body: `def train(variant, x_train, y_train, x_test, y_test, out):
    """${tx('train')}"""
    net = Net(SIZES, SEED, ('he', None), dropout=0 if variant == 'none' else P, variant='book' if variant == 'book' else 'inverted')
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
        _, test_acc = net.evaluate(x_test, y_test)
        out.write(f'{variant},{epoch + 1},{js_number(train_acc)},{js_number(test_acc)}\\n')
        out.flush()


def main():
    (x_train, y_train), (x_test, y_test) = load_mnist_from_args(N_TRAIN, N_TEST)
    sys.stdout.write('${CURVE_COLUMNS.join(',')}\\n')
    for variant in VARIANTS:
        train(variant, x_train, y_train, x_test, y_test, sys.stdout)`,
  });
}
