// A sideways-scrolling wrapper (wide tables, graphs) that takes keyboard focus while its content is wider than it.
import { type ReactNode, useRef } from 'react';
import { useFocusWhileOverflowing } from './useFocusWhileOverflowing';

interface ScrollBoxProps {
  className: string;
  children: ReactNode;
  /** Names the box for a screen reader once it takes focus. */
  label?: string;
}

export function ScrollBox({ className, children, label }: ScrollBoxProps) {
  const ref = useRef<HTMLDivElement>(null);
  useFocusWhileOverflowing(ref);
  return (
    <div ref={ref} className={className} role={label ? 'group' : undefined} aria-label={label}>
      {children}
    </div>
  );
}
