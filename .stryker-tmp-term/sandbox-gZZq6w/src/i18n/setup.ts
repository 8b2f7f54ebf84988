// @ts-nocheck
import i18next, { type BackendModule, type i18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import en from './locales/en.json';

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
        : Promise.resolve(language === 'en' ? en : {});
    load.then(
      (data) => callback(null, data),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/**
 * Creates the app's one i18next instance. `?lng=` wins, then the remembered choice, then the browser.
 * `<html lang>` follows the language (screen readers, CJK font selection, hyphenation).
 */
export async function createI18n(): Promise<i18n> {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  await instance
    .use(LanguageDetector)
    .use(lazyLocales)
    .init({
      // English is bundled (it is the fallback); other languages load when chosen (smaller first load).
      resources: { en: { translation: en } },
      partialBundledLanguages: true,
      supportedLngs: [...UI_LANGUAGES],
      nonExplicitSupportedLngs: false,
      load: 'currentOnly',
      fallbackLng: { zh: ['zh-CN'], 'zh-Hans': ['zh-CN'], default: ['en'] },
      interpolation: { escapeValue: false }, // Lit bindings escape; i18next must not double-escape
      returnNull: false,
      detection: {
        order: ['querystring', 'localStorage', 'navigator'],
        lookupQuerystring: 'lng',
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
      },
    });
  document.documentElement.lang = instance.resolvedLanguage ?? 'en';
  return instance;
}
