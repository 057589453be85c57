import { MalformedEvidenceError, cleanEvidence, sniffEvidenceType, stripJpeg, stripPng } from '../evidence-metadata';

const seg = (marker: number, payload: string) => {
  const body = Buffer.from(payload, 'latin1');
  return Buffer.concat([Buffer.from([0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff]), body]);
};
const SOI = Buffer.from([0xff, 0xd8]);
const SCAN = Buffer.concat([seg(0xda, '\x01\x01\x00\x00\x3f\x00'), Buffer.from([0x3f, 0xff, 0x00, 0x12, 0xff, 0xd9])]);

describe('evidence metadata', () => {
  it('reads the type from the bytes, not the name', () => {
    expect(sniffEvidenceType(Buffer.concat([SOI, Buffer.from([0xff])]))).toBe('image/jpeg');
    expect(sniffEvidenceType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    expect(sniffEvidenceType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffEvidenceType(Buffer.from('GIF89a'))).toBeNull();
    expect(cleanEvidence(Buffer.from('<svg/>'))).toBeNull();
  });

  it('drops every APP1..APP15 and comment segment of a JPEG and keeps the rest byte for byte', () => {
    const jfif = seg(0xe0, 'JFIF\0\x01\x01\0\0\x01\0\x01\0\0');
    const quant = seg(0xdb, `\0${'\x01'.repeat(64)}`);
    const jpeg = Buffer.concat([SOI, jfif, seg(0xe1, 'Exif\0\0MM\0*GPS'), seg(0xe2, 'ICC_PROFILE'), quant, seg(0xfe, 'by Amani'), seg(0xed, 'Photoshop 3.0 IPTC'), SCAN]);
    const clean = stripJpeg(jpeg);
    expect(clean.equals(Buffer.concat([SOI, jfif, quant, SCAN]))).toBe(true);
    // the scan data after SOS is kept as it is, even where it holds 0xFF bytes
    expect(clean.subarray(-6).equals(SCAN.subarray(-6))).toBe(true);
  });

  it('refuses a damaged JPEG rather than storing it half-read', () => {
    expect(() => stripJpeg(Buffer.concat([SOI, Buffer.from([0xff, 0xe1, 0x40, 0x00, 0x01])]))).toThrow(MalformedEvidenceError);
    expect(() => stripJpeg(Buffer.concat([SOI, Buffer.from([0x00, 0x01])]))).toThrow(MalformedEvidenceError);
  });

  it('drops the text, EXIF and time chunks of a PNG', () => {
    const chunk = (type: string, data: string) => {
      const d = Buffer.from(data, 'latin1');
      const len = Buffer.alloc(4);
      len.writeUInt32BE(d.length);
      return Buffer.concat([len, Buffer.from(type, 'latin1'), d, Buffer.alloc(4)]);
    };
    const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const keep = [chunk('IHDR', '\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0'), chunk('IDAT', 'xx'), chunk('IEND', '')];
    const png = Buffer.concat([sig, keep[0], chunk('tEXt', 'Author\0Amani'), chunk('eXIf', 'MM\0*'), chunk('tIME', '1234567'), chunk('zTXt', 'c\0\0x'), chunk('iTXt', 'k\0\0\0\0\0v'), keep[1], keep[2]]);
    expect(stripPng(png).equals(Buffer.concat([sig, ...keep]))).toBe(true);
    expect(() => stripPng(Buffer.concat([sig, Buffer.from([0, 0, 1, 0])]))).toThrow(MalformedEvidenceError);
  });
});
