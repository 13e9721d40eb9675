// "Reproduce in Python" for the gradients lesson's four figures: a numpy script that trains the page's deep net (or, for the
// comparison, the four remedy nets) on the first 1000 MNIST digits in the CPU engine's order, and prints gradients/norms,
// gradients/profile, gradients/factors or gradients/compare as CSV.
import type { Lang } from '../../state/i18n';
import { pyNumber } from '../../components/python/literal';
import { toyNetPieces } from '../../components/python/toyNet';
import { mnistScript } from '../../components/python/script';
import { BATCH, N_TRAIN, REMEDIES, initOf } from './model';
import type { GradientsValues } from './params';
import { deepNetPy } from './pythonNet';

/** The lesson's figures whose data come from training. */
export type GradientsFigure = 'norms' | 'profile' | 'factors' | 'compare';

/** Each figure's table columns, as on the page. */
export const GRADIENT_COLUMNS = {
  norms: ['step', 'layer', 'grad_norm'],
  profile: ['layer', 'grad_norm', 'rel_change'],
  factors: ['layer', 'grad_norm', 'ratio', 'mean_deriv'],
  compare: ['network', 'layer', 'grad_norm'],
} as const satisfies Record<GradientsFigure, readonly string[]>;

/** Histogram bins of the factors figure's mean f′, and the updates the comparison averages (the last epoch's). */
export const FACTOR_BINS = 200;
export const RECENT = N_TRAIN / BATCH;

const TEXT = {
  title: {
    zh: '梯度消失与爆炸：{figure}（784 → {depth} × {units} → 10，MNIST 前 {n} 个训练样本）',
    en: 'Vanishing and exploding gradients: {figure} (784 → {depth} × {units} → 10, the first {n} MNIST training digits)',
  },
  norms: { zh: '每次更新时每一层 ‖∂L/∂W‖', en: 'every layer’s ‖∂L/∂W‖ at every update' },
  profile: { zh: '最后一次更新的梯度范数与权重的相对变化', en: 'the last update’s gradient norms and how far the weights moved' },
  factors: { zh: '最后一次更新的梯度范数、相邻层之比与平均 f′(z)', en: 'the last update’s gradient norms, their layer-to-layer ratios and the mean f′(z)' },
  compare: { zh: 'sigmoid 与三种补救办法，最后一个周期的梯度范数（几何平均）', en: 'sigmoid and three remedies, the last epoch’s gradient norms (geometric mean)' },
  prints: {
    zh: '输出图中的数据表（CSV）：{columns}；运算顺序与网页 CPU 引擎相同（同样的初始权重、批次顺序与 float32 舍入），所以数字也相同（在 1e-4 相对误差以内）。',
    en: 'Prints the figure’s data table as CSV: {columns}; the operations run in the page’s CPU engine order (the same initial weights, batch order and float32 rounding), so the numbers are the same (within 1e-4 relative).',
  },
  train: {
    zh: '训练一个网络：每个周期按洗牌顺序取 {batch} 个一批；每次更新先算梯度（加上 L2 项），记下每层 ‖∂L/∂W‖（裁剪之前），再按全局范数裁剪，SGD 更新。每次更新产出 (第几次更新, 各层范数)；损失或参数不是有限数时网页在这里停止，脚本也停。',
    en: 'Trains one net: each epoch takes batches of {batch} in shuffled order; each update computes the gradient (plus the L2 term), records every layer’s ‖∂L/∂W‖ (before clipping), clips by the global norm and takes an SGD step. Yields (update number, the layers’ norms); where the loss or a parameter is not finite the page stops, and so does the script.',
  },
  moved: { zh: '‖W − W(0)‖ / ‖W(0)‖，平方按顺序累加。', en: '‖W − W(0)‖ / ‖W(0)‖, the squares summed in order.' },
  geo: { zh: '正的有限值的几何平均 exp(mean(ln x))。', en: 'The geometric mean exp(mean(ln x)) of the positive finite values.' },
  last: {
    zh: '直方图取自最后一个训练小批量（训练模式）里每个隐藏层的激活输出，{bins} 格；输出层没有 f′。',
    en: 'The histograms come from each hidden layer’s activation outputs on the last training mini-batch (training mode), {bins} bins; the output layer has no f′.',
  },
} as const;

/** The Python tuple (id, activation, init, std, batch_norm, residual) of each comparison network. */
function remedyTuples(): string {
  return REMEDIES.map((r) => {
    const init = initOf(r.over.init, 0.3);
    const std = init.scheme === 'gaussian' ? pyNumber(init.std) : 'None';
    return `    ('${r.id}', '${r.over.act}', '${init.scheme}', ${std}, '${r.over.bn === 'before' ? 'before' : 'none'}', ${r.over.residual === 'on' ? 'True' : 'False'}),`;
  }).join('\n');
}

