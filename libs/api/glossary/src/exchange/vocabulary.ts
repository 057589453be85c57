// IRIs of the vocabularies used by the exports, and the mapping between
// concept IRIs and term slugs.

export const SKOS = 'http://www.w3.org/2004/02/skos/core#';
export const DCTERMS = 'http://purl.org/dc/terms/';
export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const RDF_TYPE = `${RDF}type`;
export const RDF_LANG_STRING = `${RDF}langString`;

/**
 * Path of the Common Ground namespace for the properties SKOS has no word for
 * (`cg:category`, `cg:mineral`, `cg:theme`), on the host of the scheme URI:
 * `https://host/glossary/acme` -> `https://host/ns/glossary#`.
 */
export const CG_NAMESPACE_PATH = '/ns/glossary#';
/** Local names of the Common Ground properties. */
export const CG_PROPERTIES = ['category', 'mineral', 'theme'] as const;
export type CgProperty = (typeof CG_PROPERTIES)[number];

/** Any `http(s)://<host>/ns/glossary#category|mineral|theme`: an import accepts the namespace of any host. */
const CG_PROPERTY_IRI = /^https?:\/\/[^/?#]+\/ns\/glossary#(category|mineral|theme)$/;

export function cgPropertyOf(iri: string): CgProperty | null {
  const match = CG_PROPERTY_IRI.exec(iri);
  return match ? (match[1] as CgProperty) : null;
}

/** `[a-z0-9]+(-[a-z0-9]+)*` */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && SLUG_PATTERN.test(value);
}

/** `Élevage Artisanal (ASM)` -> `elevage-artisanal-asm`; may return '' when nothing usable is left. */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ø/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The absolute http(s) scheme URI without a trailing slash; throws for anything else. */
export function schemeIri(uri: string): string {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    throw new RangeError(`Invalid glossary scheme URI "${uri}": an absolute http(s) URI is required.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new RangeError(`Invalid glossary scheme URI "${uri}": an absolute http(s) URI is required.`);
  }
  if (/[\s<>"{}|\\^`]/.test(uri)) throw new RangeError(`Invalid glossary scheme URI "${uri}": it contains characters not allowed in an IRI.`);
  return uri.replace(/\/+$/, '');
}

/** The namespace of the Common Ground properties for a scheme URI (see CG_NAMESPACE_PATH). */
export function glossaryNamespace(schemeUri: string): string {
  return new URL(CG_NAMESPACE_PATH, schemeIri(schemeUri)).href;
}

/** The namespace of the concept IRIs of a scheme: `${scheme}/terms/`. */
export function termNamespace(schemeUri: string): string {
  return `${schemeIri(schemeUri)}/terms/`;
}

/** `${scheme.uri}/terms/${slug}` */
export function conceptIri(schemeUri: string, slug: string): string {
  return `${termNamespace(schemeUri)}${slug}`;
}

/**
 * The slug of a concept IRI: its fragment if it has one, else its last path
 * segment, percent-decoded, slugified when it is not a slug already. '' when
 * nothing usable is left.
 */
export function slugFromIri(iri: string): string {
  const hash = iri.indexOf('#');
  let local: string;
  if (hash >= 0 && hash < iri.length - 1) {
    local = iri.slice(hash + 1);
  } else {
    const path = (hash >= 0 ? iri.slice(0, hash) : iri).replace(/[?].*$/, '').replace(/\/+$/, '');
    local = path.slice(path.lastIndexOf('/') + 1);
    // urn:x:y, tag:… — no slash: take what follows the last colon
    if (!path.includes('/')) local = path.slice(path.lastIndexOf(':') + 1);
  }
  let decoded = local;
  try {
    decoded = decodeURIComponent(local);
  } catch {
    // keep the raw text; slugify drops the % signs
  }
  return isSlug(decoded) ? decoded : slugify(decoded);
}
