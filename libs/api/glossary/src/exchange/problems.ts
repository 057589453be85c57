import { MAX_REPORTED_PROBLEMS, type ImportProblem, type ParsedGlossary } from './types';

/** Collects errors and warnings, listing at most MAX_REPORTED_PROBLEMS of each. */
export class ProblemCollector {
  private readonly errorList: ImportProblem[] = [];
  private readonly warningList: ImportProblem[] = [];
  private moreErrors = 0;
  private moreWarnings = 0;

  error(line: number | null, message: string): void {
    if (this.errorList.length < MAX_REPORTED_PROBLEMS) this.errorList.push({ line, message });
    else this.moreErrors++;
  }

  warning(line: number | null, message: string): void {
    if (this.warningList.length < MAX_REPORTED_PROBLEMS) this.warningList.push({ line, message });
    else this.moreWarnings++;
  }

  get hasErrors(): boolean {
    return this.errorList.length > 0;
  }

  get errors(): ImportProblem[] {
    return this.moreErrors ? [...this.errorList, { line: null, message: `… and ${this.moreErrors} more errors.` }] : [...this.errorList];
  }

  get warnings(): ImportProblem[] {
    return this.moreWarnings
      ? [...this.warningList, { line: null, message: `… and ${this.moreWarnings} more warnings.` }]
      : [...this.warningList];
  }

  /** The result: no terms at all when there is any error (nothing is half-imported). */
  result(terms: ParsedGlossary['terms']): ParsedGlossary {
    return { terms: this.hasErrors ? [] : terms, errors: this.errors, warnings: this.warnings };
  }
}

/** A message-friendly quoted text, shortened to 60 characters. */
export function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return JSON.stringify(oneLine.length > 60 ? `${oneLine.slice(0, 59)}…` : oneLine);
}

/** Length in characters (Unicode code points). */
export function textLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
