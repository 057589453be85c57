// Which template and revision a workbook is, from its structure only. Sheet
// names are fixed across the template languages (only cell texts are
// translated); the revision is a constant cell ("Revision 6.5\nApril 25, 2025")
// and the Revision sheet's history; the kind is the acronym in the English
// column of the translation sheet, else the metals of the look-up sheet.
import type { WorkbookLike as Workbook } from './workbook-like';
import { cellText, readTranslations, type TranslationTable } from './cells';
import { DeclarationFileError } from './errors';
import { LAYOUTS, discoverLayout, knownLayout, metalFromEnglish, type DeclarationLayout } from './layouts';
import type { TemplateInfo, TemplateKind, ValidationIssue } from './types';

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
  /** What the detection itself has to say (a revision newer than any this hub knows). */
  issues: ValidationIssue[];
}

/**
 * The newest published revision of each kind this hub knows (the templates in
 * tests/fixtures/rmi, and AMRT 1.3 from the RMI's revision notes). A newer one
 * is read with the layout its translation sheet gives, else the newest known
 * layout of its kind, and imports with a warning.
 */
export const NEWEST_KNOWN_REVISION: Record<TemplateKind, string> = { CMRT: '6.5', EMRT: '2.1', CRT: '2.21', AMRT: '1.3' };

/** `6.5` < `6.22`? No: revisions are decimals (6.01 < 6.1 < 6.22 < 6.31 < 6.4 < 6.5; 2.2 < 2.21). */
export function compareRevisions(a: string, b: string): number {
  return parseFloat(a) - parseFloat(b);
}

const SMELTER_FORMULA_COLUMNS = ['B', 'C', 'E', 'F', 'G', 'H', 'I', 'J'];

function hasFormula(value: unknown): boolean {
  return !!value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value);
}

/**
 * Revisions that print the same text as their predecessor, told apart by the
 * workbook's structure. CRT 2.21 prints "Revision 2.2" like 2.2 and lists no
 * 2.21 in its history; what it changed is the Smelter List, whose look-up
 * formulas (metal and name from a typed CID, country, CID, source, address)
 * 2.2 only carries from row 212 and 2.21 from row 5. A supplier overwrites some
 * of them by typing, never all of them in every row.
 */
const REVISION_FINGERPRINTS: readonly { kind: TemplateKind; printed: string; revision: string; test: (wb: Workbook) => boolean }[] = [
  {
    kind: 'CRT',
    printed: '2.2',
    revision: '2.21',
    test: (wb) => {
      const ws = wb.getWorksheet(SHEETS.smelterList);
      if (!ws) return false;
      for (let r = 5; r <= 211; r++) {
        const row = ws.getRow(r);
        if (SMELTER_FORMULA_COLUMNS.some((c) => hasFormula(row.getCell(c).value))) return true;
      }
      return false;
    },
  },
];

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
  const printed = detectRevision(wb);
  if (!printed) throw new DeclarationFileError('NOT_RMI_TEMPLATE', 'no revision');
  const revision = REVISION_FINGERPRINTS.find((f) => f.kind === kind && f.printed === printed && f.test(wb))?.revision ?? printed;
  const issues: ValidationIssue[] = [];
  const newer = compareRevisions(revision, NEWEST_KNOWN_REVISION[kind]) > 0;
  const known = knownLayout(kind, revision);
  let layout = known ?? (translations ? discoverLayout(kind, translations) : null);
  let layoutSource: TemplateInfo['layoutSource'] = known ? 'static' : 'discovered';
  if (!layout && newer) {
    // A future revision whose translation sheet says too little: the newest layout of its kind.
    layout = [...LAYOUTS].reverse().find((l) => l.kind === kind)?.layout ?? null;
    layoutSource = 'static';
  }
  if (!layout) throw new DeclarationFileError('UNSUPPORTED_TEMPLATE', `${kind} ${revision}`, `${kind} revision ${revision} is not supported.`);
  if (newer) {
    issues.push({
      severity: 'WARNING',
      code: 'NEWER_REVISION',
      sheet: SHEETS.declaration,
      cell: null,
      ref: SHEETS.declaration,
      message: `${kind} revision ${revision} is newer than the newest this hub knows (${NEWEST_KNOWN_REVISION[kind]}); it was read with the ${layoutSource === 'static' ? `${layout.family} layout` : "layout its own translation sheet gives"}. Check the result.`,
    });
  }
  return {
    info: { kind, revision, language: detectLanguage(wb), layoutSource },
    layout,
    translations,
    issues,
  };
}
