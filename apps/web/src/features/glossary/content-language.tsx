import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { LANGUAGES } from '../../i18n';
import { useContentLanguage } from './glossary-helpers';

/** A glossary path for a content language (`?lang=fr`), or as it is when the language is not fixed. */
export function withLang(path: string, language: string | null | undefined): string {
  if (!language) return path;
  return `${path}${path.includes('?') ? '&' : '?'}lang=${encodeURIComponent(language)}`;
}

/**
 * "Read in: English · Français · Español": the language of the glossary's
 * content (labels, definitions), independent of the interface language; each
 * is a stable link.
 */
export function ContentLanguageNav() {
  const { t } = useTranslation();
  const { language } = useContentLanguage();
  const [params] = useSearchParams();
  const location = useLocation();
  const hrefFor = (code: string) => {
    const next = new URLSearchParams(params);
    next.set('lang', code);
    return `${location.pathname}?${next.toString()}`;
  };
  return (
    <nav className="cg-glossary-languages" aria-label={t('glossary.contentLanguage.label')}>
      <span className="cg-muted cg-small">{t('glossary.contentLanguage.readIn')}</span>
      <ul>
        {LANGUAGES.map((l) => (
          <li key={l.code}>
            <Link to={hrefFor(l.code)} lang={l.code} hrefLang={l.code} aria-current={l.code === language ? 'true' : undefined} replace>
              {l.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
