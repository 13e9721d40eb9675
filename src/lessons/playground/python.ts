// "Reproduce in Python" for the playground's three training figures: a numpy script that generates the page's points from
// the data seed (with the points the reader added), trains the page's net with the URL's settings in the CPU engine's
// order, and prints playground/curves, playground/boundary or playground/network as CSV.
import { PY_PRINTS_CPU, PY_RUN_LOCAL } from '../../components/python/scriptText';
import { OPTIMIZERS, type OptimizerName } from '../../engine/optimizers';
import { MLP_OPTIMIZER_DEFAULTS } from '../../engine/train/hyper';
import type { Lang } from '../../state/i18n';
import { JS_NUMBER_PY, pyNumber } from '../../components/python/literal';
import { RNG_PY } from '../../components/python/rng';
import { toyDataPy } from '../../components/python/toy';
import { optimizerArgs, optimizerClassName, toyNetPieces } from '../../components/python/toyNet';
import { pyScript } from '../../components/python/script';
import { TABLE_GRID, TOTAL_POINTS, dropoutOf, extraRows, featuresOf, hyperOf, isRegression, splitSizes } from './model';
import { PLANE, type PlaygroundValues } from './params';

/** The playground's figures whose data come from training. */
export type PlaygroundFigure = 'curves' | 'boundary' | 'network';

const TEXT = {
  title: {
    zh: '神经网络游乐场：{figure}（{data}，{pts} 个添加的点）',
    en: 'Neural network playground: {figure} ({data}, {pts} added points)',
  },
  curves: { zh: '每个周期结束时的训练损失与测试损失', en: 'training and test loss at every epoch end' },
  boundary: { zh: '训练结束时网络在表格网格上的输出', en: 'the output on the table’s grid after training' },
  network: { zh: '训练结束时的每个权重', en: 'every weight after training' },
  run: PY_RUN_LOCAL,
  prints: PY_PRINTS_CPU,
  midRun: {
    zh: '脚本从头到尾用这些设置；网页上训练中途改过的超参数不会重现。',
    en: 'The script uses these settings from the first update on; hyperparameters changed on the page mid-run are not replayed.',
  },
  data: {
    zh: '数据：{n} 个点由数据种子生成，其中 {held} 个留作测试；添加的点接在训练集之后；再映射为输入特征。',
    en: 'Data: {n} points generated from the data seed, {held} of them held out for testing; the added points follow the training rows; then the input features.',
  },
  train: {
    zh: '训练：每个周期按洗牌顺序取 {batch} 个一批；每次更新：前向与反向、正则化、裁剪、优化器；损失不是有限数时网页停止训练。',
    en: 'Training: each epoch takes batches of {batch} in shuffled order; each update: forward and backward, regularization, clipping, the optimizer; the page stops a run whose loss is not finite.',
  },
  grid: {
    zh: '表格的网格：[−1.5, 1.5] 上含两端的 21 个点（保留 6 位小数）；分类时输出 softmax 的 P(类别 1)。',
    en: 'The table’s grid: 21 points across [−1.5, 1.5], both ends included (6 decimals); for classes the output is the softmax P(class 1).',
  },
} as const;

const COLUMNS: Record<PlaygroundFigure, (v: PlaygroundValues) => string[]> = {
  curves: () => ['epoch', 'train_loss', 'test_loss'],
  boundary: (v) => (isRegression(v) ? ['x', 'y_hat'] : v.discrete === 'on' ? ['x1', 'x2', 'p', 'class'] : ['x1', 'x2', 'p']),
  network: () => ['matrix', 'from', 'to', 'w'],
};

/** The columns of the figure's table as the script prints them (the page's own columns). */
export const playgroundColumns = (figure: PlaygroundFigure, v: PlaygroundValues): string[] => COLUMNS[figure](v);

/** The optimizer's constructor call with the page's hyperparameters (hyperOf, then the engine's defaults, e.g. ε). */
function optimizerCall(v: PlaygroundValues): string {
  const name = v.opt as OptimizerName;
  const hp: Record<string, number> = {
    ...(OPTIMIZERS[name].defaults as unknown as Record<string, number>),
    ...(MLP_OPTIMIZER_DEFAULTS[name] as Record<string, number>),
    ...(hyperOf(v) as Record<string, unknown> as Record<string, number>),
  };
  return `${optimizerClassName(name)}(${optimizerArgs(name).map((a) => `${a}=${pyNumber(hp[a])}`).join(', ')})`;
}

