// Scale data for benchmarks, written straight into PostgreSQL (no GraphQL, no
// search outbox) so that hundreds of rows take well under a second.
// Deterministic: the same options always give the same rows, and running it
// twice adds nothing (every insert skips rows that already exist).
import { DataSource } from 'typeorm';

export interface ScaleDataOptions {
  /** Organizations to create; the first `initiatives` of them are the secretariats. */
  organizations?: number;
  /** Initiatives to create (at most `organizations`). */
  initiatives?: number;
  /** Prefix of every name and slug, so that several seeds can coexist. */
  prefix?: string;
}

export interface ScaleData {
  organizations: number;
  initiatives: number;
  /** initiative_members rows: each organization belongs to 1, 2 or 3 initiatives. */
  memberships: number;
  activeMemberships: number;
  milliseconds: number;
}

const KINDS = ['COMPANY', 'DONOR', 'CIVIL_SOCIETY', 'GOVERNMENT', 'SMELTER_REFINER', 'RESEARCH', 'OTHER'];
const COUNTRIES = ['DE', 'FR', 'GB', 'US', 'CD', 'RW', 'BR', 'CN', 'IN', 'ZA', 'AU', 'CA', 'CL', 'PE', 'ID', 'NL'];
const SIZE_BANDS = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'];

/**
 * Seeds organizations, initiatives and initiative memberships.
 * Organization i (1-based) belongs to 1 + (i mod 3) initiatives: numbers
 * (i + 7k) mod n for k = 0, 1, 2, which are distinct for n = 20. Every fifth
 * membership is APPLIED, the others ACTIVE.
 */
export async function seedScaleData(dataSource: DataSource, options: ScaleDataOptions = {}): Promise<ScaleData> {
  const organizations = options.organizations ?? 500;
  const initiatives = Math.min(options.initiatives ?? 20, organizations);
  const prefix = options.prefix ?? 'bench';
  if (!/^[a-z0-9-]+$/.test(prefix)) throw new Error(`scale data: the prefix must be a lowercase slug, got "${prefix}"`);
  if (organizations < 1 || initiatives < 1) throw new Error('scale data: needs at least one organization and one initiative');
  const started = Date.now();
  const label = prefix.charAt(0).toUpperCase() + prefix.slice(1);

  await dataSource.transaction(async (manager) => {
    // organizations 1..initiatives are secretariats, the others cycle through the other kinds
    await manager.query(
      `INSERT INTO organizations (name, slug, kind, country, size_band, website, verified)
       SELECT $1 || ' Organization ' || lpad(i::text, 5, '0'),
              $2 || '-organization-' || lpad(i::text, 5, '0'),
              (CASE WHEN i <= $4 THEN 'SECRETARIAT' ELSE ($5::text[])[1 + i % cardinality($5::text[])] END)::organization_kind,
              ($6::text[])[1 + i % cardinality($6::text[])],
              ($7::text[])[1 + i % cardinality($7::text[])]::size_band,
              'https://' || $2 || '-' || i || '.example.org',
              i % 4 = 0
       FROM generate_series(1, $3::int) AS i
       ON CONFLICT (slug) DO NOTHING`,
      [label, prefix, organizations, initiatives, KINDS, COUNTRIES, SIZE_BANDS],
    );
    await manager.query(
      `INSERT INTO initiatives (name, slug, description, secretariat_organization_id)
       SELECT $1 || ' Initiative ' || lpad(i::text, 3, '0'),
              $2 || '-initiative-' || lpad(i::text, 3, '0'),
              'A responsible-minerals initiative seeded for benchmarks.',
              o.id
       FROM generate_series(1, $3::int) AS i
       JOIN organizations o ON o.slug = $2 || '-organization-' || lpad(i::text, 5, '0')
       ON CONFLICT (slug) DO NOTHING`,
      [label, prefix, initiatives],
    );
    await manager.query(
      `INSERT INTO initiative_members (initiative_id, organization_id, status, applied_at, joined_at)
       SELECT ini.id, o.id,
              (CASE WHEN (i + k) % 5 = 0 THEN 'APPLIED' ELSE 'ACTIVE' END)::initiative_membership_status,
              now() - make_interval(days => 30 + i % 300),
              CASE WHEN (i + k) % 5 = 0 THEN NULL ELSE now() - make_interval(days => i % 300) END
       FROM generate_series(1, $2::int) AS i
       CROSS JOIN generate_series(0, 2) AS k
       JOIN organizations o ON o.slug = $1 || '-organization-' || lpad(i::text, 5, '0')
       JOIN initiatives ini ON ini.slug = $1 || '-initiative-' || lpad((1 + (i + 7 * k) % $3::int)::text, 3, '0')
       WHERE k <= i % 3
       ON CONFLICT (initiative_id, organization_id) DO NOTHING`,
      [prefix, organizations, initiatives],
    );
  });
  // fresh statistics, as autovacuum would eventually give, so that plans are stable
  await dataSource.query('ANALYZE organizations, initiatives, initiative_members');

  const [counts] = (await dataSource.query(
    `SELECT (SELECT count(*) FROM organizations WHERE slug LIKE $1 || '-organization-%')::int AS organizations,
            (SELECT count(*) FROM initiatives WHERE slug LIKE $1 || '-initiative-%')::int AS initiatives,
            (SELECT count(*) FROM initiative_members m JOIN initiatives i ON i.id = m.initiative_id WHERE i.slug LIKE $1 || '-initiative-%')::int AS memberships,
            (SELECT count(*) FROM initiative_members m JOIN initiatives i ON i.id = m.initiative_id WHERE i.slug LIKE $1 || '-initiative-%' AND m.status = 'ACTIVE')::int AS "activeMemberships"`,
    [prefix],
  )) as Array<Omit<ScaleData, 'milliseconds'>>;
  return { ...counts, milliseconds: Date.now() - started };
}
