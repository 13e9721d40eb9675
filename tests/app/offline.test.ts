// installTracker: the header's "Saving for offline use…" always ends, in 'ready' or 'failed', whatever the browser's worker does.
import { describe, expect, it, vi } from 'vitest';
import { installTracker, type SwRegistration, type SwWorker } from '../../src/app/offline';

class FakeWorker implements SwWorker {
  private listeners: (() => void)[] = [];
  constructor(public state: string) {}
  addEventListener(_type: 'statechange', listener: () => void) {
    this.listeners.push(listener);
  }
  /** Moves to a new state as the browser would: the registration's slots first, then the event. */
  go(state: string, registration: SwRegistration, slot: keyof SwRegistration | null) {
    this.state = state;
    for (const k of ['installing', 'waiting', 'active'] as const) if (registration[k] === this) registration[k] = null;
    if (slot) registration[slot] = this;
    this.listeners.forEach((l) => l());
  }
}

describe('installTracker', () => {
  it('a first install that completes reports ready once the worker is activated, not before', () => {
    const w = new FakeWorker('installing');
    const reg: SwRegistration = { installing: w, waiting: null, active: null };
    const report = vi.fn();
    installTracker(reg, report);
    w.go('installed', reg, 'waiting');
    w.go('activating', reg, 'active');
    expect(report).not.toHaveBeenCalled();
    w.go('activated', reg, 'active');
    expect(report.mock.calls).toEqual([['ready']]);
  });

  it('a first install that fails (a file missing or damaged) reports failed', () => {
    const w = new FakeWorker('installing');
    const reg: SwRegistration = { installing: w, waiting: null, active: null };
    const report = vi.fn();
    installTracker(reg, report);
    w.go('redundant', reg, null);
    expect(report.mock.calls).toEqual([['failed']]);
  });

  it('a site already saved reports ready at once, even while a new build installs', () => {
    const reg: SwRegistration = { installing: new FakeWorker('installing'), waiting: null, active: new FakeWorker('activated') };
    const report = vi.fn();
    installTracker(reg, report);
    expect(report.mock.calls).toEqual([['ready']]);
  });

  it('a worker replaced by a newer one during install hands the watch to it', () => {
    const first = new FakeWorker('installing');
    const reg: SwRegistration = { installing: first, waiting: null, active: null };
    const report = vi.fn();
    installTracker(reg, report);
    const second = new FakeWorker('installing');
    reg.installing = second;
    first.go('redundant', reg, null);
    expect(report).not.toHaveBeenCalled();
    second.go('installed', reg, 'waiting');
    second.go('activated', reg, 'active');
    expect(report.mock.calls).toEqual([['ready']]);
  });
});
