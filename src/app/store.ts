// The one app store, in slices: route + lesson parameters, language, notices, backend.
import { create } from 'zustand';
import { findLesson } from '../lessons';
import type { BackendInfo } from '../gpu/device';
import { isLang, type Lang } from './i18n';
import { decode, defaults, type Notice, type ParamValue, type ParamValues } from './params';
import type { Route } from './route';

/** URL keys handled by the app rather than by a lesson. */
export const RESERVED_KEYS = ['lang'] as const;

interface RouteSlice {
  lessonId: string | null;
  /** The id in the URL when it names no lesson. */
  unknownLesson: string | null;
  params: ParamValues;
  notices: Notice[];
  /** Applies a parsed URL: lesson, parameters (with notices) and language. */
  navigate(route: Route): void;
  setParam(name: string, value: ParamValue): void;
  /** Sets several parameters at once, starting from the defaults (presets). */
  applyPreset(values: ParamValues): void;
  dismissNotices(): void;
}
interface LangSlice {
  lang: Lang;
  /** True once the language came from the URL or the switch: then it is written to the URL. */
  langPinned: boolean;
  setLang(lang: Lang): void;
}
interface BackendSlice {
  backend: BackendInfo | null;
  setBackend(info: BackendInfo): void;
}
export type AppState = RouteSlice & LangSlice & BackendSlice;

export const useStore = create<AppState>()((set, get) => ({
  lessonId: null,
  unknownLesson: null,
  params: {},
  notices: [],
  navigate(route) {
    const lesson = findLesson(route.lessonId);
    const urlLang = route.query.get('lang');
    const langPart = isLang(urlLang) ? { lang: urlLang, langPinned: true } : {};
    if (!lesson) {
      set({ lessonId: null, unknownLesson: route.lessonId, params: {}, notices: [], ...langPart });
      return;
    }
    const { values, notices } = decode(lesson.params, route.query, RESERVED_KEYS);
    if (urlLang !== null && !isLang(urlLang)) {
      notices.push({ kind: 'unknown-option', key: 'lang', given: urlLang, used: get().lang });
    }
    set({ lessonId: lesson.id, unknownLesson: null, params: values, notices, ...langPart });
  },
  setParam(name, value) {
    set((s) => ({ params: { ...s.params, [name]: value } }));
  },
  applyPreset(values) {
    const lesson = findLesson(get().lessonId);
    if (lesson) set({ params: { ...defaults(lesson.params), ...values } });
  },
  dismissNotices() {
    set({ notices: [] });
  },

  lang: 'en',
  langPinned: false,
  setLang(lang) {
    set({ lang, langPinned: true });
  },

  backend: null,
  setBackend(info) {
    set({ backend: info });
  },
}));
