// Entry of the dedicated training worker: binds a TrainerSession to the worker's global scope.
import { loadMnist } from './data/loadMnist';
import { TrainerSession } from './session';

// A MessageChannel round trip yields to the worker's message queue without setTimeout's 4 ms clamp.
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();

const session = new TrainerSession({
  post: (message, transfer) => self.postMessage(message, { transfer }),
  now: () => performance.now(),
  yieldTo: (fn) => {
    queue.push(fn);
    channel.port2.postMessage(null);
  },
  delay: (fn, ms) => void setTimeout(fn, ms),
  loadMnist,
  close: () => self.close(),
});

self.addEventListener('message', (event: MessageEvent) => session.handle(event.data));
self.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
  event.preventDefault();
  session.reportError(event.reason);
});
self.addEventListener('error', (event: ErrorEvent) => {
  event.preventDefault();
  session.reportError(event.error ?? event.message);
});
