// Generates a migration from the difference between the entities and a
// database migrated to the latest migration: `npm run migration:generate -- add-terms`.
// Uses DATABASE_URL, or starts an embedded PostgreSQL in a temporary folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../apps/api/src/data-source';

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) throw new Error('Give the migration a kebab-case name: npm run migration:generate -- add-terms');
  const root = path.resolve(__dirname, '../..');
  let stop: (() => Promise<void>) | undefined;
  if (!process.env.DATABASE_URL) {
    const services = require(path.join(root, 'tools/dev-services.cjs'));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-migrate-'));
    const pg = await services.startPostgres({ dir: path.join(dir, 'pg'), persistent: false });
    stop = pg.stop;
    process.env.DATABASE_URL = pg.databaseUrl('postgres');
  }
  const dataSource = new DataSource(dataSourceOptions({ databaseUrl: process.env.DATABASE_URL! }));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    if (!sql.upQueries.length) {
      console.log('The entities and the migrations agree; nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = name.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('') + timestamp;
    const q = (s: string) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
    const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
    const down = sql.downQueries.reverse().map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
    const file = path.join(root, 'migrations', `${timestamp}-${name}.ts`);
    fs.writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    // keep migrations/index.ts listing every migration in order
    const files = fs.readdirSync(path.join(root, 'migrations')).filter((f) => /^\d+-.*\.ts$/.test(f)).sort();
    const imports = files.map((f) => {
      const source = fs.readFileSync(path.join(root, 'migrations', f), 'utf8');
      const cls = /export class (\w+)/.exec(source)![1];
      return { cls, mod: `./${f.replace(/\.ts$/, '')}` };
    });
    fs.writeFileSync(
      path.join(root, 'migrations', 'index.ts'),
      `// Every migration, in order. \`npm run migration:generate -- <kebab-name>\` adds one.\n${imports.map((i) => `import { ${i.cls} } from '${i.mod}';`).join('\n')}\n\nexport const ALL_MIGRATIONS: Function[] = [${imports.map((i) => i.cls).join(', ')}];\n`,
    );
    console.log(`Wrote ${path.relative(root, file)}. Review it, then rebuild.`);
  } finally {
    await dataSource.destroy();
    await stop?.();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
