// Entry of a pooled training worker: binds a WorkerHost (sessions by id, one data cache) to the worker's global scope.
import { loadMnist } from '../shared/data/loadMnist';
import { WorkerHost } from './workerHost';

// A MessageChannel round trip yields to the worker's message queue without setTimeout's 4 ms clamp.
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();

const host = new WorkerHost({
  post: (message, transfer) => self.postMessage(message, { transfer }),
  now: () => performance.now(),
  yieldTo: (fn) => {
    queue.push(fn);
    channel.port2.postMessage(null);
  },
  delay: (fn, ms) => void setTimeout(fn, ms),
  loadMnist,
});

self.addEventListener('message', (event: MessageEvent) => host.handle(event.data));
self.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
  event.preventDefault();
  host.reportError(event.reason);
});
self.addEventListener('error', (event: ErrorEvent) => {
  event.preventDefault();
  host.reportError(event.error ?? event.message);
});
