// Reads a filled-in RMI template from any workbook of the WorkbookLike shape
// (exceljs, or the streaming reader's sparse workbook). Only values a supplier
// enters are read, and they are language-independent: typed text, and drop-down
// choices, which the templates store as English constants whatever the display language.
import { SMELTER_NOT_LISTED, SMELTER_NOT_YET_IDENTIFIED, type Metal } from '@commonground/shared-reference';
import { cellDate, cellText } from './cells';
import { SHEETS, detectTemplate } from './detect';
import { SMELTER_COLUMNS, metalFromEnglish, type DeclarationLayout } from './layouts';
import { validateDeclaration, type ValidationOptions } from './validate';
import { VALUE_TYPE, type WorkbookLike } from './workbook-like';
import type { Answer, Answers, DeclarationInfo, DeclaredSmelterRow, ParsedDeclaration, ProductRow, SmelterRowKind } from './types';

/**
 * Template detection, declaration, answers, smelter and product lists, and the
 * validation report. Throws DeclarationFileError for workbooks that are not
 * readable templates.
 */
export function parseWorkbook(wb: WorkbookLike, options: ValidationOptions = {}): ParsedDeclaration {
  const detection = detectTemplate(wb);
  const declaration = readDeclaration(wb, detection.layout);
  const answers = readAnswers(wb, detection.layout, declaration.metals);
  const smelters = readSmelters(wb, detection.layout);
  const products = readProducts(wb, detection.layout);
  const parsed: ParsedDeclaration = { template: detection.info, declaration, answers, smelters, products, issues: [] };
  parsed.issues = [...detection.issues, ...validateDeclaration(parsed, { ...options, layout: detection.layout, workbook: wb })];
  return parsed;
}

function readDeclaration(wb: WorkbookLike, layout: DeclarationLayout): DeclarationInfo {
  const ws = wb.getWorksheet(SHEETS.declaration)!;
  const text = (field: keyof DeclarationLayout['fields']) => {
    const addr = layout.fields[field];
    return addr ? cellText(ws.getCell(addr)) : null;
  };
  const scope = text('declarationScope');
  const code = scope ? /^([ABC])\./.exec(scope)?.[1] : undefined;
  return {
    companyName: text('companyName'),
    declarationScope: scope,
    scopeCode: (code as 'A' | 'B' | 'C' | undefined) ?? null,
    scopeDescription: text('scopeDescription'),
    uniqueId: text('uniqueId'),
    uniqueIdAuthority: text('uniqueIdAuthority'),
    address: text('address'),
    contactName: text('contactName'),
    contactEmail: text('contactEmail'),
    contactPhone: text('contactPhone'),
    authorizer: text('authorizer'),
    authorizerTitle: text('authorizerTitle'),
    authorizerEmail: text('authorizerEmail'),
    authorizerPhone: text('authorizerPhone'),
    effectiveDate: layout.fields.effectiveDate ? cellDate(ws.getCell(layout.fields.effectiveDate)) : null,
    metals: declaredMetals(wb, layout),
  };
}

/**
 * The metals of the metal rows, in row order. CMRT: fixed. EMRT 2.x: the minerals
 * selected in the scope slots, alphabetically (as the template's own formulas sort
 * them); a slot holding "(Delete Cobalt)" is deselected.
 */
export function declaredMetals(wb: WorkbookLike, layout: DeclarationLayout): Metal[] {
  if (layout.fixedMetals) return [...layout.fixedMetals];
  const ws = wb.getWorksheet(SHEETS.declaration)!;
  const names = new Set<string>();
  for (const addr of layout.mineralSlots) {
    const t = cellText(ws.getCell(addr));
    if (t && metalFromEnglish(t)) names.add(t.replace(/\(\*\)/g, '').trim());
  }
  return [...names].sort().map((n) => metalFromEnglish(n)!);
}

