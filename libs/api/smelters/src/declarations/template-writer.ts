// Fills the real RMI templates (tests/fixtures/rmi) programmatically, the way a
// supplier would in Excel: typed values and drop-down choices (English
// constants), formula cells given the results Excel would have cached, and
// optionally a display language other than English, with the cached labels
// translated from the template's own translation sheet. Used by unit and
// integration tests, the seed and the benchmarks.
import ExcelJS from 'exceljs';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getSmelterByCid, SMELTER_NOT_LISTED, SMELTER_NOT_YET_IDENTIFIED, type Metal } from '@commonground/shared-reference';
import { readTranslations } from './cells';
import { SHEETS } from './detect';
import { discoverLayout, knownLayout, SMELTER_COLUMNS, type DeclarationLayout } from './layouts';
import type { TemplateKind } from './types';

export type AnswerSpec = string | { answer: string; comment?: string };

export interface SmelterRowSpec {
  metal: Metal;
  /** A registry CID: the row is filled from the registry as the template's formulas would. */
  cid?: string;
  /** The look-up name chosen in column C (defaults to the registry's standard name for a CID). */
  lookupName?: string;
  /** Also type the CID in the input column A (the template's "option A"). */
  viaInputColumn?: boolean;
  /** "Smelter not listed": name and country typed by the supplier. */
  notListed?: { name: string; country: string };
  /** "Smelter not yet identified". */
  notYetIdentified?: boolean;
  mineNames?: string;
  mineCountry?: string;
  recycledOrScrap?: 'Yes' | 'No' | 'Unknown';
  comments?: string;
}

export interface DeclarationSpec {
  companyName?: string | null;
  /** A company-wide, B product list, C user defined. Default A. */
  scope?: 'A' | 'B' | 'C' | null;
  scopeDescription?: string;
  uniqueId?: string;
  uniqueIdAuthority?: string;
  address?: string;
  contact?: { name?: string | null; email?: string | null; phone?: string | null };
  authorizer?: { name?: string | null; title?: string; email?: string | null; phone?: string };
  /** A date, or `YYYY-MM-DD`. */
  effectiveDate?: Date | string | null;
  /** EMRT: the minerals in scope (default: all of the template's). Ignored for a CMRT. */
  metals?: Metal[];
  /** Question id -> answer, or per metal. Missing answers get plausible defaults unless `defaultAnswers` is false. */
  answers?: Record<string, AnswerSpec | Partial<Record<Metal, AnswerSpec>>>;
  defaultAnswers?: boolean;
  smelters?: SmelterRowSpec[];
  products?: { number: string; name?: string; requesterNumber?: string; requesterName?: string; comments?: string }[];
}

export interface FillOptions {
  kind: TemplateKind;
  /** A language of the template's selector, by BCP 47 code (`fr`, `de`, `zh`) or by its name in the template (`Français`). Default English. */
  language?: string;
  /** The blank template; default: the newest tests/fixtures/rmi/RMI_<kind>_*.xlsx of the repository. */
  templatePath?: string;
}

const LANGUAGE_NAMES: Record<string, RegExp> = {
  en: /english/i, zh: /chinese/i, ja: /japanese/i, ko: /korean/i, fr: /fran[cç]ais/i, pt: /portugu/i, de: /deutsch/i, es: /espa[nñ]ol/i, it: /italiano/i, tr: /t[uü]rk/i,
};

const METAL_NAMES: Record<Metal, string> = {
  TANTALUM: 'Tantalum', TIN: 'Tin', TUNGSTEN: 'Tungsten', GOLD: 'Gold', COBALT: 'Cobalt', COPPER: 'Copper',
  GRAPHITE: 'Graphite', LITHIUM: 'Lithium', MICA: 'Mica', NICKEL: 'Nickel', OTHER: 'Other',
};

const SCOPES = { A: 'A. Company', B: 'B. Product (or List of Products)', C: "C. User defined [Specify in 'Description of scope']" } as const;

/** The repository root: the nearest directory upwards whose package.json declares workspaces. */
export function findRepoRoot(from: string = process.cwd()): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, 'utf8')).workspaces) return dir;
      } catch {
        // not JSON: keep walking
      }
    }
    if (dirname(dir) === dir) return null;
  }
}

