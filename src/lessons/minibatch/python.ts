// "Reproduce in Python" for the minibatch lesson's MNIST runs: a numpy script that trains the page's small net once per
// batch size (same seed: same initial weights, same epoch shuffles; SGD at the page's rate) on the site's MNIST subset and
// prints minibatch/runs (the same table as minibatch/time) as CSV, the seconds measured by the script itself.
import type { Lang } from '../../state/i18n';
import { pyNumber } from '../../components/python/literal';
import { mlpPy } from '../../components/python/mlp';
import { mnistScript } from '../../components/python/script';
import type { MinibatchValues } from './params';
import { batchSizes, HIDDEN, N_TEST } from './runs';

const TEXT = {
  title: { zh: '批量大小：784 → {h} ReLU → 10 的网络在 MNIST 上，每个批量大小训练一次', en: 'Batch size: the 784 → {h} ReLU → 10 net on MNIST, trained once per batch size' },
  printsSummary: {
    zh: '输出图中的数据表（CSV）：batch_size, updates_per_epoch, samples_per_s, s_per_epoch, epochs_to_target, s_to_target, final_acc——由每个周期的结果算出（未达到目标时留空）；秒数是这个脚本在你的机器上自己量的。',
    en: 'Prints the figure’s data table as CSV: batch_size, updates_per_epoch, samples_per_s, s_per_epoch, epochs_to_target, s_to_target, final_acc, computed from the epoch rows (empty where the target was not reached); the seconds are this script’s own, on your machine.',
  },
  prints: {
    zh: '输出图中的数据表（CSV）：batch_size, epoch, seconds, train_loss, test_acc。损失和准确率与网页的 CPU 引擎相同（运算顺序相同）；秒数是这个脚本在你的机器上自己量的。',
    en: 'Prints the figure’s data table as CSV: batch_size, epoch, seconds, train_loss, test_acc. Losses and accuracies are those of the page’s CPU engine (the same order of operations); the seconds are this script’s own, on your machine.',
  },
  slow: {
    zh: '批量大小为 1 时每个周期有 {n} 次更新，numpy 一次只算一个样本很慢：这一行最花时间。',
    en: 'Batch size 1 takes {n} updates per epoch, and numpy is slow one digit at a time: that run takes most of the time.',
  },
  evaluate: {
    zh: '平均损失和准确率，按 {chunk} 行一块计算（评估模式，不更新）。',
    en: 'Mean loss and accuracy, computed {chunk} rows at a time (evaluation only, no update).',
  },
  train: {
    zh: '一个批量大小的训练：每个周期按洗牌顺序取批次（最后一批是剩下的样本），SGD 更新；每个周期末在前 {nTest} 个训练样本上测损失，在 {nTest} 个测试样本上测准确率。',
    en: 'Trains one batch size: each epoch takes batches in shuffled order (the last holds the digits left), an SGD update each; at each epoch end it measures the loss on the first {nTest} training digits and the accuracy on {nTest} test digits.',
  },
  summary: {
    zh: '一个批量大小的小结：每周期更新次数、每秒样本数、每周期秒数、第一次达到目标准确率的周期和秒数、最后的准确率。',
    en: 'One batch size in one row: updates per epoch, digits per second, seconds per epoch, the first epoch (and its seconds) that reached the target accuracy, the final accuracy.',
  },
  diverged: { zh: '损失不是有限数：网页在这里停止这次训练。', en: 'The loss is not finite: the page stops this run here.' },
} as const;

/** The rows evaluated in one piece at an epoch end (the CPU trainer's evaluation batch). */
const EVAL_CHUNK = 500;

export type MinibatchFigure = 'runs' | 'time' | 'summary';

