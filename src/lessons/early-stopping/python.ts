// "Reproduce in Python" for the early-stopping lesson's three figures: a numpy script that splits the MNIST subset as the
// page does, trains the page's nets (plain, L2, plain with early stopping) and prints the figure's table as CSV.
import type { Lang } from '../../state/i18n';
import { pyNumber } from '../../components/python/literal';
import { netScript } from '../../components/python/netScript';
import { PY_DIVERGED } from '../../components/python/scriptText';
import { BATCH, HIDDEN, N_TEST, VALIDATION_SHARE } from './model';
import type { EarlyStoppingValues } from './params';

/** The lesson's figures with a training table, and each one's columns. */
export const FIGURE_COLUMNS = {
  curves: ['epoch', 'train_loss', 'val_loss'],
  stop: ['epoch', 'reason'],
  compare: ['variant', 'epoch', 'train_loss', 'val_loss', 'test_acc'],
} as const;
export type EarlyStoppingFigure = keyof typeof FIGURE_COLUMNS;

const TEXT = {
  curves: { zh: '提前停止：MNIST 上的 3 层网络，训练损失与验证损失', en: 'Early stopping: the 3-layer net on MNIST, training and validation loss' },
  stop: { zh: '提前停止：验证损失连续 {patience} 个周期没有新低就停止', en: 'Early stopping: stop after {patience} epochs without a new lowest validation loss' },
  compare: { zh: '提前停止与 L2（λ = {lambda}）：两个网络训练到预算的周期数', en: 'Early stopping and L2 (λ = {lambda}): both nets trained to the epoch budget' },
  split: {
    zh: '训练/验证划分：先用随机数流 split 洗牌，前 ⌊{share}·n⌋ 个作验证集，其余作训练集。',
    en: 'The train/validation split: shuffled with random stream `split`, the first ⌊{share}·n⌋ digits validate, the rest train.',
  },
  train: {
    zh: '一个网络的训练：每个周期按洗牌顺序取 {batch} 个一批，SGD 更新（λ 为权重衰减）；每个周期结束时测量训练损失、验证损失与测试准确率。给了 patience 就提前停止：停止时恢复验证损失最低时的参数。返回训练了几个周期和停止的原因。',
    en: 'Trains one net: each epoch takes batches of {batch} in shuffled order, an SGD update each (λ: weight decay); at each epoch end it measures the training loss, validation loss and test accuracy. Given a patience it stops early, restoring the parameters of the lowest validation loss. Returns the epochs trained and why it stopped.',
  },
  diverged: PY_DIVERGED,
} as const;

/** One figure of the lesson as a self-contained numpy script, comments in `lang`; `dataUrl` is where it downloads MNIST. */
export function earlyStoppingScript(figure: EarlyStoppingFigure, values: EarlyStoppingValues, lang: Lang, dataUrl: string, file = `early-stopping-${figure}.py`): string {
  const tx = (k: keyof typeof TEXT) =>
    TEXT[k][lang]
      .replace('{patience}', String(values.patience))
      .replace('{lambda}', String(values.lambda))
      .replace('{batch}', String(BATCH))
      .replace('{share}', String(VALIDATION_SHARE));
  const columns = FIGURE_COLUMNS[figure];
  const main = {
    curves: `    train('plain', 0, None, data, lambda e, m: print(f"{e},{js_number(m['train_loss'])},{js_number(m['val_loss'])}", flush=True))`,
    compare: `    for variant, weight_decay in (('plain', 0), ('l2', LAMBDA)):
        train(variant, weight_decay, None, data, lambda e, m: print(
            f"{variant},{e},{js_number(m['train_loss'])},{js_number(m['val_loss'])},{js_number(m['test_acc'])}", flush=True))`,
    stop: `    epochs, reason = train('plain', 0, PATIENCE, data, lambda e, m: None)
    if reason != 'diverged':
        print(f'{epochs},{reason}')`,
  }[figure];
  return netScript({
    title: tx(figure),
    file,
    columns,
    lang,
    dataUrl,
    settings: [
      `PATIENCE = ${values.patience}`,
      `LAMBDA = ${pyNumber(values.lambda)}`,
      `LR = ${pyNumber(values.lr)}`,
      `EPOCHS = ${values.epochs}`,
      `N = ${values.n}`,
      `VALIDATION = ${pyNumber(VALIDATION_SHARE)}`,
      `N_TEST = ${N_TEST}`,
      `BATCH = ${BATCH}`,
      `SIZES = [784, ${HIDDEN.join(', ')}, 10]`,
      `SEED = ${values.seed}`,
    ],
    body: `def split(x, y):
    """${tx('split')}"""
    perm = shuffle(len(y), SEED, STREAM['split'])
    n_val = math.floor(VALIDATION * len(y))
    return (x[perm[n_val:]], y[perm[n_val:]]), (x[perm[:n_val]], y[perm[:n_val]])


def train(variant, weight_decay, patience, data, report):
    """${tx('train')}"""
    (x_train, y_train), (x_val, y_val), (x_test, y_test) = data
    n = len(y_train)
    net = Net(SIZES, SEED, ('he', None))
    stopper = EarlyStopping(patience) if patience else None
    best = None
    step = 0
    for epoch in range(EPOCHS):
        order = permutation(n, SEED, epoch)
        for start in range(0, n, BATCH):
            batch = order[start:start + BATCH]
            loss = net.gradient(x_train[batch], y_train[batch], step) + net.penalty(weight_decay)
            step += 1
            if not math.isfinite(loss):
                return epoch, 'diverged'  # ${tx('diverged')}
            net.update(LR, weight_decay)
            if not net.finite():
                return epoch, 'diverged'
        train_loss, _ = net.evaluate(x_train, y_train)
        val_loss, _ = net.evaluate(x_val, y_val)
        _, test_acc = net.evaluate(x_test, y_test)
        report(epoch + 1, {'train_loss': train_loss, 'val_loss': val_loss, 'test_acc': test_acc})
        if stopper:
            verdict = stopper.observe(val_loss, epoch)
            if verdict == 'improved':
                best = net.params()
            elif verdict == 'stop':
                if best is not None:
                    net.set_params(best)
                return epoch + 1, 'early-stopping'
    return EPOCHS, 'epochs'


def main():
    (x, y), test = load_mnist_from_args(N, N_TEST)
    data = (*split(x, y), test)
    print('${columns.join(',')}')
${main}`,
  });
}
