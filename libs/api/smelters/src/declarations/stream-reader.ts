// A targeted streaming reader for the RMI templates (CMRT, EMRT, CRT, AMRT).
// Instead of inflating and modelling every part of an 11-sheet workbook as
// exceljs does, it opens the zip's central directory (yauzl), and streams
// through a SAX parser (saxes) only the parts the import needs: workbook.xml
// and its rels, styles (which number formats are dates), the Declaration,
// Smelter List, Product List and translation sheet "L" (the Smelter Look-up
// and Revision sheets only when detection asks for them), and finally only the
// shared strings those sheets use, stopping at the last one needed. A sheet is
// read up to its merged cells and no further (validations, formatting,
// hyperlinks follow). Cells are kept by address, valued as exceljs values them,
// so the one reader of declaration-reader.ts gives identical results.
//
// Inflated bytes are counted as they come: an entry that inflates past what
// it declares, past the compression-ratio limit, or a workbook that inflates
// past MAX_UNCOMPRESSED_BYTES in total stops at once (TOO_LARGE), whatever the
// central directory claims.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { StringDecoder } from 'node:string_decoder';
import yauzl from 'yauzl';
import { parseWorkbook } from './declaration-reader';
import { SHEETS } from './detect';
import { DeclarationFileError } from './errors';
import type { ParsedDeclaration } from './types';
import type { ValidationOptions } from './validate';
import { VALUE_TYPE, type CellLike, type RowLike, type SheetLike, type WorkbookLike } from './workbook-like';
import { MAX_COMPRESSION_RATIO, MAX_UNCOMPRESSED_BYTES, RATIO_CHECK_MIN_BYTES, inspectXlsx } from './zip-guard';

/** Most non-empty rows read from one sheet (templates: 2,500 smelter rows, 1,000 product rows). */
export const MAX_SHEET_ROWS = 20_000;

export interface StreamReadOptions extends ValidationOptions {
  /** Called as rows are read (rows with values so far, all sheets), at most every 250 rows. */
  onRows?: (rows: number) => void;
}

/** Sheets every import reads; others are read when detection asks for them. */
const CORE_SHEETS = [SHEETS.declaration, SHEETS.smelterList, SHEETS.productList, SHEETS.translations];

// Elements a worksheet may hold after <mergeCells> (ECMA-376 CT_Worksheet order): reaching one ends the read.
const AFTER_MERGES = new Set([
  'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter',
  'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing',
  'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
]);

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** `AB12` -> [12, 28]. */
function decodeAddress(address: string): [number, number] {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.toUpperCase());
  if (!m) return [0, 0];
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [+m[2]!, col];
}

function columnNumber(column: string | number): number {
  if (typeof column === 'number') return column;
  let col = 0;
  for (const ch of column.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col;
}

function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Excel's escapes for control characters in XML text (`_x000D_`), undone as exceljs does. */
const unescapeText = (s: string) => s.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** exceljs's test for a date number format (utils.isDateFmt). */
function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

// Built-in number formats (ECMA-376 18.8.30) as exceljs knows them; only whether they are dates matters.
const BUILT_IN_FORMATS: Record<string, { f: string }> = require('exceljs/lib/xlsx/defaultnumformats');

const excelToDate = (v: number, date1904: boolean) => new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));

/** A cell whose shared string is resolved once the strings are read. */
interface RawCell {
  type: number;
  value: unknown;
  /** index into the shared strings, for a plain shared-string cell */
  sharedString?: number;
}

class StreamCell implements CellLike {
  constructor(
    readonly address: string,
    private readonly raw: RawCell | undefined,
    private readonly master?: () => CellLike,
  ) {}
  get type(): number {
    return this.master ? VALUE_TYPE.Merge : (this.raw?.type ?? VALUE_TYPE.Null);
  }
  get value(): unknown {
    return this.master ? this.master().value : (this.raw?.value ?? null);
  }
}

class StreamSheet implements SheetLike {
  /** row -> column -> cell */
  readonly rows = new Map<number, Map<number, RawCell>>();
  /** ranges [top, left, bottom, right] */
  readonly merges: [number, number, number, number][] = [];
  private mergesByRow: Map<number, [number, number, number, number][]> | undefined;
  rowCount = 0;
  columnCount = 0;

  set(row: number, col: number, cell: RawCell) {
    let r = this.rows.get(row);
    if (!r) this.rows.set(row, (r = new Map()));
    r.set(col, cell);
    if (row > this.rowCount) this.rowCount = row;
    if (col > this.columnCount) this.columnCount = col;
  }

