// dataLoadText: a failed MNIST load reads as a sentence in the reader's language, naming the file and the loader's reason.
import { describe, expect, it } from 'vitest';
import { dataLoadText } from '../../src/components/dataLoadText';

const fill = (s: string, vars: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => vars[k]);

describe('dataLoadText', () => {
  it('says which file is damaged, missing or malformed, with the loader’s reason and without repeating the file name', () => {
    const cases = [
      [{ loadCode: 'checksum', file: 'mnist-train-images.u8.gzip', message: 'mnist-train-images.u8.gzip: downloaded bytes do not match the manifest checksum' }, 'The MNIST data file mnist-train-images.u8.gzip is damaged: what was downloaded does not match the checksum in the data manifest.', 'MNIST 数据文件 mnist-train-images.u8.gzip 已损坏：下载的内容与数据清单中的校验和不符。'],
      [{ loadCode: 'network', file: 'mnist-test-labels.u8.gzip', message: 'mnist-test-labels.u8.gzip: HTTP 404' }, 'The MNIST data file mnist-test-labels.u8.gzip could not be downloaded (HTTP 404).', '无法下载 MNIST 数据文件 mnist-test-labels.u8.gzip（HTTP 404）。'],
      [{ loadCode: 'format', file: 'manifest.json', message: 'manifest.json: not valid JSON' }, 'The MNIST data file manifest.json is not in the expected format (not valid JSON).', 'MNIST 数据文件 manifest.json 的格式不对（not valid JSON）。'],
    ] as const;
    for (const [error, en, zh] of cases) {
      const out = dataLoadText({ code: 'data-load', ...error })!;
      expect(fill(out.text.en, out.vars)).toBe(en);
      expect(fill(out.text.zh, out.vars)).toBe(zh);
    }
  });

  it('leaves every other error to the generic message', () => {
    expect(dataLoadText({ code: 'internal', message: 'boom' })).toBeNull();
  });
});
