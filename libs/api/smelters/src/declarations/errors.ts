// Typed errors for files that cannot be read as an RMI declaration at all. A file
// that is a template but filled in wrongly is not an error: it parses, and its
// problems are ValidationIssues.

export type DeclarationFileErrorCode =
  /** Not a zip / OOXML spreadsheet at all (a PDF, a CSV, random bytes). */
  | 'NOT_XLSX'
  /** An OLE compound file holding an encrypted (password-protected) OOXML package. */
  | 'ENCRYPTED'
  /** An OLE compound file that is a legacy binary workbook (.xls, Excel 97-2003). */
  | 'LEGACY_XLS'
  /** A spreadsheet, but not an RMI reporting template (no Declaration / Smelter List structure). */
  | 'NOT_RMI_TEMPLATE'
  /** An RMI template of a kind or revision this parser has no layout for. */
  | 'UNSUPPORTED_TEMPLATE'
  /** Over the limits of zip-guard.ts (file size, uncompressed size, entry count, compression ratio). */
  | 'TOO_LARGE'
  /** A zip whose structure is broken, or a workbook exceljs cannot load. */
  | 'CORRUPT';

const MESSAGES: Record<DeclarationFileErrorCode, string> = {
  NOT_XLSX: 'The file is not an Excel workbook (.xlsx).',
  ENCRYPTED: 'The workbook is password-protected. Save it without a password to open and import it.',
  LEGACY_XLS: 'The file is an old-format Excel workbook (.xls). Open it in Excel and save it as .xlsx, then import it again.',
  NOT_RMI_TEMPLATE: 'The workbook is not an RMI reporting template (CMRT, EMRT, CRT or AMRT).',
  UNSUPPORTED_TEMPLATE: 'This template kind or revision is not supported.',
  TOO_LARGE: 'The file is too large to import.',
  CORRUPT: 'The workbook is damaged and cannot be read.',
};

export class DeclarationFileError extends Error {
  override readonly name = 'DeclarationFileError';
  constructor(
    readonly code: DeclarationFileErrorCode,
    /** Detail for logs; `message` is the human sentence for the user. */
    readonly detail?: string,
    message: string = MESSAGES[code],
  ) {
    super(message);
  }
}

export function isDeclarationFileError(e: unknown): e is DeclarationFileError {
  return e instanceof DeclarationFileError;
}
