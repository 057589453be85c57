// Demo data of smelters and joint audit sharing (SPEC §4), written through the
// feature's own services so that it is what a user would have produced:
//
// - seven supplier declarations (five CMRT 6.5, two EMRT 2.1; one saved in
//   French, one in Chinese) filled from the real RMI templates, uploaded by
//   three demo companies and imported by the real pipeline (accept, then
//   runPending: parse, match, write). They carry CIDs of registry smelters,
//   "Smelter not listed" rows with misspelled names (some match fuzzily, some
//   land in the review queue), "Smelter not yet identified" rows, a duplicate
//   row and a missing contact phone (quality flags), a stale declaration, and a
//   newer declaration of a supplier that supersedes its older one;
// - one review item resolved, the others left open;
// - assessment statuses of a few smelters (illustrative, not RMI's), so that
//   coverage shows conformant smelters, smelters with a valid shared audit,
//   and smelters without evidence;
// - three audits with PDF reports, owned by three companies, with different
//   visibility (private and discoverable; a list of organizations; an
//   initiative, not discoverable); access requests in every state (pending,
//   approved with an expiry, denied, expired) and access log entries;
// - a joint audit of an uncovered smelter with two sponsors.
//
// The services need the Nest application, which the seed callers do not have
// (`npm run seed` has a DataSource only, `npm start` calls the seed with its
// app's DataSource), so this part creates its own application context (no
// HTTP server, no queue workers) after the rest of the demo data committed,
// and closes it when done. Idempotent: skipped at once when the demo joint
// audit exists (it is written last); otherwise every step checks what is
// already there (imports by file name, audits by owner, smelter and standard,
// requests by audit and requester), so an interrupted run can be resumed.
import { Actor, AppConfig, SearchSync, Visibility, loadConfig } from '@commonground/api-core';
import { SessionService } from '@commonground/api-identity';
import {
  AccessRequestStatus,
  AuditService,
  AuditStandard,
  AuditType,
  CoverageService,
  DeclarationImportService,
  JointAuditService,
  MatchReviewService,
  SmelterService,
  fillDeclarationTemplate,
  type DeclarationSpec,
  type SmelterRowSpec,
} from '@commonground/api-smelters';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';
import { ROOT } from '../runtime';

const DAY = 86_400_000;

/** The demo companies taking part, with the user who acts for each. */
const COMPANIES = {
  volta: { org: 'Volta Electronics GmbH', email: 'anna@volta-electronics.example.de' },
  nordlicht: { org: 'Nordlicht Batteries AB', email: 'erik@nordlicht-batteries.example.se' },
  pacific: { org: 'Pacific Components Sdn Bhd', email: 'nurul@pacific-components.example.my' },
  kivu: { org: 'Kivu Tin Trading SARL', email: 'amani@kivutin.example.cd' },
} as const;
type Company = keyof typeof COMPANIES;

const cid = (metal: SmelterRowSpec['metal'], id: string, extra: Partial<SmelterRowSpec> = {}): SmelterRowSpec => ({ metal, cid: id, ...extra });
const notListed = (metal: SmelterRowSpec['metal'], name: string, country: string): SmelterRowSpec => ({ metal, notListed: { name, country } });
const unidentified = (metal: SmelterRowSpec['metal']): SmelterRowSpec => ({ metal, notYetIdentified: true });

interface DemoFile {
  by: Company;
  fileName: string;
  kind: 'CMRT' | 'EMRT';
  language?: string;
  /** days before the seed runs */
  effectiveDaysAgo: number;
  spec: DeclarationSpec;
}

/**
 * The supplier files. Reported names of "Smelter not listed" rows were chosen
 * against the matcher: "Rand Refinary", "Taniobis", "Wolfram Bergbau Hütten",
 * "Thaisarko", "Xiamen Tungstem", "Glencore Nikelverk" match fuzzily (≥ 0.85);
 * "Malaysia Smelting Corp." (0.83), "Umicore Precious Metals", "Umicore
 * Kokkola" and "Kasombo Mining" go to review with the right candidate first.
 */
