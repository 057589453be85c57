import { MigrationInterface, QueryRunner } from 'typeorm';

export class Matchmaking1795308599066 implements MigrationInterface {
  name = 'Matchmaking1795308599066';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid, "user_id" uuid, "kind" text NOT NULL, "title" text NOT NULL, "body" text, "link" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_by" uuid array NOT NULL DEFAULT '{}', CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "notifications_user" ON "notifications" ("user_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "notifications_org" ON "notifications" ("organization_id", "created_at") `);
    await queryRunner.query(`CREATE TYPE "public"."project_stage" AS ENUM('CONCEPT', 'PROPOSAL', 'ONGOING')`);
    await queryRunner.query(`CREATE TABLE "projects" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "summary" text NOT NULL, "description" text, "owner_organization_id" uuid NOT NULL, "countries" text array NOT NULL DEFAULT '{}', "minerals" text array NOT NULL DEFAULT '{}', "themes" text array NOT NULL DEFAULT '{}', "stage" "public"."project_stage" NOT NULL, "budget_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "confirmed_minor" bigint NOT NULL DEFAULT '0', "duration_months" integer, "consent_to_referral" boolean NOT NULL DEFAULT false, "visibility" "public"."visibility" NOT NULL DEFAULT 'PLATFORM', "visibility_initiative_ids" uuid array NOT NULL DEFAULT '{}', "visibility_organization_ids" uuid array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "projects_budget_positive" CHECK (budget_minor > 0), CONSTRAINT "PK_6271df0a7aed1d6c0691ce6ac50" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "projects_owner" ON "projects" ("owner_organization_id") `);
    await queryRunner.query(`CREATE TABLE "project_partners" ("project_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_607572876c4c12490a4cb9c2cb7" PRIMARY KEY ("project_id", "organization_id"))`);
    await queryRunner.query(`CREATE TABLE "donor_profiles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "themes" jsonb NOT NULL DEFAULT '[]', "minerals" jsonb NOT NULL DEFAULT '[]', "countries" jsonb NOT NULL DEFAULT '[]', "regions" jsonb NOT NULL DEFAULT '[]', "ticket_min_minor" bigint, "ticket_max_minor" bigint, "ticket_currency" character(3), "stages" "public"."project_stage" array NOT NULL DEFAULT '{}', "open_to_co_funding" boolean NOT NULL DEFAULT false, "excluded_countries" text array NOT NULL DEFAULT '{}', "excluded_themes" text array NOT NULL DEFAULT '{}', "window_opens_at" TIMESTAMP WITH TIME ZONE, "window_closes_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c7eb1ad8d75cb2211177598eb72" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "donor_profiles_org_unique" ON "donor_profiles" ("organization_id") `);
    await queryRunner.query(`CREATE TYPE "public"."decision_kind" AS ENUM('INTERESTED', 'PLEDGED', 'DECLINED')`);
    await queryRunner.query(`CREATE TABLE "funding_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "donor_organization_id" uuid NOT NULL, "kind" "public"."decision_kind" NOT NULL, "reason" text, "worthy" boolean NOT NULL DEFAULT false, "decided_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_976dccd8b577477a58aeedbe9c1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "funding_decisions_donor" ON "funding_decisions" ("donor_organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "funding_decisions_unique" ON "funding_decisions" ("project_id", "donor_organization_id") `);
    await queryRunner.query(`CREATE TABLE "referrals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "from_donor_organization_id" uuid NOT NULL, "to_donor_organization_id" uuid NOT NULL, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ea9980e34f738b6252817326c08" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "referrals_to" ON "referrals" ("to_donor_organization_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "referrals_unique" ON "referrals" ("project_id", "to_donor_organization_id") `);
    await queryRunner.query(`CREATE TABLE "project_highlights" ("project_id" uuid NOT NULL, "donor_organization_id" uuid NOT NULL, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_58d2138337e512930830451da5a" PRIMARY KEY ("project_id", "donor_organization_id"))`);
    await queryRunner.query(`CREATE INDEX "project_highlights_recent" ON "project_highlights" ("created_at") `);
    await queryRunner.query(`CREATE TYPE "public"."pledge_status" AS ENUM('PROPOSED', 'CONFIRMED', 'WITHDRAWN')`);
    await queryRunner.query(`CREATE TABLE "pledges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "donor_organization_id" uuid NOT NULL, "amount_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "conditions" text, "status" "public"."pledge_status" NOT NULL DEFAULT 'PROPOSED', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pledges_amount_positive" CHECK (amount_minor > 0), CONSTRAINT "PK_cbc41e4e1ba6b2690543f158d22" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "pledges_project" ON "pledges" ("project_id") `);
    await queryRunner.query(`CREATE TABLE "co_funding_rounds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "lead_organization_id" uuid NOT NULL, "target_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "invited_organization_ids" uuid array NOT NULL DEFAULT '{}', "closes_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_163fc2dc392b9b429d6cbf8b26e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "co_funding_rounds_project" ON "co_funding_rounds" ("project_id") `);
    await queryRunner.query(`CREATE TABLE "exchange_rates" ("currency" character(3) NOT NULL, "rate_date" date NOT NULL, "per_euro" numeric(18,8) NOT NULL, CONSTRAINT "PK_15573409d3802e9c169d82aafd9" PRIMARY KEY ("currency", "rate_date"))`);
    await queryRunner.query(`ALTER TABLE "projects" ADD CONSTRAINT "FK_3de72de25992daad5d1a6806119" FOREIGN KEY ("owner_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "project_partners" ADD CONSTRAINT "FK_b15493c0811d6f7acbb42064177" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "project_partners" ADD CONSTRAINT "FK_37ad76ec33bd4aae4ad158cd71d" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "donor_profiles" ADD CONSTRAINT "FK_3664e5b73b9ced8ec8cabdff588" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "funding_decisions" ADD CONSTRAINT "FK_857859b12fe28c48024b5e94677" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referrals" ADD CONSTRAINT "FK_e896b6de643de6896228e5d4bfb" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "project_highlights" ADD CONSTRAINT "FK_d90c2b39983b519aa2942c199bb" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pledges" ADD CONSTRAINT "FK_c04c0c2e5f172cb6b16786d2f77" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "co_funding_rounds" ADD CONSTRAINT "FK_38279c76b529a93ff81516a1cb8" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    // written by hand: project title search, and a dated rate table to start from (units per euro)
    await queryRunner.query(`CREATE INDEX "projects_title_trgm" ON "projects" USING gin ("title" gin_trgm_ops)`);
    await queryRunner.query(`INSERT INTO exchange_rates (currency, rate_date, per_euro) VALUES
      ('EUR', '2026-11-02', 1), ('USD', '2026-11-02', 1.0850), ('GBP', '2026-11-02', 0.8410), ('CHF', '2026-11-02', 0.9420),
      ('NOK', '2026-11-02', 11.6200), ('SEK', '2026-11-02', 11.2300), ('CAD', '2026-11-02', 1.4950), ('JPY', '2026-11-02', 163.4000),
      ('CDF', '2026-11-02', 3110.0000), ('RWF', '2026-11-02', 1520.0000), ('PEN', '2026-11-02', 4.0600), ('BOB', '2026-11-02', 7.5000),
      ('ZAR', '2026-11-02', 19.7000), ('MYR', '2026-11-02', 4.8800), ('CNY', '2026-11-02', 7.7800), ('AUD', '2026-11-02', 1.6600)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "projects_title_trgm"`);
    await queryRunner.query(`ALTER TABLE "co_funding_rounds" DROP CONSTRAINT "FK_38279c76b529a93ff81516a1cb8"`);
    await queryRunner.query(`ALTER TABLE "pledges" DROP CONSTRAINT "FK_c04c0c2e5f172cb6b16786d2f77"`);
    await queryRunner.query(`ALTER TABLE "project_highlights" DROP CONSTRAINT "FK_d90c2b39983b519aa2942c199bb"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "FK_e896b6de643de6896228e5d4bfb"`);
    await queryRunner.query(`ALTER TABLE "funding_decisions" DROP CONSTRAINT "FK_857859b12fe28c48024b5e94677"`);
    await queryRunner.query(`ALTER TABLE "donor_profiles" DROP CONSTRAINT "FK_3664e5b73b9ced8ec8cabdff588"`);
    await queryRunner.query(`ALTER TABLE "project_partners" DROP CONSTRAINT "FK_37ad76ec33bd4aae4ad158cd71d"`);
    await queryRunner.query(`ALTER TABLE "project_partners" DROP CONSTRAINT "FK_b15493c0811d6f7acbb42064177"`);
    await queryRunner.query(`ALTER TABLE "projects" DROP CONSTRAINT "FK_3de72de25992daad5d1a6806119"`);
    await queryRunner.query(`DROP TABLE "exchange_rates"`);
    await queryRunner.query(`DROP INDEX "public"."co_funding_rounds_project"`);
    await queryRunner.query(`DROP TABLE "co_funding_rounds"`);
    await queryRunner.query(`DROP INDEX "public"."pledges_project"`);
    await queryRunner.query(`DROP TABLE "pledges"`);
    await queryRunner.query(`DROP TYPE "public"."pledge_status"`);
    await queryRunner.query(`DROP INDEX "public"."project_highlights_recent"`);
    await queryRunner.query(`DROP TABLE "project_highlights"`);
    await queryRunner.query(`DROP INDEX "public"."referrals_unique"`);
    await queryRunner.query(`DROP INDEX "public"."referrals_to"`);
    await queryRunner.query(`DROP TABLE "referrals"`);
    await queryRunner.query(`DROP INDEX "public"."funding_decisions_unique"`);
    await queryRunner.query(`DROP INDEX "public"."funding_decisions_donor"`);
    await queryRunner.query(`DROP TABLE "funding_decisions"`);
    await queryRunner.query(`DROP TYPE "public"."decision_kind"`);
    await queryRunner.query(`DROP INDEX "public"."donor_profiles_org_unique"`);
    await queryRunner.query(`DROP TABLE "donor_profiles"`);
    await queryRunner.query(`DROP TABLE "project_partners"`);
    await queryRunner.query(`DROP INDEX "public"."projects_owner"`);
    await queryRunner.query(`DROP TABLE "projects"`);
    await queryRunner.query(`DROP TYPE "public"."project_stage"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_org"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_user"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
