// Coalesces change notifications into at most one draw per animation frame.

/** requestAnimationFrame / cancelAnimationFrame, injectable so the scheduler runs in Node tests. */
export interface FrameApi {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

/** The browser's animation frames. */
export const BROWSER_FRAMES: FrameApi = {
  request: (callback) => requestAnimationFrame(() => callback()),
  cancel: (handle) => cancelAnimationFrame(handle),
};

/** Marks dirty on change and draws on the next frame; dispose cancels a pending frame. */
export interface FrameScheduler {
  /** Something changed: draw on the next frame (once, however often this is called before it). */
  invalidate(): void;
  dispose(): void;
}

/**
 * A scheduler that calls draw() at most once per frame, and only in frames that follow an invalidate().
 * After dispose(), draw is never called again.
 */
export function createFrameScheduler(draw: () => void, frames: FrameApi = BROWSER_FRAMES): FrameScheduler {
  let pending: number | null = null;
  let disposed = false;
  const run = () => {
    pending = null;
    if (!disposed) draw();
  };
  return {
    invalidate() {
      if (disposed || pending !== null) return;
      pending = frames.request(run);
    },
    dispose() {
      disposed = true;
      if (pending !== null) frames.cancel(pending);
      pending = null;
    },
  };
}
