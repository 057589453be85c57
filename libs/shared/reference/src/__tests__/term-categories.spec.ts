import { TERM_CATEGORIES, normalizeTermCategory, termCategoryName } from '../index';

describe('glossary term categories', () => {
  it('are kebab-case slugs named in the three languages, each name distinct', () => {
    for (const c of TERM_CATEGORIES) {
      expect(c.slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
      for (const language of ['en', 'fr', 'es'] as const) expect(c.name[language]).toMatch(/\S/);
    }
    const names = TERM_CATEGORIES.flatMap((c) => Object.values(c.name).map((n) => `${n.toLowerCase()}=${c.slug}`));
    const byName = new Map<string, Set<string>>();
    for (const pair of names) {
      const [name, slug] = pair.split('=');
      byName.set(name!, (byName.get(name!) ?? new Set()).add(slug!));
    }
    for (const [name, slugs] of byName) expect([name, slugs.size]).toEqual([name, 1]);
  });

  it('stores a known category by its slug whatever language or case it is written in, and any other as written', () => {
    expect(normalizeTermCategory('Mining')).toBe('mining');
    expect(normalizeTermCategory('  minería ')).toBe('mining');
    expect(normalizeTermCategory('Exploitation miniere')).toBe('mining');
    expect(normalizeTermCategory('chaîne d’approvisionnement')).toBe('supply-chain');
    expect(normalizeTermCategory("Chaîne d'approvisionnement")).toBe('supply-chain');
    expect(normalizeTermCategory('due-diligence')).toBe('due-diligence');
    expect(normalizeTermCategory('Artisanal practice')).toBe('Artisanal practice');
    expect(normalizeTermCategory('   ')).toBeNull();
    expect(normalizeTermCategory(null)).toBeNull();
  });

  it('names a stored category in the reader’s language, falling back to English, and shows an unknown one as written', () => {
    expect(termCategoryName('mining', 'fr')).toBe('Exploitation minière');
    expect(termCategoryName('mining', 'es-419')).toBe('Minería');
    expect(termCategoryName('mining', 'de')).toBe('Mining');
    expect(termCategoryName('Artisanal practice', 'fr')).toBe('Artisanal practice');
  });
});
