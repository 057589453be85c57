import { MigrationInterface, QueryRunner } from 'typeorm';

/** GIN indexes for the matchmaking prefilter (array overlap on themes, minerals, countries). Written by hand. */
export class ProjectOverlapIndexes1795311365410 implements MigrationInterface {
  name = 'ProjectOverlapIndexes1795311365410';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "projects_themes_gin" ON "projects" USING gin ("themes")`);
    await queryRunner.query(`CREATE INDEX "projects_minerals_gin" ON "projects" USING gin ("minerals")`);
    await queryRunner.query(`CREATE INDEX "projects_countries_gin" ON "projects" USING gin ("countries")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "projects_countries_gin"`);
    await queryRunner.query(`DROP INDEX "projects_minerals_gin"`);
    await queryRunner.query(`DROP INDEX "projects_themes_gin"`);
  }
}
