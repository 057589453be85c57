import { MigrationInterface, QueryRunner } from 'typeorm';

export class Glossary1795308153912 implements MigrationInterface {
  name = 'Glossary1795308153912';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "terms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "category" text, "minerals" text array NOT NULL DEFAULT '{}', "themes" text array NOT NULL DEFAULT '{}', "owner_organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_33b6fe77d6ace7ff43cc8a65958" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "terms_slug_unique" ON "terms" ("slug") `);
    await queryRunner.query(`CREATE TABLE "term_labels" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "term_id" uuid NOT NULL, "language" text NOT NULL, "kind" text NOT NULL, "text" text NOT NULL, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_821464f5e06e33515e5de9be419" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "term_labels_term" ON "term_labels" ("term_id") `);
    await queryRunner.query(`CREATE TABLE "term_relations" ("term_id" uuid NOT NULL, "other_term_id" uuid NOT NULL, "kind" text NOT NULL, CONSTRAINT "PK_7ab8f2877cac427107e26f367af" PRIMARY KEY ("term_id", "other_term_id", "kind"))`);
    await queryRunner.query(`CREATE INDEX "term_relations_other" ON "term_relations" ("other_term_id", "kind") `);
    await queryRunner.query(`CREATE TABLE "initiative_terms" ("initiative_id" uuid NOT NULL, "term_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fad7b49d067239f383997a97d34" PRIMARY KEY ("initiative_id", "term_id"))`);
    await queryRunner.query(`CREATE INDEX "initiative_terms_term" ON "initiative_terms" ("term_id") `);
    await queryRunner.query(`CREATE TYPE "public"."definition_kind" AS ENUM('SOURCE', 'PROPOSED')`);
    await queryRunner.query(`CREATE TYPE "public"."alignment_status" AS ENUM('DRAFT', 'CONSULTATION', 'ADOPTED', 'SUPERSEDED')`);
    await queryRunner.query(`CREATE TYPE "public"."visibility" AS ENUM('PUBLIC', 'PLATFORM', 'INITIATIVE', 'ORGANIZATIONS', 'PRIVATE')`);
    await queryRunner.query(`CREATE TABLE "definitions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "term_id" uuid NOT NULL, "kind" "public"."definition_kind" NOT NULL, "owner_organization_id" uuid NOT NULL, "initiative_id" uuid, "citation_title" text, "citation_url" text, "citation_year" integer, "status" "public"."alignment_status" NOT NULL DEFAULT 'DRAFT', "consultation_ends_at" TIMESTAMP WITH TIME ZONE, "consultation_closed_at" TIMESTAMP WITH TIME ZONE, "current_revision" integer NOT NULL DEFAULT '1', "adopted_revision" integer, "visibility" "public"."visibility" NOT NULL DEFAULT 'PLATFORM', "visibility_initiative_ids" uuid array NOT NULL DEFAULT '{}', "visibility_organization_ids" uuid array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7150abc574293b2a1063b0ed7bb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "definitions_consultation_end" ON "definitions" ("consultation_ends_at") WHERE status = 'CONSULTATION'`);
    await queryRunner.query(`CREATE INDEX "definitions_initiative_status" ON "definitions" ("initiative_id", "status") `);
    await queryRunner.query(`CREATE INDEX "definitions_term" ON "definitions" ("term_id") `);
    await queryRunner.query(`CREATE TABLE "definition_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "definition_id" uuid NOT NULL, "number" integer NOT NULL, "change_note" text, "author_user_id" uuid NOT NULL, "original_language" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a1b4c2570194d8e2eae774214bc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "definition_revisions_unique" ON "definition_revisions" ("definition_id", "number") `);
    await queryRunner.query(`CREATE TABLE "definition_texts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "definition_id" uuid NOT NULL, "language" text NOT NULL, "revision_number" integer NOT NULL, "text" text NOT NULL, "is_original" boolean NOT NULL, "author_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e35754f01c5fcdc3fc211b9abdd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "definition_texts_unique" ON "definition_texts" ("definition_id", "language", "revision_number") `);
    await queryRunner.query(`CREATE TYPE "public"."stance" AS ENUM('ENDORSE', 'OBJECT')`);
    await queryRunner.query(`CREATE TABLE "stances" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "target_type" text NOT NULL, "target_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "stance" "public"."stance" NOT NULL, "reason" text, "revision_number" integer NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2dc20298228bc8cea926a6dd577" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "stances_unique" ON "stances" ("target_type", "target_id", "organization_id") `);
    await queryRunner.query(`CREATE TABLE "glossary_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "target_type" text NOT NULL, "target_id" uuid NOT NULL, "author_user_id" uuid NOT NULL, "organization_id" uuid, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2a42d1a079124b743557b96ea45" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "glossary_comments_target" ON "glossary_comments" ("target_type", "target_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "principle_sets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "initiative_id" uuid, "owner_organization_id" uuid NOT NULL, "status" "public"."alignment_status" NOT NULL DEFAULT 'DRAFT', "consultation_ends_at" TIMESTAMP WITH TIME ZONE, "consultation_closed_at" TIMESTAMP WITH TIME ZONE, "current_revision" integer NOT NULL DEFAULT '1', "adopted_revision" integer, "visibility" "public"."visibility" NOT NULL DEFAULT 'PLATFORM', "visibility_initiative_ids" uuid array NOT NULL DEFAULT '{}', "visibility_organization_ids" uuid array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1b2e54bfda045ba595c55c5b79f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "principle_sets_initiative" ON "principle_sets" ("initiative_id") `);
    await queryRunner.query(`CREATE TABLE "principle_set_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "set_id" uuid NOT NULL, "number" integer NOT NULL, "change_note" text, "author_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9405186883090414656f3ac46c2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "principle_set_revisions_unique" ON "principle_set_revisions" ("set_id", "number") `);
    await queryRunner.query(`CREATE TABLE "principles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "revision_id" uuid NOT NULL, "position" integer NOT NULL, "statement" text NOT NULL, "explanation" text, "sub_points" text array NOT NULL DEFAULT '{}', "footnotes" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_f6ffb163eac4b074b948a66b0d1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "principles_revision" ON "principles" ("revision_id", "position") `);
    await queryRunner.query(`ALTER TABLE "terms" ADD CONSTRAINT "FK_6b0e467acec735de64cf7850550" FOREIGN KEY ("owner_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "term_labels" ADD CONSTRAINT "FK_111f13c21a707c3ea20a49b16c2" FOREIGN KEY ("term_id") REFERENCES "terms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "term_relations" ADD CONSTRAINT "FK_dbc0e66d8a4843e39f42fe18799" FOREIGN KEY ("term_id") REFERENCES "terms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "term_relations" ADD CONSTRAINT "FK_61b6c4333e23d8b8386434f79a3" FOREIGN KEY ("other_term_id") REFERENCES "terms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "initiative_terms" ADD CONSTRAINT "FK_d325c0c3687af3174a3cfd8e038" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "initiative_terms" ADD CONSTRAINT "FK_39f42ff41cb0d0e3f5d11b0c5e9" FOREIGN KEY ("term_id") REFERENCES "terms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "definitions" ADD CONSTRAINT "FK_72059192b1a96317a162fd99f9e" FOREIGN KEY ("term_id") REFERENCES "terms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "definitions" ADD CONSTRAINT "FK_7d1730309866c29b7451d81a103" FOREIGN KEY ("owner_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "definitions" ADD CONSTRAINT "FK_ee74a422b80251f1964462f3071" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "definition_revisions" ADD CONSTRAINT "FK_5ae0c92ce849c201a7c844d07be" FOREIGN KEY ("definition_id") REFERENCES "definitions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "definition_texts" ADD CONSTRAINT "FK_034091ed74d543cde75fd245406" FOREIGN KEY ("definition_id") REFERENCES "definitions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "stances" ADD CONSTRAINT "FK_d7d3227588c4fa9c0d25536c1fa" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "principle_sets" ADD CONSTRAINT "FK_fc883ef42932760efadd0f5002a" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "principle_set_revisions" ADD CONSTRAINT "FK_841a60c4c97c85280d97e16d566" FOREIGN KEY ("set_id") REFERENCES "principle_sets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "principles" ADD CONSTRAINT "FK_0e3b6769707a20de927ec5fde87" FOREIGN KEY ("revision_id") REFERENCES "principle_set_revisions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    // written by hand: one preferred label per language, and label search
    await queryRunner.query(`CREATE UNIQUE INDEX "term_labels_pref_unique" ON "term_labels" ("term_id", "language") WHERE kind = 'PREF'`);
    await queryRunner.query(`CREATE INDEX "term_labels_text_trgm" ON "term_labels" USING gin ("text" gin_trgm_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "term_labels_text_trgm"`);
    await queryRunner.query(`DROP INDEX "term_labels_pref_unique"`);
    await queryRunner.query(`ALTER TABLE "principles" DROP CONSTRAINT "FK_0e3b6769707a20de927ec5fde87"`);
    await queryRunner.query(`ALTER TABLE "principle_set_revisions" DROP CONSTRAINT "FK_841a60c4c97c85280d97e16d566"`);
    await queryRunner.query(`ALTER TABLE "principle_sets" DROP CONSTRAINT "FK_fc883ef42932760efadd0f5002a"`);
    await queryRunner.query(`ALTER TABLE "stances" DROP CONSTRAINT "FK_d7d3227588c4fa9c0d25536c1fa"`);
    await queryRunner.query(`ALTER TABLE "definition_texts" DROP CONSTRAINT "FK_034091ed74d543cde75fd245406"`);
    await queryRunner.query(`ALTER TABLE "definition_revisions" DROP CONSTRAINT "FK_5ae0c92ce849c201a7c844d07be"`);
    await queryRunner.query(`ALTER TABLE "definitions" DROP CONSTRAINT "FK_ee74a422b80251f1964462f3071"`);
    await queryRunner.query(`ALTER TABLE "definitions" DROP CONSTRAINT "FK_7d1730309866c29b7451d81a103"`);
    await queryRunner.query(`ALTER TABLE "definitions" DROP CONSTRAINT "FK_72059192b1a96317a162fd99f9e"`);
    await queryRunner.query(`ALTER TABLE "initiative_terms" DROP CONSTRAINT "FK_39f42ff41cb0d0e3f5d11b0c5e9"`);
    await queryRunner.query(`ALTER TABLE "initiative_terms" DROP CONSTRAINT "FK_d325c0c3687af3174a3cfd8e038"`);
    await queryRunner.query(`ALTER TABLE "term_relations" DROP CONSTRAINT "FK_61b6c4333e23d8b8386434f79a3"`);
    await queryRunner.query(`ALTER TABLE "term_relations" DROP CONSTRAINT "FK_dbc0e66d8a4843e39f42fe18799"`);
    await queryRunner.query(`ALTER TABLE "term_labels" DROP CONSTRAINT "FK_111f13c21a707c3ea20a49b16c2"`);
    await queryRunner.query(`ALTER TABLE "terms" DROP CONSTRAINT "FK_6b0e467acec735de64cf7850550"`);
    await queryRunner.query(`DROP INDEX "public"."principles_revision"`);
    await queryRunner.query(`DROP TABLE "principles"`);
    await queryRunner.query(`DROP INDEX "public"."principle_set_revisions_unique"`);
    await queryRunner.query(`DROP TABLE "principle_set_revisions"`);
    await queryRunner.query(`DROP INDEX "public"."principle_sets_initiative"`);
    await queryRunner.query(`DROP TABLE "principle_sets"`);
    await queryRunner.query(`DROP INDEX "public"."glossary_comments_target"`);
    await queryRunner.query(`DROP TABLE "glossary_comments"`);
    await queryRunner.query(`DROP INDEX "public"."stances_unique"`);
    await queryRunner.query(`DROP TABLE "stances"`);
    await queryRunner.query(`DROP TYPE "public"."stance"`);
    await queryRunner.query(`DROP INDEX "public"."definition_texts_unique"`);
    await queryRunner.query(`DROP TABLE "definition_texts"`);
    await queryRunner.query(`DROP INDEX "public"."definition_revisions_unique"`);
    await queryRunner.query(`DROP TABLE "definition_revisions"`);
    await queryRunner.query(`DROP INDEX "public"."definitions_term"`);
    await queryRunner.query(`DROP INDEX "public"."definitions_initiative_status"`);
    await queryRunner.query(`DROP INDEX "public"."definitions_consultation_end"`);
    await queryRunner.query(`DROP TABLE "definitions"`);
    await queryRunner.query(`DROP TYPE "public"."visibility"`);
    await queryRunner.query(`DROP TYPE "public"."alignment_status"`);
    await queryRunner.query(`DROP TYPE "public"."definition_kind"`);
    await queryRunner.query(`DROP INDEX "public"."initiative_terms_term"`);
    await queryRunner.query(`DROP TABLE "initiative_terms"`);
    await queryRunner.query(`DROP INDEX "public"."term_relations_other"`);
    await queryRunner.query(`DROP TABLE "term_relations"`);
    await queryRunner.query(`DROP INDEX "public"."term_labels_term"`);
    await queryRunner.query(`DROP TABLE "term_labels"`);
    await queryRunner.query(`DROP INDEX "public"."terms_slug_unique"`);
    await queryRunner.query(`DROP TABLE "terms"`);
  }
}
