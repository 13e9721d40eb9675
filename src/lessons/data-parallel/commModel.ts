// The communication model's parameters from the page's sliders, in the model's units.
import type { CommModel } from './model';

/** GB/s → bytes/s, µs → s, MB → bytes, ms → s. */
export function commModel(v: { bw: number; lat: number; mb: number; ms: number }): CommModel {
  return { bandwidth: v.bw * 1e9, latency: v.lat / 1e6, bytes: v.mb * 1e6, compute: v.ms / 1e3 };
}