const FILES: DemoFile[] = [
  {
    by: 'volta',
    fileName: 'CMRT_Shenzhen-Precision-Connectors_previous-year.xlsx',
    kind: 'CMRT',
    effectiveDaysAgo: 410,
    spec: {
      companyName: 'Shenzhen Precision Connectors Co., Ltd.',
      contact: { name: 'Li Wei', email: 'li.wei@szpc.example.cn', phone: '+86 755 0100 2000' },
      authorizer: { name: 'Zhang Min', title: 'Compliance Director', email: 'zhang.min@szpc.example.cn' },
      smelters: [
        cid('TIN', 'CID001898'),
        cid('TIN', 'CID001105'),
        cid('GOLD', 'CID002003'),
        notListed('GOLD', 'Metallor Technologies', 'Switzerland'),
        cid('TANTALUM', 'CID002557'),
        cid('TUNGSTEN', 'CID002082'),
      ],
    },
  },
  {
    by: 'volta',
    fileName: 'CMRT_Shenzhen-Precision-Connectors_current.xlsx',
    kind: 'CMRT',
    effectiveDaysAgo: 45,
    spec: {
      companyName: 'Shenzhen Precision Connectors Co., Ltd.',
      contact: { name: 'Li Wei', email: 'li.wei@szpc.example.cn', phone: '+86 755 0100 2000' },
      authorizer: { name: 'Zhang Min', title: 'Compliance Director', email: 'zhang.min@szpc.example.cn' },
      smelters: [
        cid('TIN', 'CID001898', { mineCountry: 'Thailand' }),
        cid('TIN', 'CID001182', { viaInputColumn: true }),
        notListed('TIN', 'Malaysia Smelting Corp.', 'Malaysia'),
        cid('GOLD', 'CID002003'),
        cid('GOLD', 'CID001153'),
        notListed('GOLD', 'Rand Refinary', 'South Africa'),
        cid('GOLD', 'CID000711', { recycledOrScrap: 'Yes' }),
        cid('TANTALUM', 'CID002557'),
        notListed('TANTALUM', 'Taniobis', 'Germany'),
        cid('TUNGSTEN', 'CID002082'),
        notListed('TUNGSTEN', 'Wolfram Bergbau Hütten', 'Austria'),
        unidentified('TUNGSTEN'),
      ],
    },
  },
  {
    by: 'volta',
    fileName: 'CMRT_Composants-Electroniques-Lyonnais.xlsx',
    kind: 'CMRT',
    language: 'fr',
    effectiveDaysAgo: 120,
    spec: {
      companyName: 'Composants Électroniques Lyonnais SAS',
      address: '14 rue de la Soie, 69100 Villeurbanne, France',
      contact: { name: 'Julie Moreau', email: 'julie.moreau@cel-lyon.example.fr', phone: '+33 4 72 00 00 00' },
      authorizer: { name: 'Marc Girard', title: 'Directeur qualité', email: 'marc.girard@cel-lyon.example.fr' },
      smelters: [
        cid('TIN', 'CID001477'),
        notListed('TIN', 'Thaisarko', 'Thaïlande'),
        cid('GOLD', 'CID000233'),
        notListed('GOLD', 'Umicore Precious Metals', 'Belgique'),
        unidentified('GOLD'),
        cid('TANTALUM', 'CID002539'),
      ],
    },
  },
  {
    by: 'volta',
    fileName: 'EMRT_Hanseatic-Battery-Cells.xlsx',
    kind: 'EMRT',
    effectiveDaysAgo: 90,
    spec: {
      companyName: 'Hanseatic Battery Cells GmbH',
      metals: ['COBALT', 'MICA'],
      contact: { name: 'Jonas Petersen', email: 'jonas.petersen@hbc.example.de', phone: '+49 40 0000 1000' },
      authorizer: { name: 'Katrin Vogel', title: 'Head of Sustainability', email: 'katrin.vogel@hbc.example.de' },
      smelters: [
        cid('COBALT', 'CID003225'),
        cid('COBALT', 'CID003403'),
        notListed('COBALT', 'Umicore Kokkola', 'Finland'),
        cid('MICA', 'CID003513'),
      ],
    },
  },
  {
    by: 'nordlicht',
    fileName: 'EMRT_Guangdong-Cathode-Materials.xlsx',
    kind: 'EMRT',
    language: 'zh',
    effectiveDaysAgo: 60,
    spec: {
      companyName: 'Guangdong Cathode Materials Co., Ltd.',
      metals: ['COBALT', 'LITHIUM', 'NICKEL'],
      contact: { name: 'Chen Jing', email: 'chen.jing@gdcm.example.cn', phone: '+86 20 0000 3000' },
      authorizer: { name: 'Huang Lei', title: 'General Manager', email: 'huang.lei@gdcm.example.cn' },
      smelters: [
        cid('COBALT', 'CID003225'),
        cid('COBALT', 'CID003275'),
        notListed('COBALT', 'Kasombo Mining', 'Democratic Republic of the Congo'),
        notListed('COBALT', 'Glencore Nikelverk', 'Norway'),
        cid('LITHIUM', 'CID003714'),
        cid('NICKEL', 'CID004008'),
      ],
    },
  },
  {
    by: 'nordlicht',
    fileName: 'CMRT_Baltic-Solder-and-Wire.xlsx',
    kind: 'CMRT',
    effectiveDaysAgo: 430,
    spec: {
      companyName: 'Baltic Solder & Wire AB',
      // no phone: the validation report flags it
      contact: { name: 'Sofia Berg', email: 'sofia.berg@balticsolder.example.se', phone: null },
      authorizer: { name: 'Nils Holm', title: 'CEO', email: 'nils.holm@balticsolder.example.se' },
      smelters: [cid('TIN', 'CID001898'), cid('TIN', 'CID001105'), notListed('TIN', 'Malaysia Smelting Corp.', 'Malaysia'), cid('GOLD', 'CID001512')],
    },
  },
  {
    by: 'pacific',
    fileName: 'CMRT_Penang-Solder-Works.xlsx',
    kind: 'CMRT',
    effectiveDaysAgo: 30,
    spec: {
      companyName: 'Penang Solder Works Sdn Bhd',
      contact: { name: 'Tan Mei Ling', email: 'meiling@penangsolder.example.my', phone: '+60 4 000 0000' },
      authorizer: { name: 'Rajesh Kumar', title: 'Managing Director', email: 'rajesh@penangsolder.example.my' },
      smelters: [
        cid('TIN', 'CID001105'),
        cid('TIN', 'CID001898'),
        cid('TIN', 'CID001477'),
        // the same smelter twice: a DUPLICATE warning
        cid('TIN', 'CID001898'),
        cid('GOLD', 'CID002003'),
        cid('TANTALUM', 'CID002557'),
        notListed('TUNGSTEN', 'Xiamen Tungstem', 'China'),
      ],
    },
  },
];

