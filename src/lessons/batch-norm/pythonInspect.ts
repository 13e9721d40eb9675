// "Reproduce in Python" for the batch-norm lesson's other engine figures: the step-by-step layer (batch-norm/algorithm), the
// batch of one in both modes (batch-norm/modes), the activation histograms (batch-norm/histograms) of the inspected scale's
// two networks, and the book's view of the stopped networks (batch-norm/book-view), each a numpy script printing its table.
import type { Lang } from '../../state/i18n';
import { pyNumber } from '../../components/python/literal';
import { netScript } from '../../components/python/netScript';
import { BOOK_VIEW_COLUMNS, BOOK_VIEW_PANELS } from './bookView';
import { BOOK, initStds, panelIndex } from './model';
import type { BatchNormValues } from './params';
import { histogramPy } from '../../components/python/histogram';

/** The figures this file exports. */
export type InspectFigure = 'algorithm' | 'modes' | 'histograms' | 'book-view';

/** Shown rows and units of the algorithm table, rows of the batch sent alone in the modes table, histogram bins. */
export const SHOW_ROWS = 6;
export const SHOW_UNITS = 2;
export const SINGLES = 4;
export const HIST_BINS = 20;

export const INSPECT_COLUMNS = {
  algorithm: ['unit', 'row', 'x', 'mean', 'variance', 'xhat', 'y', 'xhat_eval'],
  modes: ['row', 'label', 'class_alone_batch', 'class_alone_running'],
  histograms: ['bn', 'layer', 'bin_start', 'bin_end', 'count'],
  'book-view': BOOK_VIEW_COLUMNS,
} as const satisfies Record<InspectFigure, readonly string[]>;

const TEXT = {
  title: {
    zh: '批标准化：{figure}（6 层 ReLU 网络，MNIST 前 {n} 个训练样本）',
    en: 'Batch normalization: {figure} (the 6-layer ReLU net, the first {n} MNIST training digits)',
  },
  algorithm: {
    zh: '训练结束后，标准差 {std} 的 BN 网络第 {layer} 个隐藏层在最后一个小批量上的 x、μ_B、σ²_B、x̂、y 与用滑动平均的 x̂',
    en: 'after training, hidden layer {layer} of the BN net at std {std} on the last mini-batch: x, μ_B, σ²_B, x̂, y and x̂ with the running averages',
  },
  modes: {
    zh: '训练结束后，标准差 {std} 的 BN 网络把最后一个小批量的前 {k} 个样本单独送入时的类别（批统计量 / 滑动平均）',
    en: 'after training, the class the BN net at std {std} gives the last mini-batch’s first {k} digits sent alone (batch statistics / running averages)',
  },
  histograms: {
    zh: '训练结束后，标准差 {std} 的两个网络（有 BN、无 BN）每个隐藏层的激活值直方图（最后一个小批量，{bins} 格）',
    en: 'after training, the activation histograms of every hidden layer of the two nets at std {std} (with BN, without), on the last mini-batch, {bins} bins',
  },
  'book-view': {
    zh: '网页停下的发散网络按书中 numpy 代码的画法：NaN 的输出被 np.argmax 读成 0',
    en: 'the networks the page stops as diverged, drawn as the book’s numpy code draws them: np.argmax reads NaN outputs as 0',
  },
  train: {
    zh: '训练一个网络（与网格相同）：每个周期按洗牌顺序取 {batch} 个一批，SGD 更新；损失或参数不是有限数时网页在这里停止它。返回网络、最后一个小批量的行、它的 ReLU 输出、每个周期结束时的训练准确率，以及是否发散。',
    en: 'Trains one net (as in the grid): each epoch takes batches of {batch} in shuffled order, an SGD update each; where the loss or a parameter is not finite the page stops it. Returns the net, the last mini-batch’s rows, its ReLU outputs, the training accuracy at each epoch end, and whether it diverged.',
  },
  trace: {
    zh: '在这一批上做一次训练模式的前向（批统计量），但不改动滑动平均；返回这一层 BN 的输入和一个记下 μ_B、σ²_B、x̂ 的 BN 层（动量 0，所以它的“滑动平均”就是这一批的统计量）。',
    en: 'A training-mode forward on the batch (batch statistics) that leaves the running averages alone; returns the layer’s BN input and a BN layer that recorded μ_B, σ²_B, x̂ (momentum 0, so its “running averages” are the batch statistics).',
  },
  argmax: { zh: '第一个最大值的下标（与网页相同：NaN 不会胜出）。', en: 'The index of the first maximum (as on the page: NaN never wins).' },
  nan: {
    zh: '书中的代码给发散网络的准确率：前 N_TRAIN 个标签中 0 的比例。',
    en: 'The accuracy the book’s code gives a diverged net: the share of zeros among the first N_TRAIN labels.',
  },
} as const;