const PRINT: Record<GradientsFigure, string> = {
  norms: `    for step, norms in train(make_net(ACTIVATION, INIT, INIT_STD, SLOPE, BATCH_NORM, RESIDUAL), x_train, y_train, L2, CLIP):
        for l, g in enumerate(norms):
            out.write(f'{step},{l + 1},{js_number(g)}\\n')`,
  profile: `    net = make_net(ACTIVATION, INIT, INIT_STD, SLOPE, BATCH_NORM, RESIDUAL)
    start = [a.W.copy() for a in net.affines]
    for _, norms in train(net, x_train, y_train, L2, CLIP):
        pass
    for l, (g, a, w0) in enumerate(zip(norms, net.affines, start)):
        out.write(f'{l + 1},{js_number(g)},{js_number(relative_change(a.W, w0))}\\n')`,
  factors: `    net = make_net(ACTIVATION, INIT, INIT_STD, SLOPE, BATCH_NORM, RESIDUAL)
    for _, norms in train(net, x_train, y_train, L2, CLIP):
        pass
    for l, g in enumerate(norms):
        ratio = g / norms[l + 1] if l + 1 < len(norms) else float('nan')
        # {last}
        deriv = mean_derivative(*histogram(net.outputs[l], BINS), ACTIVATION, SLOPE) if l < len(net.outputs) else float('nan')
        out.write(f'{l + 1},{js_number(g)},{js_number(ratio)},{js_number(deriv)}\\n')`,
  compare: `    for name, activation, init, std, batch_norm, residual in NETWORKS:
        history = [norms for _, norms in train(make_net(activation, init, std, 0.01, batch_norm, residual), x_train, y_train, 0, 0)]
        recent = history[-RECENT:]
        for l in range(len(SIZES) - 1):
            out.write(f'{name},{l + 1},{js_number(geometric_mean([norms[l] for norms in recent]))}\\n')
        out.flush()`,
};

/** The figure gradients/<figure> as a self-contained numpy script for the page's values, comments in `lang`. */
export function gradientsScript(values: GradientsValues, figure: GradientsFigure, lang: Lang, dataUrl: string, file = `gradients-${figure}.py`): string {
  const v = values;
  const init = initOf(v.init, v.std);
  const columns = GRADIENT_COLUMNS[figure];
  const tx = (k: keyof typeof TEXT) =>
    TEXT[k][lang]
      .replace('{figure}', TEXT[figure][lang])
      .replace('{depth}', String(v.depth))
      .replace('{units}', String(v.units))
      .replace('{n}', String(N_TRAIN))
      .replace('{columns}', columns.join(', '))
      .replace('{batch}', String(BATCH))
      .replace('{bins}', String(FACTOR_BINS));
  const settings =
    figure === 'compare'
      ? [`NETWORKS = [\n${remedyTuples()}\n]`, `RECENT = ${RECENT}`]
      : [
          `ACTIVATION = '${v.act}'`,
          `SLOPE = ${pyNumber(v.k)}`,
          `INIT = '${init.scheme}'`,
          `INIT_STD = ${init.scheme === 'gaussian' ? pyNumber(init.std) : 'None'}`,
          `BATCH_NORM = '${v.bn === 'before' || v.bn === 'after' ? v.bn : 'none'}'`,
          `RESIDUAL = ${v.residual === 'on' ? 'True' : 'False'}`,
          `CLIP = ${pyNumber(v.clip)}`,
          `L2 = ${pyNumber(v.l2)}`,
          ...(figure === 'factors' ? [`BINS = ${FACTOR_BINS}`] : []),
        ];
  return mnistScript({
    title: tx('title'),
    file,
    notes: [tx('prints')],
    settings: [
      `SIZES = [784] + [${v.units}] * ${v.depth} + [10]`,
      `LR = ${pyNumber(v.lr)}`,
      `EPOCHS = ${v.epochs}`,
      `N_TRAIN = ${N_TRAIN}`,
      `BATCH = ${BATCH}`,
      `SEED = ${v.seed}`,
      ...settings,
    ],
    dataUrl,
    net: [...toyNetPieces('sgd', lang), deepNetPy(lang)],
    body: [
      `def make_net(activation, init, std, slope, batch_norm, residual):
    return DeepNet(SIZES, activation, init, std, slope, batch_norm, residual, SEED)


def train(net, x_train, y_train, l2, clip):
    """${tx('train')}"""
    optimizer = SGD(LR)
    step = 0
    for epoch in range(EPOCHS):
        order = permutation(N_TRAIN, SEED, epoch)
        for start in range(0, N_TRAIN, BATCH):
            batch = order[start:start + BATCH]
            loss = net.gradient(x_train[batch], y_train[batch])
            loss += net.penalty(l2, 0)
            norms = [norm2(a.dW) for a in net.affines]
            net.set_grads(clip_by_global_norm(net.grads(), clip))
            step += 1
            finite = math.isfinite(loss)
            if finite:
                optimizer.update(net.params(), net.grads())
                finite = net.finite()
            yield step, norms
            if not finite:
                return


def relative_change(W, W0):
    """${tx('moved')}"""
    return norm2(W.astype(F64) - W0.astype(F64)) / norm2(W0)


def geometric_mean(xs):
    """${tx('geo')}"""
    ok = [x for x in xs if math.isfinite(x) and x > 0]
    total = 0.0
    for x in ok:
        total += math.log(x)
    return math.exp(total / len(ok)) if ok else float('nan')


def main():
    (x_train, y_train), _ = load_mnist_from_args(N_TRAIN, 0)
    out = sys.stdout
    out.write('${columns.join(',')}\\n')
${PRINT[figure].replace('{last}', tx('last'))}`,
    ],
    lang,
  });
}

/** The Figure's `python` prop for gradients/<figure>: the script for the current values in the page's language. */
export function gradientsExport(values: GradientsValues, figure: GradientsFigure, dataUrl: () => string): (lang: Lang) => string {
  return (lang) => gradientsScript(values, figure, lang, dataUrl());
}
