// The `act` and `bn` URL parameters shared by the lessons that build a deep network (gradients, playground).
import type { Text } from '../state/i18n';

/** `act`: the hidden activation, sigmoid | tanh | relu | leaky, with the lesson's default; `leaky` says how its slope is set. */
export const activationParam = <D extends 'sigmoid' | 'tanh' | 'relu' | 'leaky'>(defaultAct: D, leaky: Text) =>
  ({
    kind: 'enum',
    name: 'act',
    label: { zh: '激活函数', en: 'Activation' },
    doc: { zh: `隐藏层的激活函数：sigmoid、tanh、relu 或 leaky（${leaky.zh}）`, en: `hidden activation: sigmoid, tanh, relu or leaky (${leaky.en})` },
    default: defaultAct,
    options: [
      { value: 'sigmoid', label: { zh: 'Sigmoid', en: 'Sigmoid' } },
      { value: 'tanh', label: { zh: 'tanh', en: 'tanh' } },
      { value: 'relu', label: { zh: 'ReLU', en: 'ReLU' } },
      { value: 'leaky', label: { zh: 'Leaky ReLU', en: 'Leaky ReLU' } },
    ],
  }) as const;

/** `bn`: batch norm off, before the activation or after it (default off). */
export const batchNormParam = {
  kind: 'enum',
  name: 'bn',
  label: { zh: '批量归一化', en: 'Batch norm' },
  doc: { zh: '批量归一化：off、before（激活函数之前）或 after（激活函数之后）', en: 'batch normalization: off, before (the activation) or after (it)' },
  default: 'off',
  options: [
    { value: 'off', label: { zh: '关', en: 'Off' } },
    { value: 'before', label: { zh: '激活之前', en: 'Before the activation' } },
    { value: 'after', label: { zh: '激活之后', en: 'After the activation' } },
  ],
} as const;
