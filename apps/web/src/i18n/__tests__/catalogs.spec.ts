// The three interface catalogs must offer the same texts: a key missing in one
// language would show English (or the key itself) to its readers.
import en from '../en.json';
import es from '../es.json';
import fr from '../fr.json';

type Catalog = { [key: string]: string | Catalog };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Keys without their plural suffix: `org.count_one` and `org.count_other` are both `org.count`. */
function baseKeys(entries: Map<string, string>): Set<string> {
  return new Set([...entries.keys()].map((key) => key.replace(PLURAL, '')));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

const english = flatten(en as Catalog);

describe.each([
  ['fr', fr],
  ['es', es],
])('the %s catalog', (_language, catalog) => {
  const entries = flatten(catalog as Catalog);

  it('has every English text and nothing else', () => {
    expect([...baseKeys(entries)].sort()).toEqual([...baseKeys(english)].sort());
  });

  it('has the "one" and "other" forms of every plural', () => {
    for (const key of english.keys()) {
      if (PLURAL.test(key)) expect(entries.has(key)).toBe(true);
    }
  });

  it('has no empty text, and keeps the placeholders of the English text', () => {
    for (const [key, text] of entries) {
      expect(text.trim()).not.toBe('');
      const source = english.get(key) ?? english.get(key.replace(PLURAL, '_other'));
      if (source !== undefined) expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(source) });
    }
  });
});
