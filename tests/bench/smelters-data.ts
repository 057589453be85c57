// Scale data and one-off measurements for the smelters benchmark:
//
// - import throughput: one CMRT 6.5 filled once with 300 smelter rows (CIDs of
//   the registry's 3TG smelters, a few "Smelter not listed" rows with alias or
//   misspelled names), copied N times with a different company name each (the
//   shared-strings entry of the .xlsx rewritten, so every copy has its own
//   bytes and its own supplier), then uploaded and imported through
//   DeclarationImportService (accept, runPending) — files per second, RSS;
// - matching: 10,000 reported names, labelled, through SmelterIndex — names per
//   second, precision and recall (held-out aliases and perturbed names of the
//   registry, like matcher.spec.ts, plus names that are not smelters);
// - coverage: 1,000 current declarations of one organization with 50 smelter
//   rows each (50,000 rows), written with a few INSERT … SELECT statements,
//   plus assessment statuses, audits and access grants so that all three kinds
//   of evidence occur.
// Deterministic: the choices come from a seeded generator or the row number.
import { Actor } from '@commonground/api-core';
import { SMELTERS, type Metal } from '@commonground/shared-reference';
import { DeclarationImportService, SmelterIndex, fillDeclarationTemplate, parseDeclaration, type MatchableSmelter, type SmelterRowSpec } from '@commonground/api-smelters';
import { INestApplication } from '@nestjs/common';
import { Readable } from 'node:stream';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { DataSource } from 'typeorm';

/** Deterministic pseudo-random numbers (mulberry32). */
export function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------- .xlsx copies with another company name

/**
 * Rewrites one entry of a zip archive (here: xl/sharedStrings.xml of an .xlsx)
 * and returns the new archive: the other entries are copied byte for byte, the
 * rewritten one is deflated again, offsets, sizes and CRC are fixed up. Enough
 * for the archives exceljs writes (no ZIP64, no encryption).
 */
export function rewriteZipEntry(zip: Buffer, name: string, transform: (text: string) => string): Buffer {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive');
  const count = zip.readUInt16LE(eocd + 10);
  let cd = zip.readUInt32LE(eocd + 16);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  let found = false;
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(cd) !== 0x02014b50) throw new Error('bad central directory');
    const nameLength = zip.readUInt16LE(cd + 28);
    const extraLength = zip.readUInt16LE(cd + 30);
    const commentLength = zip.readUInt16LE(cd + 32);
    const central = Buffer.from(zip.subarray(cd, cd + 46 + nameLength + extraLength + commentLength));
    const entryName = zip.toString('utf8', cd + 46, cd + 46 + nameLength);
    const method = zip.readUInt16LE(cd + 10);
    const compressedSize = zip.readUInt32LE(cd + 20);
    const localOffset = zip.readUInt32LE(cd + 42);
    const localNameLength = zip.readUInt16LE(localOffset + 26);
    const localExtraLength = zip.readUInt16LE(localOffset + 28);
    const dataStart = localOffset + 30 + localNameLength + localExtraLength;
    let local: Buffer;
    if (entryName === name) {
      found = true;
      const raw = method === 8 ? inflateRawSync(zip.subarray(dataStart, dataStart + compressedSize)) : zip.subarray(dataStart, dataStart + compressedSize);
      const text = Buffer.from(transform(raw.toString('utf8')), 'utf8');
      const data = deflateRawSync(text);
      const header = Buffer.from(zip.subarray(localOffset, dataStart));
      const flags = header.readUInt16LE(6) & ~0x08; // sizes in the header, no data descriptor
      header.writeUInt16LE(flags, 6);
      header.writeUInt16LE(8, 8);
      header.writeUInt32LE(crc32(text), 14);
      header.writeUInt32LE(data.length, 18);
      header.writeUInt32LE(text.length, 22);
      local = Buffer.concat([header, data]);
      central.writeUInt16LE(flags, 8);
      central.writeUInt16LE(8, 10);
      central.writeUInt32LE(crc32(text), 16);
      central.writeUInt32LE(data.length, 20);
      central.writeUInt32LE(text.length, 24);
    } else {
      let end = dataStart + compressedSize;
      if (zip.readUInt16LE(localOffset + 6) & 0x08) end += zip.readUInt32LE(end) === 0x08074b50 ? 16 : 12;
      local = zip.subarray(localOffset, end);
    }
    central.writeUInt32LE(offset, 42);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
    cd += central.length;
  }
  if (!found) throw new Error(`no ${name} in the archive`);
  const directory = Buffer.concat(centrals);
  const end = Buffer.from(zip.subarray(eocd, eocd + 22));
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20); // no archive comment
  return Buffer.concat([...locals, directory, end]);
}

