import { conceptIri, glossaryNamespace, isSlug, normalizeGlossary, slugFromIri, slugify } from '../index';
import { term } from './fixtures';

describe('slugs and IRIs', () => {
  it('slugify', () => {
    expect(slugify('Élevage Artisanal (ASM)')).toBe('elevage-artisanal-asm');
    expect(slugify('  Œuvre -- Straße  ')).toBe('oeuvre-strasse');
    expect(slugify('***')).toBe('');
    expect(isSlug('a-b-1')).toBe(true);
    expect(isSlug('a--b')).toBe(false);
  });

  it('slugFromIri takes the fragment or the last path segment', () => {
    expect(slugFromIri('https://host/glossary/acme/terms/due-diligence')).toBe('due-diligence');
    expect(slugFromIri('https://host/glossary/acme/terms/due-diligence/')).toBe('due-diligence');
    expect(slugFromIri('http://example.org/thesaurus#Due_Diligence')).toBe('due-diligence');
    expect(slugFromIri('http://example.org/c/Exploitation%20mini%C3%A8re')).toBe('exploitation-miniere');
    expect(slugFromIri('urn:example:concept:3tg')).toBe('3tg');
    expect(slugFromIri('http://example.org/c/%E2%9C%93')).toBe('');
  });

  it('concept IRIs and the cg namespace derive from the scheme URI', () => {
    expect(conceptIri('https://hub.example/glossary/acme/', 'tin')).toBe('https://hub.example/glossary/acme/terms/tin');
    expect(glossaryNamespace('https://hub.example/glossary/acme')).toBe('https://hub.example/ns/glossary#');
  });
});

describe('normalizeGlossary', () => {
  it('orders languages, drops empty values and repeats, makes relations consistent', () => {
    const [a, b] = normalizeGlossary([
      term('a', {
        prefLabels: [
          { language: 'es', text: 'A es' },
          { language: 'en', text: 'A' },
        ],
        altLabels: [
          { language: 'fr', text: 'A fr' },
          { language: 'en', text: 'A' },
          { language: 'en', text: 'Alt' },
          { language: 'en', text: 'Alt' },
          { language: 'en', text: ' ' },
        ],
        definitions: [{ language: 'en', text: '' }],
        category: '  ',
        minerals: ['tin', 'gold', 'tin'],
        narrower: ['b', 'unknown'],
        related: ['a'],
      }),
      term('b', { related: ['a'] }),
    ]);
    expect(a).toEqual({
      slug: 'a',
      prefLabels: [
        { language: 'en', text: 'A' },
        { language: 'es', text: 'A es' },
      ],
      altLabels: [
        { language: 'en', text: 'Alt' },
        { language: 'fr', text: 'A fr' },
      ],
      definitions: [],
      category: null,
      minerals: ['gold', 'tin'],
      themes: [],
      broader: [],
      narrower: ['b'],
      related: ['b'],
    });
    expect(b).toMatchObject({ broader: ['a'], narrower: [], related: ['a'] });
  });
});
