import { freeze, label, type Localized } from './localized';

/** Theme identifiers of the API: kebab-case slugs. Add a theme here (and in THEMES). */
export const THEME_SLUGS = [
  'formalization',
  'traceability',
  'child-labour',
  'forced-labour',
  'mercury',
  'environment',
  'gender',
  'access-to-finance',
  'governance',
  'community-engagement',
  'grievance-mechanisms',
  'security-and-human-rights',
  'health-and-safety',
  'land-rights',
  'indigenous-peoples',
] as const;
export type ThemeSlug = (typeof THEME_SLUGS)[number];

export interface Theme {
  slug: ThemeSlug;
  name: Localized;
}

const names: Record<ThemeSlug, Localized> = {
  formalization: { en: 'Formalization', fr: 'Formalisation', es: 'Formalización' },
  traceability: { en: 'Traceability', fr: 'Traçabilité', es: 'Trazabilidad' },
  'child-labour': { en: 'Child labour', fr: 'Travail des enfants', es: 'Trabajo infantil' },
  'forced-labour': { en: 'Forced labour', fr: 'Travail forcé', es: 'Trabajo forzoso' },
  mercury: { en: 'Mercury', fr: 'Mercure', es: 'Mercurio' },
  environment: { en: 'Environment', fr: 'Environnement', es: 'Medio ambiente' },
  gender: { en: 'Gender', fr: 'Genre', es: 'Género' },
  'access-to-finance': { en: 'Access to finance', fr: 'Accès au financement', es: 'Acceso a la financiación' },
  governance: { en: 'Governance', fr: 'Gouvernance', es: 'Gobernanza' },
  'community-engagement': { en: 'Community engagement', fr: 'Dialogue avec les communautés', es: 'Participación comunitaria' },
  'grievance-mechanisms': { en: 'Grievance mechanisms', fr: 'Mécanismes de réclamation', es: 'Mecanismos de reclamación' },
  'security-and-human-rights': { en: 'Security and human rights', fr: 'Sécurité et droits humains', es: 'Seguridad y derechos humanos' },
  'health-and-safety': { en: 'Health and safety', fr: 'Santé et sécurité', es: 'Salud y seguridad' },
  'land-rights': { en: 'Land rights', fr: 'Droits fonciers', es: 'Derechos sobre la tierra' },
  'indigenous-peoples': { en: 'Indigenous peoples', fr: 'Peuples autochtones', es: 'Pueblos indígenas' },
};

export const THEMES: readonly Theme[] = freeze(THEME_SLUGS.map((slug) => ({ slug, name: names[slug] })));

const themeBySlug: ReadonlyMap<string, Theme> = new Map(THEMES.map((t) => [t.slug, t]));

export function isTheme(slug: unknown): slug is ThemeSlug {
  return typeof slug === 'string' && themeBySlug.has(slug);
}

export function getTheme(slug: string): Theme | undefined {
  return themeBySlug.get(slug);
}

/** The theme's name in `lang` (falls back to English); undefined for an unknown slug. */
export function themeName(slug: string, lang?: string | null): string | undefined {
  const theme = themeBySlug.get(slug);
  return theme && label(theme.name, lang);
}