/** The init scheme and std as the script takes them (he, xavier, or gaussian with a std: initOf of the gradients lesson). */
function initOf(v: PlaygroundValues): { init: string; std: number } {
  if (v.init === 'he') return { init: 'he', std: 0 };
  if (v.init === 'std1') return { init: 'gaussian', std: 1 };
  if (v.init === 'std001') return { init: 'gaussian', std: 0.01 };
  if (v.init === 'custom') return { init: 'gaussian', std: v.std };
  return { init: 'xavier', std: 0 };
}

const ACT: Record<string, string> = { relu: 'relu', leaky: 'leaky', tanh: 'tanh', sigmoid: 'sigmoid' };

/** The script's main part for each figure: what it prints after (or while) training. */
const PRINT: Record<PlaygroundFigure, string> = {
  curves: `    out.write('epoch,train_loss,test_loss\\n')
    for epoch in train(net, optimizer, x_train, y_train):
        out.write(f'{epoch + 1},{js_number(net.evaluate(x_train, y_train))},{js_number(net.evaluate(x_test, y_test))}\\n')
        out.flush()`,
  boundary: `    for _ in train(net, optimizer, x_train, y_train):
        pass
    nodes = [math.floor((-PLANE + i * 2 * PLANE / (TABLE_GRID - 1)) * 1e6 + 0.5) / 1e6 for i in range(TABLE_GRID)]
    if REGRESSION:
        points = np.array(nodes, dtype=F32).reshape(-1, 1)
        y_hat = net.predict(points)[:, 0].tolist()
        out.write('x,y_hat\\n')
        for x, y in zip(nodes, y_hat):
            out.write(f'{js_number(x)},{js_number(y)}\\n')
        return
    lattice = [(x1, x2) for x2 in nodes for x1 in nodes]
    points = np.array(lattice, dtype=F32)
    z = net.predict(points if RAW_INPUTS else feature_rows(points, FEATURE_NAMES)).astype(F64)
    e = np.exp(z - z.max(axis=1, keepdims=True))
    total = e[:, 0] + e[:, 1]
    p = (e[:, 1].astype(F32).astype(F64) / total).astype(F32).tolist()
    out.write('x1,x2,p' + (',class' if DISCRETE else '') + '\\n')
    for (x1, x2), q in zip(lattice, p):
        out.write(f'{js_number(x1)},{js_number(x2)},{js_number(q)}' + (f',{int(q >= 0.5)}' if DISCRETE else '') + '\\n')`,
  network: `    for _ in train(net, optimizer, x_train, y_train):
        pass
    out.write('matrix,from,to,w\\n')
    for l, affine in enumerate(net.affines):
        for i, row in enumerate(affine.W.tolist()):
            for j, w in enumerate(row):
                out.write(f'{l + 1},{i + 1},{j + 1},{js_number(w)}\\n')`,
};

