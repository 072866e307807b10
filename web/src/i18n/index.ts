/** Chinese (zh-CN) and English labels; the chosen language is remembered in localStorage. */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en';
import zh from './zh';

export type Lang = 'zh' | 'en';
const STORAGE_KEY = 'amity.lang';

function initialLanguage(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'zh' || stored === 'en') return stored;
  } catch {
    // Storage can be unavailable (private mode); fall back to the browser's language.
  }
  return navigator.language?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, zh: { translation: zh } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});

/** The tab's title where a page sets none of its own. */
export const siteTitle = (lang: string) => (lang === 'zh' ? '友城 · Amity' : 'Amity · 友城');

function applyDocumentLanguage(lang: string) {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = siteTitle(lang);
}
applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', (lang) => {
  applyDocumentLanguage(lang);
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered when storage is unavailable.
  }
});

export default i18n;
