import './text-diff.css';

export type TextDiffKind = 'EQUAL' | 'INSERT' | 'DELETE';

export interface TextDiffPart {
  kind: TextDiffKind | (string & {});
  text: string;
}

export interface TextDiffLabels {
  /** read out before inserted text, e.g. "insertion:" */
  insertStart: string;
  insertEnd: string;
  /** read out before deleted text, e.g. "deletion:" */
  deleteStart: string;
  deleteEnd: string;
}

/**
 * A word-level difference: insertions in <ins> (underlined on green), deletions
 * in <del> (struck through on red). Colour is never the only cue: the lines
 * differ too, and screen readers hear where each change starts and ends.
 */
export function TextDiff({ parts, labels, lang, id }: { parts: readonly TextDiffPart[]; labels: TextDiffLabels; lang?: string; id?: string }) {
  return (
    <div className="cg-diff" lang={lang} id={id}>
      {parts.map((part, index) => {
        if (part.kind === 'INSERT') {
          return (
            <ins key={index} className="cg-diff__ins">
              <span className="cg-visually-hidden">{labels.insertStart} </span>
              {part.text}
              <span className="cg-visually-hidden"> {labels.insertEnd}</span>
            </ins>
          );
        }
        if (part.kind === 'DELETE') {
          return (
            <del key={index} className="cg-diff__del">
              <span className="cg-visually-hidden">{labels.deleteStart} </span>
              {part.text}
              <span className="cg-visually-hidden"> {labels.deleteEnd}</span>
            </del>
          );
        }
        return <span key={index}>{part.text}</span>;
      })}
    </div>
  );
}

/** The key to a TextDiff, with examples styled as the diff is. */
export function TextDiffLegend({ inserted, deleted }: { inserted: string; deleted: string }) {
  return (
    <p className="cg-diff-legend">
      <ins className="cg-diff__ins">{inserted}</ins> <del className="cg-diff__del">{deleted}</del>
    </p>
  );
}

/** Counts of inserted and deleted parts (whitespace-only parts do not count). */
export function countChanges(parts: readonly TextDiffPart[]): { insertions: number; deletions: number } {
  let insertions = 0;
  let deletions = 0;
  for (const part of parts) {
    if (!part.text.trim()) continue;
    if (part.kind === 'INSERT') insertions++;
    else if (part.kind === 'DELETE') deletions++;
  }
  return { insertions, deletions };
}
