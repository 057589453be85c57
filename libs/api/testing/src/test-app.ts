import { AppConfig, JobsService, MailService, SearchSync, loadConfig } from '@commonground/api-core';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
// the test harness boots the real composition root, which no library may otherwise import
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createApp } from '../../../../apps/api/src/main';
import { GraphQLClient } from './graphql-client';

export interface TestApp {
  app: INestApplication;
  url: string;
  config: AppConfig;
  dataSource: DataSource;
  databaseName: string;
  /** a fresh client with its own cookie jar (a separate browser) */
  client(): GraphQLClient;
  /** pushes pending search outbox rows to Meilisearch now */
  drainSearch(): Promise<number>;
  /** delivers queued mail now */
  deliverMail(): Promise<number>;
  close(): Promise<void>;
}

function adminUrl(database?: string): string {
  const url = process.env.CG_TEST_ADMIN_DATABASE_URL;
  if (!url) throw new Error('Test services are not running: run the tests through `npm test` (Jest globalSetup).');
  if (!database) return url;
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A database of its own for one test file, cloned from the migrated template. */
export async function createTestDatabase(): Promise<string> {
  const name = `cg_t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    // CREATE DATABASE ... TEMPLATE needs the template to be unused; serialize clones across workers
    await admin.query('SELECT pg_advisory_lock(4242)');
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${process.env.CG_TEST_TEMPLATE_DATABASE}"`);
    await admin.query('SELECT pg_advisory_unlock(4242)');
  } finally {
    await admin.end();
  }
  return name;
}

/**
 * The whole Nest application on a random port with a database of its own
 * and its own search index prefix. Jobs do not run in the background: tests
 * drain the search outbox and the mail queue when they want to.
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const databaseName = await createTestDatabase();
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: adminUrl(databaseName),
    MEILI_INDEX_PREFIX: `${databaseName}_`,
    DATA_DIR: `${process.env.CG_TEST_DATA_DIR}/${databaseName}`,
    WEB_DIST: '',
    DATABASE_POOL_SIZE: '4',
    // tests sign many users up from one address; the rate-limit test sets its own limits
    RATE_LIMIT_SIGN_UP_PER_IP: '100000',
    RATE_LIMIT_SIGN_IN_PER_IP: '100000',
    ...env,
  });
  const app = await createApp(config, process.env.CG_TEST_LOGS ? {} : { logger: false });
  await app.listen(0, '127.0.0.1');
  const port = (app.getHttpServer().address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  // links in e-mails must point at the port actually listened on (the services read the same config object)
  if (!env.PUBLIC_URL) config.publicUrl = url;
  const effective = config;
  const testApp: TestApp = {
    app,
    url,
    config: effective,
    dataSource: app.get(DataSource),
    databaseName,
    client: () => new GraphQLClient(url),
    drainSearch: () => app.get(SearchSync).drain(),
    deliverMail: () => app.get(MailService).deliverPending(),
    close: async () => {
      await app.get(JobsService).onApplicationShutdown();
      await app.close();
      const admin = new Client({ connectionString: adminUrl() });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`).catch(() => undefined);
      await admin.end();
    },
  };
  return testApp;
}
