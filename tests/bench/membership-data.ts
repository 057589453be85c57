// Scale data for the membership benchmark (named to sort after the directory
// benchmark's organizations): one initiative with 2,000 member
// organizations in four tiers, and the benchmark viewer's organization with
// two tier periods this year (a move mid-year), so its dues statement has
// two pro-rated lines.
import { splitPool } from '@commonground/api-membership';
import { DataSource } from 'typeorm';

export async function seedMembershipScale(dataSource: DataSource, viewerOrganizationId: string, members = 2000): Promise<{ initiativeId: string; milliseconds: number }> {
  const started = Date.now();
  const [{ id: secretariatId }] = await dataSource.query(
    `INSERT INTO organizations (name, slug, kind) VALUES ('Bench Secretariat', 'bench-secretariat', 'SECRETARIAT') RETURNING id`,
  );
  const [{ id: initiativeId }] = await dataSource.query(
    `INSERT INTO initiatives (name, slug, secretariat_organization_id) VALUES ('Bench Membership Initiative', 'bench-membership-initiative', $1) RETURNING id`,
    [secretariatId],
  );
  const tiers: string[] = [];
  for (const [name, fee, weight] of [['Platinum', 2_000_000, 4], ['Gold', 1_000_000, 2], ['Silver', 400_000, 1], ['Bronze', 100_000, 0.5]] as const) {
    const [{ id }] = await dataSource.query(
      `INSERT INTO tiers (initiative_id, name, annual_fee_minor, currency, weight) VALUES ($1, $2, $3, 'EUR', $4) RETURNING id`,
      [initiativeId, name, fee, weight],
    );
    tiers.push(id);
  }
  await dataSource.query(
    `WITH orgs AS (
       INSERT INTO organizations (name, slug, kind)
       SELECT 'ZZ Tier Member ' || n, 'zz-tier-member-' || n, 'COMPANY' FROM generate_series(1, $1) AS n
       RETURNING id
     ), numbered AS (SELECT id, row_number() OVER () AS n FROM orgs)
     INSERT INTO tier_memberships (initiative_id, organization_id, tier_id, status, since, decided_at)
     SELECT $2, id, (CAST($3 AS uuid[]))[1 + (n % 4)], 'APPROVED', date_trunc('year', now()), date_trunc('year', now()) FROM numbered`,
    [members, initiativeId, tiers],
  );
  await dataSource.query(
    `INSERT INTO tier_memberships (initiative_id, organization_id, tier_id, status, since, until, decided_at)
     VALUES ($1, $2, $3, 'APPROVED', date_trunc('year', now()), date_trunc('year', now()) + interval '5 months', now()),
            ($1, $2, $4, 'APPROVED', date_trunc('year', now()) + interval '5 months', NULL, now())`,
    [initiativeId, viewerOrganizationId, tiers[2], tiers[1]],
  );
  return { initiativeId, milliseconds: Date.now() - started };
}

/** Time to split one pool among `participants` with a mix of weights and caps (median of runs). */
export function timeSplit(participants = 5000, runs = 15): { medianMs: number; uncovered: number } {
  const list = Array.from({ length: participants }, (_, i) => ({
    id: `org-${String(i).padStart(5, '0')}`,
    weight: [4, 2, 1, 0.5][i % 4],
    capAmount: i % 4 === 3 ? 20_000 : null,
    capPercent: i % 4 === 2 ? 0.05 : null,
  }));
  const times: number[] = [];
  let uncovered = 0;
  for (let r = 0; r < runs; r++) {
    const t = process.hrtime.bigint();
    uncovered = splitPool(250_000_000, list).uncovered;
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)], uncovered };
}
