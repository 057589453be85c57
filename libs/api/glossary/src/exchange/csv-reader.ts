import { parse } from 'csv-parse/sync';
import { SUPPORTED_LANGUAGES, isLanguage } from '@commonground/shared-reference';
import { CSV_BASE_COLUMNS, CSV_LIST_SEPARATOR, splitLabels, type CsvBaseColumn, type CsvLanguageColumn } from './csv-format';
import { GlossaryBuilder, type TextField } from './import-builder';
import { checkSize, checkTermCount } from './limits';
import { ProblemCollector, quote } from './problems';
import type { ParsedGlossary } from './types';
import { isSlug, slugify } from './vocabulary';

type Column = { kind: 'base'; name: CsvBaseColumn } | { kind: 'language'; name: CsvLanguageColumn; language: string } | null;

const LANGUAGE_COLUMN = /^(prefLabel|altLabels?|definition)@(.+)$/i;
const LANGUAGE_FIELDS: Record<string, CsvLanguageColumn> = {
  preflabel: 'prefLabel',
  altlabels: 'altLabels',
  altlabel: 'altLabels',
  definition: 'definition',
};
const TEXT_FIELD: Record<CsvLanguageColumn, TextField> = { prefLabel: 'prefLabel', altLabels: 'altLabel', definition: 'definition' };

/** Byte offsets where each line starts (line breaks: CRLF, LF or CR). */
function lineStarts(bytes: Uint8Array): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) starts.push(i + 1);
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) starts.push(i + 1);
  }
  return starts;
}

/** The 1-based line holding a byte offset. */
function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The delimiter of the header line: the most frequent of , ; and tab (comma when none). */
function detectDelimiter(text: string): string {
  const first = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t']) {
    const n = first.split(d).length - 1;
    if (n > bestCount) [best, bestCount] = [d, n];
  }
  return best;
}

const splitList = (cell: string): string[] =>
  cell
    .split(CSV_LIST_SEPARATOR)
    .map((v) => v.trim())
    .filter((v) => v !== '');

/**
 * Reads the CSV written by writeCsv (see there and docs/glossary-exchange.md).
 * The delimiter is that of the header row (`,`, `;` or tab). Column names are
 * case-insensitive; unknown columns are ignored with a warning; a language
 * column in an unsupported language is an error. Slugs that are not in slug
 * form are slugified (with a warning). Any error means no terms.
 */
