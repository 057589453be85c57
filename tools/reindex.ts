// `npm run reindex`: rebuilds every search index from PostgreSQL into a fresh
// index and swaps it in. Uses DATABASE_URL / MEILI_URL, or the embedded
// services with the data of `npm start` (.data/).
import { SearchSync, loadConfig } from '@commonground/api-core';
import { NestFactory } from '@nestjs/core';
import path from 'node:path';
import { AppModule } from '../apps/api/src/app.module';
import { ROOT, devServices } from './runtime';

async function main() {
  const stop = await (await devServices()).ensureServices({ dataDir: path.resolve(process.env.DATA_DIR || path.join(ROOT, '.data')) });
  try {
    const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...loadConfig(), webDist: undefined }), { logger: ['error', 'warn'] });
    await app.get(SearchSync).reindexAll((line) => console.log(line));
    await app.close();
  } finally {
    await stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
