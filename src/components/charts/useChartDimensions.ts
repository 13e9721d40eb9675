// Sizes a chart from its container (ResizeObserver) and returns the inner plotting box.
import { useEffect, useRef, useState } from 'react';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
export interface Dimensions extends Margins {
  width: number;
  height: number;
  innerWidth: number;
  innerHeight: number;
}

/** `aspect` = height / width of the whole chart; width follows the container. */
export function useChartDimensions<E extends HTMLElement>(margins: Margins, aspect: number, minWidth = 280) {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(640);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(minWidth, Math.floor(el.getBoundingClientRect().width)));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [minWidth]);
  const height = Math.round(width * aspect);
  const dims: Dimensions = {
    ...margins,
    width,
    height,
    innerWidth: Math.max(0, width - margins.left - margins.right),
    innerHeight: Math.max(0, height - margins.top - margins.bottom),
  };
  return [ref, dims] as const;
}
