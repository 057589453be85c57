import { MigrationInterface, QueryRunner } from 'typeorm';

export class Concerns1796233537330 implements MigrationInterface {
  name = 'Concerns1796233537330';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."concern_category" AS ENUM('SERIOUS_ABUSES', 'CHILD_LABOUR', 'FORCED_LABOUR', 'ARMED_GROUPS', 'SECURITY_FORCES', 'BRIBERY', 'MONEY_LAUNDERING', 'TAXES_AND_ROYALTIES', 'ENVIRONMENT', 'HEALTH_AND_SAFETY', 'LAND_AND_COMMUNITY_RIGHTS', 'OTHER')`);
    await queryRunner.query(`CREATE TYPE "public"."concern_status" AS ENUM('RECEIVED', 'TRIAGED', 'IN_PROGRESS', 'RESPONDED', 'CLOSED', 'REFERRED', 'REJECTED')`);
    await queryRunner.query(`CREATE TABLE "concerns" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" text NOT NULL, "smelter_id" uuid, "country" character(2), "place" text, "latitude" double precision, "longitude" double precision, "category" "public"."concern_category" NOT NULL, "description" text NOT NULL, "language" text NOT NULL, "happened_on" TIMESTAMP WITH TIME ZONE, "status" "public"."concern_status" NOT NULL DEFAULT 'RECEIVED', "anonymous" boolean NOT NULL DEFAULT false, "share_identity" boolean NOT NULL DEFAULT false, "merged_into_id" uuid, "referred_to" text, "outcome" text, "recipient_organization_ids" uuid array NOT NULL DEFAULT '{}', "handler_initiative_ids" uuid array NOT NULL DEFAULT '{}', "accepted_at" TIMESTAMP WITH TIME ZONE, "routed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_743844335346f7379d1fc28950a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "concerns_smelter" ON "concerns" ("smelter_id") `);
    await queryRunner.query(`CREATE INDEX "concerns_status_created" ON "concerns" ("status", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "concerns_reference" ON "concerns" ("reference") `);
    await queryRunner.query(`CREATE TABLE "concern_reporters" ("concern_id" uuid NOT NULL, "name" text, "contact" text, "user_id" uuid, CONSTRAINT "PK_26dd2a2c39382148ee8076b4ffd" PRIMARY KEY ("concern_id"))`);
    await queryRunner.query(`CREATE TABLE "concern_follow_up_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "concern_id" uuid NOT NULL, "code_hash" character(64) NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_45b9b39abc7084f72c9ced7e121" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "concern_follow_up_codes_concern" ON "concern_follow_up_codes" ("concern_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "concern_follow_up_codes_hash" ON "concern_follow_up_codes" ("code_hash") `);
    await queryRunner.query(`CREATE TABLE "concern_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "concern_id" uuid NOT NULL, "author_kind" text NOT NULL, "author_organization_id" uuid, "author_user_id" uuid, "body" text NOT NULL, "visible_to_reporter" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b490c8d6bd44554a7d84e5cadda" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "concern_messages_concern" ON "concern_messages" ("concern_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "concern_recipients" ("concern_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "kind" text NOT NULL, "reason" text NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE, "lead" boolean NOT NULL DEFAULT false, "reached_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c2ed8d8d9286a57eaaa7f1f1061" PRIMARY KEY ("concern_id", "organization_id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "concern_recipients_one_lead" ON "concern_recipients" ("concern_id") WHERE lead`);
    await queryRunner.query(`CREATE INDEX "concern_recipients_org" ON "concern_recipients" ("organization_id") `);
    await queryRunner.query(`CREATE TABLE "concern_evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "concern_id" uuid NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "storage_key" text NOT NULL, "added_by" text NOT NULL, "shared_at" TIMESTAMP WITH TIME ZONE, "shared_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f9811d00f7b9f1727cd55234d7b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "concern_evidence_concern" ON "concern_evidence" ("concern_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "grievance_officers" ("initiative_id" uuid NOT NULL, "user_id" uuid NOT NULL, "named_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8af47b123f46a65e13da377a18a" PRIMARY KEY ("initiative_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "grievance_officers_user" ON "grievance_officers" ("user_id") `);
    await queryRunner.query(`CREATE TABLE "concern_reference_counters" ("year" integer NOT NULL, "last" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_77224a9bb64470ccdee0e90d95e" PRIMARY KEY ("year"))`);
    await queryRunner.query(`CREATE TABLE "concern_secrets" ("name" text NOT NULL, "value" text NOT NULL, CONSTRAINT "PK_d6feaa4e7ffd64bebbefc3db1eb" PRIMARY KEY ("name"))`);
    await queryRunner.query(`ALTER TABLE "concerns" ADD CONSTRAINT "FK_ea41cd8049faa4faac3c8e16c0a" FOREIGN KEY ("smelter_id") REFERENCES "smelters"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "concern_reporters" ADD CONSTRAINT "FK_26dd2a2c39382148ee8076b4ffd" FOREIGN KEY ("concern_id") REFERENCES "concerns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "concern_follow_up_codes" ADD CONSTRAINT "FK_61339055ad90b58b2bbff611051" FOREIGN KEY ("concern_id") REFERENCES "concerns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "concern_messages" ADD CONSTRAINT "FK_c4646f6e5cdada75ee5ca2676e4" FOREIGN KEY ("concern_id") REFERENCES "concerns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "concern_recipients" ADD CONSTRAINT "FK_c9c73c3a1316f36ebe2a9e00383" FOREIGN KEY ("concern_id") REFERENCES "concerns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "concern_evidence" ADD CONSTRAINT "FK_ccb80da23a604ab54a02ff5b98c" FOREIGN KEY ("concern_id") REFERENCES "concerns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "grievance_officers" ADD CONSTRAINT "FK_7f277cf38c38d16b9daacb23b07" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "grievance_officers" ADD CONSTRAINT "FK_16ab73ba54a24326747a1ab3682" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "grievance_officers" DROP CONSTRAINT "FK_16ab73ba54a24326747a1ab3682"`);
    await queryRunner.query(`ALTER TABLE "grievance_officers" DROP CONSTRAINT "FK_7f277cf38c38d16b9daacb23b07"`);
    await queryRunner.query(`ALTER TABLE "concern_evidence" DROP CONSTRAINT "FK_ccb80da23a604ab54a02ff5b98c"`);
    await queryRunner.query(`ALTER TABLE "concern_recipients" DROP CONSTRAINT "FK_c9c73c3a1316f36ebe2a9e00383"`);
    await queryRunner.query(`ALTER TABLE "concern_messages" DROP CONSTRAINT "FK_c4646f6e5cdada75ee5ca2676e4"`);
    await queryRunner.query(`ALTER TABLE "concern_follow_up_codes" DROP CONSTRAINT "FK_61339055ad90b58b2bbff611051"`);
    await queryRunner.query(`ALTER TABLE "concern_reporters" DROP CONSTRAINT "FK_26dd2a2c39382148ee8076b4ffd"`);
    await queryRunner.query(`ALTER TABLE "concerns" DROP CONSTRAINT "FK_ea41cd8049faa4faac3c8e16c0a"`);
    await queryRunner.query(`DROP TABLE "concern_secrets"`);
    await queryRunner.query(`DROP TABLE "concern_reference_counters"`);
    await queryRunner.query(`DROP INDEX "public"."grievance_officers_user"`);
    await queryRunner.query(`DROP TABLE "grievance_officers"`);
    await queryRunner.query(`DROP INDEX "public"."concern_evidence_concern"`);
    await queryRunner.query(`DROP TABLE "concern_evidence"`);
    await queryRunner.query(`DROP INDEX "public"."concern_recipients_org"`);
    await queryRunner.query(`DROP INDEX "public"."concern_recipients_one_lead"`);
    await queryRunner.query(`DROP TABLE "concern_recipients"`);
    await queryRunner.query(`DROP INDEX "public"."concern_messages_concern"`);
    await queryRunner.query(`DROP TABLE "concern_messages"`);
    await queryRunner.query(`DROP INDEX "public"."concern_follow_up_codes_hash"`);
    await queryRunner.query(`DROP INDEX "public"."concern_follow_up_codes_concern"`);
    await queryRunner.query(`DROP TABLE "concern_follow_up_codes"`);
    await queryRunner.query(`DROP TABLE "concern_reporters"`);
    await queryRunner.query(`DROP INDEX "public"."concerns_reference"`);
    await queryRunner.query(`DROP INDEX "public"."concerns_status_created"`);
    await queryRunner.query(`DROP INDEX "public"."concerns_smelter"`);
    await queryRunner.query(`DROP TABLE "concerns"`);
    await queryRunner.query(`DROP TYPE "public"."concern_status"`);
    await queryRunner.query(`DROP TYPE "public"."concern_category"`);
  }
}
