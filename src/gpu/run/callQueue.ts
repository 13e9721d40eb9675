// Serialised asynchronous calls: each runs after every earlier one finished, and none runs once the device is gone.

/** A chain of calls that never interleave; `check` throws (GpuLostError) when the device is unusable. */
export class CallQueue {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly check: () => void) {}

  /** Runs `fn` after every earlier call; rejects with check()'s error before it, or after it failed because of that. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    const call = async () => {
      this.check();
      try {
        return await fn();
      } catch (e) {
        this.check();
        throw e;
      }
    };
    const p = this.tail.then(call, call);
    this.tail = p.catch(() => undefined);
    return p;
  }
}
