// createFrameScheduler: at most one draw per animation frame, only after a change, none after dispose.
import { describe, expect, it, vi } from 'vitest';
import { createFrameScheduler, type FrameApi } from '../../../src/components/ring/frameScheduler';

/** Manual frames: tick() runs the callbacks requested so far. */
function manualFrames() {
  let next = 1;
  const queued = new Map<number, () => void>();
  const api: FrameApi = {
    request: (cb) => {
      queued.set(next, cb);
      return next++;
    },
    cancel: (h) => void queued.delete(h),
  };
  const tick = () => {
    const due = [...queued.values()];
    queued.clear();
    due.forEach((cb) => cb());
  };
  return { api, tick, queued };
}

describe('createFrameScheduler', () => {
  it('invalidate() many times within a frame draws once, on the next frame', () => {
    const { api, tick } = manualFrames();
    const draw = vi.fn();
    const s = createFrameScheduler(draw, api);
    for (let i = 0; i < 100; i++) s.invalidate();
    expect(draw).not.toHaveBeenCalled();
    tick();
    expect(draw).toHaveBeenCalledTimes(1);
  });

  it('does not draw in frames without a change', () => {
    const { api, tick } = manualFrames();
    const draw = vi.fn();
    const s = createFrameScheduler(draw, api);
    s.invalidate();
    tick();
    tick();
    tick();
    expect(draw).toHaveBeenCalledTimes(1);
    s.invalidate();
    tick();
    expect(draw).toHaveBeenCalledTimes(2);
  });

  it('dispose() cancels a pending frame and ignores later invalidations', () => {
    const { api, tick, queued } = manualFrames();
    const draw = vi.fn();
    const s = createFrameScheduler(draw, api);
    s.invalidate();
    s.dispose();
    expect(queued.size).toBe(0);
    s.invalidate();
    tick();
    expect(draw).not.toHaveBeenCalled();
  });
});
