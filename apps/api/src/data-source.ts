import { AppConfig, CountingLogger } from '@commonground/api-core';
import { DataSource, DataSourceOptions } from 'typeorm';
import { ALL_MIGRATIONS } from '@commonground/migrations';
import { ALL_ENTITIES } from './entities';

export function dataSourceOptions(config: Pick<AppConfig, 'databaseUrl'> & Partial<Pick<AppConfig, 'nodeEnv'>>): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.databaseUrl,
    entities: ALL_ENTITIES,
    migrations: ALL_MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    // tests provoke refused statements on purpose; their errors reach the test, not the log
    logger: new CountingLogger(process.env.LOG_SQL === '1', config.nodeEnv === 'test'),
    extra: { max: Number(process.env.DATABASE_POOL_SIZE ?? 10), application_name: 'commonground' },
  };
}

/** Applies pending migrations; safe to run at every start. */
export async function runMigrations(config: Pick<AppConfig, 'databaseUrl'>, log: (line: string) => void = console.log): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(config));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const m of applied) log(`migration applied: ${m.name}`);
  } finally {
    await dataSource.destroy();
  }
}
