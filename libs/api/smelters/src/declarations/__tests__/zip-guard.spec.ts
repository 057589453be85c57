import ExcelJS from 'exceljs';
import { DeclarationFileError, MAX_COMPRESSION_RATIO, MAX_ENTRIES, inspectXlsx, parseDeclaration } from '../index';

// A minimal zip writer (stored entries, CRC left 0: the guard never inflates) whose
// central directory can declare any uncompressed size, as a zip bomb's does.
function zip(entries: { name: string; data?: string; declaredSize?: number; compressedSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const data = Buffer.from(e.data ?? '');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0);
    cen.writeUInt32LE(e.compressedSize ?? data.length, 20);
    cen.writeUInt32LE(e.declaredSize ?? data.length, 24);
    cen.writeUInt16LE(name.length, 28);
    cen.writeUInt32LE(offset, 42);
    central.push(cen, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

const workbookEntries = [{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'xl/workbook.xml', data: '<workbook/>' }];
const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof DeclarationFileError ? e.code : `other: ${String(e)}`;
  }
  return 'no error';
};
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

describe('inspectXlsx', () => {
  it('accepts a small OOXML zip and sums its central directory', () => {
    expect(inspectXlsx(zip(workbookEntries))).toMatchObject({ entries: 2, uncompressedBytes: 19, maxRatio: 0 });
  });

  it('tells what a file that is not an xlsx is', () => {
    expect(code(() => inspectXlsx(Buffer.from('%PDF-1.7 ...')))).toBe('NOT_XLSX');
    expect(code(() => inspectXlsx(Buffer.from('name,country\nA,B\n')))).toBe('NOT_XLSX');
    expect(code(() => inspectXlsx(zip([{ name: 'word/document.xml', data: '<w/>' }, { name: '[Content_Types].xml' }])))).toBe('NOT_XLSX');
    expect(code(() => inspectXlsx(Buffer.concat([OLE, Buffer.alloc(512), Buffer.from('Workbook', 'utf16le')])))).toBe('LEGACY_XLS');
    expect(code(() => inspectXlsx(Buffer.concat([OLE, Buffer.alloc(512), Buffer.from('EncryptedPackage', 'utf16le')])))).toBe('ENCRYPTED');
    expect(code(() => inspectXlsx(zip(workbookEntries).subarray(0, 40)))).toBe('CORRUPT');
  });

  it('refuses zip bombs before inflating anything', () => {
    const bomb = zip([...workbookEntries, { name: 'xl/worksheets/sheet1.xml', data: 'x'.repeat(100), declaredSize: 300 * 1024 * 1024 }]);
    expect(code(() => inspectXlsx(bomb))).toBe('TOO_LARGE');
    const ratio = zip([...workbookEntries, { name: 'xl/sharedStrings.xml', data: 'x'.repeat(6000), declaredSize: 6000 * (MAX_COMPRESSION_RATIO + 1) }]);
    expect(code(() => inspectXlsx(ratio))).toBe('TOO_LARGE');
    const many = zip([...workbookEntries, ...Array.from({ length: MAX_ENTRIES }, (_, i) => ({ name: `xl/x${i}.xml` }))]);
    expect(code(() => inspectXlsx(many))).toBe('TOO_LARGE');
  });

  it('parseDeclaration turns the same cases into typed errors, and a plain workbook into NOT_RMI_TEMPLATE', async () => {
    await expect(parseDeclaration(Buffer.from('hello'))).rejects.toMatchObject({ code: 'NOT_XLSX', message: expect.stringMatching(/not an Excel workbook/) });
    // exceljs reads an empty workbook part as a workbook without sheets
    await expect(parseDeclaration(zip(workbookEntries))).rejects.toMatchObject({ code: 'NOT_RMI_TEMPLATE' });
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').getCell('A1').value = 'Company Name';
    const bytes = Buffer.from(await plain.xlsx.writeBuffer());
    await expect(parseDeclaration(bytes)).rejects.toMatchObject({ code: 'NOT_RMI_TEMPLATE' });
  });
});
