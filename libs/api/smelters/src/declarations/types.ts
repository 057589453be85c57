import type { Metal } from '@commonground/shared-reference';

export type TemplateKind = 'CMRT' | 'EMRT' | 'CRT' | 'AMRT';

export interface TemplateInfo {
  kind: TemplateKind;
  /** As printed in the template: `6.5`, `6.01`, `2.1`. */
  revision: string;
  /** The template language the file was last saved in, as named in the template (`English`, `中文 Chinese`); null if unknown. */
  language: string | null;
  /** `static`: a known revision's layout table; `discovered`: rows found through the template's own translation sheet. */
  layoutSource: 'static' | 'discovered';
}

export type DeclarationField =
  | 'companyName'
  | 'declarationScope'
  | 'scopeDescription'
  | 'uniqueId'
  | 'uniqueIdAuthority'
  | 'address'
  | 'contactName'
  | 'contactEmail'
  | 'contactPhone'
  | 'authorizer'
  | 'authorizerTitle'
  | 'authorizerEmail'
  | 'authorizerPhone'
  | 'effectiveDate';

export interface DeclarationInfo {
  companyName: string | null;
  /** The scope as the template's English constant: `A. Company`, `B. Product (or List of Products)`, `C. User defined ...`. */
  declarationScope: string | null;
  /** `A`, `B` or `C`, the first letter of the scope. */
  scopeCode: 'A' | 'B' | 'C' | null;
  scopeDescription: string | null;
  uniqueId: string | null;
  uniqueIdAuthority: string | null;
  address: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  authorizer: string | null;
  authorizerTitle: string | null;
  authorizerEmail: string | null;
  authorizerPhone: string | null;
  /** Midnight UTC of the date entered. */
  effectiveDate: Date | null;
  /** Metals the declaration covers: the 3TG for a CMRT, the selected minerals for an EMRT 2.x. */
  metals: Metal[];
}

export interface Answer {
  /** The answer as the template's English constant (`Yes`, `No`, `Greater than 90%`), or what was typed. */
  answer: string | null;
  comment: string | null;
  /** `Declaration!D26` */
  cell: string;
}

/** Question id (`Q1`..`Q8`, `A`..`I`) -> the answer, or per metal for the questions asked per metal. */
export type Answers = Record<string, Answer | Partial<Record<Metal, Answer>>>;

export type SmelterRowKind = 'LISTED' | 'NOT_LISTED' | 'NOT_YET_IDENTIFIED';

export interface DeclaredSmelterRow {
  /** Row number in the Smelter List sheet. */
  row: number;
  kind: SmelterRowKind;
  /** Null when the metal cell is empty or not a known metal (see issues). */
  metal: Metal | null;
  metalText: string | null;
  /** The name to match: the look-up name, or the typed name for "Smelter not listed". */
  reportedName: string | null;
  lookupName: string | null;
  smelterName: string | null;
  reportedCountry: string | null;
  /** The CID as reported: the Smelter Identification column (F), else the input column (A). */
  reportedCid: string | null;
  /** Column A, where a supplier may type a CID for the template to fill the row from. */
  inputCid: string | null;
  sourceOfId: string | null;
  street: string | null;
  city: string | null;
  stateProvince: string | null;
  contactName: string | null;
  contactEmail: string | null;
  proposedNextSteps: string | null;
  mineNames: string | null;
  mineCountry: string | null;
  /** Does 100% of the smelter's feedstock originate from recycled or scrap sources? (Yes / No / Unknown) */
  recycledOrScrap: string | null;
  comments: string | null;
}

export interface ProductRow {
  row: number;
  responderNumber: string | null;
  responderName: string | null;
  requesterNumber: string | null;
  requesterName: string | null;
  comments: string | null;
}

export type IssueSeverity = 'ERROR' | 'WARNING';

export interface ValidationIssue {
  severity: IssueSeverity;
  /** Machine-readable: `REQUIRED`, `INVALID_EMAIL`, `UNKNOWN_CID`, `CID_METAL_MISMATCH`, ... */
  code: string;
  sheet: string;
  /** `D8`; null for an issue about a whole sheet. */
  cell: string | null;
  /** `Declaration!D8` */
  ref: string;
  message: string;
  field?: string;
}

export interface ParsedDeclaration {
  template: TemplateInfo;
  declaration: DeclarationInfo;
  answers: Answers;
  smelters: DeclaredSmelterRow[];
  products: ProductRow[];
  issues: ValidationIssue[];
}
