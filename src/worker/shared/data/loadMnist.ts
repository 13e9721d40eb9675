// Browser loader of the MNIST subset: fetches public/data with progress, checks SHA-256, gunzips, checks the labels, and
// caches one copy per worker (or page) as bytes; a run turns only the digits it uses into Float32 rows (mnistRows).
import { mnistFromBytes } from '../../../engine/data/mnist';
import type { ClassificationData } from '../../../engine/data/types';
import { MNIST_FILE_IDS, validateManifest, type MnistFileEntry, type MnistFileId, type MnistManifest } from './manifest';

/** Why a load failed: 'network' (fetch failed or HTTP error: retry), 'checksum' (bytes differ from the manifest), 'format' (unexpected file structure). */
export type MnistLoadErrorCode = 'network' | 'checksum' | 'format';

/** The error loadMnist rejects with; the UI maps code to a message in the reader's language and offers a retry. */
export class MnistLoadError extends Error {
  readonly code: MnistLoadErrorCode;
  /** The file concerned (e.g. 'manifest.json', 'mnist-train-images.u8.gzip'). */
  readonly file: string;

  constructor(code: MnistLoadErrorCode, file: string, message: string, options?: { cause?: unknown }) {
    super(`${file}: ${message}`, options);
    this.name = 'MnistLoadError';
    this.code = code;
    this.file = file;
  }
}

/** Download progress over the four data files: bytes received so far and in all (from the manifest's gzip sizes). */
export interface MnistProgress {
  received: number;
  total: number;
}

/** One split as verified bytes: n digits of 784 pixels (0 = background, 255 = ink), row-major, and n labels 0–9. */
export interface MnistSplitBytes {
  images: Uint8Array;
  labels: Uint8Array;
  n: number;
}

/**
 * The loaded subset: train (10 000 digits) and test (2 000) as bytes (7.8 MB and 1.6 MB). Kept so: as Float32 rows the
 * whole subset would take 38 MB in every worker, most of it never used (the lessons train on 300 to 10 000 digits).
 */
export interface MnistSplits {
  train: MnistSplitBytes;
  test: MnistSplitBytes;
}

/** The first n digits of a split as rows: x Float32Array n×784 (pixel / 255), y Uint8Array n, d = 784, classes = 10. */
export function mnistRows(split: MnistSplitBytes, n = split.n): ClassificationData {
  return mnistFromBytes(split.images, split.labels, Math.min(n, split.n));
}

/** Options of loadMnist. */
export interface LoadMnistOptions {
  /** Folder holding manifest.json, ending in '/' (default import.meta.env.BASE_URL + 'data/'; pass an absolute URL inside a worker). */
  baseUrl?: string;
  /** Called with the shared download's progress now and after every chunk, until the load settles. */
  onProgress?: (progress: MnistProgress) => void;
  /** fetch to use (default the global one); tests pass a stub. */
  fetch?: typeof fetch;
}

interface Shared {
  progress: MnistProgress;
  listeners: Set<(progress: MnistProgress) => void>;
}

interface Download extends Shared {
  promise: Promise<MnistSplits>;
}

const downloads = new Map<string, Download>();
/** Base URLs whose last download failed: the next one skips the HTTP cache entirely, in case it holds the damaged copy. */
const failedBefore = new Set<string>();

/**
 * Loads the MNIST subset once per baseUrl; later and concurrent calls share the same download and result
 * (callers must not modify the arrays). Rejects with MnistLoadError; a failed load is forgotten, so calling
 * again retries.
 */
export function loadMnist(options: LoadMnistOptions = {}): Promise<MnistSplits> {
  const baseUrl = options.baseUrl ?? `${import.meta.env.BASE_URL}data/`;
  let download = downloads.get(baseUrl);
  if (!download) {
    const shared: Shared = { progress: { received: 0, total: 0 }, listeners: new Set() };
    // Always revalidated ('no-cache': a file fixed on the server is never shadowed by a cached copy); after a failure, not
    // even that ('reload'). The service worker's offline copies are checked against the same checksums before it keeps them.
    const cache: RequestCache = failedBefore.has(baseUrl) ? 'reload' : 'no-cache';
    const started: Download = { ...shared, promise: fetchAll(baseUrl, options.fetch ?? globalThis.fetch.bind(globalThis), shared, cache) };
    started.promise.then(
      () => failedBefore.delete(baseUrl),
      () => {
        failedBefore.add(baseUrl);
        if (downloads.get(baseUrl) === started) downloads.delete(baseUrl);
      },
    );
    downloads.set(baseUrl, started);
    download = started;
  }
  const { onProgress } = options;
  if (!onProgress) return download.promise;
  const listeners = download.listeners;
  listeners.add(onProgress);
  onProgress({ ...download.progress });
  return download.promise.finally(() => listeners.delete(onProgress));
}

/** Forgets every cached or in-flight download, so the next loadMnist fetches again. */
export function clearMnistCache(): void {
  downloads.clear();
  failedBefore.clear();
}

function report(download: Shared): void {
  const progress = { received: Math.min(download.progress.received, download.progress.total), total: download.progress.total };
  for (const listener of download.listeners) listener({ ...progress });
}

/**
 * Only the training labels (y, one digit per row of the subset): the manifest and one small file, checked like every
 * file, without the images, for a page that needs the digits' classes but not their pixels. Rejects with MnistLoadError.
 */
