// Text exports: toCsv (RFC 4180, full precision) and settingsJson (every parameter, defaults included).
import { describe, expect, it } from 'vitest';
import { settingsJson, toCsv } from '../../src/state/exportData';
import { defaults } from '../../src/state/params';
import { optimizersParams } from '../../src/lessons/optimizers/params';

describe('toCsv', () => {
  it('writes a header line and one line per row, CRLF-terminated', () => {
    expect(toCsv(['a', 'b'], [[1, 'x'], [2, 'y']])).toBe('a,b\r\n1,x\r\n2,y\r\n');
  });
  it('keeps numbers at full precision, including non-finite ones', () => {
    expect(toCsv(['v'], [[0.1 + 0.2], [-1e-12], [NaN], [Infinity]])).toBe('v\r\n0.30000000000000004\r\n-1e-12\r\nNaN\r\nInfinity\r\n');
  });
  it('quotes fields holding commas, quotes or line breaks', () => {
    expect(toCsv(['name'], [['a,b'], ['say "hi"'], ['two\nlines']])).toBe('name\r\n"a,b"\r\n"say ""hi"""\r\n"two\nlines"\r\n');
  });
});

describe('settingsJson', () => {
  it('lists every parameter in table order, filling defaults for missing ones', () => {
    const json = JSON.parse(
      settingsJson(optimizersParams, { lesson: 'optimizers', lang: 'zh', url: 'http://x/#/optimizers?lang=zh', params: { 'sgd.lr': 0.6 }, hide: ['opt'] }),
    );
    expect(json.lesson).toBe('optimizers');
    expect(json.lang).toBe('zh');
    expect(json.hide).toEqual(['opt']);
    expect(Object.keys(json.params)).toEqual(optimizersParams.map((p) => p.name));
    expect(json.params).toEqual({ ...defaults(optimizersParams), 'sgd.lr': 0.6 });
  });
});
