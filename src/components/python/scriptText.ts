// Words the exported scripts share: how to run them (an MNIST script, or one that makes its own data), where MNIST comes
// from, what they print, where they stop a diverging run, and the settings' heading.
import type { Text } from '../../state/i18n';

/** How to run an MNIST script ({file}: its file name): the site's data by default, a local folder with --data. */
export const PY_RUN_MNIST = {
  zh: '运行：python3 {file}（需要 numpy）。默认从导出它的网站下载 MNIST 子集；python3 {file} --data DIR 则读本地文件夹（网站仓库中的 public/data）。',
  en: 'Run: python3 {file} (needs numpy). By default it downloads the MNIST subset from the site it was exported from; python3 {file} --data DIR reads a local folder (public/data of the site’s repository).',
} as const satisfies Text;

/** How to run a script that makes its own data ({file}: its file name). */
export const PY_RUN_LOCAL = { zh: '运行：python3 {file}（需要 numpy，不需要下载任何数据）。', en: 'Run: python3 {file} (needs numpy, downloads nothing).' } as const satisfies Text;

/** What a toy or MNIST script prints ({columns}: the table's columns) when it matches the page to 1e-4 relative. */
export const PY_PRINTS_CPU = {
  zh: '输出图中的数据表（CSV）：{columns}；运算顺序与网页 CPU 引擎相同，所以数字也相同（在 1e-4 相对误差以内）。',
  en: 'Prints the figure’s data table as CSV: {columns}; the operations run in the page’s CPU engine order, so the numbers are the same (within 1e-4 relative).',
} as const satisfies Text;

/** The comment where a training loop stops a run as the page does. */
export const PY_DIVERGED = {
  zh: '损失或参数不是有限数：网页在这里停止这次训练。',
  en: 'The loss or a parameter is not finite: the page stops this run here.',
} as const satisfies Text;

/** The heading of the settings block. */
export const PY_SETTINGS = { zh: '网页上的设置', en: 'The page’s settings' } as const satisfies Text;

/** The site's data folder, absolute, for a page at `pageHref` built with Vite base `base` (relative './' or absolute). */
export function siteDataUrl(pageHref: string, base: string): string {
  return new URL('data/', new URL(base.endsWith('/') ? base : `${base}/`, pageHref)).href;
}
