// The committed schema and the committed migrations must match the code.
import { TestApp, createTestApp } from '@commonground/api-testing';
import fs from 'node:fs';
import path from 'node:path';
import { renderSchema } from '../../tools/schema-file';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

it('apps/api/schema.gql is up to date (run `npm run schema` after changing resolvers)', () => {
  const committed = fs.readFileSync(path.join(__dirname, '../../apps/api/schema.gql'), 'utf8');
  expect(renderSchema(app.app)).toBe(committed);
});

it('the migrations create exactly what the entities describe (run `npm run migration:generate -- <name>`)', async () => {
  const sql = await app.dataSource.driver.createSchemaBuilder().log();
  expect(sql.upQueries.map((q) => q.query)).toEqual([]);
});

it('keeps the activity log append-only', async () => {
  await app.dataSource.query(`INSERT INTO activity_log (action) VALUES ('TEST')`);
  await expect(app.dataSource.query(`UPDATE activity_log SET action = 'CHANGED'`)).rejects.toThrow(/append-only/);
  await expect(app.dataSource.query(`DELETE FROM activity_log`)).rejects.toThrow(/append-only/);
});
