export { DeclarationFileError, isDeclarationFileError, type DeclarationFileErrorCode } from './errors';
export { MAX_COMPRESSION_RATIO, MAX_ENTRIES, MAX_FILE_BYTES, MAX_UNCOMPRESSED_BYTES, RATIO_CHECK_MIN_BYTES, inspectXlsx, type ZipSummary } from './zip-guard';
export { cellDate, cellText, readTranslations, type TranslationTable } from './cells';
export { LAYOUTS, SMELTER_COLUMNS, discoverLayout, knownLayout, metalFromEnglish, type DeclarationLayout, type QuestionLayout } from './layouts';
export { NEWEST_KNOWN_REVISION, SHEETS, compareRevisions, detectTemplate, type Detection } from './detect';
export { declaredMetals, loadWorkbook, parseDeclaration, parseWorkbook } from './parse';
export { MAX_SHEET_ROWS, readDeclaration, type StreamReadOptions } from './stream-reader';
export { VALUE_TYPE, type CellLike, type RowLike, type SheetLike, type WorkbookLike } from './workbook-like';
export { validateDeclaration, type ValidationOptions } from './validate';
export {
  fillDeclarationTemplate,
  fillWorkbook,
  findRepoRoot,
  setLanguage,
  setPrintedRevision,
  templatePath,
  type AnswerSpec,
  type DeclarationSpec,
  type FillOptions,
  type SmelterRowSpec,
} from './template-writer';
export type * from './types';
