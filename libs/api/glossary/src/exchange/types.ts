// Types and limits of the glossary exchange formats (SKOS Turtle, SKOS JSON-LD, CSV).
// See docs/glossary-exchange.md.

/** A text in one language; `language` is a BCP 47 tag from SUPPORTED_LANGUAGES (`en`, `fr`, `es`). */
export interface LocalizedValue {
  language: string;
  text: string;
}

/** One glossary term as it travels in an export or an import. */
export interface ExchangeTerm {
  /** Stable key, `[a-z0-9]+(-[a-z0-9]+)*`; the last path segment of the concept IRI. */
  slug: string;
  /** At most one per language, at least one. */
  prefLabels: LocalizedValue[];
  altLabels: LocalizedValue[];
  /** The definition text per language (at most one per language; may be empty). */
  definitions: LocalizedValue[];
  category: string | null;
  /** Lowercase mineral ids (`tin`, `gold`, …). */
  minerals: string[];
  /** Kebab-case theme slugs (`child-labour`, …). */
  themes: string[];
  /** Slugs of other terms in the same export. */
  broader: string[];
  narrower: string[];
  related: string[];
}

/** The concept scheme (the glossary of one initiative). `uri` e.g. `https://host/glossary/<initiative-slug>`. */
export interface ExchangeScheme {
  uri: string;
  title: string;
  description?: string | null;
}

/** An import error or warning; `line` is 1-based, null when the problem is not tied to one line. */
export interface ImportProblem {
  line: number | null;
  message: string;
}

/**
 * The result of reading a file. When `errors` is not empty, `terms` is empty:
 * a file with any error imports nothing.
 */
export interface ParsedGlossary {
  terms: ExchangeTerm[];
  errors: ImportProblem[];
  warnings: ImportProblem[];
}

/** Largest file accepted by readTurtle / readCsv, in UTF-8 bytes (2 MiB). */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** Most terms (concepts, CSV rows) accepted in one import. */
export const MAX_IMPORT_TERMS = 5000;
/** Longest label, definition or category accepted, in characters (Unicode code points). */
export const MAX_TEXT_LENGTH = 10_000;
/** At most this many errors (and as many warnings) are listed; a last entry counts the rest. */
export const MAX_REPORTED_PROBLEMS = 100;