  private mergeAt(row: number, col: number): [number, number] | undefined {
    if (!this.mergesByRow) {
      this.mergesByRow = new Map();
      for (const m of this.merges) {
        for (let r = m[0]; r <= m[2]; r++) {
          const list = this.mergesByRow.get(r) ?? [];
          list.push(m);
          this.mergesByRow.set(r, list);
        }
      }
    }
    const m = this.mergesByRow.get(row)?.find(([, left, , right]) => col >= left && col <= right);
    return m && (m[0] !== row || m[1] !== col) ? [m[0], m[1]] : undefined;
  }

  cellAt(row: number, col: number): CellLike {
    const address = `${columnLetters(col)}${row}`;
    const master = this.merges.length ? this.mergeAt(row, col) : undefined;
    if (master) return new StreamCell(address, undefined, () => this.cellAt(master[0], master[1]));
    return new StreamCell(address, this.rows.get(row)?.get(col));
  }

  getCell(address: string): CellLike {
    const [row, col] = decodeAddress(address);
    return this.cellAt(row, col);
  }

  getRow(row: number): RowLike {
    return { getCell: (column) => this.cellAt(row, columnNumber(column)) };
  }

  eachRow(callback: (row: RowLike, rowNumber: number) => void): void {
    const numbers = [...this.rows.keys()].filter((r) => [...this.rows.get(r)!.values()].some((c) => c.type !== VALUE_TYPE.Null)).sort((a, b) => a - b);
    for (const r of numbers) callback(this.getRow(r), r);
  }
}

/** Asked for a sheet of the workbook that is not read yet: the reader reads it and starts over. */
class SheetNeeded extends Error {
  constructor(readonly sheet: string) {
    super(`sheet ${sheet} not read`);
  }
}

class StreamWorkbook implements WorkbookLike {
  readonly sheets = new Map<string, StreamSheet>();
  constructor(private readonly present: Set<string>) {}
  getWorksheet(name: string): SheetLike | undefined {
    const sheet = this.sheets.get(name);
    if (sheet) return sheet;
    if (this.present.has(name)) throw new SheetNeeded(name);
    return undefined;
  }
}

/** The zip, opened on its central directory, with every inflated byte counted. */
class Archive {
  private inflated = 0;
  private constructor(
    private readonly zip: yauzl.ZipFile,
    readonly entries: Map<string, yauzl.Entry>,
  ) {}

  static open(bytes: Buffer): Promise<Archive> {
    return new Promise((resolve, reject) => {
      yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (error, zip) => {
        if (error || !zip) return reject(new DeclarationFileError('CORRUPT', error?.message ?? 'unreadable zip'));
        const entries = new Map<string, yauzl.Entry>();
        zip.on('entry', (entry: yauzl.Entry) => {
          entries.set(entry.fileName.replace(/^\//, '').toLowerCase(), entry);
          zip.readEntry();
        });
        zip.once('end', () => resolve(new Archive(zip, entries)));
        zip.once('error', (e: Error) => reject(new DeclarationFileError('CORRUPT', e.message)));
        zip.readEntry();
      });
    });
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /**
   * Streams one part through a SAX parser. `handler` may return true to stop
   * reading (the rest of the part is never inflated).
   */
  read(name: string, handler: (parser: SaxesParser, stop: () => void) => void): Promise<void> {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) return Promise.reject(new DeclarationFileError('CORRUPT', `missing part ${name}`));
    return new Promise((resolve, reject) => {
      this.zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return reject(new DeclarationFileError('CORRUPT', error?.message ?? `unreadable ${name}`));
        const parser = new SaxesParser({ xmlns: false });
        const decoder = new StringDecoder('utf8');
        let done = false;
        let entryBytes = 0;
        const finish = (e?: unknown) => {
          if (done) return;
          done = true;
          stream.destroy();
          if (e) reject(e);
          else resolve();
        };
        const stop = () => finish();
        handler(parser, stop);
        parser.on('error', (e) => finish(new DeclarationFileError('CORRUPT', `${name}: ${e.message}`)));
        stream.on('data', (chunk: Buffer) => {
          if (done) return;
          entryBytes += chunk.length;
          this.inflated += chunk.length;
          if (this.inflated > MAX_UNCOMPRESSED_BYTES) return finish(new DeclarationFileError('TOO_LARGE', `inflates past ${MAX_UNCOMPRESSED_BYTES} bytes`));
          if (entryBytes >= RATIO_CHECK_MIN_BYTES && entryBytes / Math.max(1, entry.compressedSize) > MAX_COMPRESSION_RATIO) {
            return finish(new DeclarationFileError('TOO_LARGE', `${name} inflates more than ${MAX_COMPRESSION_RATIO}:1`));
          }
          try {
            parser.write(decoder.write(chunk));
          } catch (e) {
            finish(e instanceof DeclarationFileError ? e : new DeclarationFileError('CORRUPT', `${name}: ${(e as Error).message}`));
          }
        });
        stream.on('error', (e: Error) => {
          // yauzl: "too many bytes in the stream" when an entry inflates past its declared size
          finish(/too many bytes|expected \d+/i.test(e.message) ? new DeclarationFileError('TOO_LARGE', `${name} inflates past its declared size`) : new DeclarationFileError('CORRUPT', `${name}: ${e.message}`));
        });
        stream.on('end', () => {
          if (done) return;
          try {
            parser.write(decoder.end());
            parser.close();
            finish();
          } catch (e) {
            finish(e instanceof DeclarationFileError ? e : new DeclarationFileError('CORRUPT', `${name}: ${(e as Error).message}`));
          }
        });
      });
    });
  }

  close() {
    this.zip.close();
  }
}

