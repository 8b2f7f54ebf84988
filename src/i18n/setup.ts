import i18next, { type BackendModule, type i18n } from 'i18next';
import { detectLanguage } from './detect.ts';
import type en from './locales/en.json';
import firstMessages from 'virtual:verso-messages/en/first';
import { registerMessages } from './keys.ts';

/** UI languages Verso ships, complete in both (a unit test compares the key sets). */
export const UI_LANGUAGES = ['en', 'zh-CN'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** localStorage key under which the chosen language is remembered. */
export const LANGUAGE_STORAGE_KEY = 'verso.lng';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

/** Loads a UI language's messages on demand (an i18next backend over dynamic imports). */
const lazyLocales: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    const load =
      language === 'zh-CN'
        ? import('./locales/zh-CN.json').then((m) => m.default)
        : Promise.resolve({}); // English is bundled in two parts (createI18n)
    load.then(
      (data) => callback(null, data),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/** The app's i18next instance, and when every message (not only the first paint's) is in place. */
export interface AppI18n {
  readonly i18n: i18n;
  /** Resolves when the messages beyond the first paint's are loaded (before a project opens). */
  readonly complete: Promise<void>;
}

/**
 * Creates the app's one i18next instance. `?lng=` wins, then the remembered choice, then the browser.
 * `<html lang>` follows the language (screen readers, CJK font selection, hyphenation). English comes
 * in two parts: the first paint's messages with this module, the rest (dialogs, panels, errors) as a
 * chunk that starts loading at once and is merged in when it arrives (src/i18n/first-paint.ts).
 */
export async function createI18n(): Promise<AppI18n> {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    // Remembered for the next visit (a `?lng=` link too, as the detector did).
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
    } catch {
      // Storage refused (private mode, quota): the choice lasts this visit.
    }
  });
  const lng = detectLanguage(
    {
      search: location.search,
      stored: storedLanguage(),
      browser: navigator.languages.length > 0 ? navigator.languages : [navigator.language],
    },
    UI_LANGUAGES,
    'en',
  );
  await instance.use(lazyLocales).init({
    lng,
    // English is bundled (it is the fallback); other languages load when chosen (smaller first load).
    resources: { en: { translation: firstMessages } },
    partialBundledLanguages: true,
    supportedLngs: [...UI_LANGUAGES],
    nonExplicitSupportedLngs: false,
    load: 'currentOnly',
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // Lit bindings escape; i18next must not double-escape
    returnNull: false,
  });
  document.documentElement.lang = instance.resolvedLanguage ?? 'en';
  registerMessages(firstMessages);
  const complete = import('virtual:verso-messages/en/later').then(({ default: later }) => {
    instance.addResourceBundle('en', 'translation', later, true, false);
    registerMessages(later);
  });
  return { i18n: instance, complete };
}

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}
