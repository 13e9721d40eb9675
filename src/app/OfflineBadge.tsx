// Says whether the site is saved for offline use (service worker ready), being saved, could not be saved, or running offline now.
import { useStore } from '../state/store';
import { useT } from '../state/useText';

export function OfflineBadge() {
  const t = useT();
  const status = useStore((s) => s.offline);
  const online = useStore((s) => s.online);
  const state = !online ? 'offline' : status;
  const text = { offline: t('offlineNow'), ready: t('offlineReady'), installing: t('offlineInstalling'), failed: t('offlineFailed'), none: '' }[state];
  // The live region stays in the DOM so that a change is announced.
  return (
    <span className={text ? 'offline-badge' : 'offline-badge empty'} role="status" data-offline={state} title={state === 'failed' ? t('offlineFailedWhy') : undefined}>
      {text}
    </span>
  );
}
