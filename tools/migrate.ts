// `npm run migrate`: applies pending migrations to DATABASE_URL.
import { runMigrations } from '../apps/api/src/data-source';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('Set DATABASE_URL to the database to migrate.');
  process.exit(1);
}
runMigrations({ databaseUrl }).catch((error) => {
  console.error(error);
  process.exit(1);
});
