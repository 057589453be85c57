import { TERM_CATEGORIES, normalizeTermCategory } from '@commonground/shared-reference';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Glossary categories that name a known category ("Mining", "Due diligence")
 * become its slug, which the web shows in the reader's language; any other
 * category is kept as written. Data only: the column stays text.
 */
export class TermCategories1796235201258 implements MigrationInterface {
  name = 'TermCategories1796235201258';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const rows: Array<{ category: string }> = await queryRunner.query('SELECT DISTINCT category FROM terms WHERE category IS NOT NULL');
    for (const { category } of rows) {
      const slug = normalizeTermCategory(category);
      if (slug !== category) await queryRunner.query('UPDATE terms SET category = $1 WHERE category = $2', [slug, category]);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const c of TERM_CATEGORIES) await queryRunner.query('UPDATE terms SET category = $1 WHERE category = $2', [c.name.en, c.slug]);
  }
}
