// Column names and list separators of the CSV format (see docs/glossary-exchange.md).

export const CSV_BASE_COLUMNS = ['slug', 'category', 'minerals', 'themes', 'broader', 'narrower', 'related'] as const;
export type CsvBaseColumn = (typeof CSV_BASE_COLUMNS)[number];
/** Per-language columns, written `prefLabel@en`, `altLabels@en`, `definition@en`. */
export const CSV_LANGUAGE_COLUMNS = ['prefLabel', 'altLabels', 'definition'] as const;
export type CsvLanguageColumn = (typeof CSV_LANGUAGE_COLUMNS)[number];

/** Separator of minerals, themes and slugs in one cell. */
export const CSV_LIST_SEPARATOR = ';';
/** Separator of alternative labels in one cell; a `|` or `\` inside a label is written `\|` or `\\`. */
export const CSV_LABEL_SEPARATOR = '|';

export function joinLabels(labels: readonly string[]): string {
  return labels.map((l) => l.replace(/\\/g, '\\\\').replace(/\|/g, '\\|')).join(CSV_LABEL_SEPARATOR);
}

/** Splits on unescaped `|`; `\|` and `\\` are unescaped, any other backslash is kept as is. */
export function splitLabels(cell: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c === '\\' && (cell[i + 1] === '|' || cell[i + 1] === '\\')) {
      current += cell[++i];
    } else if (c === CSV_LABEL_SEPARATOR) {
      out.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  out.push(current);
  return out;
}
