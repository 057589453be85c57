// Import jobs at scale: reads run in worker threads, several at once; an
// import whose process died (its lease passed) is claimed again, a live one is
// left alone, and one that killed its process too often fails for good; rows
// read are reported; a hostile archive fails in its thread and the next file
// imports as usual.
import { DeclarationImportService, LEASE_SECONDS, MAX_IMPORT_ATTEMPTS, fillDeclarationTemplate } from '@commonground/api-smelters';
import { SMELTERS } from '@commonground/shared-reference';
import { SignedIn, TestApp, aCompany, createTestApp } from '@commonground/api-testing';
import { deflateRawSync } from 'node:zlib';

let app: TestApp;
let company: SignedIn;
let bytes: Buffer;
beforeAll(async () => {
  app = await createTestApp({ IMPORT_CONCURRENCY: '2' });
  company = await aCompany(app);
  bytes = await fillDeclarationTemplate(
    { companyName: 'Lease Test Ltd.', smelters: SMELTERS.filter((s) => s.metal === 'TIN').slice(0, 40).map((s) => ({ metal: 'TIN' as const, cid: s.cid })) },
    { kind: 'CMRT' },
  );
}, 120_000);
afterAll(() => app?.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
async function upload(files: Array<{ name: string; bytes: Uint8Array }>): Promise<string[]> {
  const form = new FormData();
  for (const f of files) form.append('files', new Blob([Buffer.from(f.bytes)], { type: XLSX }), f.name);
  const res = await company.client.fetch('/api/declarations', { method: 'POST', body: form });
  expect(res.status).toBe(202);
  return ((await res.json()) as { imports: Array<{ id: string }> }).imports.map((i) => i.id);
}
const state = async (id: string) =>
  (await app.dataSource.query(`SELECT state, attempts, rows_read AS "rowsRead", lease_until AS "leaseUntil", error FROM declaration_imports WHERE id = $1`, [id]))[0];
const service = () => app.app.get(DeclarationImportService);

/** As if a process had claimed the import and then died: RUNNING, its lease passed (or not). */
async function claimedByADeadProcess(id: string, attempts: number, leaseSecondsFromNow: number) {
  await app.dataSource.query(`UPDATE declaration_imports SET state = 'RUNNING', attempts = $2, lease_until = now() + make_interval(secs => $3) WHERE id = $1`, [id, attempts, leaseSecondsFromNow]);
}

it('imports several files at once through the worker threads, reporting rows read', async () => {
  const ids = await upload([1, 2, 3].map((n) => ({ name: `file-${n}.xlsx`, bytes: Buffer.concat([bytes]) })));
  // uploaded together, none is a duplicate yet: three imports, two at a time
  expect(await service().runPending()).toBe(3);
  for (const id of ids) {
    const s = await state(id);
    expect(s).toMatchObject({ state: 'SUCCEEDED', attempts: 1, leaseUntil: null });
    expect(s.rowsRead).toBeGreaterThan(40);
  }
});

it('claims again an import whose process died, and leaves a live claim alone', async () => {
  const other = await fillDeclarationTemplate({ companyName: 'Dead Worker GmbH' }, { kind: 'CMRT' });
  const [id] = await upload([{ name: 'dead-worker.xlsx', bytes: other }]);
  await claimedByADeadProcess(id!, 1, LEASE_SECONDS);
  expect(await service().runPending()).toBe(0);
  expect(await state(id!)).toMatchObject({ state: 'RUNNING', attempts: 1 });
  await claimedByADeadProcess(id!, 1, -1);
  expect(await service().runPending()).toBe(1);
  expect(await state(id!)).toMatchObject({ state: 'SUCCEEDED', attempts: 2, leaseUntil: null });
});

it(`fails an import for good once its process died ${MAX_IMPORT_ATTEMPTS} times`, async () => {
  const other = await fillDeclarationTemplate({ companyName: 'Poison Pill Inc.' }, { kind: 'CMRT' });
  const [id] = await upload([{ name: 'poison.xlsx', bytes: other }]);
  await claimedByADeadProcess(id!, MAX_IMPORT_ATTEMPTS, -1);
  expect(await service().runPending()).toBe(0);
  const s = await state(id!);
  expect(s).toMatchObject({ state: 'FAILED', leaseUntil: null });
  expect(s.error).toContain(`stopped ${MAX_IMPORT_ATTEMPTS} times`);
});

it('a zip lying about its sizes fails in its thread; the next file imports', async () => {
  const lying = lyingZip();
  const good = await fillDeclarationTemplate({ companyName: 'After The Bomb SA' }, { kind: 'CMRT' });
  const [bad, ok] = await upload([
    { name: 'lying.xlsx', bytes: lying },
    { name: 'good.xlsx', bytes: good },
  ]);
  expect(await service().runPending()).toBe(2);
  expect(await state(bad!)).toMatchObject({ state: 'FAILED', error: 'The file is too large to import.' });
  expect(await state(ok!)).toMatchObject({ state: 'SUCCEEDED' });
});

/** A workbook whose one sheet declares 2 KB and inflates to 60 MB. */
function lyingZip(): Buffer {
  const crc = () => 0;
  const entries = [
    ['[Content_Types].xml', Buffer.from('<Types/>')],
    ['xl/workbook.xml', Buffer.from('<workbook xmlns:r="r"><sheets><sheet name="Declaration" sheetId="1" r:id="rId1"/><sheet name="Smelter List" sheetId="2" r:id="rId1"/></sheets></workbook>')],
    ['xl/_rels/workbook.xml.rels', Buffer.from('<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>')],
    ['xl/worksheets/sheet1.xml', Buffer.from('<worksheet><sheetData>' + '<row><c t="inlineStr"><is><t>x</t></is></c></row>'.repeat(1_200_000) + '</sheetData></worksheet>'), 2048],
  ] as const;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [n, data, declare] of entries as unknown as [string, Buffer, number?][]) {
    const name = Buffer.from(n);
    const packed = deflateRawSync(data);
    const size = declare ?? data.length;
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(8, 8);
    lh.writeUInt32LE(crc(), 14);
    lh.writeUInt32LE(packed.length, 18);
    lh.writeUInt32LE(size, 22);
    lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(8, 10);
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
