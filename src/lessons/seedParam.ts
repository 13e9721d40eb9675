// The `seed` URL parameter every randomized lesson declares (named "seed" so shared links always carry it).
import type { Text } from '../state/i18n';

/** An int parameter `seed` in [0, 99999], default 1; `doc` says what the seed drives in this lesson. */
export const seedParam = (doc: Text) =>
  ({ kind: 'int', name: 'seed', label: { zh: '随机种子', en: 'Random seed' }, doc, default: 1, min: 0, max: 99999 }) as const;
