// An exported MNIST training script built on netPy's Net: the shared MNIST frame (script.ts) with every piece Net needs
// (layers, initialization, dropout, batch norm, early stopping) and the lesson's own train/main code.
import type { Lang, Text } from '../../state/i18n';
import { batchNormPy } from './batchnorm';
import { dropoutPy } from './dropout';
import { earlyStoppingPy } from './earlyStopping';
import { initPy } from './init';
import { mlpPy } from './mlp';
import { netPy } from './net';
import { mnistScript } from './script';

const PRINTS = {
  zh: '输出图中的数据表（CSV）：{columns}；运算按网页 CPU 引擎的顺序（同样的初始权重、批次、掩码与 float32 舍入），所以数字也相同。',
  en: 'Prints the figure’s data table as CSV: {columns}; the operations run in the page’s CPU engine order (the same initial weights, batches, masks and float32 rounding), so the numbers are the same.',
} as const satisfies Text;

export interface NetScript {
  /** The first comment line: what the script trains. */
  title: string;
  /** The file name the page downloads it as. */
  file: string;
  /** The printed table's columns. */
  columns: readonly string[];
  /** Python assignments of the settings (NAME = value), one a line. */
  settings: readonly string[];
  /** Where it downloads MNIST by default (the site's data/ folder). */
  dataUrl: string;
  /** The lesson's own functions and main(), after every shared piece. */
  body: string;
  lang: Lang;
}

/** A self-contained numpy script: the MNIST frame (script.ts) around Net and its pieces, then `body`. */
export function netScript(s: NetScript): string {
  return mnistScript({
    title: s.title,
    file: s.file,
    notes: [PRINTS[s.lang].replace('{columns}', s.columns.join(', '))],
    settings: s.settings,
    dataUrl: s.dataUrl,
    net: [mlpPy(s.lang), initPy(s.lang), dropoutPy(s.lang), batchNormPy(s.lang), netPy(s.lang), earlyStoppingPy(s.lang)],
    body: [s.body.trim()],
    lang: s.lang,
  });
}
