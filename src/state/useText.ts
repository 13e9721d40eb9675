// Hooks for bilingual text: the current language and a translator for Text records and UI keys.
import { useCallback } from 'react';
import { fill, type Lang, type Text } from './i18n';
import { useStore } from './store';
import { UI, type UiKey } from './strings';

export function useLang(): Lang {
  return useStore((s) => s.lang);
}

/** t(text | uiKey, vars?) in the current language. */
export function useT(): (text: Text | UiKey, vars?: Record<string, string | number>) => string {
  const lang = useLang();
  return useCallback(
    (text, vars) => {
      const rec = typeof text === 'string' ? UI[text] : text;
      return vars ? fill(rec[lang], vars) : rec[lang];
    },
    [lang],
  );
}
