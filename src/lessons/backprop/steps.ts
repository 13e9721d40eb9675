// The pass as steps, one graph node each: forward z, a, u, p, L, then backward L, p, u, a, z, with TeX of each computation and its numbers.
import { N_HID, N_OUT, type BackwardValues, type ForwardValues, type Weights } from './model';

const n = (x: number) => texNum(x);

export type NodeId = `x${number}` | `z${number}` | `a${number}` | `u${number}` | `p${number}` | 'L';

/** One step of the pass: the node it computes, the value, and the computation in general form and with numbers. */
export interface PassStep {
  phase: 'forward' | 'backward';
  node: NodeId;
  value: number;
  /** The rule, e.g. z_1 = w_11 x_1 + w_21 x_2 + b_1. */
  rule: string;
  /** The same with this pass's numbers. */
  numbers: string;
  /** Parameters whose gradient this step completes (table names). */
  params: string[];
}

/** Every step: forward nodes (11), then backward nodes (11). Step k of the playback shows steps[0 … k−1]. */
export function passSteps(w: Weights, f: ForwardValues, b: BackwardValues, target: number): PassStep[] {
  const steps: PassStep[] = [];
  const H = Array.from({ length: N_HID }, (_, j) => j);
  const K = Array.from({ length: N_OUT }, (_, k) => k);
  const fwd = (node: NodeId, value: number, rule: string, numbers: string) => steps.push({ phase: 'forward', node, value, rule, numbers, params: [] });
  const bwd = (node: NodeId, value: number, rule: string, numbers: string, params: string[] = []) =>
    steps.push({ phase: 'backward', node, value, rule, numbers, params });

  for (const j of H) {
    const J = j + 1;
    fwd(`z${J}`, f.z[j], `z_${J} = w_{1${J}}x_1 + w_{2${J}}x_2 + b_${J}`, `z_${J} = ${n(w.W[0][j])}\\cdot${paren(f.x[0])} + ${paren(w.W[1][j])}\\cdot${paren(f.x[1])} + ${paren(w.b[j])} = ${n(f.z[j])}`);
  }
  for (const j of H) {
    const J = j + 1;
    fwd(`a${J}`, f.a[j], `a_${J} = \\sigma(z_${J}) = \\dfrac{1}{1+e^{-z_${J}}}`, `a_${J} = \\dfrac{1}{1+e^{${n(-f.z[j])}}} = ${n(f.a[j])}`);
  }
  for (const k of K) {
    const Kk = k + 1;
    const terms = H.map((j) => `v_{${j + 1}${Kk}}a_${j + 1}`).join(' + ');
    const nums = H.map((j) => `${paren(w.V[j][k])}\\cdot${n(f.a[j])}`).join(' + ');
    fwd(`u${Kk}`, f.u[k], `u_${Kk} = ${terms} + c_${Kk}`, `u_${Kk} = ${nums} + ${paren(w.c[k])} = ${n(f.u[k])}`);
  }
  for (const k of K) {
    const Kk = k + 1;
    fwd(`p${Kk}`, f.p[k], `p_${Kk} = \\dfrac{e^{u_${Kk}}}{e^{u_1} + e^{u_2}}`, `p_${Kk} = \\dfrac{e^{${n(f.u[k])}}}{e^{${n(f.u[0])}} + e^{${n(f.u[1])}}} = ${n(f.p[k])}`);
  }
  const T = target + 1;
  fwd('L', f.loss, `L = -\\sum_k y_k \\ln p_k = -\\ln p_${T}`, `L = -\\ln ${n(f.p[target])} = ${n(f.loss)}`);

  bwd('L', 1, '\\dfrac{\\partial L}{\\partial L} = 1', '\\dfrac{\\partial L}{\\partial L} = 1');
  for (const k of K) {
    const Kk = k + 1;
    const y = k === target ? 1 : 0;
    bwd(`p${Kk}`, b.dp[k], `\\dfrac{\\partial L}{\\partial p_${Kk}} = -\\dfrac{y_${Kk}}{p_${Kk}}\\cdot\\dfrac{\\partial L}{\\partial L}`, `\\dfrac{\\partial L}{\\partial p_${Kk}} = -\\dfrac{${y}}{${n(f.p[k])}}\\cdot 1 = ${n(b.dp[k])}`);
  }
  for (const k of K) {
    const Kk = k + 1;
    const sum = K.map((m) => `\\dfrac{\\partial p_${m + 1}}{\\partial u_${Kk}}\\dfrac{\\partial L}{\\partial p_${m + 1}}`).join(' + ');
    const nums = K.map((m) => `${paren(f.p[m] * ((m === k ? 1 : 0) - f.p[k]))}\\cdot${paren(b.dp[m])}`).join(' + ');
    bwd(`u${Kk}`, b.du[k], `\\dfrac{\\partial L}{\\partial u_${Kk}} = ${sum} = p_${Kk} - y_${Kk}`, `\\dfrac{\\partial L}{\\partial u_${Kk}} = ${nums} = ${n(b.du[k])}`, [...H.map((j) => `v${j + 1}${Kk}`), `c${Kk}`]);
  }
  for (const j of H) {
    const J = j + 1;
    const sum = K.map((k) => `v_{${J}${k + 1}}\\dfrac{\\partial L}{\\partial u_${k + 1}}`).join(' + ');
    const nums = K.map((k) => `${paren(w.V[j][k])}\\cdot${paren(b.du[k])}`).join(' + ');
    bwd(`a${J}`, b.da[j], `\\dfrac{\\partial L}{\\partial a_${J}} = ${sum}`, `\\dfrac{\\partial L}{\\partial a_${J}} = ${nums} = ${n(b.da[j])}`);
  }
  for (const j of H) {
    const J = j + 1;
    bwd(
      `z${J}`,
      b.dz[j],
      `\\dfrac{\\partial L}{\\partial z_${J}} = \\sigma'(z_${J})\\dfrac{\\partial L}{\\partial a_${J}} = a_${J}(1-a_${J})\\dfrac{\\partial L}{\\partial a_${J}}`,
      `\\dfrac{\\partial L}{\\partial z_${J}} = ${n(f.a[j])}\\cdot${n(1 - f.a[j])}\\cdot${paren(b.da[j])} = ${n(b.dz[j])}`,
      [`w1${J}`, `w2${J}`, `b${J}`],
    );
  }
  return steps;
}

