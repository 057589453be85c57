// The streaming reader gives exactly what the exceljs reader gives, on every
// blank template and on templates filled in French, German and Chinese (the
// shared fixtures, every kind and revision, a future revision); and it stops
// archives that lie about their sizes while inflating them.
import ExcelJS from 'exceljs';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { DeclarationFileError, fillDeclarationTemplate, fillWorkbook, findRepoRoot, parseDeclaration, readDeclaration, setPrintedRevision, type TemplateKind } from '../index';
import { CMRT_SPEC, EMRT_SPEC } from './fixtures';

const dir = join(findRepoRoot(__dirname)!, 'tests/fixtures/rmi');
const blanks = readdirSync(dir).filter((f) => /^RMI_.*\.xlsx$/.test(f));
const options = { today: new Date('2026-01-01T00:00:00Z') };

async function expectSame(bytes: Uint8Array) {
  const reference = await parseDeclaration(bytes, options);
  const rows: number[] = [];
  const streamed = await readDeclaration(bytes, { ...options, onRows: (n) => rows.push(n) });
  expect(streamed).toEqual(reference);
  expect(rows.length).toBeGreaterThan(0);
  return streamed;
}

describe('the streaming reader reads what exceljs reads', () => {
  it.each(blanks)('blank %s', async (file) => {
    await expectSame(readFileSync(join(dir, file)));
  });

  it('CMRT 6.5 filled in French (the shared fixture)', async () => {
    const parsed = await expectSame(await fillDeclarationTemplate(CMRT_SPEC, { kind: 'CMRT', language: 'fr' }));
    expect(parsed.smelters).toHaveLength(7);
  });

  it('EMRT 2.1 filled in German (the shared fixture)', async () => {
    const parsed = await expectSame(await fillDeclarationTemplate(EMRT_SPEC, { kind: 'EMRT', language: 'de' }));
    expect(parsed.declaration.metals).toEqual(['COBALT', 'LITHIUM', 'MICA']);
  });

  it.each([
    ['CMRT', 'RMI_CMRT_6.5.xlsx', 'zh'],
    ['CRT', 'RMI_CRT_2.2.xlsx', 'fr'],
    ['CRT', 'RMI_CRT_2.21.xlsx', 'zh'],
    ['EMRT', 'RMI_EMRT_2.1.xlsx', 'zh'],
  ] as const)('%s %s filled in %s', async (kind, file, language) => {
    const spec = { ...(kind === 'CMRT' ? CMRT_SPEC : { companyName: '示例供应商', smelters: [{ metal: 'COBALT' as const, cid: 'CID003264' }], products: [{ number: 'P-9', name: '电池' }] }) };
    await expectSame(await fillDeclarationTemplate(spec, { kind, templatePath: join(dir, file), language }));
  });

  it('a future revision, with its warning', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'RMI_CMRT_6.5.xlsx'));
    fillWorkbook(wb, CMRT_SPEC, { kind: 'CMRT' as TemplateKind });
    setPrintedRevision(wb, '7.0');
    const parsed = await expectSame(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(parsed.issues.map((i) => i.code)).toContain('NEWER_REVISION');
  });
});

// --- hostile archives -------------------------------------------------------

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A deflated zip; `declare` overrides the uncompressed size written in both headers (a lying archive). */
function zipOf(entries: { name: string; data: Buffer; declare?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const packed = deflateRawSync(e.data);
    const size = e.declare ?? e.data.length;
    const crc = crc32(e.data);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(8, 8);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(packed.length, 18);
    lh.writeUInt32LE(size, 22);
    lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(8, 10);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(packed.length, 20);
    ch.writeUInt32LE(size, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, packed);
    centrals.push(ch, name);
    offset += 30 + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

function workbookWith(sheet: Buffer, declare?: number): Buffer {
  return zipOf([
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(
        '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Declaration" sheetId="1" r:id="rId1"/><sheet name="Smelter List" sheetId="2" r:id="rId1"/></sheets></workbook>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', data: sheet, declare },
  ]);
}

describe('hostile archives', () => {
  // 60 MB of rows that deflate about 1000:1
  const junk = Buffer.from('<worksheet><sheetData>' + '<row><c t="inlineStr"><is><t>x</t></is></c></row>'.repeat(1_200_000) + '</sheetData></worksheet>');

  it('an honest bomb is refused from its central directory, before inflating', async () => {
    await expect(readDeclaration(workbookWith(junk))).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  it('a zip declaring 2 KB for 60 MB stops while inflating', async () => {
    const lying = workbookWith(junk, 2048);
    const error = await readDeclaration(lying).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeclarationFileError);
    expect(error).toMatchObject({ code: 'TOO_LARGE' });
  });

  it('a zip declaring the right size but a ratio under the limit per its header, inflating far more, stops on the real ratio', async () => {
    // declares 150x its compressed size (under the 200:1 limit), inflates about 1000x
    const packed = deflateRawSync(junk).length;
    const error = await readDeclaration(workbookWith(junk, packed * 150)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'TOO_LARGE' });
  });

  it('not a zip, and a corrupt part, fail as exceljs fails them', async () => {
    await expect(readDeclaration(Buffer.from('plain text, not a workbook'))).rejects.toMatchObject({ code: 'NOT_XLSX' });
    const broken = workbookWith(Buffer.from('<worksheet><sheetData><row><c'));
    await expect(readDeclaration(broken)).rejects.toMatchObject({ code: expect.stringMatching(/CORRUPT|NOT_RMI_TEMPLATE/) });
  });
});