const PLACEHOLDER = 'Bench Supplier 000000 Ltd.';
const CMRT_METALS: Metal[] = ['TANTALUM', 'TIN', 'TUNGSTEN', 'GOLD'];

/** 300 smelter rows: 285 by CID (every 3TG smelter of the registry, then again from the start), 15 "not listed" by an alias or a misspelled name. */
export function importRows(): SmelterRowSpec[] {
  const pool = SMELTERS.filter((s) => CMRT_METALS.includes(s.metal));
  const rand = rng(11);
  const rows: SmelterRowSpec[] = [];
  for (let i = 0; rows.length < 285; i++) {
    const s = pool[i % pool.length]!;
    rows.push({ metal: s.metal, cid: s.cid });
  }
  for (let i = 0; i < 15; i++) {
    const s = pool[Math.floor(rand() * pool.length)]!;
    const name = i % 3 === 0 ? typo(s.standardName, rand) : (s.aliases[Math.floor(rand() * s.aliases.length)] ?? s.standardName);
    rows.push({ metal: s.metal, notListed: { name, country: s.countryName } });
  }
  return rows;
}

/** The filled template, and N copies of it that differ in the company name only. */
export async function importFiles(n: number): Promise<{ template: Buffer; files: Array<{ name: string; bytes: Buffer }>; fillMs: number; copyMs: number }> {
  let t0 = performance.now();
  const template = await fillDeclarationTemplate({ companyName: PLACEHOLDER, smelters: importRows() }, { kind: 'CMRT' });
  const fillMs = performance.now() - t0;
  t0 = performance.now();
  const files = Array.from({ length: n }, (_, i) => {
    const company = `Bench Supplier ${String(i + 1).padStart(6, '0')} Ltd.`;
    return { name: `CMRT_bench-supplier-${i + 1}.xlsx`, bytes: rewriteZipEntry(template, 'xl/sharedStrings.xml', (xml) => xml.replace(PLACEHOLDER, company)) };
  });
  return { template, files, fillMs, copyMs: performance.now() - t0 };
}

export interface ImportFigures {
  files: number;
  rowsPerFile: number;
  megabytesPerFile: number;
  acceptMs: number;
  runMs: number;
  filesPerSecond: number;
  rowsPerSecond: number;
  succeeded: number;
  failed: string[];
  /** parseDeclaration alone on one file, median of 3 (ms) */
  parseMs: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  heapPeakMb: number;
  /** process.resourceUsage().maxRSS before and after (MB): a new lifetime peak if it grew */
  maxRssBeforeMb: number;
  maxRssAfterMb: number;
}

