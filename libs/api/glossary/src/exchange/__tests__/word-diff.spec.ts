import fc from 'fast-check';
import { WORD_DIFF_MAX_EDITS, wordDiff, type WordDiffPart } from '../index';

const side = (parts: WordDiffPart[], other: 'INSERT' | 'DELETE') =>
  parts
    .filter((p) => p.kind !== other)
    .map((p) => p.text)
    .join('');

function expectWellFormed(from: string, to: string, parts: WordDiffPart[]) {
  expect(side(parts, 'INSERT')).toBe(from);
  expect(side(parts, 'DELETE')).toBe(to);
  for (const p of parts) expect(p.text).not.toBe('');
  for (let i = 1; i < parts.length; i++) expect(parts[i].kind).not.toBe(parts[i - 1].kind);
}

describe('wordDiff', () => {
  it('worked example: one word replaced, spacing changed', () => {
    expect(wordDiff('artisanal and small-scale mining', 'artisanal or small-scale  mining')).toEqual([
      { kind: 'EQUAL', text: 'artisanal ' },
      { kind: 'DELETE', text: 'and' },
      { kind: 'INSERT', text: 'or' },
      { kind: 'EQUAL', text: ' small-scale' },
      { kind: 'DELETE', text: ' ' },
      { kind: 'INSERT', text: '  ' },
      { kind: 'EQUAL', text: 'mining' },
    ]);
  });

  it('worked example: a definition revised', () => {
    const from = 'Mining by individuals or cooperatives with minimal mechanisation.';
    const to = 'Mining by individuals, groups or cooperatives with little mechanisation.';
    const parts = wordDiff(from, to);
    expectWellFormed(from, to, parts);
    // punctuation is a word of its own
    expect(parts).toEqual([
      { kind: 'EQUAL', text: 'Mining by individuals' },
      { kind: 'INSERT', text: ',' },
      { kind: 'EQUAL', text: ' ' },
      { kind: 'INSERT', text: 'groups ' },
      { kind: 'EQUAL', text: 'or cooperatives with ' },
      { kind: 'DELETE', text: 'minimal' },
      { kind: 'INSERT', text: 'little' },
      { kind: 'EQUAL', text: ' mechanisation.' },
    ]);
  });

  it('edge cases', () => {
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('same text', 'same text')).toEqual([{ kind: 'EQUAL', text: 'same text' }]);
    expect(wordDiff('', 'new')).toEqual([{ kind: 'INSERT', text: 'new' }]);
    expect(wordDiff('old', '')).toEqual([{ kind: 'DELETE', text: 'old' }]);
  });

  it('property: EQUAL + DELETE gives `from`, EQUAL + INSERT gives `to`, parts merged and not empty', () => {
    const word = fc.constantFrom('mine', 'tin', 'or', 'and', 'é', 'œuvre', '«', '»', ',', '.', '🙂', 'due-diligence', 'A');
    const space = fc.constantFrom(' ', '  ', '\n', '\t', ' \n');
    const text = fc.array(fc.tuple(word, space), { maxLength: 30 }).map((xs) => xs.flat().join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), fc.oneof(text, fc.string()), (from, to) => {
        expectWellFormed(from, to, wordDiff(from, to));
      }),
      { numRuns: 400 },
    );
  });

  it(`stays well formed when the texts differ by more than ${WORD_DIFF_MAX_EDITS} words (coarse difference)`, () => {
    const from = `Common start. ${Array.from({ length: 1500 }, (_, i) => `alpha${i}`).join(' ')} common end.`;
    const to = `Common start. ${Array.from({ length: 1500 }, (_, i) => `beta${i}`).join(' ')} common end.`;
    const parts = wordDiff(from, to);
    expectWellFormed(from, to, parts);
    expect(parts.map((p) => p.kind)).toEqual(['EQUAL', 'DELETE', 'INSERT', 'EQUAL']);
    expect(parts[0].text).toBe('Common start. ');
    expect(parts[3].text).toBe(' common end.');
  });
});
