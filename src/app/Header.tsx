// Site header: title (the link to the index), links to the glossary and checklist, the presentation button on lessons,
// offline state, language switch and compute backend.
import { useId, useState } from 'react';
import { LANGS, type Lang, type Text } from '../state/i18n';
import { OfflineBadge } from './OfflineBadge';
import { PAGE_TEXT, PAGE_TITLES } from './pages/pageText';
import './pages/pages.css';
import type { BackendReason } from '../engine/backendStatus';
import { useStore } from '../state/store';
import { useT } from '../state/useText';

const LANG_NAMES: Record<Lang, string> = { zh: '中文', en: 'English' };

/** Which rule of the backend policy put the run (or, before a run, the page) on its backend, in both languages. */
const REASON_TEXT: Record<BackendReason, Text> = {
  'requested-cpu': { zh: '链接指定 backend=cpu', en: 'the link asks for backend=cpu' },
  'requested-gpu': { zh: '链接指定 backend=gpu', en: 'the link asks for backend=gpu' },
  'auto-gpu': { zh: '有硬件 GPU 适配器', en: 'a hardware GPU adapter is present' },
  'auto-gpu-faster': { zh: '模型很小：两种引擎各试几步，GPU 更快', en: 'a very small model: both engines were timed and the GPU was faster' },
  'auto-cpu-faster': { zh: '模型很小：两种引擎各试几步，CPU 引擎更快', en: 'a very small model: both engines were timed and the CPU engine was faster' },
  'software-adapter': { zh: '只有软件模拟的 GPU 适配器', en: 'the only GPU adapter is a software one' },
  'no-webgpu': { zh: '此浏览器不支持 WebGPU', en: 'this browser has no WebGPU' },
  'no-adapter': { zh: '没有可用的 GPU 适配器', en: 'no GPU adapter available' },
  'adapter-error': { zh: '请求 GPU 适配器失败', en: 'requesting a GPU adapter failed' },
  'device-error': { zh: '创建 GPU 设备失败', en: 'creating the GPU device failed' },
  'gpu-init-failed': { zh: 'GPU 无法为这个模型做好准备', en: 'the GPU could not set up this model' },
  'device-lost': { zh: 'GPU 设备丢失，已从最近状态在 CPU 上继续', en: 'the GPU device was lost; the run continues on the CPU from its last state' },
  'gpu-error': { zh: 'GPU 出错，已改用 CPU', en: 'the GPU failed; the CPU engine took over' },
  float64: { zh: '双精度只在 CPU 引擎上运行', en: 'float64 runs only on the CPU engine' },
};

/** The badge's link to the lesson that measures this machine's engines. */
const SPEED_LINK = {
  text: { zh: '测速', en: 'How fast?' },
  title: { zh: '在“数据并行”一课里实测本站两种引擎每秒训练多少样本', en: 'Measure how many examples per second the site’s engines train, in the data-parallel lesson' },
} as const satisfies Record<string, Text>;

/**
 * The backend that trains the lesson's run (once one exists) and the rule that chose it, else what detection
 * found for the page: a plain sentence, with the adapter and the reason in a tooltip (hover, focus or click).
 */
function BackendBadge() {
  const t = useT();
  const detailsId = useId();
  const [pinned, setPinned] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const backend = useStore((s) => s.backend);
  const run = useStore((s) => (s.lessonId ? s.runBackend : null));
  let plain: string;
  let details: string;
  let kind: string;
  if (run) {
    kind = run.backend === 'webgpu' ? 'gpu' : 'cpu';
    const why = t(REASON_TEXT[run.reason]);
    plain = t(run.backend === 'webgpu' ? 'plainRunGpu' : 'plainRunCpu');
    details = run.backend === 'webgpu' ? t('runOnGpu', { name: run.adapter ?? 'GPU', why }) : t('runOnCpu', { why });
  } else if (!backend) {
    kind = 'detecting';
    plain = t('backendDetecting');
    details = t('backendDetectingDetails');
  } else if (backend.kind === 'gpu') {
    kind = 'gpu';
    plain = t(backend.fallback ? 'plainSoftwareGpu' : 'plainGpu');
    details = t(backend.fallback ? 'backendGpuFallback' : 'backendGpu', { name: backend.name });
  } else {
    kind = 'cpu';
    plain = t('plainCpu');
    details = t('backendCpu', { why: t(REASON_TEXT[backend.reason]) });
  }
  const cls = ['backend-badge', pinned && 'pinned', dismissed && 'dismissed'].filter(Boolean).join(' ');
  return (
    <span className={cls} data-backend={kind} data-run-backend={run?.backend} data-reason={run?.reason} onMouseLeave={() => setDismissed(false)}>
      <button
        type="button"
        className="badge-text"
        aria-describedby={detailsId}
        aria-expanded={pinned}
        onClick={() => (setPinned(!pinned), setDismissed(false))}
        onBlur={() => (setPinned(false), setDismissed(false))}
        onKeyDown={(e) => e.key === 'Escape' && (setPinned(false), setDismissed(true))}
      >
        <span className="sr-only">{t('backend')}: </span>
        {plain}
      </button>
      <span role="tooltip" id={detailsId} className="badge-details">
        {details}
      </span>
      <a className="badge-link" href="#/data-parallel?figure=throughput" data-nav="engine-speed" title={t(SPEED_LINK.title)}>
        {t(SPEED_LINK.text)}
      </a>
    </span>
  );
}

export function Header() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const setLang = useStore((s) => s.setLang);
  const lessonId = useStore((s) => s.lessonId);
  const setPresent = useStore((s) => s.setPresent);
  const page = useStore((s) => s.page);
  const onIndex = lessonId === null && page === null;
  const links = [
    { href: '#/glossary', text: t(PAGE_TITLES.glossary), current: page === 'glossary', nav: 'glossary' },
    { href: '#/checklist', text: t(PAGE_TEXT.navChecklist), current: page === 'checklist', nav: 'checklist' },
  ];
  return (
    <header className="site-header">
      <a className="site-title" href="#/" data-nav="index" aria-current={onIndex ? 'page' : undefined}>
        {t('siteTitle')}
      </a>
      <nav className="site-nav" aria-label={t(PAGE_TEXT.pagesNav)}>
        {links.map((l) => (
          <a key={l.nav} href={l.href} data-nav={l.nav} aria-current={l.current ? 'page' : undefined}>
            {l.text}
          </a>
        ))}
      </nav>
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