/** Uploads the files for the actor's organization in one request's worth (accept), then imports them (runPending), watching memory. */
export async function measureImports(app: INestApplication, actor: Actor, files: Array<{ name: string; bytes: Buffer }>): Promise<ImportFigures> {
  const imports = app.get(DeclarationImportService);
  const dataSource = app.get(DataSource);
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  const parses: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await parseDeclaration(files[0]!.bytes, { today: new Date() });
    parses.push(performance.now() - t0);
  }
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const maxRssBefore = process.resourceUsage().maxRSS * 1024;
  let rssPeak = rssBefore;
  let heapPeak = process.memoryUsage().heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    rssPeak = Math.max(rssPeak, m.rss);
    heapPeak = Math.max(heapPeak, m.heapUsed);
  };
  const timer = setInterval(sample, 10);
  const t0 = performance.now();
  const accepted = await imports.accept(actor, files.map((f) => ({ name: f.name, stream: Readable.from([f.bytes]) })));
  const acceptMs = performance.now() - t0;
  const t1 = performance.now();
  await imports.runPending();
  const runMs = performance.now() - t1;
  clearInterval(timer);
  sample();
  const rows: Array<{ state: string; error: string | null; n: number }> = await dataSource.query(
    `SELECT i.state, i.error, (SELECT count(*)::int FROM declared_smelters d WHERE d.declaration_id = i.declaration_id) AS n FROM declaration_imports i WHERE i.id = ANY($1)`,
    [accepted.map((a) => a.id)],
  );
  const ok = rows.filter((r) => r.state === 'SUCCEEDED');
  const totalMs = acceptMs + runMs;
  return {
    files: files.length,
    rowsPerFile: ok[0]?.n ?? 0,
    megabytesPerFile: mb(files[0]!.bytes.length),
    acceptMs: Math.round(acceptMs),
    runMs: Math.round(runMs),
    filesPerSecond: Math.round((ok.length / (totalMs / 1000)) * 100) / 100,
    rowsPerSecond: Math.round(ok.reduce((s, r) => s + r.n, 0) / (totalMs / 1000)),
    succeeded: ok.length,
    failed: rows.filter((r) => r.state !== 'SUCCEEDED').map((r) => `${r.state}: ${r.error}`),
    parseMs: Math.round(parses.sort((a, b) => a - b)[1]!),
    rssBeforeMb: mb(rssBefore),
    rssPeakMb: mb(rssPeak),
    heapPeakMb: mb(heapPeak),
    maxRssBeforeMb: mb(maxRssBefore),
    maxRssAfterMb: mb(process.resourceUsage().maxRSS * 1024),
  };
}

// ---------------------------------------------------------------- matching

/** One typo: a deleted, doubled, swapped or replaced letter after the first two characters. */
export function typo(name: string, rand: () => number): string {
  if (name.length < 6) return name;
  const i = 2 + Math.floor(rand() * (name.length - 3));
  switch (Math.floor(rand() * 4)) {
    case 0:
      return name.slice(0, i) + name.slice(i + 1);
    case 1:
      return name.slice(0, i) + name[i] + name.slice(i);
    case 2:
      return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
    default:
      return name.slice(0, i) + 'xqzk'[Math.floor(rand() * 4)] + name.slice(i + 1);
  }
}

const LEGAL = [' Co., Ltd.', ' Limited', ' S.A.', ' GmbH', ' Inc.', ' Corp.', ''];
const NOISE_PARTS = {
  place: ['Shenzhen', 'Dongguan', 'Penang', 'Rotterdam', 'Bavaria', 'Lagos', 'Osaka', 'Monterrey', 'Izmir', 'Pune', 'Haiphong', 'Toronto'],
  trade: ['Bright Circuit', 'Precision Plastics', 'Cable Assembly', 'Packaging', 'Logistics', 'Display', 'Textile Works', 'Auto Parts', 'Software', 'Solar Panels', 'Furniture', 'Ceramics'],
};

export type QueryKind = 'held-out alias' | 'case + legal form' | 'one typo' | 'two typos' | 'word order' | 'not a smelter';
export interface LabelledName {
  name: string;
  country: string | null;
  metal: Metal;
  /** the CID of the smelter meant; null for a name that is no smelter */
  cid: string | null;
  kind: QueryKind;
}

/**
 * 10,000 labelled reported names and the index to match them against. As in
 * matcher.spec.ts the index knows each smelter's standard name and about half
 * of its aliases; the other aliases are queries ("held-out alias"), and the
 * known names are queried again perturbed (upper case with another legal form,
 * one or two typos, two words swapped); 8 % are names of companies that are no
 * smelters. Countries are given in RMI's spelling, as ISO codes, or not at all.
 */
