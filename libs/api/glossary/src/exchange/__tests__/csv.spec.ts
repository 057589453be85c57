import { parse } from 'csv-parse/sync';
import { MAX_IMPORT_BYTES, MAX_IMPORT_TERMS, MAX_TEXT_LENGTH, normalizeGlossary, readCsv, writeCsv } from '../index';
import { glossary, largeGlossary, term } from './fixtures';

const HEADER = 'slug,category,minerals,themes,broader,narrower,related';
const rows = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

describe('writeCsv', () => {
  const text = writeCsv(glossary);
  const cells = parse(text, { bom: true }) as string[][];

  it('writes UTF-8 with a byte order mark, a header row and the columns per language present', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(cells[0]).toEqual([
      ...HEADER.split(','),
      'prefLabel@en',
      'altLabels@en',
      'definition@en',
      'prefLabel@fr',
      'altLabels@fr',
      'definition@fr',
      'prefLabel@es',
      'altLabels@es',
      'definition@es',
    ]);
    expect(cells).toHaveLength(glossary.length + 1);
    const onlyEnEs = parse(writeCsv([term('a', { prefLabels: [{ language: 'es', text: 'A' }] }), term('b')]), { bom: true }) as string[][];
    expect(onlyEnEs[0].slice(7)).toEqual(['prefLabel@en', 'altLabels@en', 'definition@en', 'prefLabel@es', 'altLabels@es', 'definition@es']);
  });

  it('writes one row per term, lists separated by ";" and alternative labels by "|", quoted as needed', () => {
    expect(cells[1]).toEqual([
      'asm',
      'Mining "types"',
      'gold;tantalum;tin;tungsten',
      'access-to-finance;formalization',
      '',
      'formalization-asm',
      'due-diligence',
      'Artisanal and small-scale mining',
      'ASM|small "scale" \\| artisanal \\\\ mining',
      glossary[0].definitions[0].text,
      'Exploitation minière artisanale et à petite échelle',
      'EMAPE',
      glossary[0].definitions[1].text,
      'Minería artesanal y en pequeña escala',
      '',
      '',
    ]);
    expect(cells[2].slice(0, 7)).toEqual(['formalization-asm', 'Process', '', 'formalization;governance', 'asm', '', '']);
    expect(text).toContain('"Mining ""types"""');
  });
});

