import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { glossary } from './glossary';
import { common } from './common';

export type Language = 'zh-CN' | 'en';
export const LANGUAGES: Language[] = ['zh-CN', 'en'];
const STORED = 'console.language';

/** Texts of one feature, in both languages; registered when the feature's code is loaded. */
export type FeatureTexts = Record<Language, Record<string, unknown>>;

export function initialLanguage(): Language {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(STORED) : null;
  return stored === 'en' ? 'en' : 'zh-CN';
}

void i18n.use(initReactI18next).init({
  lng: initialLanguage(),
  fallbackLng: 'zh-CN',
  defaultNS: 'common',
  ns: ['common', 'term'],
  resources: {
    'zh-CN': { common: common['zh-CN'], term: glossary['zh-CN'] },
    en: { common: common.en, term: glossary.en },
  },
  interpolation: { escapeValue: false },
  nsSeparator: ':',
  // `$t(term.grid)` inside a feature text nests a glossary term
  returnNull: false,
});

/** Adds a feature's texts under its own namespace (`t('gridWorker:visits.title')`). */
export function registerTexts(namespace: string, texts: FeatureTexts) {
  for (const language of LANGUAGES) {
    if (!i18n.hasResourceBundle(language, namespace)) {
      i18n.addResourceBundle(language, namespace, texts[language], true, false);
    }
  }
}

export function setLanguage(language: Language) {
  localStorage.setItem(STORED, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

export default i18n;