export function readCsv(text: string): ParsedGlossary {
  const problems = new ProblemCollector();
  if (!checkSize(text, problems)) return problems.result([]);

  const bytes = Buffer.from(text, 'utf8');
  const starts = lineStarts(bytes);
  let records: Array<{ record: string[]; info: { bytes: number } }>;
  try {
    records = parse(bytes, {
      bom: true,
      info: true,
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records; // `info: true` wraps each record with its position
  } catch (error) {
    const err = error as Error & { bytes?: number; lines?: number };
    const line = typeof err.bytes === 'number' ? lineAt(starts, err.bytes) : typeof err.lines === 'number' ? err.lines : null;
    problems.error(line, `CSV syntax error: ${err.message.replace(/ at line \d+/, '')}`);
    return problems.result([]);
  }
  if (records.length === 0) {
    problems.error(null, 'The CSV file is empty: a header row is required.');
    return problems.result([]);
  }

  // the line where each record starts: after the previous record, past empty lines and the byte order mark
  let offset = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const lines = records.map((r) => {
    while (offset < bytes.length && (bytes[offset] === 0x0a || bytes[offset] === 0x0d)) offset++;
    const line = lineAt(starts, offset);
    offset = r.info.bytes;
    return line;
  });

  // header
  const header = records[0].record;
  const headerLine = lines[0];
  const columns: Column[] = [];
  const seen = new Map<string, string>();
  for (const raw of header) {
    const name = raw.trim();
    const base = CSV_BASE_COLUMNS.find((c) => c === name.toLowerCase());
    const match = LANGUAGE_COLUMN.exec(name);
    let column: Column = null;
    if (base) column = { kind: 'base', name: base };
    else if (match) {
      const language = match[2].toLowerCase();
      if (!isLanguage(language)) {
        problems.error(
          headerLine,
          `Column ${quote(name)}: language "${match[2]}" is not supported (supported: ${SUPPORTED_LANGUAGES.join(', ')}).`,
        );
      } else {
        column = { kind: 'language', name: LANGUAGE_FIELDS[match[1].toLowerCase()], language };
      }
    } else if (name !== '') {
      problems.warning(headerLine, `Unknown column ${quote(name)} ignored.`);
    }
    if (column) {
      const id = column.kind === 'base' ? column.name : `${column.name}@${column.language}`;
      const previous = seen.get(id);
      if (previous !== undefined) {
        problems.error(headerLine, `Column ${quote(name)} appears twice (also ${quote(previous)}).`);
        column = null;
      } else {
        seen.set(id, name);
      }
    }
    columns.push(column);
  }
  if (!seen.has('slug')) problems.error(headerLine, 'The header row has no "slug" column.');
  if (!columns.some((c) => c?.kind === 'language' && c.name === 'prefLabel')) {
    problems.error(headerLine, `The header row has no prefLabel column (prefLabel@${SUPPORTED_LANGUAGES.join(', prefLabel@')}).`);
  }
  if (problems.hasErrors) return problems.result([]);

  const rows = records.slice(1).map((r, i) => ({ cells: r.record, line: lines[i + 1] }));
  const filled = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!checkTermCount(filled.length, problems)) return problems.result([]);
  if (filled.length === 0) problems.warning(null, 'The file contains no terms.');

  const builder = new GlossaryBuilder(problems);
  const toSlug = (raw: string, line: number, what: string): string | null => {
    const value = raw.trim();
    if (isSlug(value)) return value;
    const slug = slugify(value);
    if (slug === '') {
      problems.error(line, `${what} ${quote(raw)} is not usable as a slug (it has no letter or digit).`);
      return null;
    }
    problems.warning(line, `${what} ${quote(raw)} read as "${slug}".`);
    return slug;
  };

  const slugIndex = columns.findIndex((c) => c?.kind === 'base' && c.name === 'slug');
  for (const { cells, line } of filled) {
    const slugCell = (cells[slugIndex] ?? '').trim();
    if (cells.length !== header.length) {
      problems.error(line, `This row has ${cells.length} fields; the header has ${header.length}.`);
      const slug = slugCell === '' ? '' : slugify(slugCell);
      if (slug !== '') builder.addRefused(slug, line);
      continue;
    }
    if (slugCell === '') {
      problems.error(line, 'This row has no slug.');
      continue;
    }
    const slug = toSlug(slugCell, line, 'Slug');
    if (slug === null) continue;
    const draft = builder.addTerm(slug, line);
    if (!draft) continue;
    columns.forEach((column, i) => {
      const cell = cells[i];
      if (!column) return;
      if (column.kind === 'language') {
        const values = column.name === 'altLabels' ? splitLabels(cell).filter((v) => v.trim() !== '') : cell.trim() === '' ? [] : [cell];
        for (const v of values) builder.text(draft, TEXT_FIELD[column.name], column.language, v, line);
        return;
      }
      switch (column.name) {
        case 'slug':
          return;
        case 'category':
          return builder.category(draft, cell, line);
        case 'minerals':
          return splitList(cell).forEach((m) => builder.mineral(draft, m, line));
        case 'themes':
          return splitList(cell).forEach((t) => builder.theme(draft, t, line));
        default: {
          const field = column.name;
          for (const ref of splitList(cell)) {
            const target = toSlug(ref, line, `Term "${slug}": ${field}`);
            if (target !== null) builder.relation(draft, field, target, line);
          }
        }
      }
    });
  }
  return problems.result(builder.finish());
}