/** The path of the newest blank template of that kind in tests/fixtures/rmi. */
export function templatePath(kind: TemplateKind, root?: string): string {
  const base = root ?? findRepoRoot() ?? findRepoRoot(__dirname);
  if (!base) throw new Error('repository root not found; pass templatePath');
  const dir = join(base, 'tests/fixtures/rmi');
  const files = readdirSync(dir)
    .filter((f) => new RegExp(`^RMI_${kind}_[\\d.]+\\.xlsx$`).test(f))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (!files.length) throw new Error(`no ${kind} template in ${dir}`);
  return join(dir, files[files.length - 1]!);
}

/** The layout a blank template is filled with: the static one of its family, else the one its translation sheet gives. */
function templateLayout(wb: ExcelJS.Workbook, kind: TemplateKind): DeclarationLayout {
  const known = kind === 'CMRT' ? knownLayout(kind, '6') : kind === 'EMRT' ? knownLayout(kind, '2') : null;
  const table = readTranslations(wb);
  const layout = known ?? (table ? discoverLayout(kind, table) : null);
  if (!layout) throw new Error(`no layout for a ${kind} template`);
  return layout;
}

/**
 * Rewrites the printed revision ("Revision 6.5" in the top rows of the
 * Declaration, Smelter List and Product List) as a future template might print it.
 */
export function setPrintedRevision(wb: ExcelJS.Workbook, revision: string): void {
  for (const name of [SHEETS.declaration, SHEETS.smelterList, SHEETS.productList]) {
    const ws = wb.getWorksheet(name);
    for (let r = 1; r <= 4; r++) {
      ws?.getRow(r).eachCell((cell) => {
        if (typeof cell.value === 'string' && /\brevision\s*\d/i.test(cell.value)) cell.value = cell.value.replace(/(\brevision\s*)\d+(\.\d+)*[a-z]?/i, `$1${revision}`);
      });
    }
  }
}

/** Keeps a formula cell's formula and gives it the result Excel would have cached; sets a plain value otherwise. */
function setResult(cell: ExcelJS.Cell, result: string | number | Date) {
  const v = cell.value as Record<string, unknown> | null;
  if (v && typeof v === 'object' && typeof v.formula === 'string') cell.value = { formula: v.formula, result } as ExcelJS.CellFormulaValue;
  else cell.value = result;
}

function defaultAnswers(kind: TemplateKind): Record<string, string> {
  if (kind === 'CRT') return { Q1: 'Yes', Q2: 'No', Q3: 'No', Q4: '100%', Q5: 'Yes', Q6: 'Yes', A: 'Yes', B: 'Yes', C: 'Yes', D: 'Yes', E: 'Yes', F: 'Yes', G: 'Yes, CRT', H: 'Yes', I: 'Yes' };
  return kind === 'CMRT'
    ? { Q1: 'Yes', Q2: 'Yes', Q3: 'No', Q4: 'No', Q5: 'No', Q6: '100%', Q7: 'Yes', Q8: 'Yes', A: 'Yes', B: 'Yes', C: 'Yes', D: 'Yes', E: 'Yes, in conformance with IPC1755 (e.g., CMRT)', F: 'Yes', G: 'Yes', H: 'No' }
    : { Q1: 'Yes', Q2: 'Yes', Q3: 'No', Q4: 'No', Q5: '100%', Q6: 'Yes', Q7: 'Yes', A: 'Yes', B: 'Yes', C: 'Yes', D: 'Yes', E: 'Yes, in conformance with IPC1755 (e.g. EMRT)', F: 'Yes', G: 'Yes' };
}

/** Fills a copy of the blank template and returns the .xlsx bytes. */
export async function fillDeclarationTemplate(spec: DeclarationSpec, options: FillOptions): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(options.templatePath ?? templatePath(options.kind));
  fillWorkbook(wb, spec, options);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Fills a loaded blank template in place (see fillDeclarationTemplate). */
