// The charts' own words (crosshair hints and labels), in 中文 and English.
import type { Text } from '../../state/i18n';

export const CHART_TEXT = {
  lineHint: { zh: '把指针移到图上，或用 Tab 选中图后按方向键，读出每条曲线的数值。', en: 'Point at the chart, or focus it with Tab and use the arrow keys, to read each curve’s values.' },
  lineLabel: { zh: '折线图：{y}随{x}的变化。方向键逐点读数。', en: 'Line chart of {y} against {x}. Arrow keys read the values point by point.' },
  pathHint: { zh: '把指针移到路径上，或用 Tab 选中图后按方向键，读出最近一点的步数和坐标。', en: 'Point at a path, or focus the plot with Tab and use the arrow keys, to read the nearest point’s step and coordinates.' },
  colon: { zh: '：', en: ': ' },
  pathTitle: { zh: '{name}，第 {k} 步', en: '{name}, step {k}' },
} satisfies Record<string, Text>;
