// "Reproduce in Python" for the validation lesson's training figures: validation/select (twelve polynomial degrees, each
// with its 20 % validation split, chosen by validation or by test loss) and validation/folds (K-fold cross-validation of
// the MNIST net on the site's data files). Each script trains in the CPU engine's order and prints the figure's table.
import type { Lang } from '../../state/i18n';
import { JS_NUMBER_PY, pyNumber } from '../../components/python/literal';
import { RNG_PY } from '../../components/python/rng';
import { toyDataPy } from '../../components/python/toy';
import { toyNetPieces } from '../../components/python/toyNet';
import { mnistScript, pyScript } from '../../components/python/script';
import { PY_PRINTS_CPU, PY_RUN_LOCAL } from '../../components/python/scriptText';
import { BATCH, HIDDEN_UNITS, MAX_DEGREE, N_TEST, POLY_BATCH, POLY_EPOCHS, POLY_FRESH, POLY_LR, POLY_TEST, VALIDATION_SHARE } from './model';
import type { ValidationValues } from './params';

/** The lesson's figures whose data come from training (the hold-out figure counts labels: no training). */
export type ValidationFigure = 'select' | 'folds';

const TEXT = {
  selectTitle: {
    zh: '用验证集选多项式的阶数：阶数 1 … {max}，每个阶数留出 20 % 作验证集，再与测试集和新样本比较',
    en: 'Choosing the polynomial degree by validation: degrees 1 … {max}, each with 20 % held out for validation, compared with the test set and a fresh sample',
  },
  foldsTitle: { zh: 'MNIST 上的 {k} 折交叉验证（前 {n} 个数字）', en: '{k}-fold cross-validation on MNIST (the first {n} digits)' },
  runSelect: PY_RUN_LOCAL,
  prints: PY_PRINTS_CPU,
  train: {
    zh: '训练一个网络：每个周期按洗牌顺序取小批量，SGD 更新；损失不是有限数时网页停止这次训练（图中不列出它）。返回是否训练完所有周期。',
    en: 'Trains one net: each epoch takes mini-batches in shuffled order, an SGD update each; the page stops a run whose loss is not finite (the figure leaves it out). Returns whether every epoch ran.',
  },
  degree: {
    zh: '阶数 d 的模型：特征 xⁱ/i!（i ≤ d），20 % 的点按 split 流（以种子为键）留作验证集；训练结束后的训练、验证、测试损失，以及在新样本（数据集 1，{fresh} 个点）上的损失。',
    en: 'The degree-d model: features xⁱ/i! (i ≤ d), 20 % of the points held out for validation by the split stream (keyed by the seed); the training, validation and test losses after training, and the loss on the fresh sample (data set 1, {fresh} points).',
  },
  fold: {
    zh: '第 f 折：前 n 个数字按 fold 流（以种子为键）洗牌后切成 k 段，第 f 段作验证集，其余训练；每一折都从同样的初始权重开始。',
    en: 'Fold f: the first n digits shuffled by the fold stream (keyed by the seed) and cut into k parts; part f validates, the others train; every fold starts from the same initial weights.',
  },
} as const;

const COLUMNS: Record<ValidationFigure, string[]> = {
  select: ['degree', 'train_loss', 'val_loss', 'test_loss', 'fresh_loss'],
  folds: ['fold', 'train_loss', 'val_loss'],
};

/** The columns the script prints for `figure` (the page's own). */
export const validationColumns = (figure: ValidationFigure): string[] => COLUMNS[figure];

const TRAIN_PY = (doc: string) => `def train(net, optimizer, x_train, y_train, epochs, batch, seed):
    """${doc}"""
    n = x_train.shape[0]
    for epoch in range(epochs):
        order = permutation(n, seed, epoch)
        for start in range(0, n, batch):
            rows = order[start:start + batch]
            loss = net.gradient(x_train[rows], y_train[rows], 0)
            if not math.isfinite(loss):
                return False
            optimizer.update(net.params(), net.grads())
            if not net.finite():
                return False
    return True`;

/**
 * validation/<figure> as a self-contained numpy script for the page's values, comments in `lang`. `dataUrl` is where the
 * folds script downloads MNIST; `epochs` overrides the run length (the select figure's runs have POLY_EPOCHS on the page).
 */
