// Scale data for the glossary benchmark: one term with 10 definitions, 20
// endorsements and 50 comments (the term page), and 5,000 terms in three
// languages in one initiative's glossary (the Turtle export).
import { DataSource } from 'typeorm';

export async function seedGlossaryScale(dataSource: DataSource, authorUserId: string, ownerOrganizationId: string, initiativeId: string) {
  const started = Date.now();
  const [{ id: termId }] = await dataSource.query(`INSERT INTO terms (slug, owner_organization_id) VALUES ('bench-formalization', $1) RETURNING id`, [ownerOrganizationId]);
  await dataSource.query(`INSERT INTO term_labels (term_id, language, kind, text, position) VALUES ($1, 'en', 'PREF', 'Formalization', 0), ($1, 'fr', 'PREF', 'Formalisation', 1)`, [termId]);
  const orgs: Array<{ id: string }> = await dataSource.query(`SELECT id FROM organizations ORDER BY id LIMIT 20`);
  const definitionIds: string[] = [];
  for (let i = 0; i < 10; i++) {
    const [{ id }] = await dataSource.query(
      `INSERT INTO definitions (term_id, kind, owner_organization_id, citation_title, status, current_revision, visibility) VALUES ($1, 'SOURCE', $2, 'Bench source', 'CONSULTATION', 2, 'PUBLIC') RETURNING id`,
      [termId, orgs[i % orgs.length].id],
    );
    definitionIds.push(id);
    await dataSource.query(`INSERT INTO definition_revisions (definition_id, number, author_user_id, original_language) VALUES ($1, 1, $2, 'en'), ($1, 2, $2, 'en')`, [id, authorUserId]);
    await dataSource.query(
      `INSERT INTO definition_texts (definition_id, language, revision_number, text, is_original, author_user_id) VALUES
       ($1, 'en', 1, 'A process by which miners obtain legal titles, number ' || $3, true, $2),
       ($1, 'en', 2, 'A progressive process by which artisanal miners obtain legal titles and support, number ' || $3, true, $2),
       ($1, 'fr', 1, 'Un processus de formalisation, numéro ' || $3, false, $2)`,
      [id, authorUserId, i],
    );
  }
  for (let i = 0; i < 20; i++) {
    await dataSource.query(`INSERT INTO stances (target_type, target_id, organization_id, stance, revision_number, user_id) VALUES ('DEFINITION', $1, $2, 'ENDORSE', 1 + ($3 % 2), $4)`, [definitionIds[i % 10], orgs[i % orgs.length].id, i, authorUserId]).catch(() => undefined);
  }
  await dataSource.query(
    `INSERT INTO glossary_comments (target_type, target_id, author_user_id, organization_id, body)
     SELECT 'DEFINITION', (CAST($1 AS uuid[]))[1 + (n % 10)], $2, $3, 'Comment number ' || n FROM generate_series(1, 50) AS n`,
    [definitionIds, authorUserId, ownerOrganizationId],
  );
  await dataSource.query(
    `WITH t AS (
       INSERT INTO terms (slug, owner_organization_id, category, themes) SELECT 'bench-term-' || n, $1, 'Bench', '{governance}' FROM generate_series(1, 5000) AS n RETURNING id, slug
     ), l AS (
       INSERT INTO term_labels (term_id, language, kind, text, position)
       SELECT id, lang, 'PREF', initcap(replace(slug, '-', ' ')) || ' (' || lang || ')', 0 FROM t, unnest(ARRAY['en', 'fr', 'es']) AS lang
     )
     INSERT INTO initiative_terms (initiative_id, term_id) SELECT $2, id FROM t`,
    [ownerOrganizationId, initiativeId],
  );
  return { slug: 'bench-formalization', milliseconds: Date.now() - started };
}