export function labelledNames(total = 10_000): { index: SmelterIndex; queries: LabelledName[] } {
  const rand = rng(42);
  const known: MatchableSmelter[] = [];
  const heldOut: LabelledName[] = [];
  const knownNames: Array<{ names: string[]; s: (typeof SMELTERS)[number] }> = [];
  for (const s of SMELTERS) {
    const names = [...new Set([s.standardName, ...s.aliases])];
    const keep = names.filter((_, i) => i === 0 || rand() < 0.5);
    for (const n of names.filter((x) => !keep.includes(x))) heldOut.push({ name: n, country: s.countryName, metal: s.metal, cid: s.cid, kind: 'held-out alias' });
    known.push({ id: s.cid, cid: s.cid, metal: s.metal, country: s.country, names: keep });
    knownNames.push({ names: keep, s });
  }
  const queries: LabelledName[] = [...heldOut];
  const noiseCount = Math.round(total * 0.08);
  const kinds: QueryKind[] = ['case + legal form', 'one typo', 'one typo', 'two typos', 'word order'];
  while (queries.length < total - noiseCount) {
    const { names, s } = knownNames[Math.floor(rand() * knownNames.length)]!;
    const base = names[Math.floor(rand() * names.length)]!;
    const kind = kinds[Math.floor(rand() * kinds.length)]!;
    let name = base;
    if (kind === 'case + legal form') name = base.replace(/[,.]?\s*(co\.?,?\s*ltd\.?|limited|s\.a\.?|gmbh|inc\.?|corp\.?|ag)$/i, '').toUpperCase() + LEGAL[Math.floor(rand() * LEGAL.length)];
    else if (kind === 'one typo') name = typo(base, rand);
    else if (kind === 'two typos') name = typo(typo(base, rand), rand);
    else {
      const words = base.split(/\s+/);
      if (words.length < 2) continue;
      const i = Math.floor(rand() * (words.length - 1));
      [words[i], words[i + 1]] = [words[i + 1]!, words[i]!];
      name = words.join(' ');
    }
    const c = rand();
    queries.push({ name, country: c < 0.8 ? s.countryName : c < 0.9 ? s.country : null, metal: s.metal, cid: s.cid, kind });
  }
  const metals = [...new Set(SMELTERS.map((s) => s.metal))];
  while (queries.length < total) {
    const name = `${NOISE_PARTS.place[Math.floor(rand() * NOISE_PARTS.place.length)]} ${NOISE_PARTS.trade[Math.floor(rand() * NOISE_PARTS.trade.length)]}${LEGAL[Math.floor(rand() * LEGAL.length)]}`;
    queries.push({ name, country: null, metal: metals[Math.floor(rand() * metals.length)]!, cid: null, kind: 'not a smelter' });
  }
  return { index: new SmelterIndex(known), queries: queries.slice(0, total) };
}

export interface MatchingFigures {
  names: number;
  /** building SmelterIndex.fromReference() (all 654 smelters, every alias) */
  buildMs: number;
  /** the 10,000 names against the full registry index */
  fullMs: number;
  fullNamesPerSecond: number;
  /** the same names against the held-out index (fewer names known) */
  heldOutMs: number;
  precision: number;
  recall: number;
  /** the right smelter among the review candidates when not matched automatically */
  inCandidates: number;
  reviewRate: number;
  falseMatchesOfNonSmelters: number;
  byKind: Record<string, { n: number; right: number; wrong: number; review: number; nothing: number }>;
}

