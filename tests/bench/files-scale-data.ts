// Files at scale (issue 13): the import pipeline (streaming reader in worker
// threads) against a naive full-workbook exceljs read of the same files in the
// same run; 200 files queued at once with RSS sampled along the way (flat or
// growing); hostile files (a 1 GB-inflating zip, a zip lying about its sizes, a
// 25 MiB workbook of junk rows) timed until refused, with memory after.
import { Actor } from '@commonground/api-core';
import { DeclarationImportService } from '@commonground/api-smelters';
import { INestApplication } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { createDeflateRaw, deflateRawSync } from 'node:zlib';
import { DataSource } from 'typeorm';

const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

/** Reads every file whole with exceljs, one after another (what a plain script would do). */
export async function naiveExceljs(files: Array<{ bytes: Buffer }>): Promise<{ filesPerSecond: number; ms: number }> {
  const t0 = performance.now();
  for (const f of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(f.bytes as unknown as ExcelJS.Buffer);
  }
  const ms = performance.now() - t0;
  return { filesPerSecond: Math.round((files.length / (ms / 1000)) * 100) / 100, ms: Math.round(ms) };
}

export interface BatchFigures {
  files: number;
  succeeded: number;
  failed: string[];
  ms: number;
  filesPerSecond: number;
  rssIdleMb: number;
  rssPeakMb: number;
  /** peak RSS above idle in each quarter of the run (flat or growing) */
  quarterPeaksAboveIdleMb: number[];
  rssAfterMb: number;
}

/** Accepts the files (stored, queued) and imports them all, sampling RSS every 10 ms. */
export async function importBatch(app: INestApplication, actor: Actor, files: Array<{ name: string; bytes: Buffer }>): Promise<BatchFigures> {
  const imports = app.get(DeclarationImportService);
  const dataSource = app.get(DataSource);
  global.gc?.();
  const idle = process.memoryUsage().rss;
  const samples: Array<[number, number]> = [];
  const timer = setInterval(() => samples.push([performance.now(), process.memoryUsage().rss]), 10);
  const t0 = performance.now();
  const accepted = [];
  // 20 files per request, as the upload page sends them
  for (let i = 0; i < files.length; i += 20) {
    accepted.push(...(await imports.accept(actor, files.slice(i, i + 20).map((f) => ({ name: f.name, stream: Readable.from([f.bytes]) })))));
  }
  await imports.runPending();
  const t1 = performance.now();
  clearInterval(timer);
  const rows: Array<{ state: string; error: string | null }> = await dataSource.query(`SELECT state, error FROM declaration_imports WHERE id = ANY($1)`, [accepted.map((a) => a.id)]);
  const ok = rows.filter((r) => r.state === 'SUCCEEDED').length;
  const quarter = (t1 - t0) / 4;
  const quarterPeaks = [0, 1, 2, 3].map((q) => mb(Math.max(idle, ...samples.filter(([t]) => t >= t0 + q * quarter && t < t0 + (q + 1) * quarter).map(([, r]) => r)) - idle));
  global.gc?.();
  await new Promise((r) => setTimeout(r, 200));
  return {
    files: files.length,
    succeeded: ok,
    failed: rows.filter((r) => r.state !== 'SUCCEEDED').map((r) => `${r.state}: ${r.error}`),
    ms: Math.round(t1 - t0),
    filesPerSecond: Math.round((ok / ((t1 - t0) / 1000)) * 100) / 100,
    rssIdleMb: mb(idle),
    rssPeakMb: mb(Math.max(idle, ...samples.map(([, r]) => r))),
    quarterPeaksAboveIdleMb: quarterPeaks,
    rssAfterMb: mb(process.memoryUsage().rss),
  };
}

// ---------------------------------------------------------------- hostile files

/** `head`, then `chunk` repeated up to `total` bytes, then `tail`, deflated as a stream (never whole in memory). */
async function deflateRepeated(head: Buffer, chunk: Buffer, total: number, tail: Buffer): Promise<{ packed: Buffer; size: number }> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (d: Buffer) => out.push(d));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const block = Buffer.alloc(Math.floor((4 * 1024 * 1024) / chunk.length) * chunk.length, chunk);
  let size = head.length + tail.length;
  deflate.write(head);
  while (size + block.length <= total) {
    if (!deflate.write(block)) await new Promise((r) => deflate.once('drain', r));
    size += block.length;
  }
  deflate.end(tail);
  await done;
  return { packed: Buffer.concat(out), size };
}

