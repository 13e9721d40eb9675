// TeX for the selected optimizer's update, general form and with the numbers of step k substituted.
import type { OptimizerName } from '../../engine/optimizers';
import type { Trajectory } from './model';

/** A number for TeX: 4 significant digits, exponent form at the extremes. */
export function texNum(x: number): string {
  if (Number.isNaN(x)) return '\\text{NaN}';
  if (!Number.isFinite(x)) return x > 0 ? '\\infty' : '-\\infty';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e5 || a < 1e-4) {
    const [m, e] = x.toExponential(3).split('e');
    return `${Number(m)}\\times10^{${Number(e)}}`;
  }
  return String(Number(x.toPrecision(4)));
}

const pair = (a: Float64Array, k: number) => `(${texNum(a[2 * k])},\\ ${texNum(a[2 * k + 1])})`;
const pairOf = (a: number, b: number) => `(${texNum(a)},\\ ${texNum(b)})`;

/** The update rule in d2l notation, one TeX line per equation. */
export const GENERAL: Record<OptimizerName, string[]> = {
  sgd: ['\\mathbf{x}_k = \\mathbf{x}_{k-1} - \\eta\\,\\mathbf{g}_k'],
  momentum: ['\\mathbf{v}_k = \\gamma\\,\\mathbf{v}_{k-1} + \\eta\\,\\mathbf{g}_k', '\\mathbf{x}_k = \\mathbf{x}_{k-1} - \\mathbf{v}_k'],
  adagrad: [
    '\\mathbf{s}_k = \\mathbf{s}_{k-1} + \\mathbf{g}_k \\odot \\mathbf{g}_k',
    '\\mathbf{x}_k = \\mathbf{x}_{k-1} - \\dfrac{\\eta}{\\sqrt{\\mathbf{s}_k + \\epsilon}} \\odot \\mathbf{g}_k',
  ],
  rmsprop: [
    '\\mathbf{s}_k = \\gamma\\,\\mathbf{s}_{k-1} + (1-\\gamma)\\,\\mathbf{g}_k \\odot \\mathbf{g}_k',
    '\\mathbf{x}_k = \\mathbf{x}_{k-1} - \\dfrac{\\eta}{\\sqrt{\\mathbf{s}_k + \\epsilon}} \\odot \\mathbf{g}_k',
  ],
  adadelta: [
    '\\mathbf{s}_k = \\rho\\,\\mathbf{s}_{k-1} + (1-\\rho)\\,\\mathbf{g}_k \\odot \\mathbf{g}_k',
    "\\mathbf{g}'_k = \\sqrt{\\dfrac{\\Delta\\mathbf{x}_{k-1} + \\epsilon}{\\mathbf{s}_k + \\epsilon}} \\odot \\mathbf{g}_k",
    "\\Delta\\mathbf{x}_k = \\rho\\,\\Delta\\mathbf{x}_{k-1} + (1-\\rho)\\,\\mathbf{g}'_k \\odot \\mathbf{g}'_k",
    "\\mathbf{x}_k = \\mathbf{x}_{k-1} - \\mathbf{g}'_k",
  ],
  adam: [
    '\\mathbf{v}_k = \\beta_1 \\mathbf{v}_{k-1} + (1-\\beta_1)\\,\\mathbf{g}_k',
    '\\mathbf{s}_k = \\beta_2 \\mathbf{s}_{k-1} + (1-\\beta_2)\\,\\mathbf{g}_k \\odot \\mathbf{g}_k',
    '\\hat{\\mathbf{v}}_k = \\dfrac{\\mathbf{v}_k}{1-\\beta_1^k},\\quad \\hat{\\mathbf{s}}_k = \\dfrac{\\mathbf{s}_k}{1-\\beta_2^k}',
    '\\mathbf{x}_k = \\mathbf{x}_{k-1} - \\dfrac{\\eta\\,\\hat{\\mathbf{v}}_k}{\\sqrt{\\hat{\\mathbf{s}}_k} + \\epsilon}',
  ],
};