export function fillWorkbook(wb: ExcelJS.Workbook, spec: DeclarationSpec, options: FillOptions): void {
  // The blank templates' revisions are the ones with static layouts (CMRT 6.x, EMRT 2.x);
  // others (CRT, AMRT) are filled through the layout their translation sheet gives.
  const layout = templateLayout(wb, options.kind);
  const decl = wb.getWorksheet(SHEETS.declaration)!;
  const put = (addr: string | undefined, value: string | Date | null | undefined) => {
    if (addr && value !== undefined && value !== null && value !== '') decl.getCell(addr).value = value;
  };
  const f = layout.fields;
  put(f.companyName, spec.companyName === undefined ? 'Example Supplier Ltd.' : spec.companyName);
  put(f.declarationScope, spec.scope === null ? null : SCOPES[spec.scope ?? 'A']);
  put(f.scopeDescription, spec.scopeDescription);
  put(f.uniqueId, spec.uniqueId);
  put(f.uniqueIdAuthority, spec.uniqueIdAuthority);
  put(f.address, spec.address);
  put(f.contactName, spec.contact?.name === undefined ? 'Ana Contact' : spec.contact.name);
  put(f.contactEmail, spec.contact?.email === undefined ? 'ana@example.com' : spec.contact.email);
  put(f.contactPhone, spec.contact?.phone === undefined ? '+1 555 0100' : spec.contact.phone);
  put(f.authorizer, spec.authorizer?.name === undefined ? 'Bo Authorizer' : spec.authorizer.name);
  put(f.authorizerTitle, spec.authorizer?.title);
  put(f.authorizerEmail, spec.authorizer?.email === undefined ? 'bo@example.com' : spec.authorizer.email);
  put(f.authorizerPhone, spec.authorizer?.phone);
  const date = spec.effectiveDate === undefined ? '2025-06-30' : spec.effectiveDate;
  put(f.effectiveDate, typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date);

  const metals = selectMetals(decl, layout, spec.metals);
  writeAnswers(decl, layout, metals, spec, options.kind);
  writeSmelters(wb.getWorksheet(SHEETS.smelterList)!, layout, spec.smelters ?? []);
  writeProducts(wb.getWorksheet(SHEETS.productList), layout, spec.products ?? []);
  if (options.language) setLanguage(wb, options.language);
}

function selectMetals(decl: ExcelJS.Worksheet, layout: DeclarationLayout, wanted?: Metal[]): Metal[] {
  if (layout.fixedMetals) return layout.fixedMetals;
  const offered: Metal[] = [];
  for (const addr of layout.mineralSlots) {
    const v = decl.getCell(addr).value;
    const metal = (Object.keys(METAL_NAMES) as Metal[]).find((m) => METAL_NAMES[m] === v);
    if (!metal) continue;
    offered.push(metal);
    // The slot's drop-down offers the mineral or "(Delete <mineral>)".
    if (wanted && !wanted.includes(metal)) decl.getCell(addr).value = `(Delete ${METAL_NAMES[metal]})`;
  }
  return offered.filter((m) => !wanted || wanted.includes(m)).sort((a, b) => METAL_NAMES[a].localeCompare(METAL_NAMES[b]));
}

function writeAnswers(decl: ExcelJS.Worksheet, layout: DeclarationLayout, metals: Metal[], spec: DeclarationSpec, kind: TemplateKind) {
  const defaults = spec.defaultAnswers === false ? {} : defaultAnswers(kind);
  const write = (row: number, a: AnswerSpec | undefined) => {
    if (a === undefined) return;
    const { answer, comment } = typeof a === 'string' ? { answer: a, comment: undefined } : a;
    decl.getCell(`${layout.answerColumn}${row}`).value = answer;
    if (comment) decl.getCell(`${layout.commentColumn}${row}`).value = comment;
  };
  for (const q of layout.questions) {
    const given = spec.answers?.[q.id];
    const fallback = defaults[q.id];
    if (q.metalRows === 0) {
      write(q.row, (given as AnswerSpec | undefined) ?? fallback);
      continue;
    }
    metals.slice(0, q.metalRows).forEach((metal, i) => {
      const perMetal = given && typeof given === 'object' && !('answer' in given) ? (given as Partial<Record<Metal, AnswerSpec>>)[metal] : (given as AnswerSpec | undefined);
      write(q.row + 1 + i, perMetal ?? fallback);
    });
  }
}

