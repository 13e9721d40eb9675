// Renders its children unless the URL hides the parameter's controls (hide=<param,...>); for controls that are not Sliders.
import type { ReactNode } from 'react';
import { useHidden } from '../state/useView';

export function Hideable({ param, children }: { param: string; children: ReactNode }) {
  const hidden = useHidden();
  return hidden(param) ? null : <>{children}</>;
}
