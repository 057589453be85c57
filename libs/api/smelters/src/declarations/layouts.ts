// Where things are in each template revision, as data. Two sources:
// - LAYOUTS: tables for the revisions checked against the real templates
//   (CMRT 6.5, EMRT 2.1; CMRT 6.01-6.4 and EMRT 2.0 share these rows as far as
//   their revision notes say, see docs/smelter-matching.md);
// - discoverLayout(): the same facts read from the template's own translation
//   sheet "L", whose keys are sheet + cell (`DeclarationB25`) and whose English
//   column names each label. That column is the template's reference text, the
//   same whatever language the file was saved in, so this is not reading
//   headers. It covers revisions without a table (EMRT 1.x, CRT, AMRT).
import type { Metal } from '@commonground/shared-reference';
import type { TranslationTable } from './cells';
import type { DeclarationField, TemplateKind } from './types';

export interface QuestionLayout {
  /** `Q1`..`Q8` for the numbered questions, `A`..`I` for the company-level ones. */
  id: string;
  /** Row of the question text; a per-metal question's metal rows follow it. */
  row: number;
  /** Number of metal rows under the question; 0 for a single answer on the question's own row. */
  metalRows: number;
}

export interface DeclarationLayout {
  kind: TemplateKind;
  /** Human name of what the layout covers: `CMRT 6.x`. */
  family: string;
  fields: Partial<Record<DeclarationField, string>>;
  /** Metal of each metal row, in order, when the template fixes it (CMRT: Ta, Sn, Au, W). */
  fixedMetals: Metal[] | null;
  /** EMRT 2.x: the cells where minerals are selected (a metal name, or "(Delete ...)"); metal rows list the selected ones alphabetically. */
  mineralSlots: string[];
  questions: QuestionLayout[];
  answerColumn: string;
  commentColumn: string;
  smelterList: { firstRow: number; lastRow: number };
  productList: { firstRow: number; columns: { responderNumber: string; responderName: string; requesterNumber?: string; requesterName?: string; comments: string } };
}

/** Columns of the Smelter List, the same in CMRT 6.x and EMRT 1.x/2.x (A input CID ... Q comments). */
export const SMELTER_COLUMNS = {
  inputCid: 'A',
  metal: 'B',
  lookupName: 'C',
  smelterName: 'D',
  country: 'E',
  cid: 'F',
  sourceOfId: 'G',
  street: 'H',
  city: 'I',
  stateProvince: 'J',
  contactName: 'K',
  contactEmail: 'L',
  proposedNextSteps: 'M',
  mineNames: 'N',
  mineCountry: 'O',
  recycledOrScrap: 'P',
  comments: 'Q',
} as const;

const perMetal = (rows: number[], metalRows: number) => rows.map((row, i) => ({ id: `Q${i + 1}`, row, metalRows }));
const single = (ids: string, rows: number[]) => rows.map((row, i) => ({ id: ids[i]!, row, metalRows: 0 }));

const CMRT_6: DeclarationLayout = {
  kind: 'CMRT',
  family: 'CMRT 6.x',
  fields: {
    companyName: 'D8',
    declarationScope: 'D9',
    scopeDescription: 'D10',
    uniqueId: 'D12',
    uniqueIdAuthority: 'D13',
    address: 'D14',
    contactName: 'D15',
    contactEmail: 'D16',
    contactPhone: 'D17',
    authorizer: 'D18',
    authorizerTitle: 'D19',
    authorizerEmail: 'D20',
    authorizerPhone: 'D21',
    effectiveDate: 'D22',
  },
  fixedMetals: ['TANTALUM', 'TIN', 'GOLD', 'TUNGSTEN'],
  mineralSlots: [],
  questions: [...perMetal([25, 31, 37, 43, 49, 55, 61, 67], 4), ...single('ABCDEFGH', [75, 77, 79, 81, 83, 85, 87, 89])],
  answerColumn: 'D',
  commentColumn: 'G',
  smelterList: { firstRow: 5, lastRow: 2504 },
  productList: { firstRow: 6, columns: { responderNumber: 'B', responderName: 'C', comments: 'D' } },
};

const EMRT_2: DeclarationLayout = {
  kind: 'EMRT',
  family: 'EMRT 2.x',
  fields: {
    companyName: 'D8',
    declarationScope: 'D9',
    scopeDescription: 'D10',
    uniqueId: 'D16',
    uniqueIdAuthority: 'D17',
    address: 'D18',
    contactName: 'D19',
    contactEmail: 'D20',
    contactPhone: 'D21',
    authorizer: 'D22',
    authorizerTitle: 'D23',
    authorizerEmail: 'D24',
    authorizerPhone: 'D25',
    effectiveDate: 'D26',
  },
  fixedMetals: null,
  // E12:F12 and E13:F13 are merged; F12/F13 are not slots.
  mineralSlots: ['D12', 'E12', 'G12', 'H12', 'I12', 'D13', 'E13', 'G13', 'H13', 'I13'],
  questions: [
    ...perMetal([29, 41, 53, 65, 77, 89, 101], 10),
    { id: 'A', row: 115, metalRows: 0 },
    { id: 'B', row: 117, metalRows: 0 },
    { id: 'C', row: 119, metalRows: 10 },
    ...single('DEFG', [131, 133, 135, 137]),
  ],
  answerColumn: 'D',
  commentColumn: 'G',
  smelterList: { firstRow: 5, lastRow: 2497 },
  productList: { firstRow: 6, columns: { responderNumber: 'B', responderName: 'C', requesterNumber: 'D', requesterName: 'E', comments: 'F' } },
};