/** minibatch/runs (or minibatch/time: the same table; or minibatch/summary, computed from it) as a self-contained numpy script, comments in `lang`. */
export function minibatchScript(values: MinibatchValues, lang: Lang, dataUrl: string, figure: MinibatchFigure = 'runs', file = `minibatch-${figure}.py`): string {
  const { n, mepochs, mlr, seed, target } = values;
  const summary = figure === 'summary';
  const tx = (k: keyof typeof TEXT) =>
    TEXT[k][lang].replace('{h}', String(HIDDEN)).replace('{n}', String(n)).replaceAll('{nTest}', String(N_TEST)).replace('{chunk}', String(EVAL_CHUNK));
  return mnistScript({
    title: tx('title'),
    file,
    notes: [tx(summary ? 'printsSummary' : 'prints'), tx('slow')],
    imports: ['time'],
    settings: [
      `BATCH_SIZES = [${batchSizes(n).join(', ')}]
LR = ${pyNumber(mlr)}
EPOCHS = ${mepochs}
N_TRAIN = ${n}
N_TEST = ${N_TEST}
SIZES = [784, ${HIDDEN}, 10]
SEED = ${seed}
TARGET = ${pyNumber(target)}`,
    ],
    dataUrl,
    net: [mlpPy(lang)],
    body: [
      `def evaluate(net, x, labels, chunk=${EVAL_CHUNK}):
    """${tx('evaluate')}"""
    loss_sum, correct = 0.0, 0
    for start in range(0, x.shape[0], chunk):
        z = net.predict(x[start:start + chunk])
        y = labels[start:start + chunk]
        loss_sum += net.last.forward(z, y) * y.shape[0]
        correct += int(np.sum(np.argmax(z, axis=1) == y))
    return loss_sum / x.shape[0], correct / x.shape[0]


def train(batch_size, x_train, y_train, x_test, y_test):
    """${tx('train')}"""
    rows = []
    net = MultiLayerNet(SIZES, SEED)
    optimizer = SGD(LR, 0)
    seconds = 0.0
    for epoch in range(EPOCHS):
        started = time.perf_counter()
        order = permutation(N_TRAIN, SEED, epoch)
        for start in range(0, N_TRAIN, batch_size):
            batch = order[start:start + batch_size]
            loss = net.gradient(x_train[batch], y_train[batch])
            if not math.isfinite(loss):
                return rows  # ${tx('diverged')}
            optimizer.update(net.affines)
            if not net.finite():
                return rows  # ${tx('diverged')}
        train_loss, _ = evaluate(net, x_train[:N_TEST], y_train[:N_TEST])
        _, test_acc = evaluate(net, x_test, y_test)
        seconds += time.perf_counter() - started
        rows.append((epoch + 1, seconds, train_loss, test_acc))
    return rows


def summarize(batch_size, rows):
    """${tx('summary')}"""
    if not rows:
        return [batch_size, float('nan'), float('nan'), float('nan'), '', '', float('nan')]
    epoch, seconds, _, final_acc = rows[-1]
    hit = next((r for r in rows if r[3] >= TARGET), None)
    return [batch_size, math.ceil(N_TRAIN / batch_size), epoch * N_TRAIN / seconds, seconds / epoch,
            hit[0] if hit else '', hit[1] if hit else '', final_acc]


def main():
    (x_train, y_train), (x_test, y_test) = load_mnist_from_args(N_TRAIN, N_TEST)
    out = sys.stdout
${
  summary
    ? `    out.write('batch_size,updates_per_epoch,samples_per_s,s_per_epoch,epochs_to_target,s_to_target,final_acc\\n')
    for batch_size in BATCH_SIZES:
        row = summarize(batch_size, train(batch_size, x_train, y_train, x_test, y_test))
        out.write(','.join(str(v) if isinstance(v, (int, str)) else js_number(v) for v in row) + '\\n')`
    : `    out.write('batch_size,epoch,seconds,train_loss,test_acc\\n')
    for batch_size in BATCH_SIZES:
        for epoch, seconds, train_loss, test_acc in train(batch_size, x_train, y_train, x_test, y_test):
            out.write(f'{batch_size},{epoch},{js_number(seconds)},{js_number(train_loss)},{js_number(test_acc)}\\n')
        out.flush()`
}`,
    ],
    lang,
  });
}