export async function loadMnistTrainLabels(options: Pick<LoadMnistOptions, 'baseUrl' | 'fetch'> = {}): Promise<Uint8Array> {
  const baseUrl = options.baseUrl ?? `${import.meta.env.BASE_URL}data/`;
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  const cache: RequestCache = failedBefore.has(baseUrl) ? 'reload' : 'no-cache';
  const manifest = await fetchManifest(baseUrl, fetchFn, cache);
  const entry = manifest.files['train-labels'];
  const raw = await decodeMnistFile(entry, await fetchBytes(fetchFn, baseUrl, entry.path, cache, () => undefined));
  const y = raw.slice(0, entry.count);
  if (y.length < entry.count || y.some((d) => d > 9)) throw new MnistLoadError('format', entry.path, 'labels are not digits 0–9');
  return y;
}

async function fetchManifest(baseUrl: string, fetchFn: typeof fetch, cache: RequestCache): Promise<MnistManifest> {
  const manifestBytes = await fetchBytes(fetchFn, baseUrl, 'manifest.json', cache, () => undefined);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(manifestBytes));
  } catch (cause) {
    throw new MnistLoadError('format', 'manifest.json', 'not valid JSON', { cause });
  }
  const manifest = validateManifest(json);
  if (typeof manifest === 'string') throw new MnistLoadError('format', 'manifest.json', manifest);
  return manifest;
}

async function fetchAll(baseUrl: string, fetchFn: typeof fetch, download: Shared, cache: RequestCache): Promise<MnistSplits> {
  const manifest = await fetchManifest(baseUrl, fetchFn, cache);
  download.progress.total = MNIST_FILE_IDS.reduce((sum, id) => sum + manifest.files[id].gzipSize, 0);
  report(download);
  const onBytes = (n: number) => {
    download.progress.received += n;
    report(download);
  };
  const raw = await Promise.all(
    MNIST_FILE_IDS.map(async (id) => {
      const entry = manifest.files[id];
      return decodeMnistFile(entry, await fetchBytes(fetchFn, baseUrl, entry.path, cache, onBytes));
    }),
  );
  const bytes = Object.fromEntries(MNIST_FILE_IDS.map((id, k) => [id, raw[k]])) as Record<MnistFileId, Uint8Array>;
  return parseSplits(manifest, bytes);
}

/** Both splits as bytes, after checking that every label is a digit (rows are parsed later, by mnistRows, and cannot fail). */
function parseSplits(manifest: MnistManifest, bytes: Record<MnistFileId, Uint8Array>): MnistSplits {
  const split = (name: 'train' | 'test'): MnistSplitBytes => {
    const entry = manifest.files[`${name}-labels`];
    const labels = bytes[`${name}-labels`];
    const bad = labels.findIndex((d) => d > 9);
    if (bad >= 0) throw new MnistLoadError('format', entry.path, `label ${labels[bad]} at row ${bad} is not a digit`);
    return { images: bytes[`${name}-images`], labels, n: entry.count };
  };
  return { train: split('train'), test: split('test') };
}

async function fetchBytes(
  fetchFn: typeof fetch,
  baseUrl: string,
  path: string,
  cache: RequestCache,
  onBytes: (n: number) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  let response: Response;
  try {
    response = await fetchFn(baseUrl + path, { cache });
  } catch (cause) {
    throw new MnistLoadError('network', path, 'request failed', { cause });
  }
  if (!response.ok) throw new MnistLoadError('network', path, `HTTP ${response.status}`);
  try {
    if (!response.body) {
      const whole = new Uint8Array(await response.arrayBuffer());
      onBytes(whole.length);
      return whole;
    }
    const chunks: Uint8Array[] = [];
    let length = 0;
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      length += value.length;
      onBytes(value.length);
    }
    const out = new Uint8Array(length);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  } catch (cause) {
    throw new MnistLoadError('network', path, 'download interrupted', { cause });
  }
}

/** Lower-case hex SHA-256 of bytes, via WebCrypto. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Checks one downloaded file against its manifest entry and returns its raw bytes (length entry.size).
 * Gzip bytes (magic 1f 8b) must match gzipSha256 and are decompressed; their checksum fixes the decompressed bytes
 * (DecompressionStream also checks the stream's own CRC-32 and length), so those are checked for size only. Bytes a
 * host already decoded (Content-Encoding: gzip) are accepted as they are if they match size and sha256.
 * Rejects with MnistLoadError 'checksum' on any mismatch, 'format' when the gzip stream does not decode.
 */
export async function decodeMnistFile(entry: MnistFileEntry, bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const gzip = bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  let raw = bytes;
  if (gzip) {
    if (bytes.length !== entry.gzipSize || (await sha256Hex(bytes)) !== entry.gzipSha256) {
      throw new MnistLoadError('checksum', entry.path, 'downloaded bytes do not match the manifest checksum');
    }
    try {
      raw = await gunzip(bytes);
    } catch (cause) {
      throw new MnistLoadError('format', entry.path, 'gzip data does not decode', { cause });
    }
  }
  if (raw.length !== entry.size || (!gzip && (await sha256Hex(raw)) !== entry.sha256)) {
    throw new MnistLoadError('checksum', entry.path, 'file contents do not match the manifest checksum');
  }
  return raw;
}
