// The 2–3–2 network as a computational graph (SVG): values below the nodes as the forward pass reaches them, ∂L/∂· above them on the way back.
import { ScrollBox } from '../../components/ScrollBox';
import { fmt } from '../../components/format';
import type { BackwardValues, ForwardValues, Weights } from './model';
import type { NodeId, PassStep } from './steps';

interface Props {
  w: Weights;
  f: ForwardValues;
  b: BackwardValues;
  steps: readonly PassStep[];
  /** Steps done: steps[0 … k−1]. */
  k: number;
  target: number;
}

const W = 760;
const H = 330;
const R = 21;
const COLS: Record<string, number> = { x: 50, z: 190, a: 320, u: 470, p: 600, L: 715 };
const rowsY = (n: number) => Array.from({ length: n }, (_, i) => H / 2 + (i - (n - 1) / 2) * 96);
const SUB = ['₁', '₂', '₃'];

interface NodePos {
  id: NodeId;
  label: string;
  x: number;
  y: number;
}

function nodes(): NodePos[] {
  const col = (c: 'x' | 'z' | 'a' | 'u' | 'p', n: number) => rowsY(n).map((y, i) => ({ id: `${c}${i + 1}` as NodeId, label: `${c}${SUB[i]}`, x: COLS[c], y }));
  return [...col('x', 2), ...col('z', 3), ...col('a', 3), ...col('u', 2), ...col('p', 2), { id: 'L', label: 'L', x: COLS.L, y: H / 2 }];
}

export function Graph({ w, f, b, steps, k, target }: Props) {
  const all = nodes();
  const at = new Map(all.map((p) => [p.id, p]));
  const doneF = new Set<NodeId>(['x1', 'x2']);
  const doneB = new Set<NodeId>();
  steps.slice(0, k).forEach((s) => (s.phase === 'forward' ? doneF : doneB).add(s.node));
  const current = k > 0 ? steps[k - 1] : null;
  const value = (id: NodeId): number => {
    const i = Number(id.slice(1)) - 1;
    if (id === 'L') return f.loss;
    return { x: f.x, z: f.z, a: f.a, u: f.u, p: f.p }[id[0] as 'x']![i];
  };
  const grad = (id: NodeId): number => {
    const i = Number(id.slice(1)) - 1;
    if (id === 'L') return 1;
    return { z: b.dz, a: b.da, u: b.du, p: b.dp }[id[0] as 'z']![i];
  };

  type Edge = { from: NodeId; to: NodeId; label?: string };
  const edges: Edge[] = [];
  for (let i = 1; i <= 2; i++) for (let j = 1; j <= 3; j++) edges.push({ from: `x${i}`, to: `z${j}`, label: `w${i}${j} = ${fmt(w.W[i - 1][j - 1], 3)}` });
  for (let j = 1; j <= 3; j++) edges.push({ from: `z${j}`, to: `a${j}` });
  for (let j = 1; j <= 3; j++) for (let m = 1; m <= 2; m++) edges.push({ from: `a${j}`, to: `u${m}`, label: `v${j}${m} = ${fmt(w.V[j - 1][m - 1], 3)}` });
  for (let m = 1; m <= 2; m++) for (let q = 1; q <= 2; q++) edges.push({ from: `u${m}`, to: `p${q}` });
  for (let q = 1; q <= 2; q++) edges.push({ from: `p${q}`, to: 'L' });
  const touches = (e: Edge) => current !== null && (current.phase === 'forward' ? e.to === current.node : e.from === current.node);

  return (
    <ScrollBox className="graph-scroll">
      <svg className="backprop-graph" viewBox={`0 0 ${W} ${H}`} role="img" aria-label="computational graph" data-step={k}>
        <defs>
          <marker id="bp-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="currentColor" />
          </marker>
        </defs>
        {edges.map((e) => {
          const a = at.get(e.from)!, c = at.get(e.to)!;
          const len = Math.hypot(c.x - a.x, c.y - a.y);
          const ux = (c.x - a.x) / len, uy = (c.y - a.y) / len;
          const hot = touches(e);
          return (
            <line
              key={`${e.from}-${e.to}`}
              className={hot ? `edge hot ${current!.phase}` : 'edge'}
              x1={a.x + ux * R}
              y1={a.y + uy * R}
              x2={c.x - ux * (R + 2)}
              y2={c.y - uy * (R + 2)}
              markerEnd="url(#bp-arrow)"
            >
              {e.label && <title>{e.label}</title>}
            </line>
          );
        })}
        {all.map((p) => {
          const isCur = current?.node === p.id;
          const cls = ['node', doneF.has(p.id) ? 'known' : '', doneB.has(p.id) ? 'has-grad' : '', isCur ? `current ${current!.phase}` : '', p.id === `p${target + 1}` ? 'target' : '']
            .filter(Boolean)
            .join(' ');
          return (
            <g key={p.id} className={cls} data-node={p.id} transform={`translate(${p.x},${p.y})`}>
              <circle r={R} />
              <text className="node-label" dy="0.35em" textAnchor="middle">
                {p.label}
              </text>
              {doneF.has(p.id) && (
                <text className="node-value" y={R + 15} textAnchor="middle" data-value={value(p.id)}>
                  {fmt(value(p.id), 4)}
                </text>
              )}
              {doneB.has(p.id) && (
                <text className="node-grad" y={-R - 7} textAnchor="middle" data-grad={grad(p.id)}>
                  ∂ {fmt(grad(p.id), 4)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </ScrollBox>
  );
}
