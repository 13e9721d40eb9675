// Ring buffers for streaming metrics and the hook that redraws charts from them once per animation frame.
export { RingTable, type Subscribable } from '../../worker/page/ringTable';
export { BROWSER_FRAMES, createFrameScheduler, type FrameApi, type FrameScheduler } from './frameScheduler';
export { useRingSubscription } from './useRingSubscription';
