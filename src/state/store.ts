// The one app store, in slices: route + lesson parameters, view (present/embed/hide), language, notices, backend, offline.
import { create } from 'zustand';
import type { BackendStatus } from '../engine/backendStatus';
import type { BackendInfo } from '../gpu/device';
import { isLang, type Lang } from './i18n';
import { decode, defaults, type Notice, type ParamSpec, type ParamValue, type ParamValues } from './params';
import type { PageId, Route } from './route';
import { decodeView, VIEW_DEFAULTS, type ViewState } from './viewParams';

/** URL keys handled by the app rather than by a lesson. */
export const RESERVED_KEYS = ['lang', 'present', 'hide', 'embed', 'figure', 'backend'] as const;

/** What the store needs of a lesson: its id and its parameter table (the shell looks it up in the catalogue). */
export interface LessonRef {
  id: string;
  params: readonly ParamSpec[];
}

interface RouteSlice {
  lessonId: string | null;
  /** The page that is not a lesson (glossary, checklist), or null for the index and lessons. */
  page: PageId | null;
  /** The glossary entry a link points at (glossary's term=<id>), or null. */
  term: string | null;
  /** The current lesson's parameter table (empty without a lesson). */
  paramSpecs: readonly ParamSpec[];
  /** The id in the URL when it names no lesson. */
  unknownLesson: string | null;
  params: ParamValues;
  notices: Notice[];
  /** Applies a parsed URL: lesson (as the shell found it for route.lessonId), parameters (with notices), view keys and language. */
  navigate(route: Route, lesson: LessonRef | undefined): void;
  /** Sets one parameter; parameters named in `hide` are locked and keep their value. */
  setParam(name: string, value: ParamValue): void;
  /** Sets several parameters at once, starting from the defaults (presets); locked parameters keep theirs. */
  applyPreset(values: ParamValues): void;
  /** Every parameter back to its default, except the locked ones. */
  resetParams(): void;
  addNotice(notice: Notice): void;
  dismissNotices(): void;
}
interface ViewSlice extends ViewState {
  /** Index of the section shown in presentation mode (not part of the URL). */
  section: number;
  /** Ids ("<lesson>/<name>") of the figures on the page, in mount order. */
  figures: readonly string[];
  /** Enters presentation mode at its first section, or leaves it. */
  setPresent(on: boolean): void;
  setSection(index: number): void;
  setFigure(name: string | null): void;
  /** Called by each Figure on mount; returns the unregister function. */
  registerFigure(id: string): () => void;
}
interface LangSlice {
  lang: Lang;
  /** True once the language came from the URL or the switch: then it is written to the URL. */
  langPinned: boolean;
  setLang(lang: Lang): void;
}
interface BackendSlice {
  backend: BackendInfo | null;
  /** The backend that trains the current lesson's networks and why (null until a run is created). */
  runBackend: BackendStatus | null;
  setRunBackend(status: BackendStatus | null): void;
  setBackend(info: BackendInfo): void;
}
/** Service worker state: 'none' in development or without support, 'ready' once the site is cached. */
export type OfflineStatus = 'none' | 'installing' | 'ready' | 'failed';
interface OfflineSlice {
  offline: OfflineStatus;
  online: boolean;
  setOffline(status: OfflineStatus): void;
  setOnline(online: boolean): void;
}
export type AppState = RouteSlice & ViewSlice & LangSlice & BackendSlice & OfflineSlice;

/** Values of the locked (hidden) parameters, to carry over a preset or a reset. */
function locked(s: Pick<AppState, 'hide' | 'params'>): ParamValues {
  const out: ParamValues = {};
  for (const name of s.hide) if (s.params[name] !== undefined) out[name] = s.params[name];
  return out;
}

export const useStore = create<AppState>()((set, get) => ({
  lessonId: null,
  page: null,
  term: null,
  paramSpecs: [],
  unknownLesson: null,
  params: {},
  notices: [],
  navigate(route, lesson) {
    const urlLang = route.query.get('lang');
    const langPart = isLang(urlLang) ? { lang: urlLang, langPinned: true } : {};
    const notLesson = { lessonId: null, paramSpecs: [], params: {}, notices: [], ...VIEW_DEFAULTS, section: 0, ...langPart };
    if (route.page !== null) {
      const term = route.page === 'glossary' ? route.query.get('term')?.trim() || null : null;
      set({ ...notLesson, page: route.page, term, unknownLesson: null });
      return;
    }
    if (!lesson) {
      set({ ...notLesson, page: null, term: null, unknownLesson: route.lessonId });
      return;
    }
    const { values, notices } = decode(lesson.params, route.query, RESERVED_KEYS);
    const { view, notices: viewNotices } = decodeView(route.query, lesson.id, lesson.params.map((p) => p.name));
    notices.push(...viewNotices);
    if (urlLang !== null && !isLang(urlLang)) {
      notices.push({ kind: 'unknown-option', key: 'lang', given: urlLang, used: get().lang });
    }
    const section = lesson.id === get().lessonId ? get().section : 0;
    set({ lessonId: lesson.id, page: null, term: null, paramSpecs: lesson.params, unknownLesson: null, params: values, notices, ...view, section, ...langPart });
  },
  setParam(name, value) {
    if (get().hide.includes(name)) return;
    set((s) => ({ params: { ...s.params, [name]: value } }));
  },
  applyPreset(values) {
    if (get().lessonId !== null) set((s) => ({ params: { ...defaults(s.paramSpecs), ...values, ...locked(s) } }));
  },
  resetParams() {
    if (get().lessonId !== null) set((s) => ({ params: { ...defaults(s.paramSpecs), ...locked(s) } }));
  },
  addNotice(notice) {
    set((s) => ({ notices: [...s.notices, notice] }));
  },
  dismissNotices() {
    set({ notices: [] });
  },

  ...VIEW_DEFAULTS,
  section: 0,
  figures: [],
  setPresent(on) {
    set({ present: on, section: 0 });
  },
  setSection(index) {
    set({ section: Math.max(0, index) });
  },
  setFigure(name) {
    set({ figure: name });
  },
  registerFigure(id) {
    set((s) => ({ figures: [...s.figures, id] }));
    return () => {
      const figures = [...get().figures];
      const i = figures.indexOf(id);
      if (i >= 0) figures.splice(i, 1);
      set({ figures });
    };
  },

  lang: 'en',
  langPinned: false,
  setLang(lang) {
    set({ lang, langPinned: true });
  },

  backend: null,
  runBackend: null,
  setRunBackend(status) {
    set({ runBackend: status });
  },
  setBackend(info) {
    set({ backend: info });
  },

  offline: 'none',
  online: true,
  setOffline(status) {
    set({ offline: status });
  },
  setOnline(online) {
    set({ online });
  },
}));
