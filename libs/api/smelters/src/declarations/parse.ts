// Reads a filled-in RMI template with exceljs (the whole workbook in memory).
// The import reads with the streaming reader (stream-reader.ts) instead; this
// one stays for tests, tools, and as the reference the streaming one is compared to.
import ExcelJS from 'exceljs';
import { parseWorkbook } from './declaration-reader';
import { DeclarationFileError } from './errors';
import { type ValidationOptions } from './validate';
import { inspectXlsx } from './zip-guard';
import type { ParsedDeclaration } from './types';
export { declaredMetals, parseWorkbook } from './declaration-reader';
export type { Detection } from './detect';

/** Loads bytes as a workbook after the zip guard; typed errors for anything that is not a loadable .xlsx. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  inspectXlsx(bytes);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new DeclarationFileError('CORRUPT', e instanceof Error ? e.message : String(e));
  }
  return wb;
}

/**
 * Parses a declaration from the bytes of an .xlsx (or an already loaded
 * workbook) with exceljs. Throws DeclarationFileError for files that are not
 * readable templates.
 */
export async function parseDeclaration(input: Uint8Array | ExcelJS.Workbook, options: ValidationOptions = {}): Promise<ParsedDeclaration> {
  const wb = input instanceof ExcelJS.Workbook ? input : await loadWorkbook(input);
  return parseWorkbook(wb, options);
}
