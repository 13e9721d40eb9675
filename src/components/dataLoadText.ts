// The reader's-language sentence for a run whose MNIST data failed to load (damaged, missing or malformed file).
import type { Text } from '../state/i18n';
import type { TrainerError } from '../worker/page/client';

const TEXT = {
  checksum: {
    zh: 'MNIST 数据文件 {file} 已损坏：下载的内容与数据清单中的校验和不符。',
    en: 'The MNIST data file {file} is damaged: what was downloaded does not match the checksum in the data manifest.',
  },
  network: { zh: '无法下载 MNIST 数据文件 {file}（{detail}）。', en: 'The MNIST data file {file} could not be downloaded ({detail}).' },
  format: { zh: 'MNIST 数据文件 {file} 的格式不对（{detail}）。', en: 'The MNIST data file {file} is not in the expected format ({detail}).' },
} as const;

/**
 * For an error with code 'data-load': the sentence and its fill-ins ({file}, {detail}: the loader's own words without
 * the file name), to pass to useT's t(). Null for any other error.
 */
export function dataLoadText(error: Pick<TrainerError, 'code' | 'file' | 'loadCode' | 'message'>): { text: Text; vars: Record<string, string> } | null {
  if (error.code !== 'data-load') return null;
  const file = error.file ?? 'manifest.json';
  const detail = error.message.startsWith(`${file}: `) ? error.message.slice(file.length + 2) : error.message;
  const text = error.loadCode === 'checksum' ? TEXT.checksum : error.loadCode === 'format' ? TEXT.format : TEXT.network;
  return { text, vars: { file, detail } };
}
