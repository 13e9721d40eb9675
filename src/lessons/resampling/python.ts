// "Reproduce in Python" for the resampling lesson: a numpy script that makes the page's imbalanced MNIST training set,
// trains its four networks (plain, oversampling, undersampling, class weights; one seed, Adam) and prints
// resampling/recall or resampling/confusion as CSV, from the test-set confusion counts after the last epoch.
import type { Lang } from '../../state/i18n';
import { resolveHyper } from '../../engine/train/hyper';
import { pyNumber } from '../../components/python/literal';
import { mlpPy } from '../../components/python/mlp';
import { mlpOptimizerCall, mlpOptimizersPy } from '../../components/python/mlpOptimizers';
import { resamplePy } from '../../components/python/resample';
import { mnistScript } from '../../components/python/script';
import { BATCH, CLASSES, LR, METHODS, N_POOL, N_TEST, RARE, SPEC } from './model';
import type { ResamplingValues } from './params';

export type ResamplingFigure = 'recall' | 'confusion';

const TEXT = {
  title: {
    zh: '重采样与类别加权：数字 5–9 只占训练集的 {share}，四个网络（直接训练、过采样、欠采样、类别加权）',
    en: 'Resampling and class weights: the digits 5–9 make up {share} of the training set; four networks (plain, oversampling, undersampling, class weights)',
  },
  printsRecall: {
    zh: '输出图中的数据表（CSV）：method, class, recall——训练结束后每个数字在测试集上的召回率；运算顺序与网页的 CPU 引擎相同，所以数字也相同。',
    en: 'Prints the figure’s data table as CSV: method, class, recall: each digit’s recall on the test set after the last epoch; the operations run in the page’s CPU engine order, so the numbers are the same.',
  },
  printsConfusion: {
    zh: '输出图中的数据表（CSV）：method, true, predicted, count——训练结束后测试集上的混淆矩阵；运算顺序与网页的 CPU 引擎相同，所以数字也相同。',
    en: 'Prints the figure’s data table as CSV: method, true, predicted, count: the test set’s confusion matrix after the last epoch; the operations run in the page’s CPU engine order, so the numbers are the same.',
  },
  confusion: { zh: '混淆矩阵：counts[真实类别][预测类别]（预测 = argmax，并列时取最小的下标）。', en: 'The confusion matrix: counts[true class][predicted class] (prediction = argmax, ties to the lowest index).' },
  train: {
    zh: '一个网络的训练：每个周期按（重采样后的）行列表的洗牌顺序取 {batch} 个一批，Adam 更新；返回测试集上的混淆矩阵。',
    en: 'Trains one net: each epoch takes batches of {batch} in the shuffled order of the (resampled) row list, an Adam update each; returns the test set’s confusion matrix.',
  },
  diverged: { zh: '不是有限数：网页在这里停止这次训练。', en: 'Not finite: the page stops this run here.' },
} as const;

/** The figure `figure` of the resampling lesson as a self-contained numpy script, comments in `lang`. */
export function resamplingScript(values: ResamplingValues, figure: ResamplingFigure, lang: Lang, dataUrl: string, file = `resampling-${figure}.py`): string {
  const tx = (k: keyof typeof TEXT) =>
    TEXT[k][lang].replace('{share}', `${Math.round(1e4 * values.share) / 100}%`).replace('{batch}', String(BATCH));
  const table =
    figure === 'recall'
      ? `    out.write('method,class,recall\\n')
    for method, counts in results:
        for d in range(CLASSES):
            row = sum(counts[d])
            out.write(f'{method},{d},{js_number(counts[d][d] / row if row > 0 else float("nan"))}\\n')`
      : `    out.write('method,true,predicted,count\\n')
    for method, counts in results:
        for t in range(CLASSES):
            for p in range(CLASSES):
                out.write(f'{method},{t},{p},{counts[t][p]}\\n')`;
  return mnistScript({
    title: tx('title'),
    file,
    notes: [tx(figure === 'recall' ? 'printsRecall' : 'printsConfusion')],
    settings: [
      `SHARE = ${pyNumber(values.share)}
EPOCHS = ${values.epochs}
SEED = ${values.seed}
METHODS = [${METHODS.map((m) => `'${m}'`).join(', ')}]
RARE = {${RARE.join(', ')}}
N_POOL = ${N_POOL}
N_TEST = ${N_TEST}
BATCH = ${BATCH}
LR = ${pyNumber(LR)}
CLASSES = ${CLASSES}
SIZES = [784, ${SPEC.hidden.map((h) => h.units).join(', ')}, ${CLASSES}]`,
    ],
    dataUrl,
    net: [mlpPy(lang), mlpOptimizersPy(['adam'], lang), resamplePy(lang)],
    body: [
      `def confusion(net, x, labels):
    """${tx('confusion')}"""
    counts = [[0] * CLASSES for _ in range(CLASSES)]
    predicted = np.argmax(net.predict(x), axis=1)
    for t, p in zip(labels.tolist(), predicted.tolist()):
        counts[t][p] += 1
    return counts


def train(method, x_train, y_train, x_test, y_test):
    """${tx('train')}"""
    net = MultiLayerNet(SIZES, SEED)
    rows = oversample_rows(y_train, CLASSES) if method == 'oversample' else undersample_rows(y_train, CLASSES) if method == 'undersample' else None
    if method == 'class-weights':
        net.last = WeightedSoftmaxWithLoss(class_weights(y_train, CLASSES))
    optimizer = ${mlpOptimizerCall('adam', resolveHyper({ optimizer: 'adam', lr: LR }, []))}
    n = y_train.shape[0]
    for epoch in range(EPOCHS):
        order = epoch_order(rows, n, SEED, epoch)
        for start in range(0, order.shape[0], BATCH):
            batch = order[start:start + BATCH]
            loss = net.gradient(x_train[batch], y_train[batch])
            if not math.isfinite(loss):
                break  # ${tx('diverged')}
            optimizer.update(net.affines)
            if not net.finite():
                break  # ${tx('diverged')}
        else:
            continue
        break
    return confusion(net, x_test, y_test)


def main():
    (x_pool, y_pool), (x_test, y_test) = load_mnist_from_args(N_POOL, N_TEST)
    keep = imbalanced_rows(y_pool, RARE, SHARE)
    x_train, y_train = x_pool[keep], y_pool[keep]
    results = [(method, train(method, x_train, y_train, x_test, y_test)) for method in METHODS]
    out = sys.stdout
${table}`,
    ],
    lang,
  });
}
