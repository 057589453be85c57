import { diffWordsWithSpace } from 'diff';
import type { TextDiffPart } from '@commonground/web-ui';

/**
 * A word-level difference computed in the browser, in the shape the API gives
 * for definitions (EQUAL / INSERT / DELETE, consecutive parts merged): the
 * EQUAL and DELETE parts give `from`, the EQUAL and INSERT parts give `to`.
 */
export function wordDiff(from: string, to: string): TextDiffPart[] {
  const parts: TextDiffPart[] = [];
  for (const change of diffWordsWithSpace(from, to)) {
    if (change.value === '') continue;
    const kind = change.added ? 'INSERT' : change.removed ? 'DELETE' : 'EQUAL';
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += change.value;
    else parts.push({ kind, text: change.value });
  }
  return parts;
}
