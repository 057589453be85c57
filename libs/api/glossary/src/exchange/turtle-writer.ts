import { DataFactory, Writer } from 'n3';
import type { Quad } from 'n3';
import { assertExportable, normalizeGlossary } from './normalize';
import type { ExchangeScheme, ExchangeTerm } from './types';
import { DCTERMS, RDF_TYPE, SKOS, glossaryNamespace, schemeIri, termNamespace } from './vocabulary';

const { namedNode, literal, quad } = DataFactory;

/**
 * The triples of a glossary export, in writing order (scheme first, then each
 * concept in the order of `terms`). Shared by the Turtle writer and the tests;
 * writeJsonLd produces the same triples.
 */
export function glossaryQuads(scheme: ExchangeScheme, terms: readonly ExchangeTerm[]): Quad[] {
  assertExportable(terms, scheme);
  const normalized = normalizeGlossary(terms);
  const schemeNode = namedNode(schemeIri(scheme.uri));
  const cg = glossaryNamespace(scheme.uri);
  const skosTerms = new Map<string, ReturnType<typeof namedNode>>();
  const skos = (local: string) => {
    let node = skosTerms.get(local);
    if (!node) skosTerms.set(local, (node = namedNode(`${SKOS}${local}`)));
    return node;
  };
  const type = namedNode(RDF_TYPE);
  const cgCategory = namedNode(`${cg}category`);
  const cgMineral = namedNode(`${cg}mineral`);
  const cgTheme = namedNode(`${cg}theme`);
  const conceptNamespace = termNamespace(scheme.uri);
  const concept = (slug: string) => namedNode(`${conceptNamespace}${slug}`);
  const out: Quad[] = [];

  out.push(quad(schemeNode, type, skos('ConceptScheme')));
  out.push(quad(schemeNode, namedNode(`${DCTERMS}title`), literal(scheme.title)));
  if (scheme.description && scheme.description.trim() !== '') {
    out.push(quad(schemeNode, namedNode(`${DCTERMS}description`), literal(scheme.description)));
  }
  for (const t of normalized) if (t.broader.length === 0) out.push(quad(schemeNode, skos('hasTopConcept'), concept(t.slug)));

  for (const t of normalized) {
    const s = concept(t.slug);
    out.push(quad(s, type, skos('Concept')));
    out.push(quad(s, skos('inScheme'), schemeNode));
    if (t.broader.length === 0) out.push(quad(s, skos('topConceptOf'), schemeNode));
    for (const v of t.prefLabels) out.push(quad(s, skos('prefLabel'), literal(v.text, v.language)));
    for (const v of t.altLabels) out.push(quad(s, skos('altLabel'), literal(v.text, v.language)));
    for (const v of t.definitions) out.push(quad(s, skos('definition'), literal(v.text, v.language)));
    for (const b of t.broader) out.push(quad(s, skos('broader'), concept(b)));
    for (const n of t.narrower) out.push(quad(s, skos('narrower'), concept(n)));
    for (const r of t.related) out.push(quad(s, skos('related'), concept(r)));
    if (t.category !== null) out.push(quad(s, cgCategory, literal(t.category)));
    for (const m of t.minerals) out.push(quad(s, cgMineral, literal(m)));
    for (const th of t.themes) out.push(quad(s, cgTheme, literal(th)));
  }
  return out;
}

/**
 * The glossary as SKOS in Turtle: a skos:ConceptScheme `<scheme.uri>` with
 * dcterms:title (and dcterms:description), one skos:Concept
 * `<scheme.uri/terms/slug>` per term with skos:inScheme, prefLabel / altLabel /
 * definition with language tags, broader and narrower (both sides written),
 * related (both ways), and cg:category / cg:mineral / cg:theme in
 * `https://<host>/ns/glossary#`. Concepts without a broader term are top
 * concepts (skos:topConceptOf / skos:hasTopConcept). Relations to terms that
 * are not exported are left out. Throws a RangeError for data that cannot be
 * exported (see assertExportable).
 */
export function writeTurtle(scheme: ExchangeScheme, terms: readonly ExchangeTerm[]): Promise<string> {
  let quads: Quad[];
  try {
    quads = glossaryQuads(scheme, terms);
  } catch (error) {
    return Promise.reject(error);
  }
  const writer = new Writer({
    format: 'text/turtle',
    prefixes: {
      skos: SKOS,
      dcterms: DCTERMS,
      cg: glossaryNamespace(scheme.uri),
      term: termNamespace(scheme.uri),
    },
  });
  writer.addQuads(quads);
  return new Promise((resolve, reject) => {
    writer.end((error: Error | null, result: string) => (error ? reject(error) : resolve(result)));
  });
}
