import { stringify } from 'csv-stringify/sync';
import { assertExportable, languagesOf, normalizeGlossary } from './normalize';
import type { ExchangeTerm } from './types';
import { CSV_BASE_COLUMNS, CSV_LIST_SEPARATOR, joinLabels } from './csv-format';

/**
 * The glossary as CSV (RFC 4180, UTF-8 with a byte order mark so that
 * spreadsheets detect the encoding, CRLF line ends, a header row): one row per
 * term with the columns slug, category, minerals, themes, broader, narrower,
 * related (lists separated by ";"), then for each language used (en, fr, es
 * order) prefLabel@xx, altLabels@xx ("|"-separated) and definition@xx.
 */
export function writeCsv(terms: readonly ExchangeTerm[]): string {
  assertExportable(terms);
  const normalized = normalizeGlossary(terms);
  const languages = languagesOf(normalized);
  const header: string[] = [...CSV_BASE_COLUMNS];
  for (const l of languages) header.push(`prefLabel@${l}`, `altLabels@${l}`, `definition@${l}`);
  const list = (values: readonly string[]) => values.join(CSV_LIST_SEPARATOR);
  const rows = normalized.map((t) => {
    const row = [t.slug, t.category ?? '', list(t.minerals), list(t.themes), list(t.broader), list(t.narrower), list(t.related)];
    for (const l of languages) {
      row.push(
        t.prefLabels.find((v) => v.language === l)?.text ?? '',
        joinLabels(t.altLabels.filter((v) => v.language === l).map((v) => v.text)),
        t.definitions.find((v) => v.language === l)?.text ?? '',
      );
    }
    return row;
  });
  return stringify([header, ...rows], { bom: true, record_delimiter: 'windows', quoted_string: false });
}
