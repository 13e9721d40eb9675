// The network diagram's own words (its hint and legend), in 中文 and English; readouts come from the caller.
import type { Text } from '../../state/i18n';

export const NETWORK_TEXT = {
  hint: {
    zh: '指向节点或连线读数；或 Tab 选中后用方向键（←/→ 层，↑/↓ 单元，Enter 查看进入该单元的权重，Esc 清除）。',
    en: 'Point at a node or a line to read it, or Tab to the diagram: ←/→ layers, ↑/↓ units, Enter walks a unit’s incoming weights, Esc clears.',
  },
  positive: { zh: '正权重', en: 'positive weight' },
  negative: { zh: '负权重', en: 'negative weight' },
  width: { zh: '线宽 ∝ |w|（最粗的线：|w| = {w}）', en: 'line width ∝ |w| (widest line: |w| = {w})' },
  nodes: { zh: '每个节点：该单元在整个平面上的输出（橙 = 低或负，白 = 0，蓝 = 高）', en: 'each node: that unit’s output over the plane (orange = low or negative, white = 0, blue = high)' },
} satisfies Record<string, Text>;
