// Keyboard focus of the network diagram: which unit (or which of its incoming weights) the arrow keys have reached.

/**
 * A focused unit: node layer `layer` (0 = input, sizes.length − 1 = output), unit `unit`; with `incoming` set, the
 * weight from unit `incoming` of layer − 1 into it.
 */
export interface NetworkFocus {
  layer: number;
  unit: number;
  incoming: number | null;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * The focus after a key: ←/→ the previous/next layer (same row, clamped), ↑/↓ the unit above/below, Home/End the first/last
 * unit; Enter or Space on a unit past the input walks its incoming weights (↑/↓ then move along them, Enter, Space, ← or →
 * leave them); Escape clears. From no focus any move key starts at the first input unit. `handled`: the key was used.
 */
export function moveFocus(focus: NetworkFocus | null, key: string, sizes: readonly number[]): { focus: NetworkFocus | null; handled: boolean } {
  if (key === 'Escape') return { focus: null, handled: focus !== null };
  const moves = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Enter', ' '];
  if (!moves.includes(key) || sizes.length === 0) return { focus, handled: false };
  if (focus === null) return { focus: { layer: 0, unit: 0, incoming: null }, handled: true };
  const { layer, unit, incoming } = focus;
  const last = (l: number) => sizes[l] - 1;
  if (incoming !== null) {
    const top = last(layer - 1);
    switch (key) {
      case 'ArrowUp':
        return { focus: { layer, unit, incoming: clamp(incoming - 1, 0, top) }, handled: true };
      case 'ArrowDown':
        return { focus: { layer, unit, incoming: clamp(incoming + 1, 0, top) }, handled: true };
      case 'Home':
        return { focus: { layer, unit, incoming: 0 }, handled: true };
      case 'End':
        return { focus: { layer, unit, incoming: top }, handled: true };
      case 'Enter':
      case ' ':
        return { focus: { layer, unit, incoming: null }, handled: true };
    }
  }
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowRight': {
      const to = clamp(layer + (key === 'ArrowLeft' ? -1 : 1), 0, sizes.length - 1);
      return { focus: { layer: to, unit: clamp(unit, 0, last(to)), incoming: null }, handled: true };
    }
    case 'ArrowUp':
      return { focus: { layer, unit: clamp(unit - 1, 0, last(layer)), incoming: null }, handled: true };
    case 'ArrowDown':
      return { focus: { layer, unit: clamp(unit + 1, 0, last(layer)), incoming: null }, handled: true };
    case 'Home':
      return { focus: { layer, unit: 0, incoming: null }, handled: true };
    case 'End':
      return { focus: { layer, unit: last(layer), incoming: null }, handled: true };
    default:
      // Enter / Space: into the incoming weights (none for an input unit).
      return { focus: layer > 0 ? { layer, unit, incoming: 0 } : focus, handled: layer > 0 };
  }
}
