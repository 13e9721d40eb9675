// Entry point: language from the browser, URL ↔ store sync, backend detection, offline support, then render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { findLesson } from './lessons';
import { browserLang } from './state/i18n';
import { startOffline } from './app/offline';
import { useStore } from './state/store';
import { startUrlSync } from './state/urlSync';
import { detectBackend } from './gpu/device';
import './styles.css';

useStore.setState({ lang: browserLang(navigator.languages) });
startUrlSync(findLesson);
startOffline();
// The test hooks (and the worker client they use) load only for a URL that asks for them: not in the index bundle.
if (/[?&]debug=/.test(location.search)) void import('./worker/page/debugHooks').then((m) => m.installDebugHooks(location.search));
void detectBackend().then((info) => useStore.getState().setBackend(info));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
