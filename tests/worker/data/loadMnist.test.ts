// loadMnist in Node 20 with a stubbed fetch serving the real files: progress, WebCrypto checksums, DecompressionStream, caching and typed errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { takeRows } from '../../../src/engine/data';
import { clearMnistCache, decodeMnistFile, loadMnist, loadMnistTrainLabels, MnistLoadError, mnistRows, sha256Hex, type MnistProgress } from '../../../src/worker/shared/data/loadMnist';
import { loadMnistNode, MNIST_DATA_DIR, readMnistManifest } from '../../helpers/mnistNode';

const BASE = 'https://example.test/data/';
const files = new Map<string, Uint8Array>();
const served = (path: string) => {
  if (!files.has(path)) files.set(path, new Uint8Array(readFileSync(join(MNIST_DATA_DIR, path))));
  return files.get(path)!;
};

/** A fetch serving public/data under BASE in chunks of 64 KiB; edit(path, bytes) may alter or replace a response. */
function stubFetch(edit: (path: string, bytes: Uint8Array) => Uint8Array | Response = (_, b) => b) {
  return vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    if (!url.startsWith(BASE)) return new Response('not found', { status: 404 });
    const path = url.slice(BASE.length);
    const result = edit(path, served(path).slice());
    if (result instanceof Response) return result;
    let offset = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= result.length) return controller.close();
        controller.enqueue(result.slice(offset, offset + 65536));
        offset += 65536;
      },
    });
    return new Response(body);
  });
}

/** Byte equality of two typed arrays (toEqual walks millions of elements slowly). */
const sameBytes = (a: ArrayBufferView, b: ArrayBufferView) =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

async function failure(promise: Promise<unknown>): Promise<MnistLoadError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(MnistLoadError);
  return error as MnistLoadError;
}

afterEach(() => clearMnistCache());

