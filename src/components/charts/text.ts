// The charts' own words (crosshair hints and labels), in 中文 and English.
import type { Text } from '../../state/i18n';

export const CHART_TEXT = {
  lineHint: { zh: '把指针移到图上，或用 Tab 选中图后按方向键，读出每条曲线的数值。', en: 'Point at the chart, or focus it with Tab and use the arrow keys, to read each curve’s values.' },
  lineLabel: { zh: '折线图：{y}随{x}的变化。方向键逐点读数。', en: 'Line chart of {y} against {x}. Arrow keys read the values point by point.' },
  pathHint: { zh: '把指针移到路径上，或用 Tab 选中图后按方向键，读出最近一点的步数和坐标。', en: 'Point at a path, or focus the plot with Tab and use the arrow keys, to read the nearest point’s step and coordinates.' },
  colon: { zh: '：', en: ': ' },
  pathTitle: { zh: '{name}，第 {k} 步', en: '{name}, step {k}' },
  stripLabel: { zh: '热图：{v}（颜色，对数刻度）随{x}（横轴）和{y}（纵轴）的变化。方向键逐格读数。', en: 'Heat strip of {v} (colour, log scale) by {x} (across) and {y} (up). Arrow keys read the cells one by one.' },
  stripHint: { zh: '把指针移到图上，或用 Tab 选中图后按方向键（←/→ 步，↑/↓ 层），读出每一格的数值。', en: 'Point at the strip, or focus it with Tab and use the arrow keys (←/→ steps, ↑/↓ rows), to read each cell’s value.' },
  confusionLabel: { zh: '混淆矩阵：行是真实类别，列是预测类别，颜色是这一行的占比。方向键逐格读数。', en: 'Confusion matrix: rows are true classes, columns predicted classes, colour is the share of the row. Arrow keys read the cells one by one.' },
  confusionHint: { zh: '把指针移到格子上，或用 Tab 选中矩阵后按方向键，读出数量和行占比。', en: 'Point at a cell, or focus the matrix with Tab and use the arrow keys, to read its count and row share.' },
  confusionCell: { zh: '真实 {t}，预测 {p}：{n} 个，占这一行的 {share}', en: 'true {t}, predicted {p}: {n}, {share} of the row' },
  confusionTrue: { zh: '真实类别', en: 'True class' },
  confusionPredicted: { zh: '预测类别', en: 'Predicted class' },
  startPoint: { zh: '起点 ({x1}, {x2})，可拖动', en: 'start point ({x1}, {x2}), draggable' },
  notFinite: { zh: '非有限值', en: 'not finite' },
} satisfies Record<string, Text>;
