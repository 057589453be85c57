import { assertExportable, normalizeGlossary } from './normalize';
import type { ExchangeScheme, ExchangeTerm, LocalizedValue } from './types';
import { DCTERMS, SKOS, glossaryNamespace, schemeIri, termNamespace } from './vocabulary';

type LanguageMap = Record<string, string | string[]>;

const languageMap = (values: readonly LocalizedValue[], multiple: boolean): LanguageMap => {
  const map: LanguageMap = {};
  for (const { language, text } of values) {
    if (!multiple) map[language] = text;
    else ((map[language] ??= []) as string[]).push(text);
  }
  return map;
};

const reference = { '@type': '@id' } as const;

/**
 * The glossary as a SKOS JSON-LD document: the same triples as writeTurtle
 * (jsonld.toRDF of this document equals the Turtle parsed by n3). The
 * @context maps short keys to SKOS, Dublin Core terms and the Common Ground
 * namespace; labels and definitions are language maps; concept ids are
 * compact IRIs `term:<slug>`. Returns pretty-printed JSON.
 */
export function writeJsonLd(scheme: ExchangeScheme, terms: readonly ExchangeTerm[]): string {
  assertExportable(terms, scheme);
  const normalized = normalizeGlossary(terms);
  const schemeId = schemeIri(scheme.uri);
  const id = (slug: string) => `term:${slug}`;
  const context = {
    skos: SKOS,
    dcterms: DCTERMS,
    cg: glossaryNamespace(scheme.uri),
    term: termNamespace(scheme.uri),
    title: `dcterms:title`,
    description: `dcterms:description`,
    prefLabel: { '@id': 'skos:prefLabel', '@container': '@language' },
    altLabel: { '@id': 'skos:altLabel', '@container': '@language' },
    definition: { '@id': 'skos:definition', '@container': '@language' },
    inScheme: { '@id': 'skos:inScheme', ...reference },
    topConceptOf: { '@id': 'skos:topConceptOf', ...reference },
    hasTopConcept: { '@id': 'skos:hasTopConcept', ...reference },
    broader: { '@id': 'skos:broader', ...reference },
    narrower: { '@id': 'skos:narrower', ...reference },
    related: { '@id': 'skos:related', ...reference },
    category: 'cg:category',
    mineral: 'cg:mineral',
    theme: 'cg:theme',
  };

  const schemeNode: Record<string, unknown> = { '@id': schemeId, '@type': 'skos:ConceptScheme', title: scheme.title };
  if (scheme.description && scheme.description.trim() !== '') schemeNode.description = scheme.description;
  const top = normalized.filter((t) => t.broader.length === 0).map((t) => id(t.slug));
  if (top.length > 0) schemeNode.hasTopConcept = top;

  const concepts = normalized.map((t) => {
    const node: Record<string, unknown> = { '@id': id(t.slug), '@type': 'skos:Concept', inScheme: schemeId };
    if (t.broader.length === 0) node.topConceptOf = schemeId;
    node.prefLabel = languageMap(t.prefLabels, false);
    if (t.altLabels.length > 0) node.altLabel = languageMap(t.altLabels, true);
    if (t.definitions.length > 0) node.definition = languageMap(t.definitions, false);
    if (t.broader.length > 0) node.broader = t.broader.map(id);
    if (t.narrower.length > 0) node.narrower = t.narrower.map(id);
    if (t.related.length > 0) node.related = t.related.map(id);
    if (t.category !== null) node.category = t.category;
    if (t.minerals.length > 0) node.mineral = t.minerals;
    if (t.themes.length > 0) node.theme = t.themes;
    return node;
  });

  return `${JSON.stringify({ '@context': context, '@graph': [schemeNode, ...concepts] }, null, 2)}\n`;
}