const MAIN: Record<InspectFigure, string> = {
  algorithm: `    net, batch, _, _, _ = train(STD, PLACE, x_train, y_train)
    x_in, bn = trace(net, LAYER - 1, x_train[batch])
    mean, var = bn.running_mean.astype(F64), bn.running_var.astype(F64)
    run_mean, run_var = net.norms[LAYER - 1].running_mean.astype(F64), net.norms[LAYER - 1].running_var.astype(F64)
    for j in range(min(SHOW_UNITS, x_in.shape[1])):
        for i in range(min(SHOW_ROWS, x_in.shape[0])):
            x = float(x_in[i, j])
            xhat_eval = (x - run_mean[j]) / math.sqrt(run_var[j] + BN_EPS)
            cells = [x, mean[j], var[j], float(bn.xhat[i, j]), float(bn.out[i, j]), xhat_eval]
            out.write(f'{j + 1},{i + 1},' + ','.join(js_number(c) for c in cells) + '\\n')`,
  modes: `    net, batch, _, _, _ = train(STD, PLACE, x_train, y_train)
    rows = x_train[batch]
    for i in range(min(SINGLES, len(batch))):
        alone_batch, _ = trace_logits(net, rows[i:i + 1])
        alone_running = net.predict(rows[i:i + 1])
        out.write(f'{i + 1},{y_train[batch[i]]},{argmax(alone_batch[0])},{argmax(alone_running[0])}\\n')`,
  histograms: `    for batch_norm in (PLACE, 'none'):
        _, _, outputs, _, _ = train(STD, batch_norm, x_train, y_train)
        for l, h in enumerate(outputs):
            lo, hi, counts = histogram(h, BINS)
            for i, c in enumerate(counts):
                start, end = lo + ((hi - lo) * i) / BINS, lo + ((hi - lo) * (i + 1)) / BINS
                out.write(f"{0 if batch_norm == 'none' else 1},{l + 1},{js_number(start)},{js_number(end)},{c}\\n")`,
  'book-view': `    nets = {(k, batch_norm): train(std, batch_norm, x_train, y_train) for k, std in enumerate(STDS) for batch_norm in (PLACE, 'none')}
    stopped = sorted({k for (k, _), result in nets.items() if result[4]})[:PANELS]
    # ${'{nan}'}
    nan_acc = float(np.sum(y_train == 0)) / N_TRAIN
    for k in stopped:
        for batch_norm in (PLACE, 'none'):
            bn = 0 if batch_norm == 'none' else 1
            _, _, _, accuracies, diverged = nets[(k, batch_norm)]
            rows = [(e + 1, nan_acc, 1) for e in range(EPOCHS)] if diverged else [(e + 1, a, 0) for e, a in enumerate(accuracies)]
            for epoch, acc, nan in rows:
                out.write(f'{js_number(STDS[k])},{bn},{epoch},{js_number(acc)},{nan}\\n')`,
};