/** Illustrative assessment statuses (not RMI's), as of a month before the seed runs. */
const STATUSES: Array<[cid: string, status: 'CONFORMANT' | 'ACTIVE' | 'NOT_ENROLLED']> = [
  ['CID001898', 'CONFORMANT'],
  ['CID001182', 'CONFORMANT'],
  ['CID002003', 'CONFORMANT'],
  ['CID001153', 'CONFORMANT'],
  ['CID001512', 'CONFORMANT'],
  ['CID000711', 'CONFORMANT'],
  ['CID002557', 'CONFORMANT'],
  ['CID003225', 'CONFORMANT'],
  ['CID002082', 'ACTIVE'],
  ['CID001477', 'ACTIVE'],
  ['CID003275', 'ACTIVE'],
  ['CID003403', 'ACTIVE'],
  ['CID002539', 'NOT_ENROLLED'],
  ['CID000233', 'NOT_ENROLLED'],
];

/** The smelter of the demo joint audit: reported by three companies, no evidence. */
const JOINT_AUDIT_CID = 'CID001105';

/**
 * A small valid PDF (1.4, one A4 page, Helvetica): the title, then the lines,
 * wrapped at 90 characters. Non-ASCII characters become `?`. The xref offsets
 * are computed from the bytes written.
 */