describe('loadMnist(options)', () => {
  it('downloads, verifies and gunzips the same digits as the Node loader, as bytes that mnistRows parses', async () => {
    const data = await loadMnist({ baseUrl: BASE, fetch: stubFetch() });
    const reference = loadMnistNode();
    for (const split of ['train', 'test'] as const) {
      expect(data[split].n).toBe(reference[split].n);
      expect(data[split].images.length).toBe(reference[split].n * 784);
      const rows = mnistRows(data[split]);
      expect([rows.n, rows.d, rows.classes]).toEqual([reference[split].n, 784, 10]);
      expect(sameBytes(rows.y, reference[split].y)).toBe(true);
      expect(sameBytes(rows.x, reference[split].x)).toBe(true);
    }
  });

  it('mnistRows(split, n) gives the first n digits, as the whole split cut to n rows would', async () => {
    const { train } = await loadMnist({ baseUrl: BASE, fetch: stubFetch() });
    const head = mnistRows(train, 300);
    const cut = takeRows(loadMnistNode().train, 0, 300);
    expect([head.n, head.x.length]).toEqual([300, 300 * 784]);
    expect(sameBytes(head.x, cut.x)).toBe(true);
    expect(sameBytes(head.y, cut.y)).toBe(true);
  });

  it("fails with 'format' when a label is not a digit (a file that still matches its checksum)", async () => {
    const { gzipSync } = await import('node:zlib');
    const entry = readMnistManifest().files['test-labels'];
    const raw = gunzipSync(served(entry.path));
    raw[7] = 10;
    const packed = new Uint8Array(gzipSync(raw));
    const manifest = JSON.parse(new TextDecoder().decode(served('manifest.json'))) as { files: { id: string; gzipSize: number; gzipSha256: string; sha256: string }[] };
    const file = manifest.files.find((f) => f.id === 'test-labels')!;
    Object.assign(file, { gzipSize: packed.length, gzipSha256: await sha256Hex(packed), sha256: await sha256Hex(new Uint8Array(raw)) });
    const fetch = stubFetch((path, bytes) => (path === 'manifest.json' ? new TextEncoder().encode(JSON.stringify(manifest)) : path === entry.path ? packed : bytes));
    const error = await failure(loadMnist({ baseUrl: BASE, fetch }));
    expect([error.code, error.file]).toEqual(['format', entry.path]);
    expect(error.message).toContain('label 10 at row 7');
  });

  it('reports progress from 0 to the sum of the gzip sizes, never decreasing', async () => {
    const seen: MnistProgress[] = [];
    await loadMnist({ baseUrl: BASE, fetch: stubFetch(), onProgress: (p) => seen.push(p) });
    const total = Object.values(readMnistManifest().files).reduce((sum, f) => sum + f.gzipSize, 0);
    expect(seen[0]).toEqual({ received: 0, total: 0 });
    expect(seen.at(-1)).toEqual({ received: total, total });
    expect(seen.length).toBeGreaterThan(10);
    for (let k = 1; k < seen.length; k++) expect(seen[k].received).toBeGreaterThanOrEqual(seen[k - 1].received);
  });

  it('shares one download between concurrent and later calls', async () => {
    const fetch = stubFetch();
    const late: MnistProgress[] = [];
    const [a, b] = await Promise.all([loadMnist({ baseUrl: BASE, fetch }), loadMnist({ baseUrl: BASE, fetch, onProgress: (p) => late.push(p) })]);
    expect(b).toBe(a);
    expect(await loadMnist({ baseUrl: BASE, fetch })).toBe(a);
    expect(fetch).toHaveBeenCalledTimes(5);
    expect(late.at(-1)!.received).toBe(late.at(-1)!.total);
  });

  it("fails with 'checksum' when one byte of a file is corrupted", async () => {
    const fetch = stubFetch((path, bytes) => {
      if (path === 'mnist-train-images.u8.gzip') bytes[100_000] ^= 1;
      return bytes;
    });
    const error = await failure(loadMnist({ baseUrl: BASE, fetch }));
    expect([error.code, error.file]).toEqual(['checksum', 'mnist-train-images.u8.gzip']);
  });

  it("fails with 'checksum' when a file is truncated", async () => {
    const fetch = stubFetch((path, bytes) => (path === 'mnist-test-labels.u8.gzip' ? bytes.subarray(0, 500) : bytes));
    expect((await failure(loadMnist({ baseUrl: BASE, fetch }))).code).toBe('checksum');
  });

  it("fails with 'network' on an HTTP error or a failed request, and retries on the next call", async () => {
    const notFound = stubFetch((path, bytes) => (path === 'mnist-test-images.u8.gzip' ? new Response('', { status: 404 }) : bytes));
    const error = await failure(loadMnist({ baseUrl: BASE, fetch: notFound }));
    expect([error.code, error.file, error.message]).toEqual(['network', 'mnist-test-images.u8.gzip', 'mnist-test-images.u8.gzip: HTTP 404']);

    const offline = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')));
    expect((await failure(loadMnist({ baseUrl: BASE, fetch: offline }))).code).toBe('network');

    const fetch = stubFetch();
    await expect(loadMnist({ baseUrl: BASE, fetch })).resolves.toHaveProperty('train.n', 10000);
  });

  it("fails with 'network' when the body breaks off mid-download", async () => {
    const fetch = stubFetch((path, bytes) => {
      if (path !== 'mnist-train-images.u8.gzip') return bytes;
      let sent = false;
      return new Response(new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent) return controller.error(new TypeError('connection reset'));
          controller.enqueue(bytes.subarray(0, 1000));
          sent = true;
        },
      }));
    });
    expect((await failure(loadMnist({ baseUrl: BASE, fetch }))).code).toBe('network');
  });

  it("fails with 'format' on a manifest that is not JSON or not a known format", async () => {
    const notJson = stubFetch((path, bytes) => (path === 'manifest.json' ? new TextEncoder().encode('<html>') : bytes));
    expect((await failure(loadMnist({ baseUrl: BASE, fetch: notJson }))).code).toBe('format');
    const wrong = stubFetch((path, bytes) => (path === 'manifest.json' ? new TextEncoder().encode('{"format": 9}') : bytes));
    const error = await failure(loadMnist({ baseUrl: BASE, fetch: wrong }));
    expect([error.code, error.file]).toEqual(['format', 'manifest.json']);
  });

  it('accepts files a host already decompressed (Content-Encoding: gzip), checked against the raw checksum', async () => {
    const fetch = stubFetch((path, bytes) => (path.endsWith('.gzip') ? new Uint8Array(gunzipSync(bytes)) : bytes));
    const data = await loadMnist({ baseUrl: BASE, fetch });
    expect(sameBytes(mnistRows(data.test).y, loadMnistNode().test.y)).toBe(true);
    expect(sameBytes(mnistRows(data.train).x, loadMnistNode().train.x)).toBe(true);
    clearMnistCache();
    const damaged = stubFetch((path, bytes) => {
      if (!path.endsWith('.gzip')) return bytes;
      const raw = new Uint8Array(gunzipSync(bytes));
      if (path === 'mnist-train-images.u8.gzip') raw[5000] ^= 1;
      return raw;
    });
    const error = await failure(loadMnist({ baseUrl: BASE, fetch: damaged }));
    expect([error.code, error.file]).toEqual(['checksum', 'mnist-train-images.u8.gzip']);
  });

  it("fetches from import.meta.env.BASE_URL + 'data/' by default", async () => {
    const fetch = vi.fn(async () => new Response('', { status: 404 }));
    await failure(loadMnist({ fetch }));
    expect(fetch).toHaveBeenCalledWith(`${import.meta.env.BASE_URL}data/manifest.json`, { cache: 'no-cache' });
  });

  it('always revalidates with the server, and after a failed load skips the HTTP cache', async () => {
    const modes = (f: ReturnType<typeof stubFetch>) => new Set(f.mock.calls.map((c) => (c as unknown as [string, RequestInit])[1].cache));
    const damaged = stubFetch((path, bytes) => (path === 'mnist-train-labels.u8.gzip' ? bytes.subarray(0, 100) : bytes));
    await failure(loadMnist({ baseUrl: BASE, fetch: damaged }));
    expect(modes(damaged)).toEqual(new Set(['no-cache']));
    const retry = stubFetch();
    await loadMnist({ baseUrl: BASE, fetch: retry });
    expect(modes(retry)).toEqual(new Set(['reload']));
  });
});