export function validationScript(
  values: ValidationValues, figure: ValidationFigure, lang: Lang, dataUrl: string, epochs?: number, file = `validation-${figure}.py`,
): string {
  const tx = (k: keyof typeof TEXT) =>
    TEXT[k][lang]
      .replaceAll('{file}', file)
      .replace('{max}', String(MAX_DEGREE))
      .replace('{k}', String(values.k))
      .replace('{n}', String(values.n))
      .replace('{fresh}', String(POLY_FRESH))
      .replace('{columns}', COLUMNS[figure].join(', '));
  const net = [...toyNetPieces('sgd', lang), toyDataPy(lang)];
  if (figure === 'select') {
    return pyScript({
      header: [tx('selectTitle'), tx('runSelect'), tx('prints')],
      imports: ['math', 'sys'],
      settings: [
        `MAX_DEGREE = ${MAX_DEGREE}
N_POINTS = ${values.npoly}
N_TEST = ${POLY_TEST}
N_FRESH = ${POLY_FRESH}
NOISE = ${pyNumber(values.noise)}
VALIDATION_SHARE = ${pyNumber(VALIDATION_SHARE)}
LR = ${pyNumber(POLY_LR)}
BATCH = ${POLY_BATCH}
EPOCHS = ${epochs ?? POLY_EPOCHS}
SEED = ${values.seed}`,
      ],
      pieces: [
        RNG_PY,
        ...net,
        JS_NUMBER_PY,
        TRAIN_PY(tx('train')),
        `def main():
    np.seterr(all='ignore')
    features = MAX_DEGREE + 1
    (x_all, y_all), (x_test, y_test) = polynomial_data(N_POINTS, N_TEST, features, NOISE, SEED)
    n_val = math.floor(VALIDATION_SHARE * N_POINTS)
    (x_train, y_train), (x_val, y_val) = held_out_split(x_all, y_all, n_val, SEED, [], [])
    _, (x_fresh, y_fresh) = polynomial_data(0, N_FRESH, features, NOISE, SEED, data_set=1)
    out = sys.stdout
    out.write('degree,train_loss,val_loss,test_loss,fresh_loss\\n')
    for degree in range(1, MAX_DEGREE + 1):
        # ${tx('degree')}
        cols = degree + 1
        net = ToyNet([cols, 1], 'relu', 'gaussian', 0.01, [], True, SEED)
        if not train(net, SGD(lr=LR), x_train[:, :cols], y_train, EPOCHS, BATCH, SEED):
            continue
        losses = [net.evaluate(x[:, :cols], y) for x, y in ((x_train, y_train), (x_val, y_val), (x_test, y_test), (x_fresh, y_fresh))]
        out.write(f'{degree},' + ','.join(js_number(v) for v in losses) + '\\n')
        out.flush()`,
      ],
      lang,
    });
  }
  return mnistScript({
    title: tx('foldsTitle'),
    file,
    notes: [tx('prints')],
    settings: [
      `K = ${values.k}
N_TRAIN = ${values.n}
N_TEST = ${N_TEST}
SIZES = [784, ${HIDDEN_UNITS}, 10]
LR = ${pyNumber(values.lr)}
BATCH = ${BATCH}
EPOCHS = ${epochs ?? values.epochs}
SEED = ${values.seed}`,
    ],
    dataUrl,
    net,
    body: [
      TRAIN_PY(tx('train')),
      `def fold_split(n, k, f, seed):
    """${tx('fold')}"""
    order = shuffled_order(n, seed, stream_word(STREAM['fold']))
    lo, hi = (f * n) // k, ((f + 1) * n) // k
    return np.concatenate([order[:lo], order[hi:]]), order[lo:hi]


def main():
    (x, y), _ = load_mnist_from_args(N_TRAIN, N_TEST)
    out = sys.stdout
    out.write('fold,train_loss,val_loss\\n')
    for f in range(K):
        train_rows, val_rows = fold_split(N_TRAIN, K, f, SEED)
        net = ToyNet(SIZES, 'relu', 'he', 0, [0], False, SEED)
        if not train(net, SGD(lr=LR), x[train_rows], y[train_rows], EPOCHS, BATCH, SEED):
            continue
        out.write(f'{f + 1},{js_number(net.evaluate(x[train_rows], y[train_rows]))},{js_number(net.evaluate(x[val_rows], y[val_rows]))}\\n')
        out.flush()`,
    ],
    lang,
  });
}
