// Scale data for the clearinghouse benchmark: 100,000 opportunities written
// straight into PostgreSQL with one INSERT … SELECT over generate_series
// (kinds, statuses, languages, minerals, countries, regions and visibility
// spread like a busy year of the platform, including private ones of other
// organizations), then bulk-added to Meilisearch in batches with the
// indexer's own document builder; and, for the digest run, 10,000 saved
// searches of 1,000 users and 200 opportunities published within the window.
// Deterministic: every choice is a hash of the row number.
import { OPPORTUNITY_INDEXER, opportunityDocument, OpportunityEntity } from '@commonground/api-clearinghouse';
import { SearchEngine, VisibilityPolicy } from '@commonground/api-core';
import { randomBytes } from 'node:crypto';
import { DataSource, In, MoreThan } from 'typeorm';

/** Kinds by weight (out of 100): calls, grants and news are the most common. */
const KIND_WEIGHTS: Array<[string, number]> = [
  ['CALL_FOR_PROPOSALS', 20], ['GRANT', 15], ['NEWS', 15], ['EVENT', 10], ['WEBINAR', 10], ['TENDER', 10], ['REQUEST_FOR_ABSTRACTS', 8], ['FELLOWSHIP', 7], ['DELEGATION', 5],
];
const KINDS_100 = KIND_WEIGHTS.flatMap(([kind, weight]) => Array<string>(weight).fill(kind));
const KIND_LABEL: Record<'en' | 'fr' | 'es', Record<string, string>> = {
  en: { CALL_FOR_PROPOSALS: 'Call for proposals', GRANT: 'Grants', NEWS: 'News', EVENT: 'Forum', WEBINAR: 'Webinar', TENDER: 'Tender', REQUEST_FOR_ABSTRACTS: 'Call for abstracts', FELLOWSHIP: 'Fellowship', DELEGATION: 'Delegation' },
  fr: { CALL_FOR_PROPOSALS: 'Appel à propositions', GRANT: 'Subventions', NEWS: 'Actualité', EVENT: 'Forum', WEBINAR: 'Webinaire', TENDER: 'Appel d’offres', REQUEST_FOR_ABSTRACTS: 'Appel à résumés', FELLOWSHIP: 'Bourse', DELEGATION: 'Délégation' },
  es: { CALL_FOR_PROPOSALS: 'Convocatoria', GRANT: 'Subvenciones', NEWS: 'Noticia', EVENT: 'Foro', WEBINAR: 'Seminario web', TENDER: 'Licitación', REQUEST_FOR_ABSTRACTS: 'Convocatoria de resúmenes', FELLOWSHIP: 'Beca', DELEGATION: 'Delegación' },
};