export function measureMatching(total = 10_000): MatchingFigures {
  const { index: heldOutIndex, queries } = labelledNames(total);
  let t0 = performance.now();
  const full = SmelterIndex.fromReference();
  const buildMs = performance.now() - t0;
  // what a "Smelter not listed" row reports: name, country and metal, no CID
  const reported = queries.map((q) => ({ name: q.name, country: q.country, metal: q.metal }));
  for (const q of reported.slice(0, 1000)) full.match(q); // warm-up
  t0 = performance.now();
  for (const q of reported) full.match(q);
  const fullMs = performance.now() - t0;
  t0 = performance.now();
  const results = reported.map((q) => heldOutIndex.match(q));
  const heldOutMs = performance.now() - t0;
  const byKind: MatchingFigures['byKind'] = {};
  queries.forEach((q, i) => {
    const r = results[i]!;
    const s = (byKind[q.kind] ??= { n: 0, right: 0, wrong: 0, review: 0, nothing: 0 });
    s.n++;
    if (r.match) {
      if (r.match.smelter.id === q.cid) s.right++;
      else s.wrong++;
    } else if (r.candidates.length) s.review++;
    else s.nothing++;
  });
  let right = 0;
  let wrong = 0;
  let positives = 0;
  let candidates = 0;
  let reviews = 0;
  queries.forEach((q, i) => {
    const r = results[i]!;
    if (q.cid) positives++;
    if (r.match) {
      if (r.match.smelter.id === q.cid) right++;
      else wrong++;
    } else {
      if (r.candidates.length) reviews++;
      if (q.cid && r.candidates.some((c) => c.smelter.id === q.cid)) candidates++;
    }
  });
  const round3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    names: queries.length,
    buildMs: Math.round(buildMs),
    fullMs: Math.round(fullMs),
    fullNamesPerSecond: Math.round(queries.length / (fullMs / 1000)),
    heldOutMs: Math.round(heldOutMs),
    precision: round3(right / (right + wrong)),
    recall: round3(right / positives),
    inCandidates: round3((right + candidates) / positives),
    reviewRate: round3(reviews / queries.length),
    falseMatchesOfNonSmelters: byKind['not a smelter']?.wrong ?? 0,
    byKind,
  };
}

// ---------------------------------------------------------------- coverage at scale

export interface CoverageScale {
  declarations: number;
  rows: number;
  distinctSmelters: number;
  audits: number;
  milliseconds: number;
}

/**
 * 1,000 current declarations of the organization (four in five CMRT, one in
 * five EMRT, effective dates over the last 500 days, some with validation
 * issues) with 50 rows each: registry smelters of the template's metals,
 * spread by row number, every tenth declaration with a "not yet identified"
 * row and every 25th row of every 7th declaration waiting on a review.
 * Statuses: about a third of the registry conformant, a tenth active. Audits:
 * 120 of other organizations (visible to the platform, private and
 * discoverable, or private with an approved grant to the organization), half
 * of them still valid.
 */
