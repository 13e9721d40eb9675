// "Reproduce in Python" for the lr-schedules lesson: a numpy script that trains the page's six schedules (plain SGD on the
// optimizer race's net, one seed) or its learning-rate range test on the site's MNIST subset and prints lr-schedules/curves
// or lr-schedules/range as CSV.
import type { Lang } from '../../state/i18n';
import { pyNumber } from '../../components/python/literal';
import { lrScheduleLiteral, lrSchedulePy } from '../../components/python/lrSchedule';
import { mlpPy } from '../../components/python/mlp';
import { mnistScript } from '../../components/python/script';
import { BATCH, N_TEST } from '../optimizers-mnist/race';
import { EVAL_TRAIN, RANGE, SCHEDULES, scheduleOf, type ScheduleKnobs } from './model';
import type { LrSchedulesValues } from './params';

export type LrFigure = 'curves' | 'range';

const TEXT = {
  titleCurves: { zh: '学习率调度：六种调度在 MNIST 上比赛（SGD，同一个种子）', en: 'Learning-rate schedules: six schedules racing on MNIST (SGD, one seed)' },
  titleRange: { zh: '学习率范围测试：一个周期里学习率从 {from} 按对数线性升到 {to}', en: 'The learning-rate range test: one epoch with the rate rising log-linearly from {from} to {to}' },
  printsCurves: {
    zh: '输出图中的数据表（CSV）：schedule, epoch, lr, train_loss, test_acc——lr 是该周期开始时的学习率；运算顺序与网页的 CPU 引擎相同，所以数字也相同。',
    en: 'Prints the figure’s data table as CSV: schedule, epoch, lr, train_loss, test_acc, lr being the rate at the epoch’s start; the operations run in the page’s CPU engine order, so the numbers are the same.',
  },
  printsRange: {
    zh: '输出图中的数据表（CSV）：lr, loss——每次更新的学习率和那一批的损失；运算顺序与网页的 CPU 引擎相同，所以数字也相同。',
    en: 'Prints the figure’s data table as CSV: lr, loss: each update’s learning rate and that batch’s loss; the operations run in the page’s CPU engine order, so the numbers are the same.',
  },
  evaluate: { zh: '平均损失和准确率，按 500 行一块计算（评估模式，不更新）。', en: 'Mean loss and accuracy, computed 500 rows at a time (evaluation only, no update).' },
  train: {
    zh: '一次训练：每个周期按洗牌顺序取批次，每次更新前按调度设定学习率（进度 = 周期 + 本周期已见样本 / 样本数）；返回每次更新的 (学习率, 损失) 和每个周期末的 (训练损失, 测试准确率)。',
    en: 'One run: each epoch takes batches in shuffled order; before each update the schedule sets the rate (progress = epoch + rows seen this epoch / rows); returns every update’s (rate, loss) and each epoch end’s (training loss, test accuracy).',
  },
  diverged: { zh: '不是有限数：网页在这一次更新之后停止这次训练。', en: 'Not finite: the page stops this run after this update.' },
} as const;

function knobsOf(v: LrSchedulesValues): ScheduleKnobs {
  return {
    lr: v.lr,
    epochs: v.epochs,
    stepGamma: v['step.gamma'],
    stepEvery: v['step.every'],
    expGamma: v['exp.gamma'],
    invK: v['inv.k'],
    cosFloor: v['cos.floor'],
    warmup: v.warmup,
  };
}

/** The figure `figure` of the lr-schedules lesson as a self-contained numpy script, comments in `lang`. */
export function lrSchedulesScript(values: LrSchedulesValues, figure: LrFigure, lang: Lang, dataUrl: string, file = `lr-schedules-${figure}.py`): string {
  const tx = (k: keyof typeof TEXT) =>
    TEXT[k][lang].replace('{from}', String(RANGE.from)).replace('{to}', String(RANGE.to));
  const knobs = knobsOf(values);
  const curves = figure === 'curves';
  const settings = curves
    ? `LR = ${pyNumber(values.lr)}
EPOCHS = ${values.epochs}
BATCH = ${BATCH}
SCHEDULES = [
${SCHEDULES.map((s) => `    ('${s}', ${lrScheduleLiteral(scheduleOf(s, knobs))}),`).join('\n')}
]
EVAL_TRAIN = ${EVAL_TRAIN}`
    : `LR = ${pyNumber(RANGE.from)}
EPOCHS = 1
BATCH = ${RANGE.batch}
SCHEDULES = [('range', ${lrScheduleLiteral({ kind: 'range', to: RANGE.to, total: 1 })})]
EVAL_TRAIN = 0`;
  const table = curves
    ? `    out.write('schedule,epoch,lr,train_loss,test_acc\\n')
    for name, schedule in SCHEDULES:
        _, epochs = train(schedule, x_train, y_train, x_test, y_test)
        for epoch, (train_loss, test_acc) in enumerate(epochs):
            lr = scheduled_lr(schedule, LR, epoch)
            out.write(f'{name},{epoch + 1},{js_number(lr)},{js_number(train_loss)},{js_number(test_acc)}\\n')`
    : `    out.write('lr,loss\\n')
    updates, _ = train(SCHEDULES[0][1], x_train, y_train, x_test, y_test)
    for lr, loss in updates:
        out.write(f'{js_number(lr)},{js_number(loss)}\\n')`;
  return mnistScript({
    title: tx(curves ? 'titleCurves' : 'titleRange'),
    file,
    notes: [tx(curves ? 'printsCurves' : 'printsRange')],
    settings: [settings, `N_TRAIN = ${values.n}`, `N_TEST = ${N_TEST}`, 'SIZES = [784, 100, 100, 100, 100, 10]', `SEED = ${values.seed}`],
    dataUrl,
    net: [mlpPy(lang), lrSchedulePy(lang)],
    body: [
      `def evaluate(net, x, labels, chunk=500):
    """${tx('evaluate')}"""
    loss_sum, correct = 0.0, 0
    for start in range(0, x.shape[0], chunk):
        z = net.predict(x[start:start + chunk])
        y = labels[start:start + chunk]
        loss_sum += net.last.forward(z, y) * y.shape[0]
        correct += int(np.sum(np.argmax(z, axis=1) == y))
    return loss_sum / x.shape[0], correct / x.shape[0]


def train(schedule, x_train, y_train, x_test, y_test):
    """${tx('train')}"""
    net = MultiLayerNet(SIZES, SEED)
    optimizer = SGD(LR, 0)
    updates, epochs = [], []
    for epoch in range(EPOCHS):
        order = permutation(N_TRAIN, SEED, epoch)
        for start in range(0, N_TRAIN, BATCH):
            optimizer.lr = scheduled_lr(schedule, LR, epoch + start / N_TRAIN)
            batch = order[start:start + BATCH]
            loss = net.gradient(x_train[batch], y_train[batch])
            updates.append((optimizer.lr, loss))
            if not math.isfinite(loss):
                return updates, epochs  # ${tx('diverged')}
            optimizer.update(net.affines)
            if not net.finite():
                return updates, epochs  # ${tx('diverged')}
        if EVAL_TRAIN:
            train_loss, _ = evaluate(net, x_train[:EVAL_TRAIN], y_train[:EVAL_TRAIN])
            _, test_acc = evaluate(net, x_test, y_test)
            epochs.append((train_loss, test_acc))
    return updates, epochs


def main():
    (x_train, y_train), (x_test, y_test) = load_mnist_from_args(N_TRAIN, N_TEST)
    out = sys.stdout
${table}`,
    ],
    lang,
  });
}