/** Topics in three languages with their minerals and themes. */
const TOPICS: Array<{ en: string; fr: string; es: string; minerals: string; themes: string }> = [
  { en: 'traceability of tin, tantalum and tungsten', fr: 'traçabilité de l’étain, du tantale et du tungstène', es: 'trazabilidad del estaño, tantalio y tungsteno', minerals: 'tin,tantalum,tungsten', themes: 'traceability' },
  { en: 'formalization of artisanal gold mining', fr: 'formalisation de l’orpaillage artisanal', es: 'formalización de la minería aurífera artesanal', minerals: 'gold', themes: 'formalization,governance' },
  { en: 'mercury-free gold processing', fr: 'traitement de l’or sans mercure', es: 'procesamiento de oro sin mercurio', minerals: 'gold', themes: 'mercury,environment' },
  { en: 'child-labour remediation in cobalt communities', fr: 'remédiation du travail des enfants dans les communautés du cobalt', es: 'remediación del trabajo infantil en comunidades del cobalto', minerals: 'cobalt,copper', themes: 'child-labour,community-engagement' },
  { en: 'cobalt traceability and due diligence', fr: 'traçabilité et devoir de diligence du cobalt', es: 'trazabilidad y debida diligencia del cobalto', minerals: 'cobalt', themes: 'traceability,governance' },
  { en: 'forced labour in mica collection', fr: 'travail forcé dans la collecte du mica', es: 'trabajo forzoso en la recolección de mica', minerals: 'mica', themes: 'forced-labour,child-labour' },
  { en: 'lithium brine extraction and water use', fr: 'extraction de lithium en saumure et usage de l’eau', es: 'extracción de litio en salmuera y uso del agua', minerals: 'lithium', themes: 'environment,indigenous-peoples' },
  { en: 'community grievance mechanisms at mine sites', fr: 'mécanismes de réclamation communautaires sur les sites miniers', es: 'mecanismos de reclamación comunitarios en sitios mineros', minerals: 'gold,cobalt,tin', themes: 'grievance-mechanisms,community-engagement' },
  { en: 'women in artisanal mining leadership', fr: 'leadership des femmes dans l’exploitation minière artisanale', es: 'liderazgo de las mujeres en la minería artesanal', minerals: 'gold,tin', themes: 'gender' },
  { en: 'access to finance for mining cooperatives', fr: 'accès au financement des coopératives minières', es: 'acceso a la financiación para cooperativas mineras', minerals: 'gold,tin', themes: 'access-to-finance,formalization' },
  { en: 'security and human rights around mines', fr: 'sécurité et droits humains autour des mines', es: 'seguridad y derechos humanos en torno a las minas', minerals: 'gold,tin,tantalum', themes: 'security-and-human-rights' },
  { en: 'OECD due diligence for downstream companies', fr: 'devoir de diligence OCDE pour les entreprises en aval', es: 'debida diligencia OCDE para empresas aguas abajo', minerals: 'tin,tantalum,tungsten,gold', themes: 'governance,traceability' },
  { en: 'rehabilitation of abandoned artisanal pits', fr: 'réhabilitation des puits artisanaux abandonnés', es: 'rehabilitación de pozos artesanales abandonados', minerals: 'gold,tin', themes: 'environment,land-rights' },
  { en: 'graphite and nickel supply chain risks', fr: 'risques des chaînes d’approvisionnement du graphite et du nickel', es: 'riesgos en las cadenas de suministro de grafito y níquel', minerals: 'graphite,nickel', themes: 'traceability,environment' },
  { en: 'health and safety of artisanal miners', fr: 'santé et sécurité des creuseurs artisanaux', es: 'salud y seguridad de los mineros artesanales', minerals: 'gold,cobalt,tin', themes: 'health-and-safety' },
  { en: 'copper mining and indigenous land rights', fr: 'mines de cuivre et droits fonciers autochtones', es: 'minería de cobre y derechos territoriales indígenas', minerals: 'copper', themes: 'land-rights,indigenous-peoples' },
];

/** Places: country, its name, its (sub-)region and a time zone. */
const PLACES: Array<{ country: string; name: string; region: string; zone: string }> = [
  { country: 'CD', name: 'South Kivu', region: '017', zone: 'Africa/Lubumbashi' },
  { country: 'CD', name: 'Lualaba', region: '017', zone: 'Africa/Lubumbashi' },
  { country: 'CD', name: 'Kinshasa', region: '017', zone: 'Africa/Kinshasa' },
  { country: 'RW', name: 'Rwanda', region: '014', zone: 'Africa/Kigali' },
  { country: 'UG', name: 'Uganda', region: '014', zone: 'Africa/Kampala' },
  { country: 'BI', name: 'Burundi', region: '014', zone: 'Africa/Bujumbura' },
  { country: 'GH', name: 'Ghana', region: '011', zone: 'Africa/Accra' },
  { country: 'BF', name: 'Burkina Faso', region: '011', zone: 'Africa/Ouagadougou' },
  { country: 'ZM', name: 'Zambia', region: '014', zone: 'Africa/Lusaka' },
  { country: 'MG', name: 'Madagascar', region: '014', zone: 'Indian/Antananarivo' },
  { country: 'PE', name: 'Puno', region: '005', zone: 'America/Lima' },
  { country: 'PE', name: 'Madre de Dios', region: '005', zone: 'America/Lima' },
  { country: 'BO', name: 'Potosí', region: '005', zone: 'America/La_Paz' },
  { country: 'CO', name: 'Antioquia', region: '005', zone: 'America/Bogota' },
  { country: 'CL', name: 'Atacama', region: '005', zone: 'America/Santiago' },
  { country: 'IN', name: 'Jharkhand', region: '034', zone: 'Asia/Kolkata' },
  { country: 'ID', name: 'Bangka-Belitung', region: '035', zone: 'Asia/Jakarta' },
  { country: 'MM', name: 'Kachin State', region: '035', zone: 'Asia/Yangon' },
  { country: 'BE', name: 'Brussels', region: '155', zone: 'Europe/Brussels' },
  { country: 'DE', name: 'Berlin', region: '155', zone: 'Europe/Berlin' },
];