/** Known layouts: the first whose kind matches and whose revision test passes wins. */
export const LAYOUTS: readonly { kind: TemplateKind; revision: RegExp; layout: DeclarationLayout }[] = [
  { kind: 'CMRT', revision: /^6(\.\d+)?$/, layout: CMRT_6 },
  { kind: 'EMRT', revision: /^2(\.\d+)?$/, layout: EMRT_2 },
];

export function knownLayout(kind: TemplateKind, revision: string): DeclarationLayout | null {
  return LAYOUTS.find((l) => l.kind === kind && l.revision.test(revision))?.layout ?? null;
}

const METAL_WORDS: Record<string, Metal> = {
  tantalum: 'TANTALUM', tin: 'TIN', tungsten: 'TUNGSTEN', gold: 'GOLD', cobalt: 'COBALT', copper: 'COPPER',
  graphite: 'GRAPHITE', lithium: 'LITHIUM', mica: 'MICA', nickel: 'NICKEL',
};

/** `Tantalum`, `Tin(*)`, `Cobalt  ` -> the Metal; `Other` -> OTHER; null otherwise. English names only: these are template constants. */
export function metalFromEnglish(text: string | null | undefined): Metal | null {
  if (!text) return null;
  const word = text.replace(/\(\*\)/g, '').trim().toLowerCase();
  if (METAL_WORDS[word]) return METAL_WORDS[word]!;
  if (/^natural mica$/.test(word)) return 'MICA';
  if (/^other\b/.test(word)) return 'OTHER';
  return null;
}

// English labels of the company information rows (column B), by field.
const FIELD_LABELS: [DeclarationField, RegExp][] = [
  ['companyName', /^company name/i],
  ['declarationScope', /^declaration scope/i],
  ['scopeDescription', /^description of scope/i],
  ['uniqueIdAuthority', /^company unique id authority/i],
  ['uniqueId', /^company unique id/i],
  ['address', /^address/i],
  ['contactName', /^contact name/i],
  ['contactEmail', /^e-?mail\s*[–-]\s*contact/i],
  ['contactPhone', /^phone\s*[–-]\s*contact/i],
  ['authorizerTitle', /^title\s*[–-]\s*authorizer/i],
  ['authorizerEmail', /^e-?mail\s*[–-]\s*authorizer/i],
  ['authorizerPhone', /^phone\s*[–-]\s*authorizer/i],
  ['authorizer', /^authorizer/i],
  ['effectiveDate', /^(effective date|date of completion|authorization date)/i],
];

/**
 * Builds a layout from the translation sheet: label rows of column B in sheet
 * Declaration give the field rows (input in column D), question texts starting
 * `1)` .. `9)` and `A.` .. `I.` give the questions, and the gap to the next
 * question gives the number of metal rows. Null when the sheet says too little.
 */
export function discoverLayout(kind: TemplateKind, table: TranslationTable, base?: DeclarationLayout | null): DeclarationLayout | null {
  const labels: { row: number; text: string }[] = [];
  for (const [key, texts] of table.rows) {
    const m = /^DeclarationB(\d+)$/.exec(key);
    const text = texts[table.english];
    if (m && text) labels.push({ row: +m[1]!, text: text.trim() });
  }
  labels.sort((a, b) => a.row - b.row);
  const fields: Partial<Record<DeclarationField, string>> = {};
  for (const { row, text } of labels) {
    const hit = FIELD_LABELS.find(([field, re]) => re.test(text) && !fields[field]);
    if (hit) fields[hit[0]] = `D${row}`;
  }
  const heads = labels
    .map(({ row, text }) => {
      const numbered = /^(\d)\)\s/.exec(text);
      const lettered = /^([A-I])\.\s/.exec(text);
      return numbered ? { id: `Q${numbered[1]}`, row } : lettered ? { id: lettered[1]!, row } : null;
    })
    .filter((q): q is { id: string; row: number } => q !== null);
  if (!fields.companyName || !heads.some((q) => q.id === 'Q1')) return null;

  const questions: QuestionLayout[] = heads.map((q, i) => {
    const next = heads[i + 1]?.row ?? q.row + 2;
    // Metal rows fill the gap to the next question but one blank row; the company-level
    // section starts after a title row and a header row, so the last numbered question
    // is sized like the first one.
    const gap = q.id.startsWith('Q') && heads[i + 1] && !heads[i + 1]!.id.startsWith('Q') ? heads[1]!.row - heads[0]!.row - 2 : next - q.row - 2;
    return { id: q.id, row: q.row, metalRows: gap > 0 ? gap : 0 };
  });
  const q1 = questions.find((q) => q.id === 'Q1')!;
  const named = Array.from({ length: q1.metalRows }, (_, i) => metalFromEnglish(table.rows.get(`DeclarationB${q1.row + 1 + i}`)?.[table.english]));
  // Fixed metals: every metal row named (CMRT), or named ones first and the rest
  // unlabelled spare rows (CRT: "Cobalt" and three hidden rows).
  const prefix = named.findIndex((m) => m === null);
  const leading = (prefix < 0 ? named : named.slice(0, prefix)) as Metal[];
  const fixedMetals = leading.length && named.slice(leading.length).every((m) => m === null) ? leading : null;
  return {
    kind,
    family: `${kind} (discovered)`,
    fields,
    fixedMetals,
    mineralSlots: fixedMetals ? [] : (base?.mineralSlots ?? EMRT_2.mineralSlots),
    questions,
    answerColumn: 'D',
    commentColumn: 'G',
    smelterList: base?.smelterList ?? { firstRow: 5, lastRow: 2504 },
    productList: base?.productList ?? CMRT_6.productList,
  };
}