interface WorkbookParts {
  /** sheet name -> part path (`xl/worksheets/sheet4.xml`) */
  sheets: Map<string, string>;
  sharedStrings: string | undefined;
  styles: string | undefined;
  date1904: boolean;
}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.') parts.push(p);
  }
  return parts.join('/');
}

async function readWorkbookParts(archive: Archive): Promise<WorkbookParts> {
  const sheetIds: [string, string][] = [];
  let date1904 = false;
  await archive.read('xl/workbook.xml', (parser, stop) => {
    parser.on('opentag', (node: SaxesTagPlain) => {
      const name = local(node.name);
      if (name === 'workbookPr') date1904 = ['1', 'true'].includes(String(node.attributes.date1904 ?? ''));
      if (name === 'sheet') {
        const rid = Object.entries(node.attributes).find(([k]) => local(k) === 'id' && k !== 'sheetId')?.[1];
        if (rid) sheetIds.push([String(node.attributes.name), String(rid)]);
      }
    });
    parser.on('closetag', (node) => local(node.name) === 'sheets' && stop());
  });
  const targets = new Map<string, { type: string; target: string }>();
  await archive.read('xl/_rels/workbook.xml.rels', (parser) => {
    parser.on('opentag', (node: SaxesTagPlain) => {
      if (local(node.name) !== 'Relationship') return;
      targets.set(String(node.attributes.Id), { type: String(node.attributes.Type ?? ''), target: resolveTarget('xl/workbook.xml', String(node.attributes.Target ?? '')) });
    });
  });
  const sheets = new Map<string, string>();
  for (const [name, rid] of sheetIds) {
    const t = targets.get(rid);
    if (t && archive.has(t.target)) sheets.set(name, t.target);
  }
  const byType = (suffix: string) => [...targets.values()].find((t) => t.type.endsWith(suffix) && archive.has(t.target))?.target;
  return { sheets, sharedStrings: byType('/sharedStrings'), styles: byType('/styles'), date1904 };
}

/** Style index -> whether its number format is a date (as exceljs decides). */
async function readDateStyles(archive: Archive, part: string | undefined): Promise<boolean[]> {
  if (!part) return [];
  const custom = new Map<string, string>();
  const xfs: boolean[] = [];
  let inCellXfs = false;
  await archive.read(part, (parser, stop) => {
    parser.on('opentag', (node: SaxesTagPlain) => {
      const name = local(node.name);
      if (name === 'numFmt') custom.set(String(node.attributes.numFmtId), String(node.attributes.formatCode ?? ''));
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = String(node.attributes.numFmtId ?? '0');
        // exceljs: `if (style.numFmtId)` — id 0 has no format
        xfs.push(id !== '0' && isDateFormat(custom.get(id) ?? BUILT_IN_FORMATS[id]?.f));
      }
    });
    parser.on('closetag', (node) => local(node.name) === 'cellXfs' && stop());
  });
  return xfs;
}

interface SheetReadContext {
  dateStyles: boolean[];
  date1904: boolean;
  /** shared-string indexes the read sheets use */
  wanted: Set<number>;
  rowsRead: { count: number; report?: (rows: number) => void };
}

