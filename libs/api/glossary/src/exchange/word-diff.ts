import { diffWordsWithSpace } from 'diff';

export type WordDiffKind = 'EQUAL' | 'INSERT' | 'DELETE';
export interface WordDiffPart {
  kind: WordDiffKind;
  text: string;
}

/**
 * Above this many inserted + deleted words (whitespace runs count as words)
 * the word diff gives up and wordDiff returns the coarse difference (common
 * start and end, then the rest deleted and inserted): bounds the time to a few
 * hundred milliseconds for two unrelated 10,000-character texts.
 */
export const WORD_DIFF_MAX_EDITS = 2000;

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/** Common start and end (cut at whitespace), the middle deleted then inserted. */
function coarseDiff(from: string, to: string): Array<[WordDiffKind, string]> {
  const max = Math.min(from.length, to.length);
  let head = 0;
  while (head < max && from[head] === to[head]) head++;
  if (head < from.length || head < to.length) while (head > 0 && !isSpace(from[head - 1])) head--;
  let tail = 0;
  while (tail < max - head && from[from.length - 1 - tail] === to[to.length - 1 - tail]) tail++;
  if (head + tail < from.length || head + tail < to.length) while (tail > 0 && !isSpace(from[from.length - tail])) tail--;
  return [
    ['EQUAL', from.slice(0, head)],
    ['DELETE', from.slice(head, from.length - tail)],
    ['INSERT', to.slice(head, to.length - tail)],
    ['EQUAL', from.slice(from.length - tail)],
  ];
}

/**
 * A word-level difference between two texts (whitespace counts as words, so
 * nothing is lost): the EQUAL and DELETE parts concatenated give `from`, the
 * EQUAL and INSERT parts give `to`. Consecutive parts of the same kind are
 * merged; there are no empty parts. Uses diff's diffWordsWithSpace; see
 * WORD_DIFF_MAX_EDITS for very different texts.
 */
export function wordDiff(from: string, to: string): WordDiffPart[] {
  const changes = diffWordsWithSpace(from, to, { maxEditLength: WORD_DIFF_MAX_EDITS });
  const raw: Array<[WordDiffKind, string]> = changes
    ? changes.map((c) => [c.added ? 'INSERT' : c.removed ? 'DELETE' : 'EQUAL', c.value])
    : coarseDiff(from, to);
  const parts: WordDiffPart[] = [];
  for (const [kind, text] of raw) {
    if (text === '') continue;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  }
  return parts;
}
