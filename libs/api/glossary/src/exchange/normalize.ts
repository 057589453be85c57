import { SUPPORTED_LANGUAGES, isLanguage, isMineral, isTheme } from '@commonground/shared-reference';
import type { ExchangeScheme, ExchangeTerm, LocalizedValue } from './types';
import { isSlug, schemeIri } from './vocabulary';

const languageRank = (language: string): number => {
  const i = (SUPPORTED_LANGUAGES as readonly string[]).indexOf(language);
  return i < 0 ? SUPPORTED_LANGUAGES.length : i;
};

/** Orders values by language (en, fr, es, then others alphabetically), keeping the given order within a language. */
export function byLanguage(a: LocalizedValue, b: LocalizedValue): number {
  return languageRank(a.language) - languageRank(b.language) || (a.language < b.language ? -1 : a.language > b.language ? 1 : 0);
}

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();

const isBlank = (text: string): boolean => text.trim() === '';

/** The languages used by any label or definition of the terms, in SUPPORTED_LANGUAGES order. */
export function languagesOf(terms: readonly ExchangeTerm[]): string[] {
  const seen = new Set<string>();
  for (const t of terms) for (const v of [...t.prefLabels, ...t.altLabels, ...t.definitions]) seen.add(v.language);
  return [...seen].sort((a, b) => byLanguage({ language: a, text: '' }, { language: b, text: '' }));
}

/**
 * The canonical form of a set of terms, as every writer writes it and every
 * reader returns it:
 * - labels and definitions ordered by language (en, fr, es), empty alternative
 *   labels and definitions dropped, repeated alternative labels (or ones equal
 *   to the preferred label of their language) dropped;
 * - a blank category is null; minerals and themes deduplicated and sorted;
 * - broader / narrower made consistent (a broader b <=> b narrower a), related
 *   made symmetric, relations to terms outside the set and to the term itself
 *   dropped, each list deduplicated and sorted.
 * Terms keep their order.
 */
export function normalizeGlossary(terms: readonly ExchangeTerm[]): ExchangeTerm[] {
  const known = new Set(terms.map((t) => t.slug));
  const broader = new Map<string, Set<string>>();
  const narrower = new Map<string, Set<string>>();
  const related = new Map<string, Set<string>>();
  for (const slug of known) {
    broader.set(slug, new Set());
    narrower.set(slug, new Set());
    related.set(slug, new Set());
  }
  const link = (child: string, parent: string) => {
    if (child === parent || !known.has(child) || !known.has(parent)) return;
    broader.get(child)!.add(parent);
    narrower.get(parent)!.add(child);
  };
  for (const t of terms) {
    for (const b of t.broader) link(t.slug, b);
    for (const n of t.narrower) link(n, t.slug);
    for (const r of t.related) {
      if (r === t.slug || !known.has(r)) continue;
      related.get(t.slug)!.add(r);
      related.get(r)!.add(t.slug);
    }
  }
  return terms.map((t) => {
    const prefLabels = t.prefLabels.map(({ language, text }) => ({ language, text })).sort(byLanguage);
    const pref = new Map(prefLabels.map((v) => [v.language, v.text]));
    const seenAlt = new Set<string>();
    const altLabels = t.altLabels
      .filter((v) => {
        const key = `${v.language}\u0000${v.text}`;
        if (isBlank(v.text) || pref.get(v.language) === v.text || seenAlt.has(key)) return false;
        seenAlt.add(key);
        return true;
      })
      .map(({ language, text }) => ({ language, text }))
      .sort(byLanguage);
    const definitions = t.definitions
      .filter((v) => !isBlank(v.text))
      .map(({ language, text }) => ({ language, text }))
      .sort(byLanguage);
    return {
      slug: t.slug,
      prefLabels,
      altLabels,
      definitions,
      category: t.category == null || isBlank(t.category) ? null : t.category,
      minerals: sorted(t.minerals),
      themes: sorted(t.themes),
      broader: sorted(broader.get(t.slug)!),
      narrower: sorted(narrower.get(t.slug)!),
      related: sorted(related.get(t.slug)!),
    };
  });
}

/**
 * Checks what a writer cannot write meaningfully (a programming or data error,
 * not a user error): invalid scheme URI, invalid or repeated slug, missing or
 * repeated preferred label, unsupported language, unknown mineral or theme.
 * Throws a RangeError.
 */
export function assertExportable(terms: readonly ExchangeTerm[], scheme?: ExchangeScheme): void {
  if (scheme) schemeIri(scheme.uri);
  const slugs = new Set<string>();
  for (const t of terms) {
    if (!isSlug(t.slug)) throw new RangeError(`Cannot export term "${t.slug}": the slug must match [a-z0-9]+(-[a-z0-9]+)*.`);
    if (slugs.has(t.slug)) throw new RangeError(`Cannot export term "${t.slug}": the slug appears twice.`);
    slugs.add(t.slug);
    if (t.prefLabels.length === 0) throw new RangeError(`Cannot export term "${t.slug}": it has no prefLabel.`);
    const prefLanguages = new Set<string>();
    for (const v of t.prefLabels) {
      if (prefLanguages.has(v.language)) throw new RangeError(`Cannot export term "${t.slug}": more than one prefLabel in ${v.language}.`);
      prefLanguages.add(v.language);
      if (isBlank(v.text)) throw new RangeError(`Cannot export term "${t.slug}": its prefLabel in ${v.language} is empty.`);
    }
    const definitionLanguages = new Set<string>();
    for (const v of t.definitions) {
      if (definitionLanguages.has(v.language)) throw new RangeError(`Cannot export term "${t.slug}": more than one definition in ${v.language}.`);
      definitionLanguages.add(v.language);
    }
    for (const v of [...t.prefLabels, ...t.altLabels, ...t.definitions]) {
      if (!isLanguage(v.language)) throw new RangeError(`Cannot export term "${t.slug}": unsupported language "${v.language}".`);
    }
    for (const m of t.minerals) if (!isMineral(m)) throw new RangeError(`Cannot export term "${t.slug}": unknown mineral "${m}".`);
    for (const th of t.themes) if (!isTheme(th)) throw new RangeError(`Cannot export term "${t.slug}": unknown theme "${th}".`);
  }
}
