import { freeze, label, type Localized } from './localized';

/**
 * The glossary's categories. A term's category is one of these slugs, shown in
 * the reader's language; a category that is none of them (an imported
 * glossary's own, say) is kept and shown as written.
 */
export const TERM_CATEGORY_SLUGS = [
  'mining',
  'processing-and-trade',
  'supply-chain',
  'due-diligence',
  'risk',
  'governance',
  'human-rights',
  'environment',
  'community',
  'finance',
] as const;
export type TermCategorySlug = (typeof TERM_CATEGORY_SLUGS)[number];

const names: Record<TermCategorySlug, Localized> = {
  mining: { en: 'Mining', fr: 'Exploitation minière', es: 'Minería' },
  'processing-and-trade': { en: 'Processing and trade', fr: 'Transformation et commerce', es: 'Procesamiento y comercio' },
  'supply-chain': { en: 'Supply chain', fr: 'Chaîne d’approvisionnement', es: 'Cadena de suministro' },
  'due-diligence': { en: 'Due diligence', fr: 'Devoir de diligence', es: 'Debida diligencia' },
  risk: { en: 'Risk', fr: 'Risque', es: 'Riesgo' },
  governance: { en: 'Governance', fr: 'Gouvernance', es: 'Gobernanza' },
  'human-rights': { en: 'Human rights', fr: 'Droits humains', es: 'Derechos humanos' },
  environment: { en: 'Environment', fr: 'Environnement', es: 'Medio ambiente' },
  community: { en: 'Communities', fr: 'Communautés', es: 'Comunidades' },
  finance: { en: 'Finance', fr: 'Financement', es: 'Financiación' },
};

export interface TermCategory {
  slug: TermCategorySlug;
  name: Localized;
}

export const TERM_CATEGORIES: readonly TermCategory[] = freeze(TERM_CATEGORY_SLUGS.map((slug) => ({ slug, name: names[slug] })));

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’']/g, "'").trim().toLowerCase();
const slugByName = new Map<string, TermCategorySlug>();
for (const c of TERM_CATEGORIES) {
  slugByName.set(c.slug, c.slug);
  for (const name of Object.values(c.name)) slugByName.set(fold(name), c.slug);
}

/**
 * What a term stores as its category: the slug when the text names a known
 * category in any language ("Mining", "Minería", "mining"), else the text as
 * written (trimmed); null for a blank one.
 */
export function normalizeTermCategory(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  if (!trimmed) return null;
  return slugByName.get(fold(trimmed)) ?? trimmed;
}

/** A stored category in `lang`: a known slug translated, anything else as written. */
export function termCategoryName(category: string, lang?: string | null): string {
  const known = (names as Record<string, Localized | undefined>)[category];
  return known ? label(known, lang) : category;
}
