import * as jsonld from 'jsonld';
import { Parser } from 'n3';
import type { Quad } from 'n3';
import { glossaryQuads, writeJsonLd, writeTurtle } from '../index';
import { glossary, largeGlossary, scheme, term } from './fixtures';

/** A triple as a comparable string (no blank nodes are written). */
const key = (q: Quad): string => {
  const o = q.object;
  const object =
    o.termType === 'Literal' ? `${JSON.stringify(o.value)}@${o.language}^^${o.datatype.value}` : `${o.termType}:${o.value}`;
  return `${q.subject.termType}:${q.subject.value} ${q.predicate.value} ${object}`;
};
const tripleSet = (quads: Quad[]): string[] => [...new Set(quads.map(key))].sort();

async function jsonLdTriples(document: string): Promise<string[]> {
  const nquads = (await jsonld.toRDF(JSON.parse(document), { format: 'application/n-quads' })) as unknown as string;
  return tripleSet(new Parser({ format: 'N-Quads' }).parse(nquads));
}
const turtleTriples = async (terms = glossary) => tripleSet(new Parser({ format: 'text/turtle' }).parse(await writeTurtle(scheme, terms)));

describe('writeJsonLd', () => {
  it('expands (jsonld.toRDF) to exactly the triples of the Turtle export', async () => {
    const fromJsonLd = await jsonLdTriples(writeJsonLd(scheme, glossary));
    const fromTurtle = await turtleTriples();
    expect(fromJsonLd).toEqual(fromTurtle);
    expect(fromTurtle).toEqual(tripleSet(glossaryQuads(scheme, glossary)));
    expect(fromTurtle.length).toBeGreaterThan(40);
  });

  it('does so for a larger glossary, and for a scheme without description', async () => {
    const terms = largeGlossary(300);
    const bare = { uri: `${scheme.uri}/`, title: 'Bare', description: null };
    const fromJsonLd = await jsonLdTriples(writeJsonLd(bare, terms));
    const fromTurtle = tripleSet(new Parser({ format: 'text/turtle' }).parse(await writeTurtle(bare, terms)));
    expect(fromJsonLd).toEqual(fromTurtle);
    expect(fromJsonLd.some((t) => t.includes('description'))).toBe(false);
  });

  it('uses a SKOS @context with language maps and compact concept ids', () => {
    const doc = JSON.parse(writeJsonLd(scheme, [term('a', { altLabels: [{ language: 'en', text: 'x' }, { language: 'en', text: 'y' }] }), term('b', { broader: ['a'] })]));
    expect(doc['@context']).toMatchObject({
      skos: 'http://www.w3.org/2004/02/skos/core#',
      dcterms: 'http://purl.org/dc/terms/',
      cg: 'https://commonground.example.org/ns/glossary#',
      term: `${scheme.uri}/terms/`,
      prefLabel: { '@id': 'skos:prefLabel', '@container': '@language' },
      broader: { '@id': 'skos:broader', '@type': '@id' },
    });
    expect(doc['@graph'][0]).toEqual({
      '@id': scheme.uri,
      '@type': 'skos:ConceptScheme',
      title: scheme.title,
      description: scheme.description,
      hasTopConcept: ['term:a'],
    });
    expect(doc['@graph'][1]).toEqual({
      '@id': 'term:a',
      '@type': 'skos:Concept',
      inScheme: scheme.uri,
      topConceptOf: scheme.uri,
      prefLabel: { en: 'a' },
      altLabel: { en: ['x', 'y'] },
      narrower: ['term:b'],
    });
  });
});