describe('readCsv', () => {
  it('gives back the exported terms', () => {
    const result = readCsv(writeCsv(glossary));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.terms).toEqual(normalizeGlossary(glossary));
  });

  it('gives back a larger glossary', () => {
    const terms = largeGlossary(500);
    expect(readCsv(writeCsv(terms)).terms).toEqual(normalizeGlossary(terms));
  });

  it('is lenient: ";" delimiter, column case, altLabel@xx, mineral case, spreadsheet slugs (with a warning), no BOM', () => {
    const text = rows(
      'Slug;Minerals;PREFLABEL@EN;altLabel@fr;Notes;broader',
      'Artisanal Mining;Tin; Gold;ASM;EMAPE|exploitation artisanale;internal;',
      'tin-mining;TIN;Tin mining;;;artisanal mining',
    );
    // the unquoted "Tin; Gold" splits into two cells: the first row has one field too many
    expect(readCsv(text).errors).toEqual([{ line: 2, message: 'This row has 7 fields; the header has 6.' }]);
    const result = readCsv(text.replace('Tin; Gold', '"Tin; Gold"'));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      { line: 1, message: 'Unknown column "Notes" ignored.' },
      { line: 2, message: 'Slug "Artisanal Mining" read as "artisanal-mining".' },
      { line: 3, message: 'Term "tin-mining": broader "artisanal mining" read as "artisanal-mining".' },
    ]);
    expect(result.terms.map((t) => [t.slug, t.minerals, t.prefLabels, t.altLabels, t.broader, t.narrower])).toEqual([
      [
        'artisanal-mining',
        ['gold', 'tin'],
        [{ language: 'en', text: 'ASM' }],
        [
          { language: 'fr', text: 'EMAPE' },
          { language: 'fr', text: 'exploitation artisanale' },
        ],
        [],
        ['tin-mining'],
      ],
      ['tin-mining', ['tin'], [{ language: 'en', text: 'Tin mining' }], [], ['artisanal-mining'], []],
    ]);
  });

  it('reads a semicolon file', () => {
    const result = readCsv(rows('slug;minerals;prefLabel@en;altLabels@fr', 'a;Tin;A;B|C', 'b;;B;'));
    expect(result.errors).toEqual([]);
    expect(result.terms.map((t) => [t.slug, t.minerals, t.altLabels.map((v) => v.text)])).toEqual([
      ['a', ['tin'], ['B', 'C']],
      ['b', [], []],
    ]);
  });

  describe('refuses, importing nothing, with the line', () => {
    const errorsOf = (text: string) => {
      const result = readCsv(text);
      expect(result.terms).toEqual([]);
      return result.errors;
    };

    it('malformed CSV', () => {
      expect(errorsOf(rows('slug,prefLabel@en', 'a,"A', 'b,B'))).toEqual([
        { line: 2, message: 'CSV syntax error: Quote Not Closed: the parsing is finished with an opening quote' },
      ]);
      // a quoted value over two lines (CRLF inside) before the bad row still gives the right line
      expect(errorsOf(rows('slug,prefLabel@en,definition@en', 'a,A,"two\r\nlines"', 'b,"B"x,'))[0]).toMatchObject({ line: 4 });
    });

    it('rows with the wrong number of fields, lines counted past multi-line values and blank lines', () => {
      expect(errorsOf(rows('slug,prefLabel@en,definition@en', 'a,A,"one\r\ntwo\r\nthree"', '', 'b,B', 'c,C,c'))).toEqual([
        { line: 6, message: 'This row has 2 fields; the header has 3.' },
      ]);
    });

    it('a header without slug or prefLabel column, a column in an unsupported language, a repeated column', () => {
      expect(errorsOf(rows('name,prefLabel@en', 'a,A'))).toEqual([{ line: 1, message: 'The header row has no "slug" column.' }]);
      expect(errorsOf(rows('slug,definition@en', 'a,A'))).toEqual([
        { line: 1, message: 'The header row has no prefLabel column (prefLabel@en, prefLabel@fr, prefLabel@es).' },
      ]);
      expect(errorsOf(rows('slug,prefLabel@en,prefLabel@de', 'a,A,B'))).toEqual([
        { line: 1, message: 'Column "prefLabel@de": language "de" is not supported (supported: en, fr, es).' },
      ]);
      expect(errorsOf(rows('slug,prefLabel@en,PrefLabel@EN', 'a,A,B'))).toEqual([
        { line: 1, message: 'Column "PrefLabel@EN" appears twice (also "prefLabel@en").' },
      ]);
    });

    it('repeated slugs, rows without slug or prefLabel', () => {
      expect(errorsOf(rows('slug,prefLabel@en,prefLabel@fr', 'a,A,', 'b,,', ',C,C', 'a,A2,'))).toEqual([
        { line: 4, message: 'This row has no slug.' },
        { line: 5, message: 'Duplicate term "a" (first on line 2).' },
        { line: 3, message: 'Term "b" has no prefLabel.' },
      ]);
    });

    it('unknown minerals and themes, naming the value', () => {
      expect(errorsOf(rows(`${HEADER},prefLabel@en`, 'a,,tin;unobtainium,governance;space-mining,,,,A'))).toEqual([
        { line: 2, message: 'Term "a": unknown mineral "unobtainium".' },
        { line: 2, message: 'Term "a": unknown theme "space-mining".' },
      ]);
    });

    it('references to slugs that are not in the file', () => {
      expect(errorsOf(rows(`${HEADER},prefLabel@en`, 'a,,,,,,,A', 'b,,,,a;ghost,,phantom,B'))).toEqual([
        { line: 3, message: 'Term "b": broader "ghost" is not a term in this file.' },
        { line: 3, message: 'Term "b": related "phantom" is not a term in this file.' },
      ]);
    });

    it('cycles in broader/narrower', () => {
      expect(readCsv(rows(`${HEADER},prefLabel@en`, 'a,,,,b,,,A', 'b,,,,,,,B', 'c,,,,,b,,C')).errors).toEqual([]);
      expect(errorsOf(rows(`${HEADER},prefLabel@en`, 'a,,,,b,c,,A', 'b,,,,c,,,B', 'c,,,,,,,C', 'x,,,,y,,,X', 'y,,,,,y,,Y'))).toEqual([
        { line: 2, message: 'Cycle in broader/narrower: a → b → c → a.' },
        { line: 6, message: 'Cycle in broader/narrower: y → y.' },
      ]);
    });

    it(`a value longer than ${MAX_TEXT_LENGTH} characters`, () => {
      expect(errorsOf(rows('slug,prefLabel@en,definition@es', `a,A,${'ñ'.repeat(MAX_TEXT_LENGTH + 1)}`))).toEqual([
        { line: 2, message: `Term "a": definition@es is ${MAX_TEXT_LENGTH + 1} characters long; the limit is ${MAX_TEXT_LENGTH}.` },
      ]);
    });

    it(`a file over ${MAX_IMPORT_BYTES} bytes`, () => {
      const text = rows('slug,prefLabel@en', `a,${'x'.repeat(MAX_IMPORT_BYTES)}`);
      expect(errorsOf(text)).toEqual([
        { line: null, message: `The file is ${Buffer.byteLength(text)} bytes; the import limit is ${MAX_IMPORT_BYTES} bytes (2 MB).` },
      ]);
    });

    it(`more than ${MAX_IMPORT_TERMS} rows`, () => {
      const text = rows('slug,prefLabel@en', ...Array.from({ length: MAX_IMPORT_TERMS + 1 }, (_, i) => `t${i},T`));
      expect(errorsOf(text)).toEqual([
        { line: null, message: `The file has ${MAX_IMPORT_TERMS + 1} terms; the import limit is ${MAX_IMPORT_TERMS} terms.` },
      ]);
    });

    it('an empty file', () => {
      expect(errorsOf('')).toEqual([{ line: null, message: 'The CSV file is empty: a header row is required.' }]);
    });
  });
});
