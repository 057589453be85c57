import type { CellLike, SheetLike, WorkbookLike } from './workbook-like';

/**
 * The text of a cell as a user sees it: a typed value, or the cached result of a
 * formula (the template fills many cells by formula, e.g. the smelter's country
 * from its CID). Empty, errors and whitespace-only are null.
 */
export function cellText(cell: CellLike | undefined): string | null {
  if (!cell) return null;
  let v: unknown = cell.value;
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) v = (o.richText as { text: string }[]).map((r) => r.text).join('');
    else if ('result' in o || 'formula' in o || 'sharedFormula' in o) v = o.result;
    else if ('text' in o) v = o.text;
    else if ('error' in o) v = null;
  }
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') return null;
  const s = String(v).replace(/\s+/g, ' ').trim();
  return s === '' ? null : s;
}

/** A date cell (a Date, an Excel serial number, or an ISO / DD-MMM-YYYY text) as midnight UTC; null otherwise. */
export function cellDate(cell: CellLike | undefined): Date | null {
  if (!cell) return null;
  let v: unknown = cell.value;
  if (v && typeof v === 'object' && !(v instanceof Date) && 'result' in (v as object)) v = (v as { result: unknown }).result;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : new Date(Date.UTC(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate()));
  if (typeof v === 'number' && v > 0 && v < 2_958_466) {
    // Excel's 1900 date system: serial 25569 is 1970-01-01.
    const d = new Date(Math.round((v - 25569) * 86_400_000));
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  }
  const s = cellText(cell);
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return new Date(Date.UTC(+iso[1]!, +iso[2]! - 1, +iso[3]!));
  const dmy = /^(\d{1,2})[-/ ]([A-Za-z]{3})[A-Za-z]*[-/ ](\d{4})$/.exec(s);
  if (dmy) {
    const m = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(dmy[2]!.toLowerCase());
    if (m >= 0) return new Date(Date.UTC(+dmy[3]!, m, +dmy[1]!));
  }
  return null;
}

/** The hidden translation sheet "L": key (sheet name + cell, e.g. `DeclarationB8`) -> text per language column. */
export interface TranslationTable {
  languages: string[];
  /** key -> texts in `languages` order. */
  rows: Map<string, (string | null)[]>;
  /** Column index (0-based into languages) of English. */
  english: number;
}

/**
 * Reads sheet "L": row 1 holds "Sheets", "Cells" and the language names from
 * column D on; each later row holds a key in A (formula sheet&cell), the sheet in
 * B, the cell in C and the texts. The English column is the one the template
 * itself ships as its reference language, whatever language the file was saved in.
 */
export function readTranslations(wb: WorkbookLike): TranslationTable | null {
  const ws = wb.getWorksheet('L');
  if (!ws) return null;
  const header = ws.getRow(1);
  const languages: string[] = [];
  for (let c = 4; c <= Math.max(4, ws.columnCount); c++) {
    const t = cellText(header.getCell(c));
    if (!t) break;
    languages.push(t);
  }
  if (!languages.length) return null;
  const english = Math.max(0, languages.findIndex((l) => /^english$/i.test(l)));
  const rows = new Map<string, (string | null)[]>();
  ws.eachRow((row, r) => {
    if (r === 1) return;
    const sheet = cellText(row.getCell(2));
    const cell = cellText(row.getCell(3));
    if (!sheet || !cell) return;
    rows.set(
      sheet + cell,
      languages.map((_, i) => cellText(row.getCell(4 + i))),
    );
  });
  return { languages, rows, english };
}

export function sheet(wb: WorkbookLike, name: string): SheetLike | undefined {
  return wb.getWorksheet(name);
}
