// The session loop, the one loop of the worker (the GPU's own pass loop is GpuRunLoop in src/gpu/run/runLoop.ts): time slices of single updates for synchronous and asynchronous trainers alike.
import { toErrorInfo, type StreamOptions, type WorkerErrorInfo } from '../shared/protocol';

/** What the loop needs of its environment (the session's host). */
export interface LoopHost {
  now(): number;
  yieldTo(fn: () => void): void;
  delay(fn: () => void, ms: number): void;
}

/** What the loop drives: a trainer or a population, stepped one update at a time. */
export interface LoopTarget<R> {
  /** One update; a promise for an asynchronous (GPU) backend. */
  step(): R | Promise<R>;
  /** The metrics still on their way (an asynchronous backend's read-backs). */
  flush(): R | Promise<R>;
  /** Updates taken so far. */
  position(): number;
  /** True when the report says the run cannot go on (diverged, early stopping, epoch budget). */
  done(report: R): boolean;
}

/** How the loop hands its results to the session. */
export interface LoopHooks<R> {
  /** A report's metrics, with the training time so far. */
  record(report: R, trainMs: number): void;
  /** Sends the pending metrics: always when forced, else only when intervalMs has passed. */
  flush(force: boolean): void;
  /** The run ended: reached untilStep ('paused') or its target stopped ('stopped'). */
  end(mode: 'paused' | 'stopped'): void;
  /** An update threw: the run is over. */
  fail(error: WorkerErrorInfo): void;
}

/**
 * Runs a target until untilStep, a stop, or cancel(). Rules, the same for both kinds of trainer: each slice
 * takes updates for at most sliceMs and then yields, so control messages are handled between slices; with
 * stepsPerSecond > 0, update k of the run (k = 1, 2, …) is not taken before k/stepsPerSecond seconds after
 * the start; untilStep and a stop end the run after draining the metrics still on their way; a run cancelled
 * while an asynchronous update was in flight records that update and its drained metrics, then flushes.
 * A synchronous target is never awaited, so its slices run to the end without giving up the thread.
 */
export class SessionLoop<R> {
  /** Milliseconds spent in updates since the last reset (set to 0 by the session). */
  trainMs = 0;
  private target: LoopTarget<R> | null = null;
  private token = 0;
  private scheduled = false;
  private untilStep = Infinity;
  private stepsPerSecond = 0;
  private rateStart = 0;
  private rateStartStep = 0;

  constructor(
    private readonly host: LoopHost,
    private readonly stream: () => Required<StreamOptions>,
    private readonly hooks: LoopHooks<R>,
  ) {}

  /** Starts (or restarts) running `target` until untilStep, at most stepsPerSecond updates per second when > 0. */
  run(target: LoopTarget<R>, untilStep: number, stepsPerSecond: number): void {
    this.cancel();
    this.target = target;
    this.untilStep = untilStep;
    this.stepsPerSecond = stepsPerSecond > 0 && Number.isFinite(stepsPerSecond) ? stepsPerSecond : 0;
    this.rateStart = this.host.now();
    this.rateStartStep = target.position();
    this.schedule(0);
  }

  /** Stops the run after the update in flight; a scheduled slice does nothing. */
  cancel(): void {
    this.token++;
    this.scheduled = false;
    this.untilStep = Infinity;
  }

  /** Cancels and forgets the target (it is being replaced or freed): late reports from it are dropped. */
  detach(): void {
    this.cancel();
    this.target = null;
  }

  private schedule(delayMs: number): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const token = this.token;
    const go = () => {
      if (token !== this.token) return;
      this.scheduled = false;
      void this.slice(token);
    };
    if (delayMs > 0) this.host.delay(go, delayMs);
    else this.host.yieldTo(go);
  }

  private async slice(token: number): Promise<void> {
    const target = this.target;
    if (!target) return;
    const t0 = this.host.now();
    let now = t0;
    let waitMs = 0;
    try {
      for (;;) {
        const step = target.position();
        if (step >= this.untilStep) return await this.finish(token, target, 'paused');
        if (this.stepsPerSecond > 0) {
          const dueMs = ((step - this.rateStartStep + 1) * 1000) / this.stepsPerSecond;
          if (now - this.rateStart < dueMs) {
            waitMs = Math.max(1, Math.ceil(dueMs - (now - this.rateStart)));
            break;
          }
        }
        const before = now;
        const pending = target.step();
        const report = pending instanceof Promise ? await pending : pending;
        now = this.host.now();
        if (this.target !== target) return;
        this.trainMs += now - before;
        this.hooks.record(report, this.trainMs);
        if (token !== this.token) {
          // Cancelled while the update ran: bring in the metrics still on their way and send them.
          const drained = this.drain(target);
          if (drained) await drained;
          this.hooks.flush(true);
          return;
        }
        if (target.done(report)) return await this.finish(token, target, 'stopped');
        if (target.position() >= this.untilStep) return await this.finish(token, target, 'paused');
        if (now - t0 >= this.stream().sliceMs) break;
      }
    } catch (error) {
      if (this.target === target) this.hooks.fail(toErrorInfo(error, 'internal'));
      return;
    }
    if (token !== this.token) return;
    this.hooks.flush(false);
    this.schedule(waitMs);
  }

  /** Drains the target and ends the run, synchronously for a synchronous target. */
  private finish(token: number, target: LoopTarget<R>, mode: 'paused' | 'stopped'): void | Promise<void> {
    const end = () => {
      if (token === this.token && this.target === target) this.hooks.end(mode);
    };
    const drained = this.drain(target);
    if (drained) return drained.then(end);
    end();
  }

  /** Records what the target still holds; a promise only when the target is asynchronous. */
  private drain(target: LoopTarget<R>): void | Promise<void> {
    const report = target.flush();
    const record = (r: R) => {
      if (this.target === target) this.hooks.record(r, this.trainMs);
    };
    if (report instanceof Promise) return report.then(record);
    record(report);
  }
}
