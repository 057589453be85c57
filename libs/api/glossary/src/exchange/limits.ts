import type { ProblemCollector } from './problems';
import { MAX_IMPORT_BYTES, MAX_IMPORT_TERMS } from './types';

/** False (with an error) when the text is over MAX_IMPORT_BYTES. */
export function checkSize(text: string, problems: ProblemCollector): boolean {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= MAX_IMPORT_BYTES) return true;
  problems.error(null, `The file is ${bytes} bytes; the import limit is ${MAX_IMPORT_BYTES} bytes (2 MB).`);
  return false;
}

/** False (with an error) when there are more than MAX_IMPORT_TERMS terms. */
export function checkTermCount(count: number, problems: ProblemCollector): boolean {
  if (count <= MAX_IMPORT_TERMS) return true;
  problems.error(null, `The file has ${count} terms; the import limit is ${MAX_IMPORT_TERMS} terms.`);
  return false;
}
