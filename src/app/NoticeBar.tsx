// The notice listing what was changed in a malformed URL; dismissable.
import type { Notice } from '../state/params';
import { useStore } from '../state/store';
import type { UiKey } from '../state/strings';
import { useT } from '../state/useText';

const KEY: Record<Notice['kind'], UiKey> = {
  'unknown-key': 'noticeUnknownKey',
  malformed: 'noticeMalformed',
  'out-of-range': 'noticeOutOfRange',
  'not-integer': 'noticeNotInteger',
  'unknown-option': 'noticeUnknownOption',
};

export function NoticeBar() {
  const t = useT();
  const notices = useStore((s) => s.notices);
  const dismiss = useStore((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <div className="notice url-notice" role="status" data-notices={notices.length}>
      <p>{t('urlFixed')}</p>
      <ul>
        {notices.map((n, i) => (
          <li key={i} data-notice={n.kind} data-key={n.key}>
            {t(KEY[n.kind], { key: n.key, given: n.given, used: n.used || '—' })}
          </li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}