export function demoPdf(title: string, lines: string[]): Buffer {
  const ascii = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '?');
  const esc = (s: string) => ascii(s).replace(/([\\()])/g, '\\$1');
  const wrapped = lines.flatMap((line) => {
    const out: string[] = [];
    let current = '';
    for (const word of line.split(/\s+/)) {
      if (current && current.length + word.length + 1 > 90) {
        out.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    out.push(current);
    return out;
  });
  const content = ['BT', '/F1 15 Tf', '56 780 Td', `(${esc(title)}) Tj`, '/F1 10 Tf', '14 TL', 'T*', ...wrapped.map((l) => `(${esc(l)}) '`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Title (${esc(title)}) /Producer (Common Ground demo seed) >>`,
  ];
  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const day = (daysFromNow: number, now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + daysFromNow * DAY);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The application context the services live in: the seed's database and data directory, no web client. */
async function applicationContext(): Promise<INestApplicationContext> {
  const config: AppConfig = { ...loadConfig({ ...process.env, DATA_DIR: process.env.DATA_DIR || path.join(ROOT, '.data'), WEB_DIST: '' }), webDist: undefined };
  return NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error', 'warn'] });
}

export async function seedSmelters(dataSource: DataSource, now = new Date()): Promise<void> {
  const done = await dataSource.query(
    `SELECT 1 FROM joint_audits j JOIN smelters s ON s.id = j.smelter_id JOIN organizations o ON o.id = j.proposer_organization_id WHERE s.cid = $1 AND o.name = $2 LIMIT 1`,
    [JOINT_AUDIT_CID, COMPANIES.volta.org],
  );
  if (done.length) {
    console.log('Smelter demo data was already there; nothing changed.');
    return;
  }
  const started = Date.now();
  console.log('Smelter demo data: filling the RMI templates and importing them through the services (about a minute) ...');
  const app = await applicationContext();
  try {
    await seedThroughServices(app, now);
    await app.get(SearchSync).drain().catch(() => undefined);
  } finally {
    await app.close();
  }
  console.log(`Smelter demo data loaded in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

async function seedThroughServices(app: INestApplicationContext, now: Date): Promise<void> {
  const dataSource = app.get(DataSource);
  const smelters = app.get(SmelterService);
  const imports = app.get(DeclarationImportService);
  const reviews = app.get(MatchReviewService);
  const audits = app.get(AuditService);
  const joint = app.get(JointAuditService);
  const log = (line: string) => console.log(`  ${line}`);

  // the registry is written at boot (SmeltersModule); make sure, for a database that never booted the API
  await smelters.syncRegistry();

  // ------------------------------------------------------------ actors
  const people: Array<{ org_id: string; org: string; user_id: string; email: string }> = await dataSource.query(
    `SELECT o.id AS org_id, o.name AS org, u.id AS user_id, u.email FROM organizations o JOIN organization_memberships m ON m.organization_id = o.id JOIN users u ON u.id = m.user_id
      WHERE (o.name, u.email) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
    [Object.values(COMPANIES).map((c) => c.org), Object.values(COMPANIES).map((c) => c.email)],
  );
  const byActor = await app.get(SessionService).actorsFor(
    people.map((p) => ({ userId: p.user_id, organizationId: p.org_id })),
    'demo-seed',
  );
  const actors = {} as Record<Company, Actor>;
  for (const [key, c] of Object.entries(COMPANIES) as Array<[Company, (typeof COMPANIES)[Company]]>) {
    const p = people.find((x) => x.org === c.org && x.email === c.email);
    const actor = p && byActor.get(`${p.user_id}:${p.org_id}`);
    if (!actor?.organizationId) throw new Error(`smelters seed: ${c.email} is not a member of ${c.org} (run the base demo seed first)`);
    actors[key] = actor;
  }
  const orgName = (id: string) => people.find((p) => p.org_id === id)?.org ?? id;

  // ------------------------------------------------------------ assessment statuses
  const statusRows: Array<{ cid: string; status: string }> = await dataSource.query(`SELECT cid, status FROM smelters WHERE cid = ANY($1)`, [STATUSES.map(([c]) => c)]);
  const changes = STATUSES.filter(([c, status]) => statusRows.find((r) => r.cid === c)?.status !== status);
  if (changes.length) {
    const asOf = isoDay(day(-30, now));
    await smelters.importStatuses(['cid,status,as_of', ...changes.map(([c, s]) => `${c},${s},${asOf}`)].join('\n'), now);
  }
  log(`assessment statuses (illustrative): ${['CONFORMANT', 'ACTIVE', 'NOT_ENROLLED'].map((s) => `${STATUSES.filter(([, x]) => x === s).length} ${s}`).join(', ')} (${changes.length} changed)`);

  // ------------------------------------------------------------ declarations, through the import pipeline
  const existing: Array<{ organization_id: string; file_name: string }> = await dataSource.query(
    `SELECT organization_id, file_name FROM declaration_imports WHERE state = 'SUCCEEDED' AND file_name = ANY($1)`,
    [FILES.map((f) => f.fileName)],
  );
  const missing = FILES.filter((f) => !existing.some((e) => e.organization_id === actors[f.by].organizationId && e.file_name === f.fileName));
  for (const f of missing) {
    const t0 = Date.now();
    const bytes = await fillDeclarationTemplate({ ...f.spec, effectiveDate: isoDay(day(-f.effectiveDaysAgo, now)) }, { kind: f.kind, language: f.language });
    await imports.accept(actors[f.by], [{ name: f.fileName, stream: Readable.from([bytes]) }]);
    log(`filled ${f.fileName} (${f.kind}${f.language ? `, ${f.language}` : ''}, ${(bytes.length / 1024).toFixed(0)} KiB) in ${Date.now() - t0} ms and queued it`);
  }
  if (missing.length) {
    const t0 = Date.now();
    const ran = await imports.runPending();
    log(`import pipeline ran ${ran} queued import(s) in ${Date.now() - t0} ms`);
  }
  const report: Array<{ org: string; file_name: string; state: string; error: string | null; company_name: string; template: string; revision: string; effective_date: Date; is_current: boolean; issues: number; methods: Record<string, number> | null; in_review: number; unidentified: number }> =
    await dataSource.query(
      `SELECT o.name AS org, i.file_name, i.state, i.error, x.company_name, x.template, x.revision, x.effective_date, x.is_current, jsonb_array_length(x.issues) AS issues,
              (SELECT jsonb_object_agg(m, n) FROM (SELECT d.match_method AS m, count(*) AS n FROM declared_smelters d WHERE d.declaration_id = x.id AND NOT d.unidentified AND d.smelter_id IS NOT NULL GROUP BY 1) g) AS methods,
              (SELECT count(*)::int FROM declared_smelters d WHERE d.declaration_id = x.id AND d.smelter_id IS NULL AND NOT d.unidentified) AS in_review,
              (SELECT count(*)::int FROM declared_smelters d WHERE d.declaration_id = x.id AND d.unidentified) AS unidentified
         FROM declaration_imports i JOIN organizations o ON o.id = i.organization_id LEFT JOIN declarations x ON x.id = i.declaration_id
        WHERE i.file_name = ANY($1) AND i.duplicate_of_import_id IS NULL ORDER BY o.name, i.created_at`,
      [FILES.map((f) => f.fileName)],
    );
  log(`${report.length} supplier declarations imported:`);
  for (const r of report) {
    if (r.state !== 'SUCCEEDED') {
      log(`  ${r.org} ← ${r.file_name}: ${r.state} ${r.error ?? ''}`);
      continue;
    }
    const methods = Object.entries(r.methods ?? {}).map(([m, n]) => `${n} by ${m.toLowerCase()}`);
    log(
      `  ${r.org} ← ${r.company_name}: ${r.template} ${r.revision}, effective ${isoDay(new Date(r.effective_date))}${r.is_current ? '' : ' (superseded)'}; ` +
        `${[...methods, `${r.in_review} in review`, `${r.unidentified} not yet identified`].join(', ')}; ${r.issues} validation issue(s)`,
    );
  }
  if (report.some((r) => r.state !== 'SUCCEEDED')) throw new Error('smelters seed: an import failed (see above)');

  // ------------------------------------------------------------ the review queue: one decision, the rest left open
  const voltaOpen = await reviews.open(actors.volta, 50);
  const msc = voltaOpen.find((r) => r.reportedName === 'Malaysia Smelting Corp.');
  const mscSmelter = await smelters.find(null, JOINT_AUDIT_CID);
  if (msc && mscSmelter) {
    const resolved = await reviews.resolve(actors.volta, msc.id, mscSmelter.id);
    log(`review: ${COMPANIES.volta.org} confirmed "${msc.reportedName}" = ${mscSmelter.name} (${mscSmelter.cid}), ${resolved.rowCount} row(s) matched`);
  }
  const open: Array<{ org: string; reported_name: string }> = await dataSource.query(
    `SELECT o.name AS org, r.reported_name FROM match_reviews r JOIN organizations o ON o.id = r.organization_id WHERE r.resolved_at IS NULL AND o.name = ANY($1) ORDER BY 1, 2`,
    [Object.values(COMPANIES).map((c) => c.org)],
  );
  log(`review queue: ${open.length} open item(s): ${open.map((r) => `"${r.reported_name}" (${r.org})`).join(', ')}`);

  // ------------------------------------------------------------ audits, reports, access requests, access log
  const smelterOf = async (c: string) => {
    const s = await smelters.find(null, c);
    if (!s) throw new Error(`smelters seed: ${c} is not in the registry`);
    return s;
  };
  const [cobaltAlliance] = await dataSource.query(`SELECT id FROM initiatives WHERE name = 'Cobalt Stewardship Alliance'`);
  const auditSpecs = [
    {
      key: 'xiamen',
      by: 'volta' as Company,
      cid: 'CID002082',
      standard: AuditStandard.RMAP,
      type: AuditType.REAUDIT,
      auditor: 'Meridian Assurance Services Ltd.',
      started: -70,
      completed: -62,
      validUntil: 300,
      outcome: 'Conformant with minor findings; corrective actions agreed.',
      summary: 'Re-audit of the tungsten supply chain due diligence: KYC files of two concentrate suppliers incomplete; red-flag review of Rwandan-origin material documented.',
      actions: [
        { description: 'Complete KYC files of the two concentrate suppliers', dueDate: day(30, now), status: 'IN_PROGRESS' },
        { description: 'Publish the annual step-5 report', dueDate: day(-10, now), status: 'CLOSED' },
      ],
      visibility: { level: Visibility.PRIVATE },
      discoverable: true,
    },
    {
      key: 'nikkelverk',
      by: 'nordlicht' as Company,
      cid: 'CID003403',
      standard: AuditStandard.RMAP,
      type: AuditType.INITIAL,
      auditor: 'Baltic Responsible Sourcing Auditors Oy',
      started: -130,
      completed: -120,
      validUntil: 240,
      outcome: 'Conformant.',
      summary: 'Initial cobalt refiner audit against the RMAP Cobalt Refiner Standard; feedstock from the DRC traced to two industrial mines.',
      actions: [],
      visibility: { level: Visibility.ORGANIZATIONS, organizationIds: [actors.volta.organizationId!] },
      discoverable: true,
    },
    {
      key: 'metalkol',
      by: 'pacific' as Company,
      cid: 'CID003275',
      standard: AuditStandard.RMAP,
      type: AuditType.FOLLOW_UP,
      auditor: 'Lualaba Field Verification SARL',
      started: -40,
      completed: -35,
      validUntil: 330,
      outcome: 'Open corrective actions verified as closed.',
      summary: 'Follow-up visit on the tailings reprocessing site: grievance mechanism in place, community liaison staffed.',
      actions: [{ description: 'Translate the grievance procedure into Swahili', dueDate: day(-5, now), status: 'CLOSED' }],
      visibility: { level: Visibility.INITIATIVE, initiativeIds: cobaltAlliance ? [cobaltAlliance.id as string] : [] },
      discoverable: false,
    },
  ];
  const auditIds: Record<string, string> = {};
  const created = new Set<string>();
  for (const a of auditSpecs) {
    const smelter = await smelterOf(a.cid);
    const [found] = await dataSource.query(`SELECT id FROM audits WHERE owner_organization_id = $1 AND smelter_id = $2 AND standard = $3 AND type = $4 LIMIT 1`, [
      actors[a.by].organizationId,
      smelter.id,
      a.standard,
      a.type,
    ]);
    let id = found?.id as string | undefined;
    if (!id) {
      const audit = await audits.create(actors[a.by], {
        smelterId: smelter.id,
        standard: a.standard,
        type: a.type,
        auditor: a.auditor,
        startedOn: day(a.started, now),
        completedOn: day(a.completed, now),
        validUntil: day(a.validUntil, now),
        outcome: a.outcome,
        summary: a.summary,
        correctiveActions: a.actions,
        visibility: a.visibility,
        discoverable: a.discoverable,
      });
      id = audit.id;
      created.add(a.key);
    }
    auditIds[a.key] = id;
    const fileName = `${a.standard}-${a.type.toLowerCase().replace('_', '-')}-report_${smelter.cid}.pdf`;
    if (!(await audits.reports(id)).some((r) => r.fileName === fileName)) {
      const pdf = demoPdf(`${a.standard} ${a.type.toLowerCase().replace('_', '-')} audit report`, [
        `Smelter: ${smelter.name} (${smelter.cid}), ${smelter.country}`,
        `Auditor: ${a.auditor}`,
        `On-site assessment: ${isoDay(day(a.started, now))} to ${isoDay(day(a.completed, now))}; valid until ${isoDay(day(a.validUntil, now))}.`,
        `Audit commissioned by: ${COMPANIES[a.by].org}.`,
        '',
        `Outcome: ${a.outcome}`,
        '',
        `Summary of findings: ${a.summary}`,
        '',
        ...a.actions.map((c, i) => `Corrective action ${i + 1}: ${c.description} (due ${isoDay(c.dueDate)}, ${c.status.toLowerCase().replace('_', ' ')}).`),
        '',
        'Demonstration document generated by the Common Ground demo seed; not a real audit report.',
      ]);
      await audits.addReport(actors[a.by], id, fileName, Readable.from([pdf]));
    }
    const visibility = a.visibility.level === Visibility.ORGANIZATIONS ? `ORGANIZATIONS (${COMPANIES.volta.org})` : a.visibility.level === Visibility.INITIATIVE ? 'INITIATIVE (Cobalt Stewardship Alliance)' : a.visibility.level;
    log(`audit: ${a.standard} ${a.type} of ${smelter.name} (${smelter.cid}) by ${COMPANIES[a.by].org}, ${visibility}${a.discoverable ? ', discoverable' : ', not discoverable'}, with a PDF report`);
  }

  /** A request by `from` for an audit, unless that organization asked already; decided by the owner as given. */
  const request = async (auditKey: string, owner: Company, from: Company, purpose: string, decision?: { approve: boolean; expiresAt?: Date; at?: Date }) => {
    const [exists] = await dataSource.query(`SELECT id FROM audit_access_requests WHERE audit_id = $1 AND requester_organization_id = $2`, [auditIds[auditKey], actors[from].organizationId]);
    if (exists) return { id: exists.id as string, fresh: false };
    const r = await audits.requestAccess(actors[from], auditIds[auditKey], purpose);
    if (decision) await audits.decide(actors[owner], r.id, decision.approve, decision.expiresAt ?? null, decision.at ?? now);
    return { id: r.id, fresh: true };
  };
  const xiamenReport = (await audits.reports(auditIds.xiamen))[0];
  const nikkelverkReport = (await audits.reports(auditIds.nikkelverk))[0];

  await request('xiamen', 'volta', 'pacific', 'Penang Solder Works reports Xiamen Tungsten in its CMRT; we need the audit for our own RMAP due diligence file.');
  const approved = await request('xiamen', 'volta', 'nordlicht', 'Our battery-grade tungsten carbide tooling supplier sources from Xiamen Tungsten; we would rely on this audit instead of commissioning one.', {
    approve: true,
    expiresAt: day(120, now),
  });
  if (approved.fresh) {
    // the approved reader opens the audit and downloads its report: both logged
    await audits.log(dataSource.manager, actors.nordlicht, auditIds.xiamen, null, 'VIEW');
    const got = await audits.download(actors.nordlicht, xiamenReport.id);
    if (got) await buffer(got.stream);
  }
  await request('xiamen', 'volta', 'kivu', 'We trade tin and tungsten concentrates and would like to see the findings of this audit.', { approve: false });
  // an approval that has run out: decided 75 days ago for 60 days, used while it lasted
  const expired = await request('nikkelverk', 'nordlicht', 'pacific', 'Evaluating Glencore Nikkelverk as a cobalt source for our new battery-pack assembly line.', {
    approve: true,
    at: day(-75, now),
    expiresAt: day(-15, now),
  });
  if (expired.fresh) {
    await dataSource.query(`UPDATE audit_access_requests SET created_at = $2 WHERE id = $1`, [expired.id, day(-78, now)]);
    // the log is append-only (no UPDATE): the past download is written with its own time
    await dataSource.query(`INSERT INTO audit_access_log (audit_id, report_id, organization_id, user_id, action, at) VALUES ($1, NULL, $3, $4, 'VIEW', $5), ($1, $2, $3, $4, 'DOWNLOAD', $5)`, [
      auditIds.nikkelverk,
      nikkelverkReport.id,
      actors.pacific.organizationId,
      actors.pacific.userId,
      new Date(day(-70, now).getTime() + 10 * 3_600_000),
    ]);
  }
  if (created.has('nikkelverk')) {
    // Volta reads the audit shared with it by name
    await audits.log(dataSource.manager, actors.volta, auditIds.nikkelverk, null, 'VIEW');
    const got = await audits.download(actors.volta, nikkelverkReport.id);
    if (got) await buffer(got.stream);
  }
  const requests: Array<{ status: string; expires_at: Date | null; org: string; smelter: string }> = await dataSource.query(
    `SELECT r.status, r.expires_at, o.name AS org, s.name AS smelter FROM audit_access_requests r JOIN organizations o ON o.id = r.requester_organization_id
       JOIN audits a ON a.id = r.audit_id JOIN smelters s ON s.id = a.smelter_id WHERE r.audit_id = ANY($1) ORDER BY r.created_at`,
    [Object.values(auditIds)],
  );
  for (const r of requests) {
    const status = r.status === AccessRequestStatus.APPROVED && r.expires_at && new Date(r.expires_at) <= now ? 'EXPIRED' : r.status;
    log(`access request: ${r.org} → audit of ${r.smelter}: ${status}${r.expires_at ? ` (until ${isoDay(new Date(r.expires_at))})` : ''}`);
  }
  const [{ n: logEntries }] = await dataSource.query(`SELECT count(*)::int AS n FROM audit_access_log WHERE audit_id = ANY($1)`, [Object.values(auditIds)]);
  log(`access log: ${logEntries} entries (views and downloads)`);

  // ------------------------------------------------------------ a joint audit with two sponsors
  const target = await smelterOf(JOINT_AUDIT_CID);
  const [openJoint] = await dataSource.query(`SELECT id FROM joint_audits WHERE smelter_id = $1 AND status = 'PROPOSED' LIMIT 1`, [target.id]);
  const jointId = (openJoint?.id as string | undefined) ?? (await joint.propose(actors.volta, target.id, { amountMinor: 1_800_000, currency: 'USD' })).id;
  await joint.join(actors.pacific, jointId);
  const sponsors = await joint.sponsors([jointId]);
  const money = (minor: number | null) => (minor === null ? '—' : `USD ${(minor / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`);
  log(`joint audit of ${target.name} (${target.cid}), estimated ${money(1_800_000)}: sponsors ${sponsors.map((s) => `${orgName(s.organizationId)} ${money(s.shareMinor)}`).join(', ')}`);

  // ------------------------------------------------------------ what coverage shows now
  for (const key of ['volta', 'nordlicht', 'pacific'] as const) {
    const rows = await app.get(CoverageService).summary(actors[key], now);
    log(`coverage of ${COMPANIES[key].org}: ${rows.smelterCount} smelters — ${rows.conformant} conformant, ${rows.withValidSharedAudit} with a valid shared audit, ${rows.withoutEvidence} without evidence`);
  }
}