async function readSheet(archive: Archive, part: string, ctx: SheetReadContext): Promise<StreamSheet> {
  const sheet = new StreamSheet();
  const formulae = new Map<string, string>();
  await archive.read(part, (parser, stop) => {
    let afterData = false;
    let rowNumber = 0;
    let rowsWithValues = 0;
    let col = 0;
    let cell: { row: number; col: number; t: string; s: number; f?: { text: string; shared: boolean; si?: string; ref?: string }; v?: string; is?: string[] } | undefined;
    let capture: 'f' | 'v' | 't' | null = null;
    let inRichPhonetic = false;
    let rowHasValue = false;
    parser.on('opentag', (node: SaxesTagPlain) => {
      const name = local(node.name);
      if (afterData) {
        if (name === 'mergeCell') {
          const [a, b] = String(node.attributes.ref ?? '').split(':');
          if (a && b) sheet.merges.push([...decodeAddress(a), ...decodeAddress(b)] as [number, number, number, number]);
        } else if (AFTER_MERGES.has(name)) stop();
        return;
      }
      switch (name) {
        case 'row':
          rowNumber = node.attributes.r ? Number(node.attributes.r) : rowNumber + 1;
          col = 0;
          rowHasValue = false;
          break;
        case 'c': {
          const ref = node.attributes.r ? decodeAddress(String(node.attributes.r)) : [rowNumber, col + 1];
          col = ref[1];
          cell = { row: ref[0] || rowNumber, col, t: String(node.attributes.t ?? 'n'), s: Number(node.attributes.s ?? 0) };
          break;
        }
        case 'f':
          if (cell) {
            cell.f = { text: '', shared: node.attributes.t === 'shared', si: node.attributes.si as string | undefined, ref: node.attributes.ref as string | undefined };
            capture = 'f';
          }
          break;
        case 'v':
          if (cell) {
            cell.v = '';
            capture = 'v';
          }
          break;
        case 'is':
          if (cell) cell.is = [];
          break;
        case 'rPh':
          inRichPhonetic = true;
          break;
        case 't':
          if (cell?.is && !inRichPhonetic) {
            cell.is.push('');
            capture = 't';
          }
          break;
      }
    });
    parser.on('text', (text: string) => {
      if (!cell || !capture) return;
      if (capture === 'f') cell.f!.text += text;
      else if (capture === 'v') cell.v += text;
      else cell.is![cell.is!.length - 1] += text;
    });
    parser.on('closetag', (node) => {
      const name = local(node.name);
      if (afterData) {
        if (name === 'mergeCells' || name === 'worksheet') stop();
        return;
      }
      if (name === 'f' || name === 'v' || name === 't') capture = null;
      else if (name === 'rPh') inRichPhonetic = false;
      else if (name === 'c' && cell) {
        const raw = toRawCell(cell, ctx, formulae);
        if (raw) {
          sheet.set(cell.row, cell.col, raw);
          if (raw.type !== VALUE_TYPE.Null) rowHasValue = true;
        }
        cell = undefined;
      } else if (name === 'row') {
        if (rowHasValue) {
          rowsWithValues++;
          ctx.rowsRead.count++;
          if (ctx.rowsRead.count % 250 === 0) ctx.rowsRead.report?.(ctx.rowsRead.count);
          if (rowsWithValues > MAX_SHEET_ROWS) throw new DeclarationFileError('TOO_LARGE', `${part} has more than ${MAX_SHEET_ROWS} rows`);
        }
      } else if (name === 'sheetData') afterData = true;
    });
  });
  return sheet;
}

function toRawCell(
  c: { row: number; col: number; t: string; s: number; f?: { text: string; shared: boolean; si?: string; ref?: string }; v?: string; is?: string[] },
  ctx: SheetReadContext,
  formulae: Map<string, string>,
): RawCell | undefined {
  const isDate = ctx.dateStyles[c.s] === true;
  const number = (v: string) => {
    const n = parseFloat(v);
    return isDate ? excelToDate(n, ctx.date1904) : n;
  };
  // as exceljs's cell-xform: a formula is a non-empty <f> or a shared one; an empty <v> is no result
  if (c.f && (c.f.text || c.f.shared)) {
    let result: unknown;
    if (c.v) {
      if (c.t === 'str') result = c.v;
      else if (c.t === 'b') result = parseInt(c.v, 10) !== 0;
      else if (c.t === 'e') result = { error: c.v };
      else result = number(c.v);
    }
    const address = `${columnLetters(c.col)}${c.row}`;
    if (c.f.shared && c.f.si !== undefined && !c.f.ref && !c.f.text) {
      return { type: VALUE_TYPE.Formula, value: { sharedFormula: formulae.get(c.f.si), result } };
    }
    if (c.f.shared && c.f.si !== undefined) formulae.set(c.f.si, address);
    return { type: VALUE_TYPE.Formula, value: { formula: c.f.text, result } };
  }
  if (c.t === 'inlineStr') {
    const text = unescapeText((c.is ?? []).join(''));
    return { type: VALUE_TYPE.String, value: text };
  }
  if (c.v === undefined) return undefined;
  switch (c.t) {
    case 's': {
      const index = Number(c.v);
      ctx.wanted.add(index);
      return { type: VALUE_TYPE.String, value: null, sharedString: index };
    }
    case 'str':
      return { type: VALUE_TYPE.String, value: c.v };
    case 'b':
      return { type: VALUE_TYPE.Boolean, value: parseInt(c.v, 10) !== 0 };
    case 'e':
      return { type: VALUE_TYPE.Error, value: { error: c.v } };
    default:
      return isDate ? { type: VALUE_TYPE.Date, value: number(c.v) } : { type: VALUE_TYPE.Number, value: parseFloat(c.v) };
  }
}