/** The figure playground/<figure> as a self-contained numpy script for the page's values, comments in `lang`. */
export function playgroundScript(values: PlaygroundValues, figure: PlaygroundFigure, lang: Lang, file = `playground-${figure}.py`): string {
  const v = values;
  const regression = isRegression(v);
  const { nTest } = splitSizes(v.train);
  const features = regression ? [] : featuresOf(v);
  const extra = extraRows(v);
  const width = regression ? 1 : 2;
  const added = extra.y.map((y, i) => `(${extra.x.slice(i * width, (i + 1) * width).map(pyNumber).join(', ')}, ${pyNumber(y)})`);
  const sizes = [regression ? 1 : features.length, ...Array.from({ length: v.depth }, () => v.units), regression ? 1 : 2];
  const { init, std } = initOf(v);
  const name = v.data === 'circles' || v.data === 'xor' || v.data === 'blobs' ? v.data : 'spirals';
  const tx = (k: keyof typeof TEXT) =>
    TEXT[k][lang]
      .replaceAll('{file}', file)
      .replace('{figure}', TEXT[figure][lang])
      .replace('{data}', regression ? 'sine' : name)
      .replace('{pts}', String(extra.y.length))
      .replace('{columns}', playgroundColumns(figure, v).join(', '))
      .replace('{n}', String(TOTAL_POINTS))
      .replace('{held}', String(nTest))
      .replace('{batch}', String(v.batch));
  return pyScript({
    header: [tx('title'), tx('run'), tx('prints'), tx('midRun')],
    imports: ['math', 'sys'],
    settings: [
      `DATA = '${regression ? 'sine' : name}'
NOISE = ${pyNumber(v.noise)}
N_POINTS = ${TOTAL_POINTS}
N_HELD_OUT = ${nTest}
DATA_SEED = ${v.dataSeed}
ADDED_POINTS = [${added.join(', ')}]
FEATURE_NAMES = [${features.map((f) => `'${f}'`).join(', ')}]
SIZES = [${sizes.join(', ')}]
ACTIVATION = '${ACT[v.act] ?? 'tanh'}'
INIT = '${init}'
INIT_STD = ${pyNumber(std)}
DROPOUT = [${dropoutOf(v).map(pyNumber).join(', ')}]
BATCH_NORM = '${v.bn === 'before' || v.bn === 'after' ? v.bn : 'none'}'
BATCH = ${v.batch}
L2 = ${pyNumber(v.l2)}
L1 = ${pyNumber(v.l1)}
CLIP = ${pyNumber(v.clip)}
EPOCHS = ${v.epochs}
SEED = ${v.seed}
REGRESSION = ${regression ? 'True' : 'False'}
RAW_INPUTS = FEATURE_NAMES in ([], ['x1', 'x2'])
DISCRETE = ${v.discrete === 'on' && !regression ? 'True' : 'False'}
PLANE = ${pyNumber(PLANE)}
TABLE_GRID = ${TABLE_GRID}`,
    ],
    pieces: [
      RNG_PY,
      ...toyNetPieces(v.opt as OptimizerName, lang),
      toyDataPy(lang),
      JS_NUMBER_PY,
      `def make_data():
    """${tx('data')}"""
    if REGRESSION:
        x, y = noisy_sine(N_POINTS, NOISE, DATA_SEED)
        added_x, added_y = [p[0] for p in ADDED_POINTS], [p[1] for p in ADDED_POINTS]
    else:
        x, y = toy_set(DATA, N_POINTS, NOISE, DATA_SEED)
        added_x, added_y = [p[:2] for p in ADDED_POINTS], [p[2] for p in ADDED_POINTS]
    (x_train, y_train), (x_test, y_test) = held_out_split(x, y, N_HELD_OUT, DATA_SEED, added_x, added_y)
    if not RAW_INPUTS:
        x_train, x_test = feature_rows(x_train, FEATURE_NAMES), feature_rows(x_test, FEATURE_NAMES)
    return (x_train, y_train), (x_test, y_test)


def train(net, optimizer, x_train, y_train):
    """${tx('train')}"""
    n = x_train.shape[0]
    step = 0
    for epoch in range(EPOCHS):
        order = permutation(n, SEED, epoch)
        for start in range(0, n, BATCH):
            batch = order[start:start + BATCH]
            loss = net.gradient(x_train[batch], y_train[batch], step)
            loss += net.penalty(L2, L1)
            net.set_grads(clip_by_global_norm(net.grads(), CLIP))
            step += 1
            if not math.isfinite(loss):
                return
            optimizer.update(net.params(), net.grads())
            if not net.finite():
                return
        yield epoch


def main():
    np.seterr(all='ignore')
    (x_train, y_train), (x_test, y_test) = make_data()
    net = ToyNet(SIZES, ACTIVATION, INIT, INIT_STD, DROPOUT, REGRESSION, SEED, BATCH_NORM)
    optimizer = ${optimizerCall(v)}
    out = sys.stdout
${figure === 'boundary' ? `    # ${tx('grid')}\n` : ''}${PRINT[figure]}`,
    ],
    lang,
  });
}

/** The Figure's `python` prop for playground/<figure>: the script for the current values in the page's language. */
export function pythonExport(v: PlaygroundValues, figure: PlaygroundFigure): (lang: Lang) => string {
  return (lang) => playgroundScript(v, figure, lang);
}
