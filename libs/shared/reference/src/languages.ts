import { freeze, SUPPORTED_LANGUAGES, type Language, type Localized } from './localized';

export interface LanguageInfo {
  code: Language;
  /** The language's name in itself (English, Français, Español), for a language switcher. */
  nativeName: string;
  name: Localized;
}

export const LANGUAGES: readonly LanguageInfo[] = freeze([
  { code: 'en', nativeName: 'English', name: { en: 'English', fr: 'Anglais', es: 'Inglés' } },
  { code: 'fr', nativeName: 'Français', name: { en: 'French', fr: 'Français', es: 'Francés' } },
  { code: 'es', nativeName: 'Español', name: { en: 'Spanish', fr: 'Espagnol', es: 'Español' } },
]);

if (LANGUAGES.length !== SUPPORTED_LANGUAGES.length) throw new Error('LANGUAGES and SUPPORTED_LANGUAGES differ');
