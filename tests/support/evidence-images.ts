// Tiny real images for the evidence tests, built byte by byte (no binary fixtures):
// an 8×8 grey baseline JPEG, the same with an EXIF block holding a GPS position,
// and a 1×1 PNG with text and time chunks.
import { deflateSync } from 'node:zlib';

const u16 = (n: number) => Buffer.from([(n >> 8) & 0xff, n & 0xff]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const segment = (marker: number, payload: Buffer) => Buffer.concat([Buffer.from([0xff, marker]), u16(payload.length + 2), payload]);

/** An 8×8 mid-grey JPEG: one quantization table of ones, one-symbol Huffman tables, one block with DC 0 and end-of-block. */
export function plainJpeg(): Buffer {
  const huffman = (tableClass: number) => Buffer.concat([Buffer.from([tableClass << 4]), Buffer.from([1, ...new Array(15).fill(0)]), Buffer.from([0])]);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, Buffer.concat([Buffer.from('JFIF\0', 'latin1'), Buffer.from([1, 1, 0]), u16(1), u16(1), Buffer.from([0, 0])])),
    segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)])),
    segment(0xc0, Buffer.from([8, 0, 8, 0, 8, 1, 1, 0x11, 0])),
    segment(0xc4, huffman(0)),
    segment(0xc4, huffman(1)),
    segment(0xda, Buffer.from([1, 1, 0x00, 0, 63, 0])),
    // DC category 0 ('0') and EOB ('0'), padded with ones
    Buffer.from([0x3f]),
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** An APP1 EXIF segment whose GPS IFD holds a latitude and longitude (big-endian TIFF). */
export function gpsExifSegment(latitude: number, longitude: number): Buffer {
  const dms = (value: number) => {
    const abs = Math.abs(value);
    const d = Math.floor(abs);
    const m = Math.floor((abs - d) * 60);
    const s = Math.round(((abs - d) * 60 - m) * 60 * 100);
    return Buffer.concat([u32(d), u32(1), u32(m), u32(1), u32(s), u32(100)]);
  };
  // TIFF: header (8) | IFD0 at 8: 1 entry (2 + 12 + 4 = 18) -> GPS IFD at 26: 4 entries (2 + 48 + 4 = 54) -> rationals at 80 and 104
  const entry = (tag: number, type: number, count: number, value: Buffer) => Buffer.concat([u16(tag), u16(type), u32(count), value]);
  const ascii = (c: string) => Buffer.from([c.charCodeAt(0), 0, 0, 0]);
  const tiff = Buffer.concat([
    Buffer.from('MM\0*', 'latin1'),
    u32(8),
    u16(1),
    entry(0x8825, 4, 1, u32(26)),
    u32(0),
    u16(4),
    entry(0x0001, 2, 2, ascii(latitude >= 0 ? 'N' : 'S')),
    entry(0x0002, 5, 3, u32(80)),
    entry(0x0003, 2, 2, ascii(longitude >= 0 ? 'E' : 'W')),
    entry(0x0004, 5, 3, u32(104)),
    u32(0),
    dms(latitude),
    dms(longitude),
  ]);
  return segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]));
}

/** The plain JPEG with GPS EXIF, an XMP block and a comment inserted after its JFIF header. */
export function jpegWithGps(latitude = -1.6777, longitude = 29.2386): Buffer {
  const plain = plainJpeg();
  const jfifEnd = 2 + 2 + plain.readUInt16BE(4);
  const xmp = segment(0xe1, Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><rdf:Description exif:GPSLatitude="1,40.66S"/></x:xmpmeta>', 'latin1'));
  const comment = segment(0xfe, Buffer.from('taken by Amani near the river', 'latin1'));
  return Buffer.concat([plain.subarray(0, jfifEnd), gpsExifSegment(latitude, longitude), xmp, comment, plain.subarray(jfifEnd)]);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  return Buffer.concat([u32(data.length), body, u32(crc32(body))]);
};

/** A 1×1 red PNG; with `metadata`, also tEXt, iTXt and tIME chunks. */
export function png(metadata = false): Buffer {
  const header = chunk('IHDR', Buffer.concat([u32(1), u32(1), Buffer.from([8, 2, 0, 0, 0])]));
  const data = chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0])));
  const extra = metadata
    ? [chunk('tEXt', Buffer.from('Author\0Amani', 'latin1')), chunk('iTXt', Buffer.from('Location\0\0\0\0\0-1.6777 29.2386', 'latin1')), chunk('tIME', Buffer.from([0x07, 0xea, 4, 12, 9, 30, 0]))]
    : [];
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), header, ...extra, data, chunk('IEND', Buffer.alloc(0))]);
}
