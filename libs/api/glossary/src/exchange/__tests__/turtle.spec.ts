import { Parser, Store } from 'n3';
import type { Quad } from 'n3';
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_TERMS,
  MAX_TEXT_LENGTH,
  normalizeGlossary,
  readTurtle,
  writeTurtle,
  type ExchangeTerm,
} from '../index';
import { glossary, largeGlossary, scheme, term } from './fixtures';

const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const TERMS = `${scheme.uri}/terms/`;

const parseTurtle = (text: string): Quad[] => new Parser({ format: 'text/turtle' }).parse(text);
const subjects = (store: Store, predicate: string, object: string) =>
  store.getSubjects(predicate, object, null).map((t) => t.value).sort();
const objects = (store: Store, subject: string, predicate: string) =>
  store.getObjects(subject, predicate, null).map((t) => t.value).sort();

/** A Turtle document with the usual prefixes. */
const ttl = (body: string) =>
  `@prefix skos: <${SKOS}> .\n@prefix cg: <https://commonground.example.org/ns/glossary#> .\n@prefix ex: <https://example.org/vocab/> .\n${body}`;

describe('writeTurtle', () => {
  let store: Store;
  let text: string;
  beforeAll(async () => {
    text = await writeTurtle(scheme, glossary);
    store = new Store(parseTurtle(text));
  });

  it('writes Turtle that n3 parses, with the skos, dcterms, cg and term prefixes', () => {
    expect(text).toContain('@prefix skos: <http://www.w3.org/2004/02/skos/core#>.');
    expect(text).toContain('@prefix dcterms: <http://purl.org/dc/terms/>.');
    expect(text).toContain('@prefix cg: <https://commonground.example.org/ns/glossary#>.');
    expect(text).toContain(`@prefix term: <${TERMS}>.`);
    expect(store.size).toBeGreaterThan(40);
  });

  it('describes the concept scheme', () => {
    expect(subjects(store, RDF_TYPE, `${SKOS}ConceptScheme`)).toEqual([scheme.uri]);
    expect(objects(store, scheme.uri, 'http://purl.org/dc/terms/title')).toEqual([scheme.title]);
    expect(objects(store, scheme.uri, 'http://purl.org/dc/terms/description')).toEqual([scheme.description]);
  });

  it('makes each term a skos:Concept in the scheme, at <scheme>/terms/<slug>', () => {
    const iris = glossary.map((t) => `${TERMS}${t.slug}`).sort();
    expect(subjects(store, RDF_TYPE, `${SKOS}Concept`)).toEqual(iris);
    expect(subjects(store, `${SKOS}inScheme`, scheme.uri)).toEqual(iris);
  });

  it('marks the terms without a broader term as top concepts, from both sides', () => {
    const top = [`${TERMS}asm`, `${TERMS}due-diligence`];
    expect(subjects(store, `${SKOS}topConceptOf`, scheme.uri)).toEqual(top);
    expect(objects(store, scheme.uri, `${SKOS}hasTopConcept`)).toEqual(top);
  });

  it('writes labels and definitions with language tags', () => {
    const labels = store.getObjects(`${TERMS}asm`, `${SKOS}prefLabel`, null);
    expect(labels.map((l) => [l.termType, (l as { language?: string }).language, l.value]).sort()).toEqual([
      ['Literal', 'en', 'Artisanal and small-scale mining'],
      ['Literal', 'es', 'Minería artesanal y en pequeña escala'],
      ['Literal', 'fr', 'Exploitation minière artisanale et à petite échelle'],
    ]);
    expect(objects(store, `${TERMS}asm`, `${SKOS}altLabel`)).toEqual(['ASM', 'EMAPE', 'small "scale" | artisanal \\ mining']);
    const definition = store.getObjects(`${TERMS}asm`, `${SKOS}definition`, null).find((d) => (d as { language?: string }).language === 'en');
    expect(definition?.value).toBe(glossary[0].definitions[0].text);
  });

  it('writes broader and narrower consistently, and related both ways', () => {
    const pairs = (predicate: string) =>
      store.getQuads(null, `${SKOS}${predicate}`, null, null).map((q) => [q.subject.value.slice(TERMS.length), q.object.value.slice(TERMS.length)]);
    const broader = pairs('broader').sort();
    const narrowerInverted = pairs('narrower')
      .map(([a, b]) => [b, a])
      .sort();
    expect(broader).toEqual([
      ['3tg', 'due-diligence'],
      ['formalization-asm', 'asm'],
    ]);
    expect(narrowerInverted).toEqual(broader);
    const related = pairs('related').sort();
    expect(related).toEqual([
      ['asm', 'due-diligence'],
      ['due-diligence', 'asm'],
    ]);
  });

  it('writes category, minerals and themes in the cg namespace', () => {
    const cg = 'https://commonground.example.org/ns/glossary#';
    expect(objects(store, `${TERMS}asm`, `${cg}category`)).toEqual(['Mining "types"']);
    expect(objects(store, `${TERMS}asm`, `${cg}mineral`)).toEqual(['gold', 'tantalum', 'tin', 'tungsten']);
    expect(objects(store, `${TERMS}asm`, `${cg}theme`)).toEqual(['access-to-finance', 'formalization']);
    expect(objects(store, `${TERMS}due-diligence`, `${cg}category`)).toEqual([]);
  });

  it('leaves out relations to terms that are not exported (a selection)', async () => {
    const selection = [term('a', { broader: ['not-exported'], related: ['b', 'elsewhere'] }), term('b', { narrower: ['gone'] })];
    const s = new Store(parseTurtle(await writeTurtle(scheme, selection)));
    expect(s.getQuads(null, `${SKOS}broader`, null, null)).toHaveLength(0);
    expect(s.getQuads(null, `${SKOS}narrower`, null, null)).toHaveLength(0);
    expect(s.getQuads(null, `${SKOS}related`, null, null)).toHaveLength(2);
  });

  it('refuses data it cannot write', async () => {
    await expect(writeTurtle(scheme, [term('Not A Slug')])).rejects.toThrow('the slug must match');
    await expect(writeTurtle(scheme, [term('a', { prefLabels: [{ language: 'de', text: 'A' }] })])).rejects.toThrow('unsupported language "de"');
    await expect(writeTurtle({ ...scheme, uri: 'not a uri' }, [])).rejects.toThrow('Invalid glossary scheme URI');
    await expect(writeTurtle(scheme, [term('a', { minerals: ['kryptonite'] })])).rejects.toThrow('unknown mineral "kryptonite"');
  });

  it('writes 5,000 terms in three languages that parse back', async () => {
    const terms = largeGlossary(5000);
    const text = await writeTurtle(scheme, terms);
    const quads = parseTurtle(text);
    const concepts = quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${SKOS}Concept`);
    expect(concepts).toHaveLength(5000);
    expect(quads.filter((q) => q.predicate.value === `${SKOS}prefLabel`)).toHaveLength(15000);
    expect(quads.filter((q) => q.predicate.value === `${SKOS}broader`)).toHaveLength(4999);
    expect(quads.filter((q) => q.predicate.value === `${SKOS}narrower`)).toHaveLength(4999);
  });
});

describe('readTurtle', () => {
  it('gives back the exported terms: labels, languages, relations, definitions, minerals, themes, category', async () => {
    const result = readTurtle(await writeTurtle(scheme, glossary));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.terms).toEqual(normalizeGlossary(glossary));
    // the hierarchy was given on one side only; it comes back on both
    const bySlug = new Map(result.terms.map((t) => [t.slug, t]));
    expect(bySlug.get('formalization-asm')!.broader).toEqual(['asm']);
    expect(bySlug.get('due-diligence')!.narrower).toEqual(['3tg']);
    expect(bySlug.get('due-diligence')!.related).toEqual(['asm']);
    expect(bySlug.get('asm')!.definitions[0].text).toContain('\n\tSee also: """OECD""".');
  });

  it('round-trips a re-import of its own output unchanged', async () => {
    const once = readTurtle(await writeTurtle(scheme, glossary)).terms;
    const twice = readTurtle(await writeTurtle(scheme, once)).terms;
    expect(twice).toEqual(once);
  });

  it('reads narrower-only input and makes both sides consistent; slugs from fragments and path segments', () => {
    const result = readTurtle(
      ttl(`
<https://example.org/thesaurus#Minerals> a skos:Concept ;
  skos:prefLabel "Minerals"@en ;
  skos:narrower <https://example.org/thesaurus#Tin>, ex:gold .
<https://example.org/thesaurus#Tin> a skos:Concept ; skos:prefLabel "Tin"@en, "Étain"@fr .
ex:gold a skos:Concept ; skos:prefLabel "Gold"@EN .
`),
    );
    expect(result.errors).toEqual([]);
    expect(result.terms.map((t) => [t.slug, t.broader, t.narrower])).toEqual([
      ['minerals', [], ['gold', 'tin']],
      ['tin', ['minerals'], []],
      ['gold', ['minerals'], []],
    ]);
    expect(result.terms[2].prefLabels).toEqual([{ language: 'en', text: 'Gold' }]);
  });

  it('reads broader-only input and makes both sides consistent', () => {
    const result = readTurtle(
      ttl(`
ex:a a skos:Concept ; skos:prefLabel "A"@en .
ex:b a skos:Concept ; skos:prefLabel "B"@en ; skos:broader ex:a ; skos:related ex:c .
ex:c a skos:Concept ; skos:prefLabel "C"@en ; skos:broader ex:a .
`),
    );
    expect(result.errors).toEqual([]);
    expect(result.terms.map((t) => [t.slug, t.broader, t.narrower, t.related])).toEqual([
      ['a', [], ['b', 'c'], []],
      ['b', ['a'], [], ['c']],
      ['c', ['a'], [], ['b']],
    ]);
  });

  it('ignores unknown properties and other resources with a warning', () => {
    const result = readTurtle(
      ttl(`@prefix dc: <http://purl.org/dc/elements/1.1/> .
ex:a a skos:Concept ;
  skos:prefLabel "A"@en ;
  skos:scopeNote "Only in mining"@en ;
  dc:source "OECD" .
ex:b a skos:Concept ; skos:prefLabel "B"@en ; skos:scopeNote "x"@en .
ex:other dc:title "Not a concept" .
`),
    );
    expect(result.errors).toEqual([]);
    expect(result.terms.map((t) => t.slug)).toEqual(['a', 'b']);
    expect(result.warnings).toEqual([
      { line: 7, message: `Ignored unknown property <${SKOS}scopeNote> (2 statements).` },
      { line: 8, message: 'Ignored unknown property <http://purl.org/dc/elements/1.1/source> (1 statement).' },
      { line: 10, message: 'Ignored 1 statement about resources that are neither a skos:Concept nor a skos:ConceptScheme.' },
    ]);
  });

  it('reads an untyped resource with SKOS labels as a concept, with a warning', () => {
    const result = readTurtle(ttl('ex:a skos:prefLabel "A"@en .\n'));
    expect(result.terms.map((t) => t.slug)).toEqual(['a']);
    expect(result.warnings).toEqual([{ line: 4, message: '<https://example.org/vocab/a> has no rdf:type skos:Concept; read as a concept.' }]);
  });

  it('slugifies IRIs that do not end in a slug', () => {
    const result = readTurtle(ttl('<https://example.org/vocab/Artisanal%20Mining%C3%A9> a skos:Concept ; skos:prefLabel "A"@en .\n'));
    expect(result.errors).toEqual([]);
    expect(result.terms[0].slug).toBe('artisanal-mininge');
  });

  describe('refuses, importing nothing', () => {
    const errorsOf = (text: string) => {
      const result = readTurtle(text);
      expect(result.terms).toEqual([]);
      return result.errors;
    };

    it('malformed Turtle, with the line', () => {
      expect(errorsOf(ttl('ex:a a skos:Concept ;\n  skos:prefLabel "A"@en\nex:b a skos:Concept .\n'))).toEqual([
        { line: 6, message: 'Turtle syntax error: Expected punctuation to follow ""A"@en" on line 6.' },
      ]);
      expect(errorsOf('@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\nex:a a skos:Concept .\n')).toEqual([
        { line: 2, message: 'Turtle syntax error: Undefined prefix "ex:" on line 2.' },
      ]);
    });

    it('labels in an unsupported language, or without a language', () => {
      expect(errorsOf(ttl('ex:a a skos:Concept ;\n  skos:prefLabel "A"@en ;\n  skos:altLabel "Abbau"@de ;\n  skos:definition "No tag" .\n'))).toEqual([
        { line: 6, message: 'Term "a": altLabel "Abbau" is in language "de", which is not supported (supported: en, fr, es).' },
        { line: 7, message: 'Term "a": definition "No tag" has no language tag; use one of en, fr, es.' },
      ]);
      expect(errorsOf(ttl('ex:a a skos:Concept ; skos:prefLabel "A"@fr-CA .\n'))[0].message).toBe(
        'Term "a": prefLabel "A" is in language "fr-ca", which is not supported (supported: en, fr, es).',
      );
    });

    it('more than one prefLabel (or definition) per language', () => {
      expect(errorsOf(ttl('ex:a a skos:Concept ;\n  skos:prefLabel "Mine"@en ;\n  skos:prefLabel "Pit"@en .\n'))).toEqual([
        { line: 6, message: 'Term "a" has more than one prefLabel in en: "Mine" and "Pit".' },
      ]);
      expect(errorsOf(ttl('ex:a a skos:Concept ; skos:prefLabel "A"@en ;\n skos:definition "one"@fr, "two"@fr .\n'))).toEqual([
        { line: 5, message: 'Term "a" has more than one definition in fr: "one" and "two".' },
      ]);
    });

    it('a concept without prefLabel', () => {
      expect(errorsOf(ttl('ex:a a skos:Concept ; skos:altLabel "A"@en .\n'))).toEqual([{ line: 4, message: 'Term "a" has no prefLabel.' }]);
    });

    it('unknown minerals and themes, naming the value', () => {
      expect(errorsOf(ttl('ex:a a skos:Concept ; skos:prefLabel "A"@en ;\n  cg:mineral "tin", "unobtainium" ;\n  cg:theme "child-labour", "space-mining" .\n'))).toEqual([
        { line: 5, message: 'Term "a": unknown mineral "unobtainium".' },
        { line: 6, message: 'Term "a": unknown theme "space-mining".' },
      ]);
    });

    it('relations to concepts that are not in the file', () => {
      expect(errorsOf(ttl('ex:a a skos:Concept ; skos:prefLabel "A"@en ;\n  skos:broader ex:missing ;\n  skos:related "text" .\n'))).toEqual([
        { line: 5, message: 'Term "a": skos:broader points to <https://example.org/vocab/missing>, which is not a concept in this file.' },
        { line: 6, message: 'Term "a": skos:related points to the text "text".' },
      ]);
    });

    it('cycles in broader/narrower, listing the cycle', () => {
      const cycle = ttl(`ex:a a skos:Concept ; skos:prefLabel "A"@en ; skos:broader ex:b .
ex:b a skos:Concept ; skos:prefLabel "B"@en ; skos:broader ex:c .
ex:c a skos:Concept ; skos:prefLabel "C"@en .
ex:a skos:narrower ex:c .
ex:d a skos:Concept ; skos:prefLabel "D"@en ; skos:broader ex:d .
ex:e a skos:Concept ; skos:prefLabel "E"@en ; skos:broader ex:a .
`);
      expect(errorsOf(cycle)).toEqual([
        { line: 4, message: 'Cycle in broader/narrower: a → b → c → a.' },
        { line: 8, message: 'Cycle in broader/narrower: d → d.' },
      ]);
    });

    it('two concepts with the same slug, blank-node concepts', () => {
      expect(errorsOf(ttl('ex:a a skos:Concept ; skos:prefLabel "A"@en .\n<https://other.example/A> a skos:Concept ; skos:prefLabel "A2"@en .\n'))).toEqual([
        { line: 5, message: 'The concepts <https://example.org/vocab/a> and <https://other.example/A> both give the slug "a".' },
      ]);
      expect(errorsOf(ttl('[] a skos:Concept ; skos:prefLabel "A"@en .\n'))[0].message).toMatch(
        /^A concept without an IRI \(_:.*\) cannot be imported: concepts need an IRI\.$/,
      );
    });

    it(`a text longer than ${MAX_TEXT_LENGTH} characters`, () => {
      const long = 'é'.repeat(MAX_TEXT_LENGTH + 1);
      expect(errorsOf(ttl(`ex:a a skos:Concept ; skos:prefLabel "A"@en ;\n  skos:definition "${long}"@fr .\n`))).toEqual([
        { line: 5, message: `Term "a": definition@fr is ${MAX_TEXT_LENGTH + 1} characters long; the limit is ${MAX_TEXT_LENGTH}.` },
      ]);
      // exactly at the limit is fine
      expect(readTurtle(ttl(`ex:a a skos:Concept ; skos:prefLabel "A"@en ; skos:definition "${long.slice(1)}"@fr .\n`)).errors).toEqual([]);
    });

    it(`a file over ${MAX_IMPORT_BYTES} bytes, without parsing it`, () => {
      const huge = ttl('ex:a a skos:Concept .\n') + `# ${'x'.repeat(MAX_IMPORT_BYTES)}\n this is not Turtle`;
      expect(errorsOf(huge)).toEqual([
        { line: null, message: `The file is ${Buffer.byteLength(huge)} bytes; the import limit is ${MAX_IMPORT_BYTES} bytes (2 MB).` },
      ]);
    });

    it(`more than ${MAX_IMPORT_TERMS} concepts`, () => {
      const body = Array.from({ length: MAX_IMPORT_TERMS + 1 }, (_, i) => `ex:t${i} a skos:Concept ; skos:prefLabel "T"@fr .`).join('\n');
      expect(errorsOf(ttl(body))).toEqual([
        { line: null, message: `The file has ${MAX_IMPORT_TERMS + 1} terms; the import limit is ${MAX_IMPORT_TERMS} terms.` },
      ]);
    });
  });

  it('lists at most 100 errors, then counts the rest', () => {
    const body = Array.from({ length: 150 }, (_, i) => `ex:t${i} a skos:Concept ; skos:prefLabel "T"@de .`).join('\n');
    const result = readTurtle(ttl(body));
    expect(result.errors).toHaveLength(101);
    expect(result.errors[100]).toEqual({ line: null, message: '… and 50 more errors.' });
  });

  it('reads the 5,000-term limit (short labels) in one go', () => {
    const terms: ExchangeTerm[] = Array.from({ length: MAX_IMPORT_TERMS }, (_, i) =>
      term(`t${i}`, { broader: i > 0 ? [`t${Math.floor((i - 1) / 3)}`] : [] }),
    );
    return writeTurtle(scheme, terms).then((text) => {
      expect(Buffer.byteLength(text)).toBeLessThan(MAX_IMPORT_BYTES);
      const result = readTurtle(text);
      expect(result.errors).toEqual([]);
      expect(result.terms).toEqual(normalizeGlossary(terms));
    });
  });
});
