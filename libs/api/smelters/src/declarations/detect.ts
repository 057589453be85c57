// Which template and revision a workbook is, from its structure only. Sheet
// names are fixed across the template languages (only cell texts are
// translated); the revision is a constant cell ("Revision 6.5\nApril 25, 2025")
// and the Revision sheet's history; the kind is the acronym in the English
// column of the translation sheet, else the metals of the look-up sheet.
import type { Workbook } from 'exceljs';
import { cellText, readTranslations, type TranslationTable } from './cells';
import { DeclarationFileError } from './errors';
import { discoverLayout, knownLayout, metalFromEnglish, type DeclarationLayout } from './layouts';
import type { TemplateInfo, TemplateKind } from './types';

export const SHEETS = {
  declaration: 'Declaration',
  smelterList: 'Smelter List',
  productList: 'Product List',
  lookup: 'Smelter Look-up',
  checker: 'Checker',
  mineList: 'Mine List',
  revision: 'Revision',
  translations: 'L',
} as const;

export interface Detection {
  info: TemplateInfo;
  layout: DeclarationLayout;
  translations: TranslationTable | null;
}

const KIND_PATTERN = /\((CMRT|EMRT|CRT|AMRT)\)/;

function detectKind(wb: Workbook, table: TranslationTable | null): TemplateKind | null {
  // 1. The template's title in its own English column: "Conflict Minerals Reporting Template (CMRT)".
  const title = table?.rows.get('DeclarationD2')?.[table.english];
  const fromTitle = title && KIND_PATTERN.exec(title);
  if (fromTitle) return fromTitle[1] as TemplateKind;
  for (const texts of table?.rows.values() ?? []) {
    const m = texts[table!.english] && KIND_PATTERN.exec(texts[table!.english]!);
    if (m) return m[1] as TemplateKind;
  }
  // 2. The metals of the look-up sheet.
  const lookup = wb.getWorksheet(SHEETS.lookup);
  if (!lookup) return null;
  const metals = new Set<string>();
  for (let r = 5; r <= Math.min(lookup.rowCount, 3000); r++) {
    const m = metalFromEnglish(cellText(lookup.getRow(r).getCell(1)));
    if (m) metals.add(m);
  }
  if (['TIN', 'TANTALUM', 'TUNGSTEN', 'GOLD'].some((m) => metals.has(m))) return 'CMRT';
  if (metals.size === 1 && metals.has('COBALT')) return 'CRT';
  if (metals.size) return 'EMRT';
  return null;
}

const REVISION_IN_TEXT = /\brevision\s*(\d+(?:\.\d+)*[a-z]?)/i;

function detectRevision(wb: Workbook): string | null {
  // The constant "Revision x.y" printed in the top rows of the Declaration and Smelter List sheets.
  for (const name of [SHEETS.declaration, SHEETS.smelterList, SHEETS.productList]) {
    const ws = wb.getWorksheet(name);
    if (!ws) continue;
    for (let r = 1; r <= 4; r++) {
      const row = ws.getRow(r);
      for (let c = 1; c <= 20; c++) {
        const v = row.getCell(c).value;
        if (typeof v !== 'string') continue; // formulas are translated labels; the revision is a constant
        const m = REVISION_IN_TEXT.exec(v);
        if (m) return m[1]!;
      }
    }
  }
  // The last entry of the Revision sheet's history (column B).
  const history = wb.getWorksheet(SHEETS.revision);
  let last: string | null = null;
  history?.eachRow((row) => {
    const v = row.getCell(2).value;
    const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
    if (/^\d+(\.\d+)?[a-z]?$/.test(s)) last = s;
  });
  return last;
}

/** The language chosen in Declaration!D3 (a language name from the translation sheet's header). */
function detectLanguage(wb: Workbook): string | null {
  return cellText(wb.getWorksheet(SHEETS.declaration)?.getCell('D3'));
}

/**
 * The template kind, revision, language and layout of a workbook. Throws
 * NOT_RMI_TEMPLATE when the sheets of a reporting template are missing, and
 * UNSUPPORTED_TEMPLATE when no layout fits the kind and revision.
 */
export function detectTemplate(wb: Workbook): Detection {
  const missing = [SHEETS.declaration, SHEETS.smelterList].filter((s) => !wb.getWorksheet(s));
  if (missing.length) throw new DeclarationFileError('NOT_RMI_TEMPLATE', `missing sheets: ${missing.join(', ')}`);
  const translations = readTranslations(wb);
  const kind = detectKind(wb, translations);
  if (!kind) throw new DeclarationFileError('NOT_RMI_TEMPLATE', 'no template title nor smelter look-up metals');
  const revision = detectRevision(wb);
  if (!revision) throw new DeclarationFileError('NOT_RMI_TEMPLATE', 'no revision');
  const known = knownLayout(kind, revision);
  const layout = known ?? (translations ? discoverLayout(kind, translations) : null);
  if (!layout) throw new DeclarationFileError('UNSUPPORTED_TEMPLATE', `${kind} ${revision}`, `${kind} revision ${revision} is not supported.`);
  return {
    info: { kind, revision, language: detectLanguage(wb), layoutSource: known ? 'static' : 'discovered' },
    layout,
    translations,
  };
}
