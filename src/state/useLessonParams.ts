// Typed access to the current lesson's parameters in the store.
import { useMemo } from 'react';
import { defaults, type ParamSpec, type ParamValue, type ValuesOf } from './params';
import { useStore } from './store';

export function useLessonParams<T extends readonly ParamSpec[]>(specs: T) {
  const raw = useStore((s) => s.params);
  const setParam = useStore((s) => s.setParam);
  const applyPreset = useStore((s) => s.applyPreset);
  // Until the store holds this lesson's values (first render after navigation), fall back to defaults.
  const values = useMemo(() => ({ ...defaults(specs), ...raw }) as ValuesOf<T>, [raw, specs]);
  return { values, setParam: setParam as (name: T[number]['name'], value: ParamValue) => void, applyPreset };
}
