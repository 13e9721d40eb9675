// The frame every exported numpy script shares: the header comments, the imports, the page's settings, the definitions
// and the __main__ guard; and mnistScript, that frame for a script that trains on the site's MNIST subset.
import type { Lang } from '../../state/i18n';
import { JS_NUMBER_PY } from './literal';
import { MNIST_IMPORTS, mnistPy } from './mnist';
import { RNG_PY } from './rng';
import { PY_RUN_MNIST, PY_SETTINGS } from './scriptText';

export interface PyScript {
  /** The header's comment lines (without '# '): what it trains, how to run it, what it prints. */
  header: readonly string[];
  /** The standard-library modules it imports, in order (numpy follows them). */
  imports: readonly string[];
  /** The page's settings, one Python assignment (NAME = value) a line, under their heading. */
  settings: readonly string[];
  /** The settings' heading, if not PY_SETTINGS. */
  settingsTitle?: string;
  /** The top-level definitions in order, the last being main(). */
  pieces: readonly string[];
  lang: Lang;
}

/** A self-contained numpy script: header, imports, settings, the definitions and the __main__ guard that runs main(). */
export function pyScript(s: PyScript): string {
  return `${s.header.map((line) => `# ${line}`).join('\n')}
${s.imports.map((m) => `import ${m}`).join('\n')}

import numpy as np

# ${s.settingsTitle ?? PY_SETTINGS[s.lang]}
${s.settings.join('\n')}


${s.pieces.join('\n\n\n')}


if __name__ == '__main__':
    main()
`;
}

export interface MnistScript {
  /** The first comment line: what the script trains. */
  title: string;
  /** The file name the page downloads it as (the run line names it). */
  file: string;
  /** Header lines after the run line: what it prints, and any notes. */
  notes: readonly string[];
  /** Standard-library modules it needs beyond the MNIST loader's (math is always there). */
  imports?: readonly string[];
  /** The page's settings (NAME = value lines); DATA_URL follows them. */
  settings: readonly string[];
  /** Where it downloads MNIST by default (the site's data/ folder). */
  dataUrl: string;
  /** The network's pieces, between the RNG and the MNIST loader. */
  net: readonly string[];
  /** The lesson's own definitions and main(), after the loader and js_number. */
  body: readonly string[];
  lang: Lang;
}

/**
 * A script that trains on the site's MNIST subset: the RNG, the network's pieces, the loader (read_bytes, load_mnist,
 * load_mnist_from_args: main() starts with it) and js_number, then the lesson's own code.
 */
export function mnistScript(s: MnistScript): string {
  const imports = [...new Set(['math', ...MNIST_IMPORTS, ...(s.imports ?? [])])].sort();
  return pyScript({
    header: [s.title, PY_RUN_MNIST[s.lang].replaceAll('{file}', s.file), ...s.notes],
    imports,
    settings: [...s.settings, `DATA_URL = '${s.dataUrl.replace(/[\\']/g, '')}'`],
    pieces: [RNG_PY, ...s.net, mnistPy(s.lang), JS_NUMBER_PY, ...s.body],
    lang: s.lang,
  });
}
