// Glossary exchange: SKOS Turtle, SKOS JSON-LD and CSV export and import, and
// the word-level difference of two texts. Pure functions (no database, no
// Nest); the formats, limits and messages are described in
// docs/glossary-exchange.md.
export {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_TERMS,
  MAX_TEXT_LENGTH,
  MAX_REPORTED_PROBLEMS,
  type LocalizedValue,
  type ExchangeTerm,
  type ExchangeScheme,
  type ImportProblem,
  type ParsedGlossary,
} from './types';
export {
  SKOS,
  DCTERMS,
  CG_NAMESPACE_PATH,
  SLUG_PATTERN,
  isSlug,
  slugify,
  slugFromIri,
  conceptIri,
  glossaryNamespace,
  termNamespace,
} from './vocabulary';
export { normalizeGlossary, assertExportable } from './normalize';
export { writeTurtle, glossaryQuads } from './turtle-writer';
export { writeJsonLd } from './jsonld-writer';
export { writeCsv } from './csv-writer';
export { readTurtle } from './turtle-reader';
export { readCsv } from './csv-reader';
export { wordDiff, WORD_DIFF_MAX_EDITS, type WordDiffKind, type WordDiffPart } from './word-diff';
