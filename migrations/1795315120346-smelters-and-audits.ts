import { MigrationInterface, QueryRunner } from 'typeorm';

export class SmeltersAndAudits1795315120346 implements MigrationInterface {
  name = 'SmeltersAndAudits1795315120346';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."metal" AS ENUM('TANTALUM', 'TIN', 'TUNGSTEN', 'GOLD', 'COBALT', 'COPPER', 'GRAPHITE', 'LITHIUM', 'MICA', 'NICKEL', 'OTHER')`);
    await queryRunner.query(`CREATE TYPE "public"."assessment_status" AS ENUM('CONFORMANT', 'ACTIVE', 'NOT_ENROLLED', 'NON_CONFORMANT', 'UNKNOWN')`);
    await queryRunner.query(`CREATE TABLE "smelters" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cid" text, "name" text NOT NULL, "aliases" text array NOT NULL DEFAULT '{}', "metal" "public"."metal" NOT NULL, "country" character(2) NOT NULL, "city" text, "state_province" text, "source" text NOT NULL DEFAULT 'RMI', "status" "public"."assessment_status" NOT NULL DEFAULT 'UNKNOWN', "status_as_of" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fe2eb5b42f9876cd95ccd0246bd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "smelters_status" ON "smelters" ("status") `);
    await queryRunner.query(`CREATE INDEX "smelters_metal_country" ON "smelters" ("metal", "country") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "smelters_cid" ON "smelters" ("cid") `);
    await queryRunner.query(`CREATE TYPE "public"."import_state" AS ENUM('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')`);
    await queryRunner.query(`CREATE TABLE "declaration_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "uploaded_by_user_id" uuid NOT NULL, "file_name" text NOT NULL, "sha256" character(64) NOT NULL, "size_bytes" integer NOT NULL, "storage_key" text, "state" "public"."import_state" NOT NULL DEFAULT 'QUEUED', "progress" real NOT NULL DEFAULT '0', "error" text, "duplicate_of_import_id" uuid, "declaration_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cb01d372b8ca97996b77986065e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "declaration_imports_org_created" ON "declaration_imports" ("organization_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "declaration_imports_org_sha" ON "declaration_imports" ("organization_id", "sha256") `);
    await queryRunner.query(`CREATE TYPE "public"."template_kind" AS ENUM('CMRT', 'EMRT', 'CRT', 'AMRT')`);
    await queryRunner.query(`CREATE TABLE "declarations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "import_id" uuid NOT NULL, "template" "public"."template_kind" NOT NULL, "revision" text NOT NULL, "company_name" text NOT NULL, "supplier_key" text NOT NULL, "declaration_scope" text, "scope_description" text, "effective_date" TIMESTAMP WITH TIME ZONE, "contact_name" text, "contact_email" text, "authorizer" text, "answers" jsonb NOT NULL DEFAULT '{}', "products" jsonb NOT NULL DEFAULT '[]', "issues" jsonb NOT NULL DEFAULT '[]', "is_current" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5130900b6f081acc9852743532e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "declarations_org_supplier" ON "declarations" ("organization_id", "supplier_key", "effective_date") `);
    await queryRunner.query(`CREATE TYPE "public"."match_method" AS ENUM('CID', 'ALIAS', 'FUZZY', 'MANUAL', 'NONE')`);
    await queryRunner.query(`CREATE TABLE "declared_smelters" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "declaration_id" uuid NOT NULL, "row" integer NOT NULL, "metal" "public"."metal" NOT NULL, "reported_name" text NOT NULL, "reported_country" text, "reported_cid" text, "unidentified" boolean NOT NULL DEFAULT false, "smelter_id" uuid, "match_method" "public"."match_method" NOT NULL DEFAULT 'NONE', "confidence" real NOT NULL DEFAULT '0', "review_id" uuid, CONSTRAINT "PK_fb3223788c2705b4c96315dc2c1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "declared_smelters_smelter" ON "declared_smelters" ("smelter_id") `);
    await queryRunner.query(`CREATE INDEX "declared_smelters_declaration" ON "declared_smelters" ("declaration_id", "row") `);
    await queryRunner.query(`CREATE TABLE "match_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "metal" "public"."metal" NOT NULL, "reported_name" text NOT NULL, "reported_country" text, "name_key" text NOT NULL, "country_key" text NOT NULL DEFAULT '', "candidates" jsonb NOT NULL, "resolved_smelter_id" uuid, "resolved_by_user_id" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3c87ce4055dbe55fafd97cdfc3b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "match_reviews_key" ON "match_reviews" ("organization_id", "metal", "name_key", "country_key") `);
    await queryRunner.query(`CREATE INDEX "match_reviews_open" ON "match_reviews" ("organization_id", "resolved_at") `);
    await queryRunner.query(`CREATE TYPE "public"."audit_standard" AS ENUM('RMAP', 'LBMA', 'RJC', 'JDDS', 'ITSCI', 'OTHER')`);
    await queryRunner.query(`CREATE TYPE "public"."audit_type" AS ENUM('INITIAL', 'REAUDIT', 'FOLLOW_UP')`);
    await queryRunner.query(`CREATE TABLE "audits" ("visibility" "public"."visibility" NOT NULL DEFAULT 'PLATFORM', "visibility_initiative_ids" uuid array NOT NULL DEFAULT '{}', "visibility_organization_ids" uuid array NOT NULL DEFAULT '{}', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "smelter_id" uuid NOT NULL, "owner_organization_id" uuid NOT NULL, "standard" "public"."audit_standard" NOT NULL, "type" "public"."audit_type" NOT NULL, "auditor" text, "started_on" TIMESTAMP WITH TIME ZONE, "completed_on" TIMESTAMP WITH TIME ZONE, "valid_until" TIMESTAMP WITH TIME ZONE, "outcome" text, "summary" text, "corrective_actions" jsonb NOT NULL DEFAULT '[]', "discoverable" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b2d7a2089999197dc7024820f28" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "audits_owner" ON "audits" ("owner_organization_id") `);
    await queryRunner.query(`CREATE INDEX "audits_smelter" ON "audits" ("smelter_id", "valid_until") `);
    await queryRunner.query(`CREATE TABLE "audit_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "audit_id" uuid NOT NULL, "file_name" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "storage_key" text NOT NULL, "uploaded_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f01b07a42c31f9273ac35cf9b81" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "audit_reports_audit" ON "audit_reports" ("audit_id") `);
    await queryRunner.query(`CREATE TYPE "public"."access_request_status" AS ENUM('PENDING', 'APPROVED', 'DENIED', 'EXPIRED')`);
    await queryRunner.query(`CREATE TABLE "audit_access_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "audit_id" uuid NOT NULL, "requester_organization_id" uuid NOT NULL, "requested_by_user_id" uuid NOT NULL, "purpose" text NOT NULL, "status" "public"."access_request_status" NOT NULL DEFAULT 'PENDING', "expires_at" TIMESTAMP WITH TIME ZONE, "decided_by_user_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ab4f87ba50d6bf42de19613732c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "audit_access_requests_requester" ON "audit_access_requests" ("requester_organization_id", "status") `);
    await queryRunner.query(`CREATE INDEX "audit_access_requests_audit" ON "audit_access_requests" ("audit_id", "status") `);
    await queryRunner.query(`CREATE TABLE "audit_access_log" ("id" BIGSERIAL NOT NULL, "audit_id" uuid NOT NULL, "report_id" uuid, "organization_id" uuid, "user_id" uuid NOT NULL, "action" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a6cbc4043b0ccbc173b8855e315" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "audit_access_log_audit" ON "audit_access_log" ("audit_id", "at") `);
    await queryRunner.query(`CREATE TABLE "joint_audits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "smelter_id" uuid NOT NULL, "proposer_organization_id" uuid NOT NULL, "estimated_cost_minor" bigint, "currency" character(3), "status" text NOT NULL DEFAULT 'PROPOSED', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "joint_audits_cost" CHECK (estimated_cost_minor IS NULL OR estimated_cost_minor > 0), CONSTRAINT "PK_a2038acbeae1957636237c3e468" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "joint_audits_smelter" ON "joint_audits" ("smelter_id") `);
    await queryRunner.query(`CREATE TABLE "joint_audit_sponsors" ("joint_audit_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "share_minor" bigint, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c13970f6e47d04f187ba445a077" PRIMARY KEY ("joint_audit_id", "organization_id"))`);
    await queryRunner.query(`ALTER TABLE "declaration_imports" ADD CONSTRAINT "FK_ea92134825098843cbf5f0ffbca" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "declared_smelters" ADD CONSTRAINT "FK_23ae4d0f6daf873e5f18d2459f4" FOREIGN KEY ("declaration_id") REFERENCES "declarations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "audits" ADD CONSTRAINT "FK_96b5f82cb8e6b99e79f58ae2a3d" FOREIGN KEY ("smelter_id") REFERENCES "smelters"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "audit_reports" ADD CONSTRAINT "FK_90b62c5673c5086f92a7cbac164" FOREIGN KEY ("audit_id") REFERENCES "audits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "audit_access_requests" ADD CONSTRAINT "FK_ce7825296b50068e8930c9addbd" FOREIGN KEY ("audit_id") REFERENCES "audits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "joint_audit_sponsors" ADD CONSTRAINT "FK_5f7f81809931e2967f0312864fc" FOREIGN KEY ("joint_audit_id") REFERENCES "joint_audits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // hand-written: trigram search on names, the current-declaration index, and the append-only access log
    await queryRunner.query(`CREATE INDEX "smelters_name_trgm" ON "smelters" USING gin ("name" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "declarations_org_current" ON "declarations" ("organization_id") WHERE is_current`);
    await queryRunner.query(`CREATE FUNCTION audit_access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_access_log is append-only'; END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_access_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_access_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_access_log_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_access_log_append_only ON "audit_access_log"`);
    await queryRunner.query(`DROP FUNCTION audit_access_log_append_only()`);
    await queryRunner.query(`DROP INDEX "public"."declarations_org_current"`);
    await queryRunner.query(`DROP INDEX "public"."smelters_name_trgm"`);
    await queryRunner.query(`ALTER TABLE "joint_audit_sponsors" DROP CONSTRAINT "FK_5f7f81809931e2967f0312864fc"`);
    await queryRunner.query(`ALTER TABLE "audit_access_requests" DROP CONSTRAINT "FK_ce7825296b50068e8930c9addbd"`);
    await queryRunner.query(`ALTER TABLE "audit_reports" DROP CONSTRAINT "FK_90b62c5673c5086f92a7cbac164"`);
    await queryRunner.query(`ALTER TABLE "audits" DROP CONSTRAINT "FK_96b5f82cb8e6b99e79f58ae2a3d"`);
    await queryRunner.query(`ALTER TABLE "declared_smelters" DROP CONSTRAINT "FK_23ae4d0f6daf873e5f18d2459f4"`);
    await queryRunner.query(`ALTER TABLE "declaration_imports" DROP CONSTRAINT "FK_ea92134825098843cbf5f0ffbca"`);
    await queryRunner.query(`DROP TABLE "joint_audit_sponsors"`);
    await queryRunner.query(`DROP INDEX "public"."joint_audits_smelter"`);
    await queryRunner.query(`DROP TABLE "joint_audits"`);
    await queryRunner.query(`DROP INDEX "public"."audit_access_log_audit"`);
    await queryRunner.query(`DROP TABLE "audit_access_log"`);
    await queryRunner.query(`DROP INDEX "public"."audit_access_requests_audit"`);
    await queryRunner.query(`DROP INDEX "public"."audit_access_requests_requester"`);
    await queryRunner.query(`DROP TABLE "audit_access_requests"`);
    await queryRunner.query(`DROP TYPE "public"."access_request_status"`);
    await queryRunner.query(`DROP INDEX "public"."audit_reports_audit"`);
    await queryRunner.query(`DROP TABLE "audit_reports"`);
    await queryRunner.query(`DROP INDEX "public"."audits_smelter"`);
    await queryRunner.query(`DROP INDEX "public"."audits_owner"`);
    await queryRunner.query(`DROP TABLE "audits"`);
    await queryRunner.query(`DROP TYPE "public"."audit_type"`);
    await queryRunner.query(`DROP TYPE "public"."audit_standard"`);
    await queryRunner.query(`DROP INDEX "public"."match_reviews_open"`);
    await queryRunner.query(`DROP INDEX "public"."match_reviews_key"`);
    await queryRunner.query(`DROP TABLE "match_reviews"`);
    await queryRunner.query(`DROP TYPE "public"."metal"`);
    await queryRunner.query(`DROP INDEX "public"."declared_smelters_declaration"`);
    await queryRunner.query(`DROP INDEX "public"."declared_smelters_smelter"`);
    await queryRunner.query(`DROP TABLE "declared_smelters"`);
    await queryRunner.query(`DROP TYPE "public"."match_method"`);
    await queryRunner.query(`DROP INDEX "public"."declarations_org_supplier"`);
    await queryRunner.query(`DROP TABLE "declarations"`);
    await queryRunner.query(`DROP TYPE "public"."template_kind"`);
    await queryRunner.query(`DROP INDEX "public"."declaration_imports_org_sha"`);
    await queryRunner.query(`DROP INDEX "public"."declaration_imports_org_created"`);
    await queryRunner.query(`DROP TABLE "declaration_imports"`);
    await queryRunner.query(`DROP TYPE "public"."import_state"`);
    await queryRunner.query(`DROP INDEX "public"."smelters_cid"`);
    await queryRunner.query(`DROP INDEX "public"."smelters_metal_country"`);
    await queryRunner.query(`DROP INDEX "public"."smelters_status"`);
    await queryRunner.query(`DROP TABLE "smelters"`);
    await queryRunner.query(`DROP TYPE "public"."assessment_status"`);
  }
}
