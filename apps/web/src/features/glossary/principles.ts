/** A principle as written: statement, explanation, sub-points, footnotes. */
export interface PrincipleText {
  statement: string;
  explanation?: string | null;
  subPoints?: readonly string[] | null;
  footnotes?: readonly string[] | null;
}

/**
 * Principles as plain text, for a word diff between two revisions:
 *
 *   1. Statement
 *      Explanation
 *      – sub-point
 *      [1] footnote
 */
export function principlesAsText(principles: readonly PrincipleText[]): string {
  return principles
    .map((p, i) => {
      const out = [`${i + 1}. ${p.statement.trim()}`];
      if (p.explanation?.trim()) out.push(`   ${p.explanation.trim()}`);
      for (const s of p.subPoints ?? []) if (s.trim()) out.push(`   – ${s.trim()}`);
      (p.footnotes ?? []).filter((f) => f.trim()).forEach((f, n) => out.push(`   [${n + 1}] ${f.trim()}`));
      return out.join('\n');
    })
    .join('\n\n');
}