export async function seedCoverageScale(dataSource: DataSource, organizationId: string, userId: string, declarations = 1000, rowsEach = 50): Promise<CoverageScale> {
  const started = Date.now();
  await dataSource.transaction(async (m) => {
    await m.query(
      `INSERT INTO declaration_imports (organization_id, uploaded_by_user_id, file_name, sha256, size_bytes, state, progress, finished_at, created_at)
       SELECT $1, $2, 'bench-' || k || '.xlsx', lpad(to_hex(k), 64, '0'), 1250000, 'SUCCEEDED', 1, now(), now() - (k || ' minutes')::interval
         FROM generate_series(1, $3) k`,
      [organizationId, userId, declarations],
    );
    await m.query(
      `INSERT INTO declarations (organization_id, import_id, template, revision, company_name, supplier_key, declaration_scope, effective_date, contact_name, contact_email, authorizer, issues, is_current, created_at)
       SELECT i.organization_id, i.id,
              (CASE WHEN k % 5 = 0 THEN 'EMRT' ELSE 'CMRT' END)::template_kind,
              CASE WHEN k % 5 = 0 THEN '2.1' ELSE '6.5' END,
              'Bench Supplier ' || lpad(k::text, 4, '0') || ' Ltd.', 'benchsupplier' || lpad(k::text, 4, '0'), 'A. Company',
              now() - ((k * 7919) % 500 || ' days')::interval, 'Contact ' || k, 'contact' || k || '@supplier.example', 'Authorizer ' || k,
              CASE WHEN k % 4 = 0 THEN '[{"severity":"WARNING","sheet":"Smelter List","cell":"F7","message":"Duplicate smelter"}]'::jsonb
                   WHEN k % 9 = 0 THEN '[{"severity":"ERROR","sheet":"Declaration","cell":"D14","message":"Required"}]'::jsonb ELSE '[]'::jsonb END,
              true, i.created_at
         FROM (SELECT i.*, substring(i.file_name from 'bench-(\\d+)')::int AS k FROM declaration_imports i WHERE i.organization_id = $1) i`,
      [organizationId],
    );
    // open review items for a few reported names
    await m.query(
      `INSERT INTO match_reviews (organization_id, metal, reported_name, reported_country, name_key, country_key, candidates)
       SELECT $1, 'TIN', 'Bench Unclear Smelter ' || k, 'China', 'benchunclearsmelter' || k, 'CN', '[]'::jsonb FROM generate_series(1, 20) k`,
      [organizationId],
    );
    await m.query(
      `WITH three AS (SELECT array_agg(id ORDER BY cid) AS ids, array_agg(metal ORDER BY cid) AS metals, array_agg(name ORDER BY cid) AS names, array_agg(cid ORDER BY cid) AS cids
                        FROM smelters WHERE cid IS NOT NULL AND metal IN ('TANTALUM', 'TIN', 'TUNGSTEN', 'GOLD')),
            other AS (SELECT array_agg(id ORDER BY cid) AS ids, array_agg(metal ORDER BY cid) AS metals, array_agg(name ORDER BY cid) AS names, array_agg(cid ORDER BY cid) AS cids
                        FROM smelters WHERE cid IS NOT NULL AND metal NOT IN ('TANTALUM', 'TIN', 'TUNGSTEN', 'GOLD')),
            reviews AS (SELECT array_agg(id ORDER BY name_key) AS ids FROM match_reviews WHERE organization_id = $1),
            d AS (SELECT x.id, x.template, row_number() OVER (ORDER BY x.company_name) AS k FROM declarations x WHERE x.organization_id = $1),
            r AS (SELECT d.id AS declaration_id, d.k, g AS row, CASE WHEN d.template = 'CMRT' THEN three.ids ELSE other.ids END AS ids,
                         CASE WHEN d.template = 'CMRT' THEN three.metals ELSE other.metals END AS metals,
                         CASE WHEN d.template = 'CMRT' THEN three.names ELSE other.names END AS names,
                         CASE WHEN d.template = 'CMRT' THEN three.cids ELSE other.cids END AS cids
                    FROM d CROSS JOIN generate_series(1, $2::int) g CROSS JOIN three CROSS JOIN other),
            p AS (SELECT r.*, 1 + ((r.k * 37 + r.row * 13) % array_length(r.ids, 1))::int AS j FROM r)
       INSERT INTO declared_smelters (declaration_id, row, metal, reported_name, reported_country, reported_cid, unidentified, smelter_id, match_method, confidence, review_id)
       SELECT p.declaration_id, 4 + p.row, p.metals[p.j],
              CASE WHEN p.k % 10 = 0 AND p.row = 1 THEN 'Smelter not yet identified' WHEN p.k % 7 = 0 AND p.row % 25 = 0 THEN 'Bench Unclear Smelter ' || (1 + p.k % 20) ELSE p.names[p.j] END,
              NULL,
              CASE WHEN (p.k % 10 = 0 AND p.row = 1) OR (p.k % 7 = 0 AND p.row % 25 = 0) THEN NULL ELSE p.cids[p.j] END,
              p.k % 10 = 0 AND p.row = 1,
              CASE WHEN (p.k % 10 = 0 AND p.row = 1) OR (p.k % 7 = 0 AND p.row % 25 = 0) THEN NULL ELSE p.ids[p.j] END,
              (CASE WHEN (p.k % 10 = 0 AND p.row = 1) OR (p.k % 7 = 0 AND p.row % 25 = 0) THEN 'NONE' ELSE 'CID' END)::match_method,
              CASE WHEN (p.k % 10 = 0 AND p.row = 1) OR (p.k % 7 = 0 AND p.row % 25 = 0) THEN 0 ELSE 1 END,
              CASE WHEN p.k % 7 = 0 AND p.row % 25 = 0 AND NOT (p.k % 10 = 0 AND p.row = 1) THEN (SELECT reviews.ids[1 + p.k % 20] FROM reviews) END
         FROM p`,
      [organizationId, rowsEach],
    );
    await m.query(
      `UPDATE smelters SET status = (CASE WHEN ('x' || substr(md5(cid), 1, 7))::bit(28)::int % 10 IN (0, 1, 2) THEN 'CONFORMANT'
                                          WHEN ('x' || substr(md5(cid), 1, 7))::bit(28)::int % 10 = 3 THEN 'ACTIVE' ELSE status::text END)::assessment_status,
                           status_as_of = now() - interval '30 days'
        WHERE cid IS NOT NULL`,
    );
    // audits of other organizations; valid when k is even
    await m.query(
      `WITH owners AS (SELECT array_agg(id) AS ids FROM (SELECT id FROM organizations WHERE id <> $1 ORDER BY id LIMIT 10) o),
            s AS (SELECT array_agg(id ORDER BY cid) AS ids FROM smelters WHERE cid IS NOT NULL AND status <> 'CONFORMANT')
       INSERT INTO audits (smelter_id, owner_organization_id, standard, type, auditor, started_on, completed_on, valid_until, outcome, summary, visibility, visibility_initiative_ids, visibility_organization_ids, discoverable)
       SELECT s.ids[1 + (k * 17) % array_length(s.ids, 1)], owners.ids[1 + k % array_length(owners.ids, 1)], 'RMAP', 'INITIAL', 'Bench Auditor', now() - interval '200 days', now() - interval '190 days',
              CASE WHEN k % 2 = 0 THEN now() + interval '200 days' ELSE now() - interval '10 days' END, 'Conformant', 'Bench audit',
              (CASE WHEN k % 3 = 0 THEN 'PLATFORM' ELSE 'PRIVATE' END)::visibility, '{}', '{}', true
         FROM generate_series(1, 120) k, owners, s`,
      [organizationId],
    );
    await m.query(
      `INSERT INTO audit_access_requests (audit_id, requester_organization_id, requested_by_user_id, purpose, status, expires_at, decided_at)
       SELECT a.id, $1, $2, 'Bench: coverage of our suppliers', 'APPROVED', now() + interval '90 days', now()
         FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM audits WHERE visibility = 'PRIVATE') a WHERE a.n % 4 = 0`,
      [organizationId, userId],
    );
  });
  await dataSource.query('ANALYZE declarations; ANALYZE declared_smelters; ANALYZE audits; ANALYZE smelters; ANALYZE audit_access_requests');
  const [{ rows, distinct }] = await dataSource.query(
    `SELECT count(*)::int AS rows, count(DISTINCT d.smelter_id)::int AS distinct FROM declared_smelters d JOIN declarations x ON x.id = d.declaration_id WHERE x.organization_id = $1`,
    [organizationId],
  );
  const [{ audits }] = await dataSource.query(`SELECT count(*)::int AS audits FROM audits`);
  return { declarations, rows, distinctSmelters: distinct, audits, milliseconds: Date.now() - started };
}

export const COVERAGE_QUERY = `query {
  coverage {
    smelterCount conformant withValidSharedAudit withoutEvidence
    byMetal { metal smelterCount conformant withValidSharedAudit withoutEvidence }
    smelters { evidence suppliers smelter { id cid name metal country status } }
    suppliers { declarationId companyName template revision effectiveDate importedAt isCurrent errors warnings smelterRows unidentifiedRows rowsInReview stale }
  }
}`;
