import { createContext, useContext, useState, type ReactNode } from 'react';
import { initialLanguage, setLanguage, type Language } from '../i18n';

/** Text size for older villagers and small screens: kept on this device. */
export type FontScale = 'normal' | 'large' | 'larger';
export const FONT_SIZES: Record<FontScale, number> = { normal: 16, large: 18, larger: 20 };
const STORED_SCALE = 'console.fontScale';

interface Preferences {
  language: Language;
  fontScale: FontScale;
  changeLanguage: (language: Language) => void;
  changeFontScale: (scale: FontScale) => void;
}

const PreferencesContext = createContext<Preferences | undefined>(undefined);

function storedScale(): FontScale {
  const stored = localStorage.getItem(STORED_SCALE);
  return stored === 'large' || stored === 'larger' ? stored : 'normal';
}

export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage());
  const [fontScale, setFontScale] = useState<FontScale>(storedScale());
  const value: Preferences = {
    language,
    fontScale,
    changeLanguage: (next) => {
      setLanguage(next);
      setLanguageState(next);
    },
    changeFontScale: (next) => {
      localStorage.setItem(STORED_SCALE, next);
      setFontScale(next);
    },
  };
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): Preferences {
  const preferences = useContext(PreferencesContext);
  if (!preferences) throw new Error('usePreferences outside PreferencesProvider');
  return preferences;
}
