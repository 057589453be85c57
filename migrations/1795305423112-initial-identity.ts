import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialIdentity1795305423112 implements MigrationInterface {
  name = 'InitialIdentity1795305423112';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE TABLE "search_outbox" ("id" BIGSERIAL NOT NULL, "kind" text NOT NULL, "document_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_f0e10017d6287176243c2926453" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "mail_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to_address" text NOT NULL, "subject" text NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "transport" text, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_1bd6e76ef3b3d4aff7d0510a509" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "mail_messages_pending" ON "mail_messages" ("created_at") WHERE sent_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "activity_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "action" text NOT NULL, "user_id" uuid, "organization_id" uuid, "target_type" text, "target_id" text, "details" jsonb, "ip" text, CONSTRAINT "PK_067d761e2956b77b14e534fd6f1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "activity_log_at" ON "activity_log" ("at") `);
    await queryRunner.query(`CREATE INDEX "activity_log_org_at" ON "activity_log" ("organization_id", "at") `);
    await queryRunner.query(`CREATE TYPE "public"."organization_kind" AS ENUM('SECRETARIAT', 'COMPANY', 'DONOR', 'CIVIL_SOCIETY', 'GOVERNMENT', 'SMELTER_REFINER', 'RESEARCH', 'OTHER')`);
    await queryRunner.query(`CREATE TYPE "public"."size_band" AS ENUM('MICRO', 'SMALL', 'MEDIUM', 'LARGE')`);
    await queryRunner.query(`CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "slug" text NOT NULL, "kind" "public"."organization_kind" NOT NULL, "country" character(2), "size_band" "public"."size_band", "website" text, "verified" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "organizations_kind" ON "organizations" ("kind") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "organizations_slug_unique" ON "organizations" ("slug") `);
    await queryRunner.query(`CREATE TYPE "public"."organization_role" AS ENUM('OWNER', 'ADMIN', 'MEMBER')`);
    await queryRunner.query(`CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" text NOT NULL, "role" "public"."organization_role" NOT NULL, "token_hash" text NOT NULL, "invited_by_user_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by_user_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "invitations_org" ON "invitations" ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "invitations_token_hash_unique" ON "invitations" ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "password_hash" text NOT NULL, "locale" text NOT NULL DEFAULT 'en', "is_platform_admin" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email_unique" ON "users" ("email") `);
    await queryRunner.query(`CREATE TABLE "organization_memberships" ("user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" "public"."organization_role" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_caa73db1b161fa6b3a042290fe7" PRIMARY KEY ("user_id", "organization_id"))`);
    await queryRunner.query(`CREATE INDEX "organization_memberships_org" ON "organization_memberships" ("organization_id") `);
    await queryRunner.query(`CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "user_id" uuid NOT NULL, "active_organization_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "user_agent" text, "ip" text, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "sessions_user" ON "sessions" ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "sessions_token_hash_unique" ON "sessions" ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "initiatives" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "slug" text NOT NULL, "description" text, "secretariat_organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6f2f191bc885b9c50400a8b10d8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "initiatives_secretariat" ON "initiatives" ("secretariat_organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "initiatives_slug_unique" ON "initiatives" ("slug") `);
    await queryRunner.query(`CREATE TYPE "public"."initiative_membership_status" AS ENUM('APPLIED', 'ACTIVE', 'SUSPENDED', 'LEFT')`);
    await queryRunner.query(`CREATE TABLE "initiative_members" ("initiative_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "status" "public"."initiative_membership_status" NOT NULL, "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "joined_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_9cd153695f52d3d2c7e229b02af" PRIMARY KEY ("initiative_id", "organization_id"))`);
    await queryRunner.query(`CREATE INDEX "initiative_members_status" ON "initiative_members" ("initiative_id", "status") `);
    await queryRunner.query(`CREATE INDEX "initiative_members_org" ON "initiative_members" ("organization_id") `);
    await queryRunner.query(`CREATE TABLE "rate_limit_counters" ("key" text NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "count" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_fff95af8f500fb050737753e12e" PRIMARY KEY ("key", "window_start"))`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "FK_42d1dbb4d85dc3643fdc6560af0" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organization_memberships" ADD CONSTRAINT "FK_5352fc550034d507d6c76dd2901" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organization_memberships" ADD CONSTRAINT "FK_86ae2efbb9ce84dd652e0c96a49" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "initiatives" ADD CONSTRAINT "FK_9fc6bc25bcdf712496082850309" FOREIGN KEY ("secretariat_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "initiative_members" ADD CONSTRAINT "FK_e1cb51b8b8b08d7c831df9288f7" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "initiative_members" ADD CONSTRAINT "FK_ed60cdb7c4039a723d7348e8064" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    // written by hand: trigram indexes for the name filters, and the append-only activity log
    await queryRunner.query(`CREATE INDEX "organizations_name_trgm" ON "organizations" USING gin ("name" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "organizations_name_lower" ON "organizations" (lower("name"), "id")`);
    await queryRunner.query(`CREATE INDEX "initiatives_name_trgm" ON "initiatives" USING gin ("name" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "initiatives_name_lower" ON "initiatives" (lower("name"), "id")`);
    await queryRunner.query(`CREATE FUNCTION activity_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'activity_log is append-only'; END $$`);
    await queryRunner.query(`CREATE TRIGGER activity_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "activity_log" FOR EACH STATEMENT EXECUTE FUNCTION activity_log_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER activity_log_append_only ON "activity_log"`);
    await queryRunner.query(`DROP FUNCTION activity_log_append_only()`);
    await queryRunner.query(`DROP INDEX "initiatives_name_lower"`);
    await queryRunner.query(`DROP INDEX "initiatives_name_trgm"`);
    await queryRunner.query(`DROP INDEX "organizations_name_lower"`);
    await queryRunner.query(`DROP INDEX "organizations_name_trgm"`);
    await queryRunner.query(`ALTER TABLE "initiative_members" DROP CONSTRAINT "FK_ed60cdb7c4039a723d7348e8064"`);
    await queryRunner.query(`ALTER TABLE "initiative_members" DROP CONSTRAINT "FK_e1cb51b8b8b08d7c831df9288f7"`);
    await queryRunner.query(`ALTER TABLE "initiatives" DROP CONSTRAINT "FK_9fc6bc25bcdf712496082850309"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
    await queryRunner.query(`ALTER TABLE "organization_memberships" DROP CONSTRAINT "FK_86ae2efbb9ce84dd652e0c96a49"`);
    await queryRunner.query(`ALTER TABLE "organization_memberships" DROP CONSTRAINT "FK_5352fc550034d507d6c76dd2901"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_42d1dbb4d85dc3643fdc6560af0"`);
    await queryRunner.query(`DROP TABLE "rate_limit_counters"`);
    await queryRunner.query(`DROP INDEX "public"."initiative_members_org"`);
    await queryRunner.query(`DROP INDEX "public"."initiative_members_status"`);
    await queryRunner.query(`DROP TABLE "initiative_members"`);
    await queryRunner.query(`DROP TYPE "public"."initiative_membership_status"`);
    await queryRunner.query(`DROP INDEX "public"."initiatives_slug_unique"`);
    await queryRunner.query(`DROP INDEX "public"."initiatives_secretariat"`);
    await queryRunner.query(`DROP TABLE "initiatives"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_token_hash_unique"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_user"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."organization_memberships_org"`);
    await queryRunner.query(`DROP TABLE "organization_memberships"`);
    await queryRunner.query(`DROP INDEX "public"."users_email_unique"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."invitations_token_hash_unique"`);
    await queryRunner.query(`DROP INDEX "public"."invitations_org"`);
    await queryRunner.query(`DROP TABLE "invitations"`);
    await queryRunner.query(`DROP TYPE "public"."organization_role"`);
    await queryRunner.query(`DROP INDEX "public"."organizations_slug_unique"`);
    await queryRunner.query(`DROP INDEX "public"."organizations_kind"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
    await queryRunner.query(`DROP TYPE "public"."size_band"`);
    await queryRunner.query(`DROP TYPE "public"."organization_kind"`);
    await queryRunner.query(`DROP INDEX "public"."activity_log_org_at"`);
    await queryRunner.query(`DROP INDEX "public"."activity_log_at"`);
    await queryRunner.query(`DROP TABLE "activity_log"`);
    await queryRunner.query(`DROP INDEX "public"."mail_messages_pending"`);
    await queryRunner.query(`DROP TABLE "mail_messages"`);
    await queryRunner.query(`DROP TABLE "search_outbox"`);
  }
}
