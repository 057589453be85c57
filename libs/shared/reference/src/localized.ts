/** BCP 47 language tags the product is translated into, English first (the fallback). */
export const SUPPORTED_LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** A text in every supported language. */
export type Localized = { en: string; fr: string; es: string };

const supported: ReadonlySet<string> = new Set(SUPPORTED_LANGUAGES);

/** True for a supported language tag, exactly as written (`en`, `fr`, `es`). */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && supported.has(value);
}

/**
 * The supported language for any BCP 47 tag: `fr-CA` -> `fr`, `ES` -> `es`;
 * anything else (unknown, empty, missing) -> `en`.
 */
export function resolveLanguage(tag?: string | null): Language {
  if (!tag) return DEFAULT_LANGUAGE;
  const primary = tag.trim().split(/[-_]/, 1)[0]?.toLowerCase();
  return isLanguage(primary) ? primary : DEFAULT_LANGUAGE;
}

/** The text in `lang` (any BCP 47 tag, see resolveLanguage), else the English text. */
export function label(obj: Localized, lang?: string | null): string {
  return obj[resolveLanguage(lang)] || obj.en;
}

/** A comparator that sorts `{ name: Localized }` items by their name in `lang`, as people expect in that language. */
export function byName(lang?: string | null): (a: { name: Localized }, b: { name: Localized }) => number {
  const language = resolveLanguage(lang);
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  return (a, b) => collator.compare(label(a.name, language), label(b.name, language));
}

/** Deep-freezes reference data so that no consumer can change it for everyone else. */
export function freeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) freeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