/** The figure batch-norm/<figure> as a self-contained numpy script, comments in `lang`; `dataUrl` is where it downloads MNIST. */
export function batchNormInspectScript(values: BatchNormValues, figure: InspectFigure, lang: Lang, dataUrl: string, file = `batch-norm-${figure}.py`): string {
  const stds = initStds(values.stds);
  const std = stds[panelIndex(values.panel, values.stds)];
  const columns = INSPECT_COLUMNS[figure];
  const tx = (k: keyof typeof TEXT) =>
    TEXT[k][lang]
      .replace('{figure}', TEXT[figure][lang])
      .replace('{n}', String(values.n))
      .replace('{std}', String(std))
      .replace('{layer}', String(values.layer))
      .replace('{k}', String(SINGLES))
      .replace('{bins}', String(HIST_BINS))
      .replace('{batch}', String(BOOK.batch));
  const settings = [
    figure === 'book-view' ? `STDS = [${stds.map(pyNumber).join(', ')}]` : `STD = ${pyNumber(std)}`,
    `PLACE = '${values.place}'`,
    `LR = ${pyNumber(values.lr)}`,
    `EPOCHS = ${values.epochs}`,
    `N_TRAIN = ${values.n}`,
    `BATCH = ${BOOK.batch}`,
    `SIZES = [784] + [${BOOK.units}] * ${BOOK.hidden} + [10]`,
    `BN_EPS = ${pyNumber(BOOK.eps)}`,
    `SEED = ${values.seed}`,
    ...{
      algorithm: [`LAYER = ${values.layer}`, `SHOW_ROWS = ${SHOW_ROWS}`, `SHOW_UNITS = ${SHOW_UNITS}`],
      modes: [`SINGLES = ${SINGLES}`],
      histograms: [`BINS = ${HIST_BINS}`],
      'book-view': [`PANELS = ${BOOK_VIEW_PANELS}`],
    }[figure],
  ];
  return netScript({
    title: tx('title'),
    file,
    columns,
    lang,
    dataUrl,
    settings,
    body: `def train(std, batch_norm, x_train, y_train):
    """${tx('train')}"""
    net = Net(SIZES, SEED, ('gaussian', std), batch_norm=batch_norm, bn_eps=BN_EPS)
    step = 0
    batch, outputs, accuracies = None, None, []
    for epoch in range(EPOCHS):
        order = permutation(N_TRAIN, SEED, epoch)
        for start in range(0, N_TRAIN, BATCH):
            batch = order[start:start + BATCH]
            loss = net.gradient(x_train[batch], y_train[batch], step)
            outputs = [np.where(relu.x > 0, relu.x, F32(0)) for relu in net.relus]
            step += 1
            if not math.isfinite(loss):
                return net, batch, outputs, accuracies, True
            net.update(LR)
            if not net.finite():
                return net, batch, outputs, accuracies, True
        accuracies.append(net.evaluate(x_train, y_train)[1])
    return net, batch, outputs, accuracies, False


def trace_logits(net, x):
    """Logits of a training-mode forward (batch statistics) that leaves the running averages alone."""
    saved = [(bn.running_mean, bn.running_var) for bn in net.norms]
    z = net.predict(x, True)
    for bn, (mean, var) in zip(net.norms, saved):
        bn.running_mean, bn.running_var = mean, var
    return z, saved


def trace(net, layer, x):
    """${tx('trace')}"""
    trace_logits(net, x)
    a = net.affines[layer]
    x_in = matmul(a.x, a.W, a.b) if net.batch_norm == 'before' else np.where(net.relus[layer].x > 0, net.relus[layer].x, F32(0))
    norm = net.norms[layer]
    bn = BatchNormalization(x_in.shape[1], BN_EPS, 0.0)
    bn.gamma, bn.beta = norm.gamma, norm.beta
    bn.out = bn.forward(x_in, True)
    return x_in, bn


def argmax(row):
    """${tx('argmax')}"""
    best = 0
    for i in range(1, len(row)):
        if row[i] > row[best]:
            best = i
    return best


${histogramPy(lang)}


def main():
    (x_train, y_train), _ = load_mnist_from_args(N_TRAIN, 0)
    out = sys.stdout
    out.write('${columns.join(',')}\\n')
${MAIN[figure].replace('{nan}', tx('nan'))}`,
  });
}

/** The Figure's `python` prop for batch-norm/<figure>: the script for the current values in the page's language. */
export function inspectExport(values: BatchNormValues, figure: InspectFigure, dataUrl: () => string): (lang: Lang) => string {
  return (lang) => batchNormInspectScript(values, figure, lang, dataUrl());
}
