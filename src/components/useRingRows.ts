// Rows (a figure's data table, or any values read from rings) from ring buffers, refreshed at most every `ms` (tables are for reading, not animation).
import { useEffect, useRef, useState } from 'react';
import type { Subscribable } from '../worker/page/ringTable';

/** Calls read() when the sources change, at most once per `ms`, and always once after the last change. */
export function useRingRows<R>(sources: readonly Subscribable[], read: () => R[], ms = 400): R[] {
  const [rows, setRows] = useState<R[]>(() => read());
  const readRef = useRef(read);
  readRef.current = read;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = 0;
    const refresh = () => {
      timer = null;
      last = performance.now();
      setRows(readRef.current());
    };
    const onChange = () => {
      if (timer !== null) return;
      timer = setTimeout(refresh, Math.max(0, last + ms - performance.now()));
    };
    const offs = sources.map((s) => s.subscribe(onChange));
    onChange();
    return () => {
      offs.forEach((off) => off());
      if (timer !== null) clearTimeout(timer);
    };
  }, [sources, ms]);
  return rows;
}
