import { MigrationInterface, QueryRunner } from 'typeorm';

export class DeclarationImportLease1796236094967 implements MigrationInterface {
  name = 'DeclarationImportLease1796236094967';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "declaration_imports" ADD "rows_read" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "declaration_imports" ADD "attempts" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "declaration_imports" ADD "lease_until" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "declaration_imports" DROP COLUMN "lease_until"`);
    await queryRunner.query(`ALTER TABLE "declaration_imports" DROP COLUMN "attempts"`);
    await queryRunner.query(`ALTER TABLE "declaration_imports" DROP COLUMN "rows_read"`);
  }
}
