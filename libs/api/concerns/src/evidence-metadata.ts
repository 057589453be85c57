/**
 * Evidence files: the type is read from the bytes (never from the name or
 * the declared type), and metadata that can identify a reporter or a place —
 * EXIF (GPS position, camera serial, time), XMP, IPTC, ICC and comments — is
 * removed before anything is stored.
 *
 * - JPEG: every APP1..APP15 and COM segment before the image data is dropped
 *   (APP0/JFIF and the image itself are kept byte for byte). A consequence:
 *   the EXIF orientation goes too, so a phone photo may show rotated.
 * - PNG: the tEXt, zTXt, iTXt, eXIf and tIME chunks are dropped.
 * - PDF: stored as received. Rewriting a PDF's Info dictionary and XMP safely
 *   needs a full PDF writer, and no maintained library in this stack does it
 *   without re-serializing the whole document; the limitation is documented
 *   for reporters and case handlers (docs/user-guide/concerns-*.md), and PDFs
 *   are shown to organizations only when a case handler shares them.
 */

export type EvidenceType = 'image/jpeg' | 'image/png' | 'application/pdf';

export const EVIDENCE_TYPES: EvidenceType[] = ['image/jpeg', 'image/png', 'application/pdf'];

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function sniffEvidenceType(bytes: Buffer): EvidenceType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  if (bytes.length >= 5 && bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

export class MalformedEvidenceError extends Error {}

/** A JPEG without its APP1..APP15 and COM segments. */
export function stripJpeg(bytes: Buffer): Buffer {
  const parts: Buffer[] = [bytes.subarray(0, 2)];
  let at = 2;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) throw new MalformedEvidenceError('The JPEG file is damaged.');
    // fill bytes before a marker
    let markerAt = at;
    while (markerAt < bytes.length && bytes[markerAt] === 0xff) markerAt++;
    const marker = bytes[markerAt];
    if (marker === undefined) throw new MalformedEvidenceError('The JPEG file is damaged.');
    const segmentStart = markerAt - 1;
    // markers without a length
    if (marker === 0xd9 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      parts.push(bytes.subarray(segmentStart, markerAt + 1));
      at = markerAt + 1;
      if (marker === 0xd9) break;
      continue;
    }
    if (markerAt + 2 >= bytes.length) throw new MalformedEvidenceError('The JPEG file is damaged.');
    const length = bytes.readUInt16BE(markerAt + 1);
    const end = markerAt + 1 + length;
    if (length < 2 || end > bytes.length) throw new MalformedEvidenceError('The JPEG file is damaged.');
    if (marker === 0xda) {
      // start of scan: the rest is image data (and further scans); keep it as it is
      parts.push(bytes.subarray(segmentStart));
      return Buffer.concat(parts);
    }
    const isAppN = marker >= 0xe1 && marker <= 0xef;
    const isComment = marker === 0xfe;
    if (!isAppN && !isComment) parts.push(bytes.subarray(segmentStart, end));
    at = end;
  }
  return Buffer.concat(parts);
}

const PNG_DROPPED = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

/** A PNG without its text, EXIF and time chunks. */
export function stripPng(bytes: Buffer): Buffer {
  const parts: Buffer[] = [PNG_SIGNATURE];
  let at = 8;
  while (at < bytes.length) {
    if (at + 12 > bytes.length) throw new MalformedEvidenceError('The PNG file is damaged.');
    const length = bytes.readUInt32BE(at);
    const type = bytes.subarray(at + 4, at + 8).toString('latin1');
    const end = at + 12 + length;
    if (end > bytes.length) throw new MalformedEvidenceError('The PNG file is damaged.');
    if (!PNG_DROPPED.has(type)) parts.push(bytes.subarray(at, end));
    at = end;
    if (type === 'IEND') break;
  }
  return Buffer.concat(parts);
}

/** The bytes to store and their type; null when the type is not accepted. */
export function cleanEvidence(bytes: Buffer): { type: EvidenceType; bytes: Buffer } | null {
  const type = sniffEvidenceType(bytes);
  if (!type) return null;
  if (type === 'image/jpeg') return { type, bytes: stripJpeg(bytes) };
  if (type === 'image/png') return { type, bytes: stripPng(bytes) };
  return { type, bytes };
}
