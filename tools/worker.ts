// `npm run worker`: a process that runs only the queue workers (search sync,
// mail, scheduled jobs) against DATABASE_URL and MEILI_URL, for scale-out.
import { ConfigError, JobsService, loadConfig } from '@commonground/api-core';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../apps/api/src/app.module';

async function main() {
  const config = { ...loadConfig(), webDist: undefined };
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config));
  app.enableShutdownHooks();
  await app.get(JobsService).startWorkers();
  console.log('worker running; Ctrl-C to stop');
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
