// Checks an uploaded file before exceljs inflates it: what kind of container it
// is (zip, OLE compound file) and, for a zip, what its central directory says
// about the total uncompressed size, the entry count and the compression ratios.
// A zip bomb is refused here, before any byte is inflated. The central directory
// is read by hand: its format is small and fixed (APPNOTE.TXT 4.3.12, 4.3.16).
//
// Limit: the sizes are the ones the archive declares. An archive that lies about
// them gets past this check; the import worker's memory limit is the backstop.
import { DeclarationFileError } from './errors';

/** Largest upload accepted, compressed (RMI templates are about 1.6 MB). */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
/** Largest total uncompressed size of all entries (templates: about 10-12 MB). */
export const MAX_UNCOMPRESSED_BYTES = 250 * 1024 * 1024;
/** Most entries in the archive (templates: about 80). */
export const MAX_ENTRIES = 5_000;
/** Highest uncompressed/compressed ratio of one entry larger than RATIO_CHECK_MIN_BYTES (templates: about 10). */
export const MAX_COMPRESSION_RATIO = 200;
export const RATIO_CHECK_MIN_BYTES = 1024 * 1024;

export interface ZipSummary {
  entries: number;
  compressedBytes: number;
  uncompressedBytes: number;
  /** Highest ratio among entries of at least RATIO_CHECK_MIN_BYTES uncompressed; 0 if none. */
  maxRatio: number;
  names: string[];
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const EOCD = 0x06054b50;
const CEN = 0x02014b50;

function startsWith(buf: Uint8Array, sig: readonly number[]): boolean {
  return buf.length >= sig.length && sig.every((b, i) => buf[i] === b);
}

/** True when the bytes contain `text` in UTF-16LE, as OLE directory entry names are stored. */
function containsUtf16(buf: Uint8Array, text: string): boolean {
  const needle = Buffer.from(text, 'utf16le');
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).includes(needle);
}

/**
 * Throws a DeclarationFileError (NOT_XLSX, ENCRYPTED, LEGACY_XLS, TOO_LARGE,
 * CORRUPT) unless the bytes are a zip within the limits that holds an OOXML
 * workbook. Returns what the central directory says.
 */
export function inspectXlsx(buf: Uint8Array): ZipSummary {
  if (buf.length > MAX_FILE_BYTES) throw new DeclarationFileError('TOO_LARGE', `file of ${buf.length} bytes over ${MAX_FILE_BYTES}`);
  if (startsWith(buf, OLE_SIGNATURE)) {
    // Office puts an encrypted OOXML package in an OLE file with these two streams.
    if (containsUtf16(buf, 'EncryptedPackage') || containsUtf16(buf, 'EncryptionInfo')) throw new DeclarationFileError('ENCRYPTED');
    throw new DeclarationFileError('LEGACY_XLS');
  }
  if (!startsWith(buf, [0x50, 0x4b, 0x03, 0x04]) && !startsWith(buf, [0x50, 0x4b, 0x05, 0x06])) throw new DeclarationFileError('NOT_XLSX', 'no zip signature');

  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  // The end-of-central-directory record is in the last 22 + 65,535 (comment) bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new DeclarationFileError('CORRUPT', 'no end of central directory');
  const total = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  // ZIP64 markers: no spreadsheet within our limits needs them.
  if (total === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw new DeclarationFileError('TOO_LARGE', 'zip64 archive');
  if (total > MAX_ENTRIES) throw new DeclarationFileError('TOO_LARGE', `${total} entries over ${MAX_ENTRIES}`);
  if (cdOffset + cdSize > eocd) throw new DeclarationFileError('CORRUPT', 'central directory out of bounds');

  const summary: ZipSummary = { entries: 0, compressedBytes: 0, uncompressedBytes: 0, maxRatio: 0, names: [] };
  let p = cdOffset;
  for (let n = 0; n < total; n++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CEN) throw new DeclarationFileError('CORRUPT', `bad central directory entry ${n}`);
    const compressed = view.getUint32(p + 20, true);
    const uncompressed = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (compressed === 0xffffffff || uncompressed === 0xffffffff) throw new DeclarationFileError('TOO_LARGE', 'zip64 entry');
    const name = Buffer.from(buf.buffer, buf.byteOffset + p + 46, nameLen).toString('utf8');
    summary.entries++;
    summary.compressedBytes += compressed;
    summary.uncompressedBytes += uncompressed;
    summary.names.push(name);
    if (summary.uncompressedBytes > MAX_UNCOMPRESSED_BYTES) {
      throw new DeclarationFileError('TOO_LARGE', `uncompressed size over ${MAX_UNCOMPRESSED_BYTES}`);
    }
    if (uncompressed >= RATIO_CHECK_MIN_BYTES) {
      const ratio = uncompressed / Math.max(1, compressed);
      summary.maxRatio = Math.max(summary.maxRatio, ratio);
      if (ratio > MAX_COMPRESSION_RATIO) throw new DeclarationFileError('TOO_LARGE', `${name} compressed ${Math.round(ratio)}:1`);
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  if (!summary.names.includes('[Content_Types].xml') || !summary.names.some((n) => /^xl\/workbook\.xml$/i.test(n))) {
    throw new DeclarationFileError('NOT_XLSX', 'zip without an OOXML workbook');
  }
  return summary;
}
