// The validation report, in the spirit of the template's own Checker sheet:
// missing required fields, unknown CIDs, metal and CID that disagree, duplicate
// rows, rows out of place. ERRORs are what the Checker would refuse; WARNINGs are
// worth a look but do not make the declaration unusable.
import type { WorkbookLike as Workbook } from './workbook-like';
import { getSmelterByCid, normalizeCid, type Metal } from '@commonground/shared-reference';
import { toCountryCode } from '../matching/country';
import { normalizeName } from '../matching/normalize';
import { cellText } from './cells';
import { SHEETS } from './detect';
import { SMELTER_COLUMNS, type DeclarationLayout } from './layouts';
import type { Answer, DeclarationField, IssueSeverity, ParsedDeclaration, ValidationIssue } from './types';

export interface ValidationOptions {
  /** The registry's metal for a CID; defaults to the seeded reference (SMELTERS). */
  lookupCid?: (cid: string) => { metal: Metal } | undefined;
  /** The date "today" for the effective-date check (no wall clock in pure code); skipped when absent. */
  today?: Date;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Required company fields, as the templates mark them with (*). */
const REQUIRED: DeclarationField[] = ['companyName', 'declarationScope', 'contactName', 'contactEmail', 'contactPhone', 'authorizer', 'authorizerEmail', 'effectiveDate'];

const FIELD_NAMES: Record<DeclarationField, string> = {
  companyName: 'Company name',
  declarationScope: 'Declaration scope',
  scopeDescription: 'Description of scope',
  uniqueId: 'Company unique ID',
  uniqueIdAuthority: 'Company unique ID authority',
  address: 'Address',
  contactName: 'Contact name',
  contactEmail: 'Contact email',
  contactPhone: 'Contact phone',
  authorizer: 'Authorizer',
  authorizerTitle: 'Authorizer title',
  authorizerEmail: 'Authorizer email',
  authorizerPhone: 'Authorizer phone',
  effectiveDate: 'Effective date',
};

export function validateDeclaration(
  parsed: ParsedDeclaration,
  options: ValidationOptions & { layout: DeclarationLayout; workbook?: Workbook },
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (severity: IssueSeverity, code: string, sheet: string, cell: string | null, message: string, field?: string) =>
    issues.push({ severity, code, sheet, cell, ref: cell ? `${sheet}!${cell}` : sheet, message, ...(field ? { field } : {}) });
  const { layout } = options;
  const d = parsed.declaration;
  const lookupCid = options.lookupCid ?? ((cid: string) => getSmelterByCid(cid));

  // Declaration: required fields and their formats.
  for (const field of REQUIRED) {
    const cell = layout.fields[field];
    if (cell && (d[field] === null || d[field] === undefined)) add('ERROR', 'REQUIRED', SHEETS.declaration, cell, `${FIELD_NAMES[field]} is required.`, field);
  }
  for (const field of ['contactEmail', 'authorizerEmail'] as const) {
    const v = d[field];
    if (v && !EMAIL.test(v)) add('ERROR', 'INVALID_EMAIL', SHEETS.declaration, layout.fields[field] ?? null, `${FIELD_NAMES[field]} "${v}" is not a valid email address.`, field);
  }
  const dateCell = layout.fields.effectiveDate;
  if (dateCell && !d.effectiveDate && options.workbook && cellText(options.workbook.getWorksheet(SHEETS.declaration)?.getCell(dateCell))) {
    // A text that is not a date replaces the REQUIRED issue's meaning: say so.
    add('ERROR', 'INVALID_DATE', SHEETS.declaration, dateCell, 'Effective date is not a date.', 'effectiveDate');
  }
  if (d.effectiveDate && options.today && d.effectiveDate.getTime() > options.today.getTime()) {
    add('WARNING', 'FUTURE_DATE', SHEETS.declaration, dateCell ?? null, 'Effective date is in the future.', 'effectiveDate');
  }
  if (d.declarationScope && !d.scopeCode) add('ERROR', 'INVALID_SCOPE', SHEETS.declaration, layout.fields.declarationScope ?? null, `Declaration scope "${d.declarationScope}" is not one of the template's choices.`, 'declarationScope');
  if (d.scopeCode === 'C' && !d.scopeDescription) add('ERROR', 'REQUIRED', SHEETS.declaration, layout.fields.scopeDescription ?? null, 'A user-defined scope needs a description.', 'scopeDescription');
  if (d.scopeCode === 'B' && parsed.products.length === 0) add('ERROR', 'NO_PRODUCTS', SHEETS.productList, null, 'A product-level declaration needs at least one product on the Product List.');
  if (!d.metals.length) add('ERROR', 'NO_METALS', SHEETS.declaration, layout.mineralSlots[0] ?? null, 'No mineral or metal is selected for the declaration.');

  // Questions: Q1 (is the metal used at all?) must be answered for every metal; the
  // others are required while the metal is used, as the Checker asks.
  const used = new Set<Metal>();
  for (const q of layout.questions) {
    const a = parsed.answers[q.id];
    if (!a) continue;
    if (q.metalRows === 0) {
      const one = a as Answer;
      if (!one.answer) add(q.id === 'A' || q.id === 'B' ? 'ERROR' : 'WARNING', 'UNANSWERED', SHEETS.declaration, one.cell.split('!')[1]!, `Question ${q.id} is not answered.`, q.id);
      continue;
    }
    for (const [metal, one] of Object.entries(a as Partial<Record<Metal, Answer>>) as [Metal, Answer][]) {
      if (q.id === 'Q1' && one.answer && one.answer !== 'No') used.add(metal);
      if (one.answer) continue;
      if (q.id === 'Q1' || used.has(metal)) add('ERROR', 'UNANSWERED', SHEETS.declaration, one.cell.split('!')[1]!, `Question ${q.id.slice(1) || q.id} is not answered for ${metal.toLowerCase()}.`, `${q.id}.${metal}`);
    }
  }

  // Smelter list.
  const col = (c: keyof typeof SMELTER_COLUMNS, row: number) => `${SMELTER_COLUMNS[c]}${row}`;
  const seen = new Map<string, number>();
  const metals = new Set(d.metals);
  for (const s of parsed.smelters) {
    const S = SHEETS.smelterList;
    if (s.row > layout.smelterList.lastRow) add('WARNING', 'OUTSIDE_LIST', S, col('metal', s.row), `Row ${s.row} is below the template's smelter list (last row ${layout.smelterList.lastRow}).`);
    if (!s.metalText) add('ERROR', 'REQUIRED', S, col('metal', s.row), `Row ${s.row}: the metal is missing.`, 'metal');
    else if (!s.metal) add('ERROR', 'UNKNOWN_METAL', S, col('metal', s.row), `Row ${s.row}: "${s.metalText}" is not a metal of the template.`, 'metal');
    else if (metals.size && !metals.has(s.metal)) add('WARNING', 'METAL_NOT_DECLARED', S, col('metal', s.row), `Row ${s.row}: ${s.metal.toLowerCase()} is not among the declaration's metals.`, 'metal');
    if (!s.lookupName && !s.reportedCid) add('ERROR', 'REQUIRED', S, col('lookupName', s.row), `Row ${s.row}: choose a smelter in the look-up column.`, 'lookupName');
    if (s.kind === 'NOT_LISTED') {
      if (!s.smelterName) add('ERROR', 'REQUIRED', S, col('smelterName', s.row), `Row ${s.row}: "Smelter not listed" needs the smelter's name.`, 'smelterName');
      if (!s.reportedCountry) add('ERROR', 'REQUIRED', S, col('country', s.row), `Row ${s.row}: "Smelter not listed" needs the smelter's country.`, 'country');
    }
    if (s.reportedCountry && !toCountryCode(s.reportedCountry)) add('WARNING', 'UNKNOWN_COUNTRY', S, col('country', s.row), `Row ${s.row}: country "${s.reportedCountry}" is not recognized.`, 'country');
    if (s.reportedCid) {
      const cid = normalizeCid(s.reportedCid);
      const cidCell = s.reportedCid === s.inputCid ? col('inputCid', s.row) : col('cid', s.row);
      const known = cid ? lookupCid(cid) : undefined;
      if (!cid) add('ERROR', 'INVALID_CID', S, cidCell, `Row ${s.row}: "${s.reportedCid}" is not a smelter identification number (CID000000).`, 'cid');
      else if (!known) add('WARNING', 'UNKNOWN_CID', S, cidCell, `Row ${s.row}: ${cid} is not in the smelter registry.`, 'cid');
      else if (s.metal && known.metal !== s.metal) add('ERROR', 'CID_METAL_MISMATCH', S, cidCell, `Row ${s.row}: ${cid} is a ${known.metal.toLowerCase()} smelter, the row says ${s.metal.toLowerCase()}.`, 'cid');
    }
    if (s.kind !== 'NOT_YET_IDENTIFIED') {
      const identity = normalizeCid(s.reportedCid ?? '') ?? normalizeName(s.reportedName ?? '').compact;
      if (identity) {
        const key = `${s.metal ?? s.metalText}|${identity}`;
        const first = seen.get(key);
        if (first !== undefined) add('WARNING', 'DUPLICATE', S, col('lookupName', s.row), `Row ${s.row} repeats the smelter of row ${first}.`);
        else seen.set(key, s.row);
      }
    }
  }
  return issues;
}
