// SessionLoop drives synchronous and asynchronous targets by the same rules: untilStep, stop, rate limit, time slice, cancel.
import { describe, expect, it } from 'vitest';
import { SessionLoop, type LoopHooks, type LoopHost, type LoopTarget } from '../../src/worker/thread/sessionLoop';

/** A host on a manual clock: tasks run in order of due time; the clock jumps to a delayed task's due time. */
function manualHost() {
  let t = 0;
  let seq = 0;
  const tasks: { due: number; seq: number; fn: () => void }[] = [];
  const yields: number[] = [];
  const host: LoopHost = {
    now: () => t,
    yieldTo: (fn) => {
      yields.push(t);
      tasks.push({ due: t, seq: seq++, fn });
    },
    delay: (fn, ms) => void tasks.push({ due: t + ms, seq: seq++, fn }),
  };
  return {
    host,
    yields,
    advance: (ms: number) => (t += ms),
    /** Runs queued tasks (and the promises they start) until none is left. */
    async drain(): Promise<void> {
      for (let guard = 0; guard < 100_000; guard++) {
        await new Promise((r) => setImmediate(r));
        if (tasks.length === 0) return;
        tasks.sort((a, b) => a.due - b.due || a.seq - b.seq);
        const next = tasks.shift()!;
        t = Math.max(t, next.due);
        next.fn();
      }
      throw new Error('the loop never went idle');
    },
  };
}

type Report = { step: number; stopped: boolean };

/** A target whose updates cost costMs on the manual clock; async ones resolve on a later microtask. */
function counter(clock: ReturnType<typeof manualHost>, async: boolean, options: { stopAt?: number; throwAt?: number; costMs?: number } = {}) {
  let step = 0;
  const takenAt: number[] = [];
  const target: LoopTarget<Report> = {
    step: () => {
      if (step + 1 === options.throwAt) throw new Error('update failed');
      takenAt.push(clock.host.now());
      clock.advance(options.costMs ?? 1);
      step++;
      const report = { step, stopped: step === options.stopAt };
      return async ? Promise.resolve().then(() => report) : report;
    },
    flush: () => (async ? Promise.resolve({ step, stopped: false }) : { step, stopped: false }),
    position: () => step,
    done: (r) => r.stopped,
  };
  return { target, takenAt };
}

function recorder() {
  const log = { recorded: [] as number[], ends: [] as string[], errors: [] as string[], forcedFlushes: 0 };
  const hooks: LoopHooks<Report> = {
    record: (r) => log.recorded.push(r.step),
    flush: (force) => void (force && log.forcedFlushes++),
    end: (mode) => log.ends.push(mode),
    fail: (e) => log.errors.push(e.message),
  };
  return { hooks, log };
}

const stream = (sliceMs = 4) => () => ({ sliceMs, intervalMs: 16, every: 1 });

describe.each([
  ['synchronous', false],
  ['asynchronous', true],
])('SessionLoop with a %s target', (_, async) => {
  it('run(target, untilStep) takes exactly untilStep updates, records each, and ends "paused" once', async () => {
    const clock = manualHost();
    const { target } = counter(clock, async);
    const { hooks, log } = recorder();
    new SessionLoop(clock.host, stream(), hooks).run(target, 10, 0);
    await clock.drain();
    expect(target.position()).toBe(10);
    expect(log.recorded.filter((s, i, a) => a.indexOf(s) === i)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(log.ends).toEqual(['paused']);
  });

  it('yields after sliceMs of updates (4 updates of 1 ms per slice at sliceMs 4)', async () => {
    const clock = manualHost();
    const { target, takenAt } = counter(clock, async);
    new SessionLoop(clock.host, stream(4), recorder().hooks).run(target, 12, 0);
    await clock.drain();
    // Slices start at 0, 4, 8: updates 1–4, 5–8, 9–12.
    expect(clock.yields.slice(0, 3)).toEqual([0, 4, 8]);
    expect(takenAt).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('with stepsPerSecond, update k is taken no earlier than k/stepsPerSecond s after the start', async () => {
    const clock = manualHost();
    const { target, takenAt } = counter(clock, async);
    new SessionLoop(clock.host, stream(), recorder().hooks).run(target, 5, 100);
    await clock.drain();
    expect(takenAt).toEqual([10, 20, 30, 40, 50]);
  });

  it('a report that says the run cannot go on ends it "stopped" at that update', async () => {
    const clock = manualHost();
    const { target } = counter(clock, async, { stopAt: 3 });
    const { hooks, log } = recorder();
    new SessionLoop(clock.host, stream(), hooks).run(target, Infinity, 0);
    await clock.drain();
    expect(target.position()).toBe(3);
    expect(log.ends).toEqual(['stopped']);
  });

  it('an update that throws ends the run through fail() with its message', async () => {
    const clock = manualHost();
    const { target } = counter(clock, async, { throwAt: 4 });
    const { hooks, log } = recorder();
    new SessionLoop(clock.host, stream(), hooks).run(target, Infinity, 0);
    await clock.drain();
    expect(target.position()).toBe(3);
    expect(log.errors).toEqual(['update failed']);
    expect(log.ends).toEqual([]);
  });

  it('cancel() between slices: no further update, no end', async () => {
    const clock = manualHost();
    const { target } = counter(clock, async);
    const { hooks, log } = recorder();
    const loop = new SessionLoop(clock.host, stream(2), hooks);
    loop.run(target, Infinity, 0);
    await new Promise((r) => setImmediate(r));
    loop.cancel();
    await clock.drain();
    expect(target.position()).toBe(0);
    expect(log.ends).toEqual([]);
  });
});

describe('SessionLoop cancelled while an asynchronous update is in flight', () => {
  it('records that update, drains, flushes, and takes no more', async () => {
    const clock = manualHost();
    let release: () => void = () => undefined;
    let step = 0;
    const target: LoopTarget<Report> = {
      step: () => new Promise<Report>((resolve) => (release = () => resolve({ step: ++step, stopped: false }))),
      flush: () => Promise.resolve({ step: -1, stopped: false }),
      position: () => step,
      done: () => false,
    };
    const { hooks, log } = recorder();
    const loop = new SessionLoop(clock.host, stream(), hooks);
    loop.run(target, Infinity, 0);
    await clock.drain();
    loop.cancel();
    release();
    await clock.drain();
    expect(log.recorded).toEqual([1, -1]);
    expect(log.forcedFlushes).toBe(1);
    expect(step).toBe(1);
  });
});