function zipOf(entries: Array<{ name: string; data: Buffer; declare?: number; store?: boolean; packed?: Buffer }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const packed = e.packed ?? (e.store ? e.data : deflateRawSync(e.data, { level: 1 }));
    const size = e.declare ?? e.data.length;
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(e.store ? 0 : 8, 8);
    lh.writeUInt32LE(packed.length, 18);
    lh.writeUInt32LE(size, 22);
    lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(e.store ? 0 : 8, 10);
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

const WORKBOOK = Buffer.from('<workbook xmlns:r="r"><sheets><sheet name="Declaration" sheetId="1" r:id="rId1"/><sheet name="Smelter List" sheetId="2" r:id="rId2"/></sheets></workbook>');
const RELS = Buffer.from('<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="worksheet" Target="worksheets/sheet2.xml"/></Relationships>');
const EMPTY_SHEET = Buffer.from('<worksheet><sheetData/></worksheet>');

/** The three hostile files of the issue. */
export async function hostileFiles(): Promise<Array<{ name: string; bytes: Buffer }>> {
  // 1 GB of one repeated row: deflates about 1000:1
  const row = Buffer.from('<row><c t="inlineStr"><is><t>bomb</t></is></c></row>');
  const big = await deflateRepeated(Buffer.from('<worksheet><sheetData>'), row, 1024 * 1024 * 1024, Buffer.from('</sheetData></worksheet>'));
  const parts = [
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'xl/workbook.xml', data: WORKBOOK },
    { name: 'xl/_rels/workbook.xml.rels', data: RELS },
    { name: 'xl/worksheets/sheet1.xml', data: EMPTY_SHEET },
  ];
  const bomb = zipOf([...parts, { name: 'xl/worksheets/sheet2.xml', data: Buffer.alloc(0), packed: big.packed, declare: big.size }]);
  // the same bytes, declaring 4 KB
  const lying = zipOf([...parts, { name: 'xl/worksheets/sheet2.xml', data: Buffer.alloc(0), packed: big.packed, declare: 4096 }]);
  // 25 MiB (just under the upload limit) of junk rows that do not compress: random text in the Smelter List
  const junkRows: Buffer[] = [Buffer.from('<worksheet><sheetData>')];
  let size = 0;
  for (let r = 5; size < 24.5 * 1024 * 1024; r++) {
    const cell = `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${randomBytes(48).toString('base64')}</t></is></c><c r="D${r}" t="inlineStr"><is><t>${randomBytes(48).toString('base64')}</t></is></c></row>`;
    junkRows.push(Buffer.from(cell));
    size += cell.length * 0.8;
  }
  junkRows.push(Buffer.from('</sheetData></worksheet>'));
  const junk = zipOf([
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'xl/workbook.xml', data: WORKBOOK },
    { name: 'xl/_rels/workbook.xml.rels', data: RELS },
    { name: 'xl/worksheets/sheet1.xml', data: EMPTY_SHEET },
    { name: 'xl/worksheets/sheet2.xml', data: Buffer.concat(junkRows) },
  ]);
  return [
    { name: 'bomb-1GB.xlsx', bytes: bomb },
    { name: 'lying-sizes.xlsx', bytes: lying },
    { name: 'junk-rows-25MiB.xlsx', bytes: junk },
  ];
}

/** Each hostile file alone: time until it is refused or failed, its error, and RSS after. */
export async function hostileRuns(app: INestApplication, actor: Actor): Promise<Array<{ name: string; megabytes: number; ms: number; state: string; error: string | null; rssIdleMb: number; rssPeakMb: number; rssAfterMb: number }>> {
  const imports = app.get(DeclarationImportService);
  const dataSource = app.get(DataSource);
  const out = [];
  for (const file of await hostileFiles()) {
    global.gc?.();
    const idle = process.memoryUsage().rss;
    let peak = idle;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const t0 = performance.now();
    const [accepted] = await imports.accept(actor, [{ name: file.name, stream: Readable.from([file.bytes]) }]);
    await imports.runPending();
    const ms = performance.now() - t0;
    clearInterval(timer);
    const [row] = await dataSource.query(`SELECT state, error FROM declaration_imports WHERE id = $1`, [accepted!.id]);
    global.gc?.();
    await new Promise((r) => setTimeout(r, 500));
    out.push({ name: file.name, megabytes: mb(file.bytes.length), ms: Math.round(ms), state: row.state, error: row.error, rssIdleMb: mb(idle), rssPeakMb: mb(peak), rssAfterMb: mb(process.memoryUsage().rss) });
  }
  return out;
}