/** The shared strings at the wanted indexes (a string, or { richText } as exceljs gives it); stops after the last one. */
async function readSharedStrings(archive: Archive, part: string | undefined, wanted: Set<number>): Promise<Map<number, unknown>> {
  const out = new Map<number, unknown>();
  if (!part || !wanted.size) return out;
  const last = Math.max(...wanted);
  await archive.read(part, (parser, stop) => {
    let index = -1;
    let runs: string[] | null = null;
    let plain: string | null = null;
    let inRun = false;
    let inPhonetic = false;
    let capture = false;
    let text = '';
    parser.on('opentag', (node: SaxesTagPlain) => {
      const name = local(node.name);
      if (name === 'si') {
        index++;
        runs = null;
        plain = null;
      } else if (name === 'r') inRun = true;
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't' && !inPhonetic && wanted.has(index)) {
        capture = true;
        text = '';
      }
    });
    parser.on('text', (t: string) => {
      if (capture) text += t;
    });
    parser.on('closetag', (node) => {
      const name = local(node.name);
      if (name === 't' && capture) {
        capture = false;
        if (inRun) (runs ??= []).push(unescapeText(text));
        else plain = unescapeText(text);
      } else if (name === 'r') inRun = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') {
        if (wanted.has(index)) out.set(index, runs ? { richText: (runs as string[]).map((t) => ({ text: t })) } : (plain ?? {}));
        if (index >= last) stop();
      }
    });
  });
  return out;
}

/**
 * Reads a declaration from the bytes of an .xlsx with the streaming reader.
 * Same result as parseDeclaration (exceljs) on every template; throws
 * DeclarationFileError for files that are not readable templates.
 */
export async function readDeclaration(bytes: Uint8Array, options: StreamReadOptions = {}): Promise<ParsedDeclaration> {
  inspectXlsx(bytes);
  const archive = await Archive.open(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  try {
    const parts = await readWorkbookParts(archive);
    const dateStyles = await readDateStyles(archive, parts.styles);
    const ctx: SheetReadContext = { dateStyles, date1904: parts.date1904, wanted: new Set(), rowsRead: { count: 0, report: options.onRows } };
    const wb = new StreamWorkbook(new Set(parts.sheets.keys()));
    const strings = new Map<number, unknown>();
    const load = async (names: string[]) => {
      for (const name of names) {
        const part = parts.sheets.get(name);
        if (part && !wb.sheets.has(name)) wb.sheets.set(name, await readSheet(archive, part, ctx));
      }
      const missing = new Set([...ctx.wanted].filter((i) => !strings.has(i)));
      for (const [i, s] of await readSharedStrings(archive, parts.sharedStrings, missing)) strings.set(i, s);
      for (const name of names) {
        for (const row of wb.sheets.get(name)?.rows.values() ?? []) {
          for (const cell of row.values()) {
            if (cell.sharedString === undefined) continue;
            const s = strings.get(cell.sharedString);
            cell.value = s ?? null;
            if (s && typeof s === 'object' && 'richText' in s) cell.type = VALUE_TYPE.RichText;
            cell.sharedString = undefined;
          }
        }
      }
    };
    await load(CORE_SHEETS);
    for (let attempt = 0; ; attempt++) {
      try {
        const parsed = parseWorkbook(wb, options);
        options.onRows?.(ctx.rowsRead.count);
        return parsed;
      } catch (error) {
        if (!(error instanceof SheetNeeded) || attempt > 4) throw error;
        await load([error.sheet]);
      }
    }
  } catch (error) {
    if (error instanceof DeclarationFileError) throw error;
    throw new DeclarationFileError('CORRUPT', error instanceof Error ? error.message : String(error));
  } finally {
    archive.close();
  }
}
