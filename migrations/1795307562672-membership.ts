import { MigrationInterface, QueryRunner } from 'typeorm';

export class Membership1795307562672 implements MigrationInterface {
  name = 'Membership1795307562672';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."pool_status" AS ENUM('OPEN', 'CLOSED')`);
    await queryRunner.query(`CREATE TABLE "cost_pools" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "initiative_id" uuid NOT NULL, "purpose" text NOT NULL, "total_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "status" "public"."pool_status" NOT NULL DEFAULT 'OPEN', "join_deadline" TIMESTAMP WITH TIME ZONE, "joint_audit_id" uuid, "opened_by_organization_id" uuid NOT NULL, "uncovered_minor" bigint NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0d3b9ed245c00d8e3f12a80640f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "cost_pools_open_deadline" ON "cost_pools" ("join_deadline") WHERE status = 'OPEN'`);
    await queryRunner.query(`CREATE INDEX "cost_pools_initiative" ON "cost_pools" ("initiative_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "cost_pool_participants" ("pool_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "tier_id" uuid, "weight" numeric(12,4) NOT NULL, "cap_amount_minor" bigint, "cap_percent" numeric(7,4), "amount_minor" bigint NOT NULL, "capped" boolean NOT NULL DEFAULT false, "paid_minor" bigint NOT NULL DEFAULT '0', "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_005ce0ffaec41b02cab87515aab" PRIMARY KEY ("pool_id", "organization_id"))`);
    await queryRunner.query(`CREATE INDEX "cost_pool_participants_org" ON "cost_pool_participants" ("organization_id") `);
    await queryRunner.query(`CREATE TABLE "cost_pool_invitations" ("pool_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_73de297aa081189f9eeefb1ce8c" PRIMARY KEY ("pool_id", "organization_id"))`);
    await queryRunner.query(`CREATE TABLE "cost_pool_share_changes" ("id" BIGSERIAL NOT NULL, "pool_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "previous_minor" bigint, "amount_minor" bigint NOT NULL, "cause" text NOT NULL, "caused_by_organization_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_131f94e25a21d99f9fa0d6ed199" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "cost_pool_share_changes_pool_org" ON "cost_pool_share_changes" ("pool_id", "organization_id", "at") `);
    await queryRunner.query(`CREATE TABLE "cost_pool_payments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "pool_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "amount_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "recorded_by_user_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4968749c6f2e5d5afedc6268108" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "cost_pool_payments_pool_org" ON "cost_pool_payments" ("pool_id", "organization_id") `);
    await queryRunner.query(`CREATE TABLE "tiers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "initiative_id" uuid NOT NULL, "name" text NOT NULL, "annual_fee_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "eligible_kinds" "public"."organization_kind" array NOT NULL DEFAULT '{}', "eligible_size_bands" "public"."size_band" array NOT NULL DEFAULT '{}', "weight" numeric(12,4) NOT NULL, "cap_amount_minor" bigint, "cap_percent" numeric(7,4), "benefits" text array NOT NULL DEFAULT '{}', "audit_library_access" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_908405492b9b2c2ae1cea1e1cc0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "tiers_initiative" ON "tiers" ("initiative_id") `);
    await queryRunner.query(`CREATE TYPE "public"."tier_application_status" AS ENUM('PENDING', 'APPROVED', 'REFUSED')`);
    await queryRunner.query(`CREATE TABLE "tier_memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "initiative_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "tier_id" uuid NOT NULL, "status" "public"."tier_application_status" NOT NULL, "reason" text, "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_user_id" uuid, "since" TIMESTAMP WITH TIME ZONE, "until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7f546829561590f2e79ba82697c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "tier_memberships_tier" ON "tier_memberships" ("tier_id") `);
    await queryRunner.query(`CREATE INDEX "tier_memberships_initiative_org" ON "tier_memberships" ("initiative_id", "organization_id") `);
    await queryRunner.query(`ALTER TABLE "cost_pools" ADD CONSTRAINT "FK_37b7d43253f8c812bce61b1a440" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cost_pool_participants" ADD CONSTRAINT "FK_d93b898fb21f9452d32dd5fda33" FOREIGN KEY ("pool_id") REFERENCES "cost_pools"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cost_pool_participants" ADD CONSTRAINT "FK_cf2036c51fe13630a9de5875116" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cost_pool_invitations" ADD CONSTRAINT "FK_d40a035046bfafc0ad8034d30aa" FOREIGN KEY ("pool_id") REFERENCES "cost_pools"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cost_pool_share_changes" ADD CONSTRAINT "FK_f913cce57bc970816f30d5e9124" FOREIGN KEY ("pool_id") REFERENCES "cost_pools"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cost_pool_payments" ADD CONSTRAINT "FK_090eb5f5f9d895c9be6456a7ee4" FOREIGN KEY ("pool_id") REFERENCES "cost_pools"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tiers" ADD CONSTRAINT "FK_b1b3ab454d4ea81ed9bd8681612" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tier_memberships" ADD CONSTRAINT "FK_ffb4173864dc1ccc2f3c99eb81d" FOREIGN KEY ("tier_id") REFERENCES "tiers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tier_memberships" ADD CONSTRAINT "FK_942a18032523d46f92e3a26366c" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await queryRunner.query(`ALTER TABLE "cost_pool_participants" ADD CONSTRAINT "pool_shares_non_negative" CHECK (amount_minor >= 0 AND paid_minor >= 0)`);
    await queryRunner.query(`ALTER TABLE "tiers" ADD CONSTRAINT "tiers_caps_non_negative" CHECK ((cap_amount_minor IS NULL OR cap_amount_minor >= 0) AND (cap_percent IS NULL OR (cap_percent >= 0 AND cap_percent <= 100)))`);
    await queryRunner.query(`ALTER TABLE "tiers" ADD CONSTRAINT "tiers_weight_positive" CHECK (weight > 0)`);
    // written by hand: uniqueness that depends on expressions and conditions
    await queryRunner.query(`CREATE UNIQUE INDEX "tiers_initiative_name_unique" ON "tiers" ("initiative_id", lower("name"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "tier_memberships_one_pending" ON "tier_memberships" ("initiative_id", "organization_id") WHERE status = 'PENDING'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "tier_memberships_one_current" ON "tier_memberships" ("initiative_id", "organization_id") WHERE status = 'APPROVED' AND "until" IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tiers" DROP CONSTRAINT "tiers_weight_positive"`);
    await queryRunner.query(`ALTER TABLE "tiers" DROP CONSTRAINT "tiers_caps_non_negative"`);
    await queryRunner.query(`ALTER TABLE "cost_pool_participants" DROP CONSTRAINT "pool_shares_non_negative"`);
    await queryRunner.query(`DROP INDEX "tier_memberships_one_current"`);
    await queryRunner.query(`DROP INDEX "tier_memberships_one_pending"`);
    await queryRunner.query(`DROP INDEX "tiers_initiative_name_unique"`);
    await queryRunner.query(`ALTER TABLE "tier_memberships" DROP CONSTRAINT "FK_942a18032523d46f92e3a26366c"`);
    await queryRunner.query(`ALTER TABLE "tier_memberships" DROP CONSTRAINT "FK_ffb4173864dc1ccc2f3c99eb81d"`);
    await queryRunner.query(`ALTER TABLE "tiers" DROP CONSTRAINT "FK_b1b3ab454d4ea81ed9bd8681612"`);
    await queryRunner.query(`ALTER TABLE "cost_pool_payments" DROP CONSTRAINT "FK_090eb5f5f9d895c9be6456a7ee4"`);
    await queryRunner.query(`ALTER TABLE "cost_pool_share_changes" DROP CONSTRAINT "FK_f913cce57bc970816f30d5e9124"`);
    await queryRunner.query(`ALTER TABLE "cost_pool_invitations" DROP CONSTRAINT "FK_d40a035046bfafc0ad8034d30aa"`);
    await queryRunner.query(`ALTER TABLE "cost_pool_participants" DROP CONSTRAINT "FK_cf2036c51fe13630a9de5875116"`);
    await queryRunner.query(`ALTER TABLE "cost_pool_participants" DROP CONSTRAINT "FK_d93b898fb21f9452d32dd5fda33"`);
    await queryRunner.query(`ALTER TABLE "cost_pools" DROP CONSTRAINT "FK_37b7d43253f8c812bce61b1a440"`);
    await queryRunner.query(`DROP INDEX "public"."tier_memberships_initiative_org"`);
    await queryRunner.query(`DROP INDEX "public"."tier_memberships_tier"`);
    await queryRunner.query(`DROP TABLE "tier_memberships"`);
    await queryRunner.query(`DROP TYPE "public"."tier_application_status"`);
    await queryRunner.query(`DROP INDEX "public"."tiers_initiative"`);
    await queryRunner.query(`DROP TABLE "tiers"`);
    await queryRunner.query(`DROP INDEX "public"."cost_pool_payments_pool_org"`);
    await queryRunner.query(`DROP TABLE "cost_pool_payments"`);
    await queryRunner.query(`DROP INDEX "public"."cost_pool_share_changes_pool_org"`);
    await queryRunner.query(`DROP TABLE "cost_pool_share_changes"`);
    await queryRunner.query(`DROP TABLE "cost_pool_invitations"`);
    await queryRunner.query(`DROP INDEX "public"."cost_pool_participants_org"`);
    await queryRunner.query(`DROP TABLE "cost_pool_participants"`);
    await queryRunner.query(`DROP INDEX "public"."cost_pools_initiative"`);
    await queryRunner.query(`DROP INDEX "public"."cost_pools_open_deadline"`);
    await queryRunner.query(`DROP TABLE "cost_pools"`);
    await queryRunner.query(`DROP TYPE "public"."pool_status"`);
  }
}
