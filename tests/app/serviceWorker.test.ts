// The offline service worker, run from the very source text the build writes, against fake caches and network.
import { describe, expect, it, vi } from 'vitest';
import { CACHE_PREFIX, precached, serviceWorkerSource } from '../../src/app/serviceWorker';

const SCOPE = 'http://127.0.0.1:4174/sub/';

class FakeCache {
  entries = new Map<string, Response>();
  constructor(private net: (r: Request) => Promise<Response>) {}
  async addAll(urls: string[]) {
    for (const u of urls) {
      const r = await this.net(new Request(u));
      if (!r.ok) throw new TypeError(`addAll: ${u} failed`);
      this.entries.set(u, r);
    }
  }
  async match(req: Request | string) {
    return this.entries.get(typeof req === 'string' ? req : req.url)?.clone();
  }
  async put(req: Request, res: Response) {
    this.entries.set(req.url, res);
  }
}

/** Starts the worker in a fake global scope; `online` switches the fake network. */
function boot(version: string, assets: string[], existing: string[] = []) {
  const state = { online: true };
  const net = vi.fn(async (r: Request) => {
    if (!state.online) throw new TypeError('Failed to fetch');
    // Same-origin responses in a browser are of type "basic"; Node's are "default".
    return Object.defineProperty(new Response(`body of ${r.url}`, { status: 200 }), 'type', { value: 'basic' });
  });
  const stores = new Map<string, FakeCache>(existing.map((k) => [k, new FakeCache(net)]));
  const caches = {
    open: async (k: string) => stores.get(k) ?? (stores.set(k, new FakeCache(net)), stores.get(k)!),
    keys: async () => [...stores.keys()],
    delete: async (k: string) => stores.delete(k),
  };
  const listeners: Record<string, (e: unknown) => void> = {};
  const self = {
    registration: { scope: SCOPE },
    skipWaiting: vi.fn(async () => undefined),
    clients: { claim: vi.fn(async () => undefined) },
    addEventListener: (type: string, fn: (e: unknown) => void) => (listeners[type] = fn),
  };
  new Function('self', 'caches', 'fetch', serviceWorkerSource({ version, assets }))(self, caches, (r: Request) => net(r));
  const fire = async (type: string, extra: object = {}) => {
    let pending: Promise<unknown> = Promise.resolve();
    let responded: Promise<Response> | null = null;
    listeners[type]({ ...extra, waitUntil: (p: Promise<unknown>) => (pending = p), respondWith: (p: Promise<Response>) => (responded = p) });
    await pending;
    return responded as Promise<Response> | null;
  };
  return { state, net, stores, self, fire };
}
const get = (url: string, mode: RequestMode | 'navigate' = 'cors') =>
  ({ url, method: 'GET', mode, headers: new Headers() }) as unknown as Request;

describe('service worker', () => {
  it('install caches every asset of its version, then takes over without waiting', async () => {
    const sw = boot('v1', ['index.html', 'assets/a.js', 'data/manifest.json']);
    await sw.fire('install');
    expect([...sw.stores.keys()]).toEqual([`${CACHE_PREFIX}v1`]);
    expect([...sw.stores.get(`${CACHE_PREFIX}v1`)!.entries.keys()]).toEqual([`${SCOPE}index.html`, `${SCOPE}assets/a.js`, `${SCOPE}data/manifest.json`]);
    expect(sw.self.skipWaiting).toHaveBeenCalled();
  });

  it('activate deletes the caches of other versions, keeps other sites’ caches, and claims the pages', async () => {
    const sw = boot('v2', ['index.html'], [`${CACHE_PREFIX}v1`, 'someone-else']);
    await sw.fire('install');
    await sw.fire('activate');
    expect([...sw.stores.keys()].sort()).toEqual(['someone-else', `${CACHE_PREFIX}v2`]);
    expect(sw.self.clients.claim).toHaveBeenCalled();
  });

  it('answers from the cache with the network off: assets, and index.html for any page of the site', async () => {
    const sw = boot('v1', ['index.html', 'assets/a.js']);
    await sw.fire('install');
    sw.state.online = false;
    expect(await (await sw.fire('fetch', { request: get(`${SCOPE}assets/a.js`) }))!.text()).toBe(`body of ${SCOPE}assets/a.js`);
    for (const page of [SCOPE, `${SCOPE}?lang=zh`, `${SCOPE}index.html`]) {
      expect(await (await sw.fire('fetch', { request: get(page, 'navigate') }))!.text()).toBe(`body of ${SCOPE}index.html`);
    }
  });

  it('fetches what it lacks from the network and keeps it for next time', async () => {
    const sw = boot('v1', ['index.html']);
    await sw.fire('install');
    const url = `${SCOPE}assets/KaTeX_Main-Regular.woff`;
    await (await sw.fire('fetch', { request: new Request(url) }))!.text();
    sw.state.online = false;
    expect(await (await sw.fire('fetch', { request: new Request(url) }))!.text()).toBe(`body of ${url}`);
  });

  it('leaves other origins, paths outside its scope and non-GET requests to the browser', async () => {
    const sw = boot('v1', ['index.html']);
    await sw.fire('install');
    expect(await sw.fire('fetch', { request: get('https://example.com/x.js') })).toBeNull();
    expect(await sw.fire('fetch', { request: get('http://127.0.0.1:4174/other/x.js') })).toBeNull();
    expect(await sw.fire('fetch', { request: { ...get(`${SCOPE}x`), method: 'POST' } })).toBeNull();
  });
});

describe('precached', () => {
  it('caches app files and data, not the worker itself, fallback font formats or hidden files', () => {
    expect(['index.html', 'assets/index-a.js', 'assets/K-Main.woff2', 'data/mnist-train-images.u8.gzip'].every(precached)).toBe(true);
    expect(['sw.js', 'assets/K-Main.woff', 'assets/K-Main.ttf', 'assets/x.js.map', '.DS_Store', 'data/.keep'].some(precached)).toBe(false);
  });
});