function readAnswers(wb: WorkbookLike, layout: DeclarationLayout, metals: Metal[]): Answers {
  const ws = wb.getWorksheet(SHEETS.declaration)!;
  const at = (row: number): Answer => ({
    answer: cellText(ws.getCell(`${layout.answerColumn}${row}`)),
    comment: cellText(ws.getCell(`${layout.commentColumn}${row}`)),
    cell: `${SHEETS.declaration}!${layout.answerColumn}${row}`,
  });
  const answers: Answers = {};
  for (const q of layout.questions) {
    if (q.metalRows === 0) {
      answers[q.id] = at(q.row);
      continue;
    }
    const perMetal: Partial<Record<Metal, Answer>> = {};
    metals.slice(0, q.metalRows).forEach((metal, i) => (perMetal[metal] = at(q.row + 1 + i)));
    answers[q.id] = perMetal;
  }
  return answers;
}

function rowKind(lookup: string | null): SmelterRowKind {
  const l = lookup?.toLowerCase();
  if (l === SMELTER_NOT_LISTED.toLowerCase()) return 'NOT_LISTED';
  if (l === SMELTER_NOT_YET_IDENTIFIED.toLowerCase()) return 'NOT_YET_IDENTIFIED';
  return 'LISTED';
}

function readSmelters(wb: WorkbookLike, layout: DeclarationLayout): DeclaredSmelterRow[] {
  const ws = wb.getWorksheet(SHEETS.smelterList)!;
  const out: DeclaredSmelterRow[] = [];
  const last = Math.max(layout.smelterList.lastRow, ws.rowCount);
  for (let r = layout.smelterList.firstRow; r <= last; r++) {
    const row = ws.getRow(r);
    const get = (col: keyof typeof SMELTER_COLUMNS) => cellText(row.getCell(SMELTER_COLUMNS[col]));
    const inputCid = get('inputCid');
    const metalText = get('metal');
    const lookupName = get('lookupName');
    const smelterName = get('smelterName');
    if (!inputCid && !metalText && !lookupName && !smelterName) continue;
    const kind = rowKind(lookupName);
    out.push({
      row: r,
      kind,
      metal: metalFromEnglish(metalText),
      metalText,
      reportedName: kind === 'NOT_LISTED' ? smelterName : kind === 'NOT_YET_IDENTIFIED' ? null : (lookupName ?? smelterName),
      lookupName,
      smelterName,
      reportedCountry: get('country'),
      reportedCid: get('cid') ?? inputCid,
      inputCid,
      sourceOfId: get('sourceOfId'),
      street: get('street'),
      city: get('city'),
      stateProvince: get('stateProvince'),
      contactName: get('contactName'),
      contactEmail: get('contactEmail'),
      proposedNextSteps: get('proposedNextSteps'),
      mineNames: get('mineNames'),
      mineCountry: get('mineCountry'),
      recycledOrScrap: get('recycledOrScrap'),
      comments: get('comments'),
    });
  }
  return out;
}

function readProducts(wb: WorkbookLike, layout: DeclarationLayout): ProductRow[] {
  const ws = wb.getWorksheet(SHEETS.productList);
  if (!ws) return [];
  const cols = layout.productList.columns;
  const out: ProductRow[] = [];
  for (let r = layout.productList.firstRow; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    // Typed values only: formula and merged cells there are template furniture (the copyright footer).
    const get = (col?: string) => {
      const cell = col ? row.getCell(col) : undefined;
      return cell && cell.type !== VALUE_TYPE.Formula && cell.type !== VALUE_TYPE.Merge ? cellText(cell) : null;
    };
    const p: ProductRow = {
      row: r,
      responderNumber: get(cols.responderNumber),
      responderName: get(cols.responderName),
      requesterNumber: get(cols.requesterNumber),
      requesterName: get(cols.requesterName),
      comments: get(cols.comments),
    };
    if (p.responderNumber || p.responderName || p.requesterNumber || p.requesterName) out.push(p);
  }
  return out;
}
