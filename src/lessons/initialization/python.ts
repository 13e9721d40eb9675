// "Reproduce in Python" for the initialization lesson's MNIST comparison: a numpy script that trains the page's three nets
// (std 0.01, Xavier, He: same seed and batches) and prints initialization/training (the loss at every update) as CSV.
import type { Lang } from '../../state/i18n';
import { initCall } from '../../components/python/init';
import { pyNumber } from '../../components/python/literal';
import { netScript } from '../../components/python/netScript';
import { PY_DIVERGED } from '../../components/python/scriptText';
import { BATCH, N_TRAIN, VARIANTS, comparisonNet } from './mnistRuns';
import type { InitializationValues } from './params';

export const TRAIN_COLUMNS = ['init', 'step', 'loss'] as const;

const TEXT = {
  title: {
    zh: '权重初始值：MNIST 上的 5 层 ReLU 网络，标准差 0.01、Xavier 与 He 初始化',
    en: 'Initial weights: the 5-layer ReLU net on MNIST with std 0.01, Xavier and He initialization',
  },
  train: {
    zh: '一个网络的训练：每个周期按洗牌顺序取 {batch} 个一批，SGD 更新，并打印这一批的损失（第几次更新从 1 起）。',
    en: 'Trains one net: each epoch takes batches of {batch} in shuffled order, an SGD update each, and prints that batch’s loss (updates counted from 1).',
  },
  diverged: PY_DIVERGED,
} as const;

/** The figure initialization/training as a self-contained numpy script, comments in `lang`; `dataUrl` is where it downloads MNIST. */
export function initializationScript(values: InitializationValues, lang: Lang, dataUrl: string, file = 'initialization-training.py'): string {
  const tx = (k: keyof typeof TEXT) => TEXT[k][lang].replace('{batch}', String(BATCH));
  const net = comparisonNet(VARIANTS[0].init);
  return netScript({
    title: tx('title'),
    file,
    columns: TRAIN_COLUMNS,
    lang,
    dataUrl,
    settings: [
      `INITS = [${VARIANTS.map((v) => `('${v.id}', ${initCall(v.init)})`).join(', ')}]`,
      `LR = ${pyNumber(values.lr)}`,
      `EPOCHS = ${values.epochs}`,
      `N_TRAIN = ${N_TRAIN}`,
      `BATCH = ${BATCH}`,
      `SIZES = [${net.inputSize}] + [${net.hidden[0].units}] * ${net.hidden.length} + [${net.outputSize}]`,
      `SEED = ${values.seed}`,
    ],
    body: `def train(name, init, x_train, y_train, out):
    """${tx('train')}"""
    net = Net(SIZES, SEED, init)
    step = 0
    for epoch in range(EPOCHS):
        order = permutation(N_TRAIN, SEED, epoch)
        for start in range(0, N_TRAIN, BATCH):
            batch = order[start:start + BATCH]
            loss = net.gradient(x_train[batch], y_train[batch], step)
            step += 1
            out.write(f'{name},{step},{js_number(loss)}\\n')
            if not math.isfinite(loss):
                return  # ${tx('diverged')}
            net.update(LR)
            if not net.finite():
                return  # ${tx('diverged')}
        out.flush()


def main():
    (x_train, y_train), _ = load_mnist_from_args(N_TRAIN, 0)
    sys.stdout.write('${TRAIN_COLUMNS.join(',')}\\n')
    for name, init in INITS:
        train(name, init, x_train, y_train, sys.stdout)`,
  });
}
