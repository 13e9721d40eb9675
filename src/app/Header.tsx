// Site header: title (link to the index), the presentation button on lessons, offline state, language switch and compute backend.
import { LANGS, type Lang } from '../state/i18n';
import { OfflineBadge } from './OfflineBadge';
import type { BackendStatus } from '../gpu/backend';
import { useStore } from '../state/store';
import type { UiKey } from '../state/strings';
import { useT } from '../state/useText';

const LANG_NAMES: Record<Lang, string> = { zh: '中文', en: 'English' };

/** Why a page or a run is on the CPU (detection reasons and run reasons share one table). */
const WHY_CPU: Partial<Record<BackendStatus['reason'], UiKey>> = {
  'requested-cpu': 'whyRequestedCpu',
  'software-adapter': 'whySoftware',
  'auto-cpu-faster': 'whySoftware',
  'no-webgpu': 'noWebGpu',
  'no-adapter': 'noAdapter',
  'adapter-error': 'adapterError',
  'device-lost': 'whyDeviceLost',
};

/** The backend that trains the lesson's run (once one exists), else the one detection says the page would use. */
function BackendBadge() {
  const t = useT();
  const backend = useStore((s) => s.backend);
  const run = useStore((s) => (s.lessonId ? s.runBackend : null));
  let text: string;
  let kind: string;
  if (run) {
    kind = run.backend === 'webgpu' ? 'gpu' : 'cpu';
    text = run.backend === 'webgpu' ? t('runOnGpu', { name: run.adapter ?? 'GPU' }) : t('runOnCpu', { why: t(WHY_CPU[run.reason] ?? 'whyGpuFailed') });
  } else if (!backend) {
    kind = 'detecting';
    text = t('backendDetecting');
  } else if (backend.kind === 'gpu') {
    kind = 'gpu';
    text = t(backend.fallback ? 'backendGpuFallback' : 'backendGpu', { name: backend.name });
  } else {
    kind = 'cpu';
    text = t('backendCpu', { why: t(WHY_CPU[backend.reason]!) });
  }
  return (
    <span className="backend-badge" data-backend={kind} data-run-backend={run?.backend} data-reason={run?.reason} title={t('backend')}>
      <span className="sr-only">{t('backend')}: </span>
      {text}
    </span>
  );
}

export function Header() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const setLang = useStore((s) => s.setLang);
  const lessonId = useStore((s) => s.lessonId);
  const setPresent = useStore((s) => s.setPresent);
  return (
    <header className="site-header">
      <a className="site-title" href="#/">
        {t('siteTitle')}
      </a>
      <div className="header-right">
        {lessonId && (
          <button
            type="button"
            className="present-button"
            data-action="present"
            title={t('presentHint')}
            onClick={() => setPresent(true)}
          >
            <span aria-hidden="true">▣ </span>
            {t('present')}
          </button>
        )}
        <OfflineBadge />
        <BackendBadge />
        <div className="lang-switch" role="group" aria-label={t('language')}>
          {LANGS.map((l) => (
            <button key={l} type="button" lang={l} data-lang={l} aria-pressed={lang === l} onClick={() => setLang(l)}>
              {LANG_NAMES[l]}
            </button>
          ))}
        </div>
      </div>
    </header>
  );
}