/** TeX of the weight gradients a backward step completes: ∂L/∂v_jk = a_j ∂L/∂u_k, ∂L/∂w_ij = x_i ∂L/∂z_j. */
export function paramLines(step: PassStep, f: ForwardValues, b: BackwardValues): string[] {
  if (step.phase !== 'backward') return [];
  const idx = Number(step.node.slice(1)) - 1;
  if (step.node.startsWith('u')) {
    const K = idx + 1;
    const lines = f.a.map((aj, j) => `\\dfrac{\\partial L}{\\partial v_{${j + 1}${K}}} = a_${j + 1}\\dfrac{\\partial L}{\\partial u_${K}} = ${n(aj)}\\cdot${paren(b.du[idx])} = ${n(aj * b.du[idx])}`);
    return [...lines, `\\dfrac{\\partial L}{\\partial c_${K}} = \\dfrac{\\partial L}{\\partial u_${K}} = ${n(b.du[idx])}`];
  }
  if (step.node.startsWith('z')) {
    const J = idx + 1;
    const lines = f.x.map((xi, i) => `\\dfrac{\\partial L}{\\partial w_{${i + 1}${J}}} = x_${i + 1}\\dfrac{\\partial L}{\\partial z_${J}} = ${paren(xi)}\\cdot${paren(b.dz[idx])} = ${n(xi * b.dz[idx])}`);
    return [...lines, `\\dfrac{\\partial L}{\\partial b_${J}} = \\dfrac{\\partial L}{\\partial z_${J}} = ${n(b.dz[idx])}`];
  }
  return [];
}

/** A number in parentheses when negative, so "2·(−1)" reads right. */
function paren(x: number): string {
  const s = n(x);
  return x < 0 ? `(${s})` : s;
}

/** A number for TeX: 4 significant digits, exponent form at the extremes. */
export function texNum(x: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? '\\text{NaN}' : x > 0 ? '\\infty' : '-\\infty';
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 1e5 || abs < 1e-4) {
    const [m, e] = x.toExponential(3).split('e');
    return `${Number(m)}\\times10^{${Number(e)}}`;
  }
  return String(Number(x.toPrecision(4)));
}

/** "a = b = c" → an aligned block with "= c" on its own line when the line is long (a narrow side column). */
export function breakLong(tex: string, maxChars = 80): string {
  const parts = tex.split(' = ');
  if (parts.length < 3 || tex.length <= maxChars) return tex;
  return `\\begin{aligned} ${parts[0]} &= ${parts.slice(1, -1).join(' = ')} \\\\ &= ${parts[parts.length - 1]} \\end{aligned}`;
}