export interface ClearinghouseScale {
  opportunities: number;
  published: number;
  seedMs: number;
  indexMs: number;
  indexName: string;
}

/**
 * Inserts `count` opportunities owned by the organizations whose slug starts
 * with `ownerPrefix` (the scale data's 500), then indexes them in Meilisearch.
 */
export async function seedClearinghouseScale(
  dataSource: DataSource,
  engine: SearchEngine,
  policy: VisibilityPolicy,
  options: { count?: number; ownerPrefix?: string; log?: (line: string) => void } = {},
): Promise<ClearinghouseScale> {
  const count = options.count ?? 100_000;
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  const owners: Array<{ id: string }> = await dataSource.query(`SELECT id FROM organizations WHERE slug LIKE $1 || '-organization-%' ORDER BY slug`, [options.ownerPrefix ?? 'bench']);
  const initiatives: Array<{ id: string }> = await dataSource.query(`SELECT id FROM initiatives WHERE slug LIKE $1 || '-initiative-%' ORDER BY slug`, [options.ownerPrefix ?? 'bench']);
  if (!owners.length || !initiatives.length) throw new Error('clearinghouse scale data needs the scale organizations and initiatives first');
  const T = (lang: 'en' | 'fr' | 'es') => TOPICS.map((t) => t[lang]);
  const K = (lang: 'en' | 'fr' | 'es') => KIND_WEIGHTS.map(([kind]) => KIND_LABEL[lang][kind]);
  const CHUNK = 25_000;
  for (let from = 1; from <= count; from += CHUNK) {
    const to = Math.min(count, from + CHUNK - 1);
    await dataSource.query(
      `WITH g AS (
         SELECT n,
                abs(hashint4(n)) AS h1, abs(hashint4(n + 1000003)) AS h2, abs(hashint4(n * 7 + 17)) AS h3, abs(hashint4(n * 13 + 5)) AS h4, abs(hashint4(n * 31 + 11)) AS h5
           FROM generate_series($1::int, $2::int) AS n
       ), c AS (
         SELECT g.*,
                ($3::text[])[1 + h1 % 100] AS kind,
                CASE WHEN h2 % 100 < 74 THEN 'PUBLISHED' WHEN h2 % 100 < 89 THEN 'CLOSED' WHEN h2 % 100 < 93 THEN 'ARCHIVED' WHEN h2 % 100 < 97 THEN 'SCHEDULED' ELSE 'DRAFT' END AS status,
                CASE WHEN (h2 / 100) % 100 < 60 THEN 'en' WHEN (h2 / 100) % 100 < 85 THEN 'fr' ELSE 'es' END AS lang,
                (h3 / 100) % 10 < 3 AS translated,
                1 + h4 % cardinality($4::text[]) AS topic,
                1 + (h4 / 100) % cardinality($7::text[]) AS place,
                1 + (h5 / 1000) % cardinality($7::text[]) AS place2,
                h3 % 100 AS vis,
                (h1 / 100) % cardinality($10::uuid[]) + 1 AS owner
           FROM g
       ), d AS (
         SELECT c.*,
                array_position($13::text[], kind) AS k,
                CASE WHEN status IN ('CLOSED', 'ARCHIVED') THEN 70 + h4 % 200 ELSE 8 + h4 % 262 END AS published_days_ago
           FROM c
       ), e AS (
         SELECT d.*,
                CASE lang WHEN 'en' THEN ($14::text[])[k] || ': ' || ($4::text[])[topic] || ' — ' || ($8::text[])[place]
                          WHEN 'fr' THEN ($15::text[])[k] || ' : ' || ($5::text[])[topic] || ' — ' || ($8::text[])[place]
                          ELSE ($16::text[])[k] || ': ' || ($6::text[])[topic] || ' — ' || ($8::text[])[place] END AS title,
                CASE WHEN status = 'PUBLISHED' OR status = 'CLOSED' OR status = 'ARCHIVED' THEN now() - make_interval(days => published_days_ago, mins => h5 % 1440) END AS published_at,
                CASE WHEN status = 'SCHEDULED' THEN now() + make_interval(days => 1 + h5 % 60) END AS publish_at
           FROM d
       ), f AS (
         SELECT e.*,
                CASE WHEN kind = 'NEWS' THEN NULL
                     WHEN status = 'PUBLISHED' THEN now() + make_interval(days => 1 + h5 % 120, mins => h4 % 1440)
                     WHEN status IN ('CLOSED', 'ARCHIVED') THEN published_at + make_interval(days => 20 + h5 % 40)
                     WHEN status = 'SCHEDULED' THEN publish_at + make_interval(days => 30 + h5 % 30)
                     ELSE now() + make_interval(days => 60) END AS deadline
           FROM e
       )
       INSERT INTO opportunities (kind, status, owner_organization_id, texts, opens_at, deadline, time_zone, starts_at, ends_at,
                                  amount_min_minor, amount_max_minor, currency, eligible_kinds, countries, regions, minerals, themes, links,
                                  seat_limit, publish_at, published_at, closed_at, archived_at, created_at, updated_at,
                                  visibility, visibility_initiative_ids, visibility_organization_ids)
       SELECT kind::opportunity_kind, status::opportunity_status, ($10::uuid[])[owner],
              jsonb_build_array(jsonb_build_object('language', lang, 'title', title, 'isOriginal', true,
                   'summary', title || '. ' || ($17::text[])[1 + h1 % cardinality($17::text[])],
                   'body', title || '. ' || ($17::text[])[1 + h1 % cardinality($17::text[])] || ' ' || ($17::text[])[1 + h2 % cardinality($17::text[])] || ' Reference ' || n || '.'))
                || CASE WHEN translated THEN jsonb_build_array(jsonb_build_object(
                     'language', CASE WHEN lang = 'en' THEN 'fr' ELSE 'en' END,
                     'title', CASE WHEN lang = 'en' THEN ($15::text[])[k] || ' : ' || ($5::text[])[topic] ELSE ($14::text[])[k] || ': ' || ($4::text[])[topic] END || ' — ' || ($8::text[])[place],
                     'summary', NULL, 'body', NULL, 'isOriginal', false)) ELSE '[]'::jsonb END,
              CASE WHEN kind = 'NEWS' THEN NULL ELSE coalesce(published_at, publish_at) END,
              deadline,
              ($9::text[])[place],
              CASE WHEN kind IN ('EVENT', 'WEBINAR', 'DELEGATION') THEN deadline + interval '3 days' END,
              CASE WHEN kind IN ('EVENT', 'WEBINAR', 'DELEGATION') THEN deadline + interval '4 days' END,
              CASE WHEN kind IN ('CALL_FOR_PROPOSALS', 'GRANT', 'TENDER', 'FELLOWSHIP') THEN (1 + h5 % 50) * 1000000::bigint END,
              CASE WHEN kind IN ('CALL_FOR_PROPOSALS', 'GRANT', 'TENDER', 'FELLOWSHIP') THEN (1 + h5 % 50) * 1000000::bigint * (2 + h4 % 4) END,
              CASE WHEN kind IN ('CALL_FOR_PROPOSALS', 'GRANT', 'TENDER', 'FELLOWSHIP') THEN (ARRAY['USD', 'EUR', 'GBP', 'CHF', 'USD', 'EUR'])[1 + h3 % 6] END,
              CASE WHEN kind IN ('CALL_FOR_PROPOSALS', 'GRANT') THEN ARRAY['CIVIL_SOCIETY', 'RESEARCH'] ELSE '{}' END,
              CASE WHEN place2 <> place AND h5 % 4 = 0 THEN ARRAY[($7::text[])[place], ($7::text[])[place2]] ELSE ARRAY[($7::text[])[place]] END,
              CASE WHEN h1 % 20 = 0 THEN ARRAY['002'] WHEN h1 % 10 < 3 THEN ARRAY[($11::text[])[place]] ELSE '{}' END,
              string_to_array(($12::text[])[topic], ','),
              string_to_array(($18::text[])[topic], ','),
              ARRAY['https://example.org/opportunities/' || n],
              CASE WHEN kind IN ('EVENT', 'WEBINAR', 'DELEGATION') THEN 20 + h5 % 480 END,
              publish_at, published_at,
              CASE WHEN status IN ('CLOSED', 'ARCHIVED') THEN deadline END,
              CASE WHEN status = 'ARCHIVED' THEN deadline + interval '30 days' END,
              coalesce(published_at, now()) - interval '2 days', coalesce(published_at, now()),
              (CASE WHEN vis < 80 THEN 'PUBLIC' WHEN vis < 90 THEN 'PLATFORM' WHEN vis < 95 THEN 'INITIATIVE' WHEN vis < 98 THEN 'ORGANIZATIONS' ELSE 'PRIVATE' END)::visibility,
              CASE WHEN vis >= 90 AND vis < 95 THEN ARRAY[($19::uuid[])[1 + h4 % cardinality($19::uuid[])]] ELSE '{}' END,
              CASE WHEN vis >= 95 AND vis < 98 THEN ARRAY[($10::uuid[])[1 + h2 % cardinality($10::uuid[])]] ELSE '{}' END
         FROM f`,
      [
        from, to, KINDS_100,
        T('en'), T('fr'), T('es'),
        PLACES.map((p) => p.country), PLACES.map((p) => p.name), PLACES.map((p) => p.zone),
        owners.map((o) => o.id), PLACES.map((p) => p.region), TOPICS.map((t) => t.minerals),
        KIND_WEIGHTS.map(([kind]) => kind), K('en'), K('fr'), K('es'),
        SENTENCES, TOPICS.map((t) => t.themes), initiatives.map((i) => i.id),
      ],
    );
    log(`  opportunities ${from}–${to} inserted (${Date.now() - started} ms)`);
  }
  await dataSource.query('ANALYZE opportunities');
  const seedMs = Date.now() - started;

  const indexStarted = Date.now();
  const indexName = await indexAll(dataSource, engine, policy, log);
  const [{ n, published }] = await dataSource.query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'PUBLISHED')::int AS published FROM opportunities`);
  return { opportunities: n, published, seedMs, indexMs: Date.now() - indexStarted, indexName };
}

const SENTENCES = [
  'Applicants work with local organizations and report on clear indicators.',
  'The programme follows the OECD Due Diligence Guidance for responsible supply chains of minerals from conflict-affected and high-risk areas.',
  'Priority goes to proposals that involve miners, cooperatives and communities in the design.',
  'Budgets include monitoring and evaluation and a plan for what continues after the grant.',
  'Consortia of civil society, research institutes and companies are welcome.',
  'Results are shared openly with the members of the initiative and the public.',
];

/** Bulk-adds every opportunity (or those given) to the index, in batches, and waits until Meilisearch has indexed them. */
export async function indexAll(dataSource: DataSource, engine: SearchEngine, policy: VisibilityPolicy, log: (line: string) => void = () => undefined, ids?: string[]): Promise<string> {
  const indexer = engine.indexer(OPPORTUNITY_INDEXER)!;
  await engine.ensureIndex(indexer);
  const indexName = engine.indexName(indexer);
  const index = engine.meili.index(indexName);
  const names = new Map<string, string>(
    (await dataSource.query(`SELECT id, name FROM organizations WHERE id IN (SELECT DISTINCT owner_organization_id FROM opportunities)`)).map((r: { id: string; name: string }) => [r.id, r.name]),
  );
  const repo = dataSource.getRepository(OpportunityEntity);
  const BATCH = 5_000;
  const tasks: number[] = [];
  let last = '00000000-0000-0000-0000-000000000000';
  let sent = 0;
  for (;;) {
    const rows = ids ? await repo.findBy({ id: In(ids.slice(sent, sent + BATCH)) }) : await repo.find({ where: { id: MoreThan(last) }, order: { id: 'ASC' }, take: BATCH });
    if (!rows.length) break;
    const documents = rows.map((o) => opportunityDocument(o, names.get(o.ownerOrganizationId) ?? '', [], policy));
    const task = await index.addDocuments(documents, { primaryKey: 'id' });
    tasks.push(task.taskUid);
    sent += rows.length;
    last = rows[rows.length - 1].id;
    if (ids && sent >= ids.length) break;
  }
  log(`  ${sent} documents sent to Meilisearch in ${tasks.length} batches; waiting for indexing ...`);
  const done = await engine.meili.tasks.waitForTasks(tasks, { timeout: 15 * 60_000, interval: 250 });
  const failed = done.find((t) => t.status !== 'succeeded');
  if (failed) throw new Error(`Meilisearch task ${failed.uid} ${failed.status}: ${failed.error?.message}`);
  return indexName;
}

// ---------------------------------------------------------------- digests

export interface DigestSetup {
  users: number;
  savedSearches: number;
  withText: number;
  newOpportunities: number;
  milliseconds: number;
}

/**
 * 1,000 users (members of the scale organizations), 10 saved searches each
 * with varied filters (a fifth with search text), due now; and 200
 * opportunities published in the last 23 hours, indexed.
 */
export async function seedDigestScale(dataSource: DataSource, engine: SearchEngine, policy: VisibilityPolicy, now: Date, options: { users?: number; perUser?: number; fresh?: number } = {}): Promise<DigestSetup> {
  const users = options.users ?? 1_000;
  const perUser = options.perUser ?? 10;
  const fresh = options.fresh ?? 200;
  const started = Date.now();
  const owners: Array<{ id: string }> = await dataSource.query(`SELECT id FROM organizations WHERE slug LIKE 'bench-organization-%' ORDER BY slug`);
  await dataSource.query(
    `WITH u AS (
       INSERT INTO users (name, email, password_hash, locale)
       SELECT 'Alert Reader ' || n, 'alert-reader-' || n || '@bench.example.org', 'not-a-hash', (ARRAY['en', 'fr', 'es'])[1 + n % 3]
         FROM generate_series(1, $1::int) AS n
       RETURNING id, email
     )
     INSERT INTO organization_memberships (user_id, organization_id, role)
     SELECT u.id, ($2::uuid[])[1 + (substring(u.email from 'alert-reader-([0-9]+)@')::int % cardinality($2::uuid[]))], 'MEMBER' FROM u`,
    [users, owners.map((o) => o.id)],
  );
  const readers: Array<{ id: string; organization_id: string }> = await dataSource.query(
    `SELECT u.id, m.organization_id FROM users u JOIN organization_memberships m ON m.user_id = u.id WHERE u.email LIKE 'alert-reader-%@bench.example.org' ORDER BY u.email`,
  );
  const minerals = ['tin', 'tantalum', 'tungsten', 'gold', 'cobalt', 'copper', 'graphite', 'lithium', 'mica', 'nickel'];
  const themes = ['traceability', 'formalization', 'mercury', 'child-labour', 'forced-labour', 'environment', 'gender', 'grievance-mechanisms', 'health-and-safety', 'governance'];
  const countries = PLACES.map((p) => p.country);
  const regions = ['002', '017', '014', '005', '419', '035'];
  const kinds = ['CALL_FOR_PROPOSALS', 'GRANT', 'TENDER', 'FELLOWSHIP', 'EVENT', 'WEBINAR'];
  const texts = ['traceability', 'mercury', 'child labour', 'grievance', 'cooperatives', 'due diligence', 'formalización', 'traçabilité'];
  const rows: Array<{ userId: string; organizationId: string; name: string; filter: Record<string, unknown>; frequency: string; lastDigestAt: Date }> = [];
  let i = 0;
  for (const reader of readers) {
    for (let k = 0; k < perUser; k++, i++) {
      const filter: Record<string, unknown> = {};
      const shape = i % 5;
      if (shape === 0 || shape === 3) filter.minerals = [minerals[i % minerals.length]];
      if (shape === 0 || shape === 2) filter.countries = [countries[(i * 7) % countries.length]];
      if (shape === 1) filter.themes = [themes[i % themes.length], themes[(i * 3) % themes.length]];
      if (shape === 2) filter.kinds = [kinds[i % kinds.length]];
      if (shape === 3) filter.regions = [regions[i % regions.length]];
      if (i % 5 === 4) filter.query = texts[i % texts.length];
      if (i % 5 === 4 && i % 2 === 0) filter.minerals = [minerals[(i * 3) % minerals.length]];
      // most daily, some weekly, a few instant; all due now
      const frequency = i % 10 < 7 ? 'DAILY' : i % 10 < 9 ? 'WEEKLY' : 'INSTANT';
      const lastDigestAt = new Date(now.getTime() - (frequency === 'DAILY' ? 86_400_000 + 600_000 : frequency === 'WEEKLY' ? 7 * 86_400_000 + 600_000 : 23 * 3_600_000));
      rows.push({ userId: reader.id, organizationId: reader.organization_id, name: `Saved search ${k + 1}`, filter, frequency, lastDigestAt });
    }
  }
  for (let s = 0; s < rows.length; s += 2_000) {
    const chunk = rows.slice(s, s + 2_000);
    await dataSource.query(
      `INSERT INTO saved_searches (user_id, organization_id, name, filter, frequency, last_digest_at, unsubscribe_token)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::jsonb[], $5::digest_frequency[], $6::timestamptz[], $7::text[])`,
      [
        chunk.map((r) => r.userId),
        chunk.map((r) => r.organizationId),
        chunk.map((r) => r.name),
        chunk.map((r) => JSON.stringify(r.filter)),
        chunk.map((r) => r.frequency),
        chunk.map((r) => r.lastDigestAt),
        chunk.map(() => randomBytes(24).toString('base64url')),
      ],
    );
  }
  // 200 opportunities published during the last 23 hours (inside every due window), public
  const created: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO opportunities (kind, status, owner_organization_id, texts, opens_at, deadline, time_zone, countries, regions, minerals, themes, published_at, visibility)
     SELECT ($1::text[])[1 + n % cardinality($1::text[])]::opportunity_kind, 'PUBLISHED', ($2::uuid[])[1 + n % cardinality($2::uuid[])],
            jsonb_build_array(jsonb_build_object('language', 'en', 'isOriginal', true,
              'title', 'New ' || lower(replace(($1::text[])[1 + n % cardinality($1::text[])], '_', ' ')) || ' on ' || ($3::text[])[1 + n % cardinality($3::text[])] || ' ' || n,
              'summary', 'Fresh opportunity about ' || ($3::text[])[1 + n % cardinality($3::text[])] || ' for cooperatives, with due diligence and traceability requirements.', 'body', NULL)),
            $5::timestamptz - make_interval(hours => 1 + n % 20), $5::timestamptz + make_interval(days => 10 + n % 50), 'Europe/Brussels',
            ARRAY[($4::text[])[1 + n % cardinality($4::text[])]],
            CASE WHEN n % 4 = 0 THEN ARRAY['017'] ELSE '{}' END,
            ARRAY[($6::text[])[1 + n % cardinality($6::text[])], ($6::text[])[1 + (n * 3) % cardinality($6::text[])]],
            ARRAY[($7::text[])[1 + n % cardinality($7::text[])]],
            $5::timestamptz - make_interval(mins => 5 + (n * 97) % (22 * 60)), 'PUBLIC'
       FROM generate_series(1, $8::int) AS n
     RETURNING id`,
    [kinds, owners.map((o) => o.id), texts, countries, now, minerals, themes, fresh],
  );
  await indexAll(dataSource, engine, policy, () => undefined, created.map((c) => c.id));
  return { users: readers.length, savedSearches: rows.length, withText: rows.filter((r) => r.filter.query).length, newOpportunities: created.length, milliseconds: Date.now() - started };
}