function writeSmelters(ws: ExcelJS.Worksheet, layout: DeclarationLayout, rows: SmelterRowSpec[]) {
  rows.forEach((s, i) => {
    const r = layout.smelterList.firstRow + i;
    const row = ws.getRow(r);
    const cell = (c: keyof typeof SMELTER_COLUMNS) => row.getCell(SMELTER_COLUMNS[c]);
    setResult(cell('metal'), METAL_NAMES[s.metal]);
    if (s.notYetIdentified) {
      setResult(cell('lookupName'), SMELTER_NOT_YET_IDENTIFIED);
    } else if (s.notListed) {
      setResult(cell('lookupName'), SMELTER_NOT_LISTED);
      cell('smelterName').value = s.notListed.name;
      setResult(cell('country'), s.notListed.country);
    } else {
      const ref = s.cid ? getSmelterByCid(s.cid) : undefined;
      setResult(cell('lookupName'), s.lookupName ?? ref?.standardName ?? '');
      if (s.viaInputColumn && s.cid) cell('inputCid').value = s.cid;
      if (ref) {
        setResult(cell('country'), ref.countryName);
        setResult(cell('cid'), ref.cid);
        setResult(cell('sourceOfId'), ref.source);
        if (ref.city) setResult(cell('city'), ref.city);
        if (ref.state) setResult(cell('stateProvince'), ref.state);
      } else if (s.cid) {
        setResult(cell('cid'), s.cid);
      }
    }
    if (s.mineNames) cell('mineNames').value = s.mineNames;
    if (s.mineCountry) cell('mineCountry').value = s.mineCountry;
    if (s.recycledOrScrap) cell('recycledOrScrap').value = s.recycledOrScrap;
    if (s.comments) cell('comments').value = s.comments;
  });
}

function writeProducts(ws: ExcelJS.Worksheet | undefined, layout: DeclarationLayout, products: NonNullable<DeclarationSpec['products']>) {
  if (!ws) return;
  const cols = layout.productList.columns;
  products.forEach((p, i) => {
    const row = ws.getRow(layout.productList.firstRow + i);
    row.getCell(cols.responderNumber).value = p.number;
    if (p.name) row.getCell(cols.responderName).value = p.name;
    if (p.requesterNumber && cols.requesterNumber) row.getCell(cols.requesterNumber).value = p.requesterNumber;
    if (p.requesterName && cols.requesterName) row.getCell(cols.requesterName).value = p.requesterName;
    if (p.comments) row.getCell(cols.comments).value = p.comments;
  });
}

const L_LOOKUP = /^OFFSET\(L!\$C\$1,MATCH\("([^"]+)"&(ADDRESS\(ROW\(\),COLUMN\(\),4\)|"[^"]*"),L!\$A:\$A,0\)-1,SL,,\)(&.*)?$/;

/**
 * Chooses the display language in Declaration!D3 and re-caches every label
 * formula (OFFSET(L!$C$1, MATCH(sheet & cell, ...), SL)) with that language's
 * text, as Excel would on saving: the file then looks saved in that language.
 */
export function setLanguage(wb: ExcelJS.Workbook, language: string): void {
  const table = readTranslations(wb);
  if (!table) throw new Error('template without a translation sheet');
  const pattern = LANGUAGE_NAMES[language.toLowerCase()];
  const index = table.languages.findIndex((l) => l === language || (pattern && pattern.test(l)));
  if (index < 0) throw new Error(`language ${language} not in the template (${table.languages.join(', ')})`);
  const decl = wb.getWorksheet(SHEETS.declaration)!;
  decl.getCell('D3').value = table.languages[index]!;
  setResult(decl.getCell('P3'), index + 1);
  wb.eachSheet((ws) => {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        const v = cell.value as Record<string, unknown> | null;
        if (!v || typeof v !== 'object' || typeof v.formula !== 'string') return;
        const m = L_LOOKUP.exec(v.formula);
        if (!m) return;
        const key = m[2]!.startsWith('ADDRESS') ? `${m[1]}${cell.address}` : `${m[1]}${m[2]!.slice(1, -1)}`;
        const text = table.rows.get(key)?.[index];
        // Labels that add a suffix by formula ("&P26" -> "(*)") keep the translated part only.
        if (text) cell.value = { formula: v.formula, result: text } as ExcelJS.CellFormulaValue;
      });
    });
  });
}
