import { MigrationInterface, QueryRunner } from 'typeorm';

export class OpportunityFiles1795318978737 implements MigrationInterface {
  name = 'OpportunityFiles1795318978737';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "opportunity_files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "opportunity_id" uuid NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "storage_key" text NOT NULL, "uploaded_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_73cd155bbededebad3c2cbd7735" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "opportunity_files_opportunity" ON "opportunity_files" ("opportunity_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "opportunity_files" ADD CONSTRAINT "FK_26f272b22175b972ee2050eee25" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "opportunity_files" DROP CONSTRAINT "FK_26f272b22175b972ee2050eee25"`);
    await queryRunner.query(`DROP INDEX "public"."opportunity_files_opportunity"`);
    await queryRunner.query(`DROP TABLE "opportunity_files"`);
  }
}
