// Entry point: language from the browser, URL ↔ store sync, backend detection, offline support, then render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { browserLang } from './app/i18n';
import { startOffline } from './app/offline';
import { useStore } from './app/store';
import { startUrlSync } from './app/urlSync';
import { detectBackend } from './gpu/device';
import './styles.css';

useStore.setState({ lang: browserLang(navigator.languages) });
startUrlSync();
startOffline();
void detectBackend().then((info) => useStore.getState().setBackend(info));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
