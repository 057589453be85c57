import { diffWordsWithSpace } from 'diff';

export type WordDiffKind = 'EQUAL' | 'INSERT' | 'DELETE';
export interface WordDiffPart {
  kind: WordDiffKind;
  text: string;
}

/**
 * A word-level difference between two texts (whitespace counts as words, so
 * nothing is lost): the EQUAL and DELETE parts concatenated give `from`, the
 * EQUAL and INSERT parts give `to`. Consecutive parts of the same kind are
 * merged; there are no empty parts.
 */
export function wordDiff(from: string, to: string): WordDiffPart[] {
  const parts: WordDiffPart[] = [];
  for (const change of diffWordsWithSpace(from, to)) {
    if (change.value === '') continue;
    const kind: WordDiffKind = change.added ? 'INSERT' : change.removed ? 'DELETE' : 'EQUAL';
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += change.value;
    else parts.push({ kind, text: change.value });
  }
  return parts;
}
