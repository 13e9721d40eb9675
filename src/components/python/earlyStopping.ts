// The engine's early-stopping rule (src/engine/train/earlyStopping.ts) as a Python class for the "Reproduce in Python"
// exports: stop once `patience` epochs pass without a validation loss below the best by more than min_delta.
import type { Lang } from '../../state/i18n';

const TEXT = {
  cls: {
    zh: '提前停止：验证损失比目前最低值还低（超过 min_delta）时记下这个周期（调用者保存参数）；连续 patience 个周期没有新低就停止（调用者恢复最好的参数）。',
    en: 'Early stopping: a validation loss below the best so far (by more than min_delta) marks that epoch (the caller saves the parameters); patience epochs in a row without a new low stop the run (the caller restores the best parameters).',
  },
} as const;

/** Python source of class EarlyStopping(patience, min_delta) with observe(loss, epoch) → 'improved' | 'wait' | 'stop'. */
export function earlyStoppingPy(lang: Lang): string {
  return `class EarlyStopping:
    """${TEXT.cls[lang]}"""

    def __init__(self, patience, min_delta=0):
        self.patience = patience
        self.min_delta = min_delta
        self.best_epoch = -1
        self.best_loss = float('inf')
        self.waited = 0

    def observe(self, loss, epoch):
        if loss < self.best_loss - self.min_delta:
            self.best_loss = loss
            self.best_epoch = epoch
            self.waited = 0
            return 'improved'
        self.waited += 1
        return 'stop' if self.waited >= self.patience else 'wait'`;
}
