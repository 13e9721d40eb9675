// Play/pause, one step, reset and speed, with a step counter; plain buttons so the keyboard works.
import { useT } from '../state/useText';

export const SPEEDS = [0.5, 1, 2, 4] as const;

interface PlayControlsProps {
  playing: boolean;
  step: number;
  total: number;
  /** Playback speed; leave out (with onSpeed) where speed does not apply, e.g. live training. */
  speed?: number;
  onPlayPause(): void;
  onStep(): void;
  /** Whether Step does anything now; default: until the last step (a lesson may extend its run instead). */
  canStep?: boolean;
  onReset(): void;
  onSpeed?(speed: number): void;
  /** Counter text instead of "Step k of n" (e.g. epochs). */
  counter?: string;
  /** The counter's text at its last step: its width is reserved from the start, so the bar does not reflow as k grows. */
  counterAtEnd?: string;
}

export function PlayControls(p: PlayControlsProps) {
  const t = useT();
  return (
    <div className="play-controls" role="group" aria-label={`${t('play')} / ${t('step')} / ${t('reset')}`}>
      <button type="button" data-action="play" onClick={p.onPlayPause} aria-pressed={p.playing}>
        {p.playing ? `❚❚ ${t('pause')}` : `▶ ${t('play')}`}
      </button>
      <button type="button" data-action="step" onClick={p.onStep} disabled={!(p.canStep ?? p.step < p.total)}>
        ▸| {t('step')}
      </button>
      <button type="button" data-action="reset" onClick={p.onReset}>
        ↺ {t('reset')}
      </button>
      {p.onSpeed && (
        <label className="speed">
          {t('speed')}{' '}
          <select value={p.speed} onChange={(e) => p.onSpeed?.(Number(e.currentTarget.value))}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
      )}
      <span
        className="step-counter"
        aria-live="polite"
        data-step={p.step}
        data-widest={p.counter === undefined ? t('stepCounter', { k: p.total, n: p.total }) : p.counterAtEnd}
      >
        {p.counter ?? t('stepCounter', { k: p.step, n: p.total })}
      </span>
    </div>
  );
}
