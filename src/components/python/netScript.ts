// The frame of an exported MNIST training script built on netPy's Net: the header (what it is, how to run it, what it
// prints), the imports, the settings, every shared piece (RNG, layers, MNIST loader) and the lesson's own train/main code.
import { PY_RUN_MNIST, PY_SETTINGS } from './scriptText';
import type { Lang } from '../../state/i18n';
import { batchNormPy } from './batchnorm';
import { dropoutPy } from './dropout';
import { earlyStoppingPy } from './earlyStopping';
import { initPy } from './init';
import { JS_NUMBER_PY } from './literal';
import { mlpPy } from './mlp';
import { mnistPy } from './mnist';
import { netPy } from './net';
import { RNG_PY } from './rng';

const TEXT = {
  run: PY_RUN_MNIST,
  prints: {
    zh: '输出图中的数据表（CSV）：{columns}；运算按网页 CPU 引擎的顺序（同样的初始权重、批次、掩码与 float32 舍入），所以数字也相同。',
    en: 'Prints the figure’s data table as CSV: {columns}; the operations run in the page’s CPU engine order (the same initial weights, batches, masks and float32 rounding), so the numbers are the same.',
  },
  settings: PY_SETTINGS,
} as const;

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

/** A self-contained numpy script: header, imports, settings, the shared pieces, then `body` and the __main__ guard. */
export function netScript(s: NetScript): string {
  const tx = (k: keyof typeof TEXT) => TEXT[k][s.lang].replaceAll('{file}', s.file).replace('{columns}', s.columns.join(', '));
  return `# ${s.title}
# ${tx('run')}
# ${tx('prints')}
import argparse
import gzip
import hashlib
import json
import math
import os
import sys
import urllib.request

import numpy as np

# ${tx('settings')}
${s.settings.join('\n')}
DATA_URL = '${s.dataUrl.replace(/[\\']/g, '')}'


${RNG_PY}


${mlpPy(s.lang)}


${initPy(s.lang)}


${dropoutPy(s.lang)}


${batchNormPy(s.lang)}


${netPy(s.lang)}


${earlyStoppingPy(s.lang)}


${mnistPy(s.lang)}


${JS_NUMBER_PY}


${s.body.trim()}


if __name__ == '__main__':
    main()
`;
}