/** The equations of step k (1 ≤ k ≤ steps) with the run's numbers; for k = 0, the start point. */
export function substituted(tr: Trajectory, k: number): string[] {
  if (k <= 0) return [`\\mathbf{x}_0 = ${pair(tr.x, 0)},\\quad f(\\mathbf{x}_0) = ${texNum(tr.f[0])}`];
  const { hp } = tr;
  const x = pair(tr.x, k);
  const xPrev = pair(tr.x, k - 1);
  const g = pair(tr.g, k);
  const fLine = `f(\\mathbf{x}_{${k}}) = ${texNum(tr.f[k])}`;
  const zero = (a: Float64Array | null, j: number) => (a && j > 0 ? pair(a, j) : '(0,\\ 0)');
  const gLine = `\\mathbf{g}_{${k}} = \\nabla f(\\mathbf{x}_{${k - 1}}) = ${g}`;
  switch (tr.name) {
    case 'sgd':
      return [gLine, `\\mathbf{x}_{${k}} = ${xPrev} - ${texNum(hp.lr)}\\,${g} = ${x}`, fLine];
    case 'momentum':
      return [
        gLine,
        `\\mathbf{v}_{${k}} = ${texNum(hp.gamma)}\\,${zero(tr.v, k - 1)} + ${texNum(hp.lr)}\\,${g} = ${pair(tr.v!, k)}`,
        `\\mathbf{x}_{${k}} = ${xPrev} - ${pair(tr.v!, k)} = ${x}`,
        fLine,
      ];
    case 'adagrad':
    case 'rmsprop': {
      const decay = tr.name === 'rmsprop' ? `${texNum(hp.gamma)}\\,${zero(tr.s, k - 1)} + ${texNum(1 - hp.gamma)}\\,${g}^{\\odot 2}` : `${zero(tr.s, k - 1)} + ${g}^{\\odot 2}`;
      return [
        gLine,
        `\\mathbf{s}_{${k}} = ${decay} = ${pair(tr.s!, k)}`,
        `\\mathbf{x}_{${k}} = ${xPrev} - \\dfrac{${texNum(hp.lr)}}{\\sqrt{${pair(tr.s!, k)} + ${texNum(hp.eps)}}} \\odot ${g} = ${x}`,
        fLine,
      ];
    }
    case 'adadelta': {
      const gp = pairOf(tr.x[2 * k - 2] - tr.x[2 * k], tr.x[2 * k - 1] - tr.x[2 * k + 1]);
      return [
        gLine,
        `\\mathbf{s}_{${k}} = ${texNum(hp.rho)}\\,${zero(tr.s, k - 1)} + ${texNum(1 - hp.rho)}\\,${g}^{\\odot 2} = ${pair(tr.s!, k)}`,
        `\\mathbf{g}'_{${k}} = \\sqrt{\\dfrac{${zero(tr.dx, k - 1)} + ${texNum(hp.eps)}}{${pair(tr.s!, k)} + ${texNum(hp.eps)}}} \\odot ${g} = ${gp}`,
        `\\Delta\\mathbf{x}_{${k}} = ${pair(tr.dx!, k)}`,
        `\\mathbf{x}_{${k}} = ${xPrev} - ${gp} = ${x}`,
        fLine,
      ];
    }
    case 'adam': {
      const c1 = 1 - Math.pow(hp.beta1, k);
      const c2 = 1 - Math.pow(hp.beta2, k);
      const v = tr.v!, s = tr.s!;
      return [
        gLine,
        `\\mathbf{v}_{${k}} = ${pair(v, k)},\\quad \\mathbf{s}_{${k}} = ${pair(s, k)}`,
        `\\hat{\\mathbf{v}}_{${k}} = ${pairOf(v[2 * k] / c1, v[2 * k + 1] / c1)},\\quad \\hat{\\mathbf{s}}_{${k}} = ${pairOf(s[2 * k] / c2, s[2 * k + 1] / c2)}`,
        `\\mathbf{x}_{${k}} = ${xPrev} - ${texNum(hp.lr)}\\,\\dfrac{\\hat{\\mathbf{v}}_{${k}}}{\\sqrt{\\hat{\\mathbf{s}}_{${k}}} + ${texNum(hp.eps)}} = ${x}`,
        fLine,
      ];
    }
  }
}

/** "a = b = c" → an aligned block with the result on its own line, so long steps fit a narrow column. */
export function breakBeforeResult(tex: string): string {
  const parts = tex.split(' = ');
  if (parts.length < 3) return tex;
  return `\\begin{aligned} ${parts[0]} &= ${parts.slice(1, -1).join(' = ')} \\\\ &= ${parts[parts.length - 1]} \\end{aligned}`;
}
