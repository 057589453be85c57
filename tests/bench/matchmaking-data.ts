// Scale data for the matchmaking benchmark: 20,000 projects and 1,000 donor
// profiles spread over real themes, minerals and countries.
import { DataSource } from 'typeorm';

const THEMES = ['formalization', 'traceability', 'child-labour', 'forced-labour', 'mercury', 'environment', 'gender', 'access-to-finance', 'governance', 'community-engagement', 'grievance-mechanisms', 'security-and-human-rights'];
const MINERALS = ['tin', 'tantalum', 'tungsten', 'gold', 'cobalt', 'copper', 'graphite', 'lithium', 'mica', 'nickel'];
const COUNTRIES = ['CD', 'RW', 'PE', 'BO', 'CO', 'GH', 'ID', 'IN', 'MG', 'ZM', 'UG', 'BI', 'TZ', 'MM', 'BR'];
const REGIONS = ['002', '017', '202', '419', '005', '035', '034', '014'];

export async function seedMatchmakingScale(dataSource: DataSource, projects = 20_000, donors = 1_000) {
  const started = Date.now();
  const [{ id: applicantId }] = await dataSource.query(`INSERT INTO organizations (name, slug, kind) VALUES ('Bench Applicant', 'bench-applicant', 'CIVIL_SOCIETY') RETURNING id`);
  await dataSource.query(
    `INSERT INTO projects (title, summary, owner_organization_id, countries, minerals, themes, stage, budget_minor, currency, consent_to_referral, visibility)
     SELECT 'Bench project ' || n, 'A project of the benchmark seed number ' || n, $1,
            ARRAY[($2::text[])[1 + n % 15], ($2::text[])[1 + (n * 7) % 15]],
            ARRAY[($3::text[])[1 + n % 10]],
            ARRAY[($4::text[])[1 + n % 12], ($4::text[])[1 + (n * 5) % 12]],
            (ARRAY['CONCEPT', 'PROPOSAL', 'ONGOING'])[1 + n % 3]::project_stage,
            (10 + n % 90) * 1000000, (ARRAY['EUR', 'USD', 'GBP'])[1 + n % 3], n % 4 <> 0, 'PLATFORM'
       FROM generate_series(1, $5) AS n`,
    [applicantId, COUNTRIES, MINERALS, THEMES, projects],
  );
  await dataSource.query(
    `WITH orgs AS (
       INSERT INTO organizations (name, slug, kind) SELECT 'Bench Donor ' || n, 'bench-donor-' || n, 'DONOR' FROM generate_series(1, $1) AS n RETURNING id
     ), numbered AS (SELECT id, row_number() OVER () AS n FROM orgs)
     INSERT INTO donor_profiles (organization_id, themes, minerals, countries, regions, ticket_min_minor, ticket_max_minor, ticket_currency, stages, open_to_co_funding)
     SELECT id,
            jsonb_build_array(jsonb_build_object('value', ($2::text[])[1 + n % 12], 'weight', 1), jsonb_build_object('value', ($2::text[])[1 + (n * 3) % 12], 'weight', 0.5)),
            jsonb_build_array(jsonb_build_object('value', ($3::text[])[1 + n % 10], 'weight', 1)),
            jsonb_build_array(jsonb_build_object('value', ($4::text[])[1 + n % 15], 'weight', 0.8)),
            jsonb_build_array(jsonb_build_object('value', ($5::text[])[1 + n % 8], 'weight', 1)),
            1000000, 50000000, 'EUR', '{}', n % 2 = 0
       FROM numbered`,
    [donors, THEMES, MINERALS, COUNTRIES, REGIONS],
  );
  const [{ id: projectId }] = await dataSource.query(`SELECT id FROM projects WHERE title = 'Bench project 1'`);
  return { projectId, milliseconds: Date.now() - started };
}
