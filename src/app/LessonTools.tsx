// "Copy link" (the shared, canonical URL; a selected text field when the clipboard is refused) and "Reset to defaults".
import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from '../state/store';
import { shareUrl } from '../state/urlSync';
import { useT } from '../state/useText';
import { TryInPlayground } from '../lessons/playground/TryLink';

type Status = { kind: 'idle' } | { kind: 'copied' } | { kind: 'reset' } | { kind: 'manual'; url: string };

/** How long a confirmation stays on screen. */
const STATUS_MS = 6000;

export function LessonTools() {
  const t = useT();
  const resetParams = useStore((s) => s.resetParams);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();

  useEffect(() => {
    if (status.kind === 'manual') {
      field.current?.focus();
      field.current?.select();
    }
    if (status.kind !== 'copied' && status.kind !== 'reset') return;
    const id = setTimeout(() => setStatus({ kind: 'idle' }), STATUS_MS);
    return () => clearTimeout(id);
  }, [status]);

  const copy = async () => {
    const url = shareUrl(useStore.getState());
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setStatus({ kind: 'copied' });
    } catch {
      // Denied permission, an insecure context or an old browser: let the reader copy it by hand.
      setStatus({ kind: 'manual', url });
    }
  };

  return (
    <div className="lesson-tools" role="group" aria-label={t('lessonTools')}>
      <button type="button" data-action="copy-link" onClick={() => void copy()}>
        {t('copyLink')}
      </button>
      <button
        type="button"
        data-action="reset-defaults"
        onClick={() => {
          resetParams();
          setStatus({ kind: 'reset' });
        }}
      >
        <span aria-hidden="true">↺ </span>
        {t('resetDefaults')}
      </button>
      <TryInPlayground />
      <p className="tools-status" role="status" data-status={status.kind}>
        {status.kind === 'copied' && t('linkCopied')}
        {status.kind === 'reset' && t('resetDone')}
        {status.kind === 'manual' && t('copyManual')}
      </p>
      {status.kind === 'manual' && (
        <div className="manual-link">
          <label htmlFor={fieldId}>{t('linkField')}</label>
          <input id={fieldId} ref={field} type="text" readOnly value={status.url} data-share-url onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
    </div>
  );
}
