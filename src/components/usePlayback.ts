// Step-by-step playback of a precomputed run: a cursor 0…total advanced on requestAnimationFrame.
import { useCallback, useEffect, useRef, useState } from 'react';

/** Steps per second at speed 1×. */
export const BASE_RATE = 5;

export interface Playback {
  cursor: number;
  playing: boolean;
  speed: number;
  playPause(): void;
  step(): void;
  reset(): void;
  setSpeed(speed: number): void;
}

/** The cursor rests at `total` (the whole run shown) until the user plays, steps or resets. */
export function usePlayback(total: number): Playback {
  const [cursor, setCursor] = useState(total);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const cursorRef = useRef(cursor);
  cursorRef.current = cursor;

  // A new run (another total) shows in full and stops any playback.
  const [lastTotal, setLastTotal] = useState(total);
  if (lastTotal !== total) {
    setLastTotal(total);
    setCursor(total);
    setPlaying(false);
  }

  useEffect(() => {
    if (!playing) return;
    let raf = 0;
    let last = performance.now();
    let carry = 0;
    const tick = (now: number) => {
      carry += ((now - last) / 1000) * BASE_RATE * speed;
      last = now;
      const whole = Math.floor(carry);
      if (whole > 0) {
        carry -= whole;
        const next = Math.min(total, cursorRef.current + whole);
        setCursor(next);
        if (next >= total) {
          setPlaying(false);
          return;
        }
      }
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [playing, speed, total]);

  const playPause = useCallback(() => {
    setPlaying((p) => {
      if (!p && cursorRef.current >= total) setCursor(0);
      return !p;
    });
  }, [total]);
  const step = useCallback(() => {
    setPlaying(false);
    setCursor((c) => (c >= total ? 1 : c + 1));
  }, [total]);
  const reset = useCallback(() => {
    setPlaying(false);
    setCursor(0);
  }, []);
  return { cursor, playing, speed, playPause, step, reset, setSpeed };
}
