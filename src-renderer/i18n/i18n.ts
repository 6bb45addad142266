// i18next set up with Rapport's two languages. The language follows settings.language, else the OS.
import type { Language } from '@shared/domain/settings';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zhCN } from './zhCN';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  lng: systemLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
  initAsync: false,
});

/** The language the OS asks for, narrowed to the two Rapport speaks. */
export function systemLanguage(): Language {
  const preferred = typeof navigator !== 'undefined' ? navigator.language : 'en';
  return preferred.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function currentLanguage(): Language {
  return i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
}

export function applyLanguage(language: Language | null): void {
  const target = language ?? systemLanguage();
  if (i18n.language !== target) void i18n.changeLanguage(target);
  if (typeof document !== 'undefined') document.documentElement.lang = target;
}
