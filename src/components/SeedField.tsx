// The random seed of a lesson: a number field (typed seeds are shared by link) and a "new seed" button; hidden by hide=seed.
import { useId, useState } from 'react';
import { randomU32 } from '../engine/rng';
import type { IntParam, NumberParam } from '../state/params';
import { useT } from '../state/useText';
import { useHidden } from '../state/useView';

interface SeedFieldProps {
  spec: NumberParam | IntParam;
  value: number;
  onChange(value: number): void;
  disabled?: boolean;
}

/** The seed after `seed` in [min, max]: a Philox draw keyed by it, so "new seed" gives everyone the same sequence. */
export function nextSeed(seed: number, min: number, max: number): number {
  const span = max - min + 1;
  const next = min + (randomU32(seed, 0, 1) % span);
  return next === seed ? min + ((next - min + 1) % span) : next;
}

export function SeedField({ spec, value, onChange, disabled }: SeedFieldProps) {
  const t = useT();
  const id = useId();
  const hidden = useHidden();
  // What the reader typed, while it is not (yet) a valid seed; the lesson keeps its last valid one meanwhile.
  const [draft, setDraft] = useState<string | null>(null);
  if (hidden(spec.name)) return null;
  const invalid = draft !== null;
  return (
    <div className="seed-field">
      <label htmlFor={id}>{t(spec.label)}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        name={spec.name}
        data-param={spec.name}
        min={spec.min}
        max={spec.max}
        step={1}
        value={draft ?? String(value)}
        disabled={disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => {
          const raw = e.currentTarget.value;
          const x = Number(raw);
          if (raw.trim() !== '' && Number.isInteger(x) && x >= spec.min && x <= spec.max) {
            setDraft(null);
            onChange(x);
          } else setDraft(raw);
        }}
        onBlur={() => setDraft(null)}
      />
      <button type="button" data-action="new-seed" disabled={disabled} onClick={() => (setDraft(null), onChange(nextSeed(value, spec.min, spec.max)))}>
        {t('newSeed')}
      </button>
      {invalid && (
        <span id={`${id}-error`} className="seed-error" role="alert">
          {t('seedInvalid', { min: spec.min, max: spec.max, value })}
        </span>
      )}
    </div>
  );
}
