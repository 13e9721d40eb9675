// "Reproduce in Python" for the generalization lesson (d2l's polynomial experiment): a numpy script that generates the
// page's points from the seed, trains the linear model on the features xⁱ/i! by mini-batch SGD in the CPU engine's order,
// and prints generalization/curves (per epoch) or generalization/fit (after training) as CSV.
import type { Lang } from '../../state/i18n';
import { JS_NUMBER_PY, pyNumber } from '../../components/python/literal';
import { RNG_PY } from '../../components/python/rng';
import { toyDataPy } from '../../components/python/toy';
import { toyNetPieces } from '../../components/python/toyNet';
import { PY_PRINTS_CPU, PY_RUN_LOCAL } from '../../components/python/scriptText';
import { pyScript } from '../../components/python/script';
import { LR, MAX_BATCH, N_TEST } from './model';
import type { GeneralizationValues } from './params';

/** The lesson's figures whose data come from training. */
export type GeneralizationFigure = 'curves' | 'fit';

/** The fit figure's grid: FIT_POINTS values of x evenly across FIT_RANGE (View's fitGrid(X_RANGE, 61)). */
export const FIT_RANGE: readonly [number, number] = [-3, 3];
export const FIT_POINTS = 61;

const TEXT = {
  title: {
    zh: '欠拟合与过拟合：{degree} 阶多项式模型，{n} 个训练点，{figure}',
    en: 'Underfitting and overfitting: a degree-{degree} polynomial model, {n} training points, {figure}',
  },
  curves: { zh: '每个周期结束时的训练损失与测试损失', en: 'training and test loss at every epoch end' },
  fit: { zh: '训练结束时拟合的曲线', en: 'the fitted curve after training' },
  run: PY_RUN_LOCAL,
  prints: PY_PRINTS_CPU,
  settings: { zh: '网页上的设置（d2l：SGD，η = 0.01，批量 min(10, n)，权重 N(0, 0.01²)，100 个测试点）', en: 'The page’s settings (d2l: SGD, η = 0.01, batch min(10, n), weights N(0, 0.01²), 100 test points)' },
  train: {
    zh: '训练：线性模型 ŷ = Σ wᵢ xⁱ/i! + b，平方损失 ½(ŷ − y)²；每个周期按洗牌顺序取小批量，SGD 更新；损失不是有限数时网页停止训练。',
    en: 'Training: the linear model ŷ = Σ wᵢ xⁱ/i! + b, squared loss ½(ŷ − y)²; each epoch takes mini-batches in shuffled order, an SGD update each; the page stops a run whose loss is not finite.',
  },
  fitGrid: {
    zh: '拟合曲线：[−3, 3] 上 61 个等距的 x，真实的三次函数与模型（偏置并入 w₀，双精度计算）。',
    en: 'The fitted curve: 61 evenly spaced x across [−3, 3], the true cubic and the model (bias folded into w₀, computed in double).',
  },
} as const;

const COLUMNS: Record<GeneralizationFigure, string[]> = { curves: ['epoch', 'train_loss', 'test_loss'], fit: ['x', 'y_true', 'y_fit'] };

/** The columns the script prints for `figure` (the page's own). */
export const generalizationColumns = (figure: GeneralizationFigure): string[] => COLUMNS[figure];

const PRINT: Record<GeneralizationFigure, string> = {
  curves: `    out.write('epoch,train_loss,test_loss\\n')
    for epoch in train(net, optimizer, x_train, y_train):
        out.write(f'{epoch + 1},{js_number(net.evaluate(x_train, y_train))},{js_number(net.evaluate(x_test, y_test))}\\n')
        out.flush()`,
  fit: `    for _ in train(net, optimizer, x_train, y_train):
        pass
    w = net.affines[0].W[:, 0].astype(F64).tolist()
    w[0] += float(net.affines[0].b[0])
    out.write('x,y_true,y_fit\\n')
    for i in range(FIT_POINTS):
        x = FIT_RANGE[0] + ((FIT_RANGE[1] - FIT_RANGE[0]) * i) / (FIT_POINTS - 1)
        y_fit = 0.0
        for wi, fi in zip(w, polynomial_features(x, N_FEATURES)):
            y_fit += wi * fi
        out.write(f'{js_number(x)},{js_number(polynomial_target(x))},{js_number(y_fit)}\\n')`,
};

/** The figure generalization/<figure> as a self-contained numpy script for the page's values, comments in `lang`. */
export function generalizationScript(values: GeneralizationValues, figure: GeneralizationFigure, lang: Lang, file = `generalization-${figure}.py`): string {
  const { degree, n, noise, epochs, seed } = values;
  const tx = (k: keyof typeof TEXT) =>
    TEXT[k][lang]
      .replaceAll('{file}', file)
      .replace('{figure}', TEXT[figure][lang])
      .replace('{degree}', String(degree))
      .replace('{n}', String(n))
      .replace('{columns}', COLUMNS[figure].join(', '));
  return pyScript({
    header: [tx('title'), tx('run'), tx('prints')],
    imports: ['math', 'sys'],
    settings: [
      `N_FEATURES = ${degree + 1}
N_TRAIN = ${n}
N_TEST = ${N_TEST}
NOISE = ${pyNumber(noise)}
LR = ${pyNumber(LR)}
BATCH = ${Math.min(MAX_BATCH, n)}
EPOCHS = ${epochs}
SEED = ${seed}
FIT_RANGE = (${FIT_RANGE.map(pyNumber).join(', ')})
FIT_POINTS = ${FIT_POINTS}`,
    ],
    settingsTitle: tx('settings'),
    pieces: [
      RNG_PY,
      ...toyNetPieces('sgd', lang),
      toyDataPy(lang),
      JS_NUMBER_PY,
      `def train(net, optimizer, x_train, y_train):
    """${tx('train')}"""
    n = x_train.shape[0]
    for epoch in range(EPOCHS):
        order = permutation(n, SEED, epoch)
        for start in range(0, n, BATCH):
            batch = order[start:start + BATCH]
            loss = net.gradient(x_train[batch], y_train[batch], 0)
            if not math.isfinite(loss):
                return
            optimizer.update(net.params(), net.grads())
            if not net.finite():
                return
        yield epoch


def main():
    np.seterr(all='ignore')
    (x_train, y_train), (x_test, y_test) = polynomial_data(N_TRAIN, N_TEST, N_FEATURES, NOISE, SEED)
    net = ToyNet([N_FEATURES, 1], 'relu', 'gaussian', 0.01, [], True, SEED)
    optimizer = SGD(lr=LR)
    out = sys.stdout
${figure === 'fit' ? `    # ${tx('fitGrid')}\n` : ''}${PRINT[figure]}`,
    ],
    lang,
  });
}