describe('loadMnistTrainLabels(options)', () => {
  it('gives the Node loader\'s training labels from the manifest and the labels file alone', async () => {
    const fetch = stubFetch();
    const y = await loadMnistTrainLabels({ baseUrl: BASE, fetch });
    expect(sameBytes(y, loadMnistNode().train.y)).toBe(true);
    expect(fetch.mock.calls.map(([url]) => String(url).slice(BASE.length)).sort()).toEqual(['manifest.json', 'mnist-train-labels.u8.gzip']);
  });

  it("fails with 'checksum' when the labels file is corrupted", async () => {
    const fetch = stubFetch((path, bytes) => {
      if (path === 'mnist-train-labels.u8.gzip') bytes[40] ^= 1;
      return bytes;
    });
    const error = await failure(loadMnistTrainLabels({ baseUrl: BASE, fetch }));
    expect([error.code, error.file]).toEqual(['checksum', 'mnist-train-labels.u8.gzip']);
  });
});

describe('decodeMnistFile(entry, bytes)', () => {
  const entry = readMnistManifest().files['test-labels'];

  it('returns the uncompressed bytes of a verified gzip file', async () => {
    const raw = await decodeMnistFile(entry, served(entry.path).slice());
    expect(raw.length).toBe(2000);
    expect(await sha256Hex(raw)).toBe(entry.sha256);
  });

  it("rejects with 'format' when bytes with the right checksum are not valid gzip", async () => {
    const bogus = new Uint8Array([0x1f, 0x8b, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const error = await failure(decodeMnistFile({ ...entry, gzipSize: bogus.length, gzipSha256: await sha256Hex(bogus) }, bogus));
    expect(error.code).toBe('format');
  });
});

describe('sha256Hex(bytes)', () => {
  it('gives the standard digest', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
