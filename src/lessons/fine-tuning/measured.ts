// What the default run measured (CPU engine, Node; tests/lessons/fine-tuning/model.test.ts re-checks its shape), as page text.
import type { Text } from '../../state/i18n';

export const MEASURED_DEFAULT: Text = { zh: '（测量中）', en: '(being measured)' };
