// Hooks over the view keys: which controls are hidden (hide=…).
import { useCallback } from 'react';
import { useStore } from './store';

/** A predicate telling whether the controls of a parameter are hidden (and the parameter locked) by `hide`. */
export function useHidden(): (param: string) => boolean {
  const hide = useStore((s) => s.hide);
  return useCallback((param: string) => hide.includes(param), [hide]);
}
