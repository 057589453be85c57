import { MigrationInterface, QueryRunner } from 'typeorm';

export class Clearinghouse1795314060854 implements MigrationInterface {
  name = 'Clearinghouse1795314060854';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."opportunity_kind" AS ENUM('CALL_FOR_PROPOSALS', 'REQUEST_FOR_ABSTRACTS', 'GRANT', 'TENDER', 'FELLOWSHIP', 'EVENT', 'WEBINAR', 'DELEGATION', 'NEWS')`);
    await queryRunner.query(`CREATE TYPE "public"."opportunity_status" AS ENUM('DRAFT', 'SCHEDULED', 'PUBLISHED', 'CLOSED', 'ARCHIVED')`);
    await queryRunner.query(`CREATE TABLE "opportunities" ("visibility" "public"."visibility" NOT NULL DEFAULT 'PLATFORM', "visibility_initiative_ids" uuid array NOT NULL DEFAULT '{}', "visibility_organization_ids" uuid array NOT NULL DEFAULT '{}', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."opportunity_kind" NOT NULL, "status" "public"."opportunity_status" NOT NULL DEFAULT 'DRAFT', "owner_organization_id" uuid NOT NULL, "initiative_id" uuid, "texts" jsonb NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE, "deadline" TIMESTAMP WITH TIME ZONE, "time_zone" text, "starts_at" TIMESTAMP WITH TIME ZONE, "ends_at" TIMESTAMP WITH TIME ZONE, "amount_min_minor" bigint, "amount_max_minor" bigint, "currency" character(3), "eligible_kinds" text array NOT NULL DEFAULT '{}', "eligible_countries" text array NOT NULL DEFAULT '{}', "countries" text array NOT NULL DEFAULT '{}', "regions" text array NOT NULL DEFAULT '{}', "minerals" text array NOT NULL DEFAULT '{}', "themes" text array NOT NULL DEFAULT '{}', "links" text array NOT NULL DEFAULT '{}', "attachments" jsonb NOT NULL DEFAULT '[]', "contact" text, "seat_limit" integer, "publish_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "archived_at" TIMESTAMP WITH TIME ZONE, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "opportunities_seat_limit" CHECK (seat_limit IS NULL OR seat_limit > 0), CONSTRAINT "opportunities_deadline_after_opening" CHECK (deadline IS NULL OR opens_at IS NULL OR deadline > opens_at), CONSTRAINT "opportunities_amount_range" CHECK (amount_min_minor IS NULL OR amount_max_minor IS NULL OR amount_min_minor <= amount_max_minor), CONSTRAINT "PK_4bd9cd12ddc0ff48a5a97ddebce" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "opportunities_published_at" ON "opportunities" ("published_at") `);
    await queryRunner.query(`CREATE INDEX "opportunities_status_deadline" ON "opportunities" ("status", "deadline") `);
    await queryRunner.query(`CREATE INDEX "opportunities_owner" ON "opportunities" ("owner_organization_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "opportunity_amplifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "opportunity_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "initiative_id" uuid, "note" text, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6f5455b69ecf9cd0e6388f3e868" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "opportunity_amplifications_unique" ON "opportunity_amplifications" ("opportunity_id", "organization_id") `);
    await queryRunner.query(`CREATE TYPE "public"."registration_status" AS ENUM('CONFIRMED', 'WAITLISTED', 'CANCELLED')`);
    await queryRunner.query(`CREATE TABLE "opportunity_registrations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "opportunity_id" uuid NOT NULL, "user_id" uuid NOT NULL, "organization_id" uuid, "status" "public"."registration_status" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "confirmed_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a197402809550eda65126ddafaf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "opportunity_registrations_user" ON "opportunity_registrations" ("user_id") `);
    await queryRunner.query(`CREATE INDEX "opportunity_registrations_queue" ON "opportunity_registrations" ("opportunity_id", "status", "created_at") `);
    await queryRunner.query(`CREATE TYPE "public"."digest_frequency" AS ENUM('INSTANT', 'DAILY', 'WEEKLY')`);
    await queryRunner.query(`CREATE TABLE "saved_searches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organization_id" uuid, "name" text NOT NULL, "filter" jsonb NOT NULL, "frequency" "public"."digest_frequency" NOT NULL, "last_digest_at" TIMESTAMP WITH TIME ZONE, "unsubscribe_token" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d9a53c71ccc5cf66dcdc5b33dfe" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "saved_searches_unsubscribe" ON "saved_searches" ("unsubscribe_token") `);
    await queryRunner.query(`CREATE INDEX "saved_searches_due" ON "saved_searches" ("frequency", "last_digest_at") `);
    await queryRunner.query(`CREATE INDEX "saved_searches_user" ON "saved_searches" ("user_id") `);
    await queryRunner.query(`CREATE TABLE "saved_search_deliveries" ("saved_search_id" uuid NOT NULL, "opportunity_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_669f8bf9e2e1894ed7eafd0279b" PRIMARY KEY ("saved_search_id", "opportunity_id"))`);
    await queryRunner.query(`CREATE TABLE "deadline_reminders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organization_id" uuid, "opportunity_id" uuid NOT NULL, "days_before" integer NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, "unsubscribe_token" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "deadline_reminders_days" CHECK (days_before BETWEEN 0 AND 90), CONSTRAINT "PK_8cee3a6d089ce5522ce169711bf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "deadline_reminders_unsubscribe" ON "deadline_reminders" ("unsubscribe_token") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "deadline_reminders_unique" ON "deadline_reminders" ("user_id", "opportunity_id", "days_before") `);
    await queryRunner.query(`CREATE TABLE "feed_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organization_id" uuid, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4f2cb26346ee81a66e8d8bfa375" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "feed_tokens_user" ON "feed_tokens" ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "feed_tokens_hash" ON "feed_tokens" ("token_hash") `);
    await queryRunner.query(`ALTER TABLE "opportunities" ADD CONSTRAINT "FK_14ebd7ab659c73e442fb3ff0b7e" FOREIGN KEY ("owner_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "opportunities" ADD CONSTRAINT "FK_a1a9d1c9123b2fb11adb7557db7" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "opportunity_amplifications" ADD CONSTRAINT "FK_a739914c5666b486f395280284e" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "opportunity_amplifications" ADD CONSTRAINT "FK_8529e8981c359081b4448f4a989" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "opportunity_amplifications" ADD CONSTRAINT "FK_a0e73a41043e61d834cd7f6a25d" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "opportunity_registrations" ADD CONSTRAINT "FK_30408abe0982f0684312c99e3f8" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "opportunity_registrations" ADD CONSTRAINT "FK_5c79e59c87dcfc33dc78807861e" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "saved_searches" ADD CONSTRAINT "FK_8f01d13ac8e7b451d244674274f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "saved_search_deliveries" ADD CONSTRAINT "FK_4336833fa2e7b58c694409d74b5" FOREIGN KEY ("saved_search_id") REFERENCES "saved_searches"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "saved_search_deliveries" ADD CONSTRAINT "FK_19132036ea560edcc24057d15f4" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "deadline_reminders" ADD CONSTRAINT "FK_b1b7f5a3ef9f4ef9520cbaddd1e" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "deadline_reminders" ADD CONSTRAINT "FK_e433c834c1784cb714a6140b6ce" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "feed_tokens" ADD CONSTRAINT "FK_c6027c6f2cf5aadbda875809745" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // hand-written: partial and GIN indexes the entity decorators cannot express
    await queryRunner.query(`CREATE INDEX "opportunities_due_schedule" ON "opportunities" ("publish_at") WHERE status = 'SCHEDULED'`);
    await queryRunner.query(`CREATE INDEX "opportunities_minerals_gin" ON "opportunities" USING gin ("minerals")`);
    await queryRunner.query(`CREATE INDEX "opportunities_themes_gin" ON "opportunities" USING gin ("themes")`);
    await queryRunner.query(`CREATE INDEX "opportunities_countries_gin" ON "opportunities" USING gin ("countries")`);
    await queryRunner.query(`CREATE INDEX "opportunities_regions_gin" ON "opportunities" USING gin ("regions")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "opportunity_registrations_active" ON "opportunity_registrations" ("opportunity_id", "user_id") WHERE status <> 'CANCELLED'`);
    await queryRunner.query(`CREATE INDEX "deadline_reminders_pending" ON "deadline_reminders" ("opportunity_id") WHERE sent_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "saved_search_deliveries_opportunity" ON "saved_search_deliveries" ("opportunity_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of ['saved_search_deliveries_opportunity', 'deadline_reminders_pending', 'opportunity_registrations_active', 'opportunities_regions_gin', 'opportunities_countries_gin', 'opportunities_themes_gin', 'opportunities_minerals_gin', 'opportunities_due_schedule']) {
      await queryRunner.query(`DROP INDEX "public"."${index}"`);
    }
    await queryRunner.query(`ALTER TABLE "feed_tokens" DROP CONSTRAINT "FK_c6027c6f2cf5aadbda875809745"`);
    await queryRunner.query(`ALTER TABLE "deadline_reminders" DROP CONSTRAINT "FK_e433c834c1784cb714a6140b6ce"`);
    await queryRunner.query(`ALTER TABLE "deadline_reminders" DROP CONSTRAINT "FK_b1b7f5a3ef9f4ef9520cbaddd1e"`);
    await queryRunner.query(`ALTER TABLE "saved_search_deliveries" DROP CONSTRAINT "FK_19132036ea560edcc24057d15f4"`);
    await queryRunner.query(`ALTER TABLE "saved_search_deliveries" DROP CONSTRAINT "FK_4336833fa2e7b58c694409d74b5"`);
    await queryRunner.query(`ALTER TABLE "saved_searches" DROP CONSTRAINT "FK_8f01d13ac8e7b451d244674274f"`);
    await queryRunner.query(`ALTER TABLE "opportunity_registrations" DROP CONSTRAINT "FK_5c79e59c87dcfc33dc78807861e"`);
    await queryRunner.query(`ALTER TABLE "opportunity_registrations" DROP CONSTRAINT "FK_30408abe0982f0684312c99e3f8"`);
    await queryRunner.query(`ALTER TABLE "opportunity_amplifications" DROP CONSTRAINT "FK_a0e73a41043e61d834cd7f6a25d"`);
    await queryRunner.query(`ALTER TABLE "opportunity_amplifications" DROP CONSTRAINT "FK_8529e8981c359081b4448f4a989"`);
    await queryRunner.query(`ALTER TABLE "opportunity_amplifications" DROP CONSTRAINT "FK_a739914c5666b486f395280284e"`);
    await queryRunner.query(`ALTER TABLE "opportunities" DROP CONSTRAINT "FK_a1a9d1c9123b2fb11adb7557db7"`);
    await queryRunner.query(`ALTER TABLE "opportunities" DROP CONSTRAINT "FK_14ebd7ab659c73e442fb3ff0b7e"`);
    await queryRunner.query(`DROP INDEX "public"."feed_tokens_hash"`);
    await queryRunner.query(`DROP INDEX "public"."feed_tokens_user"`);
    await queryRunner.query(`DROP TABLE "feed_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."deadline_reminders_unique"`);
    await queryRunner.query(`DROP INDEX "public"."deadline_reminders_unsubscribe"`);
    await queryRunner.query(`DROP TABLE "deadline_reminders"`);
    await queryRunner.query(`DROP TABLE "saved_search_deliveries"`);
    await queryRunner.query(`DROP INDEX "public"."saved_searches_user"`);
    await queryRunner.query(`DROP INDEX "public"."saved_searches_due"`);
    await queryRunner.query(`DROP INDEX "public"."saved_searches_unsubscribe"`);
    await queryRunner.query(`DROP TABLE "saved_searches"`);
    await queryRunner.query(`DROP TYPE "public"."digest_frequency"`);
    await queryRunner.query(`DROP INDEX "public"."opportunity_registrations_queue"`);
    await queryRunner.query(`DROP INDEX "public"."opportunity_registrations_user"`);
    await queryRunner.query(`DROP TABLE "opportunity_registrations"`);
    await queryRunner.query(`DROP TYPE "public"."registration_status"`);
    await queryRunner.query(`DROP INDEX "public"."opportunity_amplifications_unique"`);
    await queryRunner.query(`DROP TABLE "opportunity_amplifications"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_owner"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_status_deadline"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_published_at"`);
    await queryRunner.query(`DROP TABLE "opportunities"`);
    await queryRunner.query(`DROP TYPE "public"."opportunity_status"`);
    await queryRunner.query(`DROP TYPE "public"."opportunity_kind"`);
  }
}
