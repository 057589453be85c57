import { ConfigError, loadConfig } from '../config/app-config';

const base = { DATABASE_URL: 'postgres://u:secret@db:5432/cg', MEILI_URL: 'http://search:7700' };

describe('loadConfig', () => {
  it('accepts a minimal environment with defaults', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({ port: 3000, nodeEnv: 'development', publicUrl: 'http://localhost:3000', jobsInProcess: true });
  });

  it.each([
    [{ DATABASE_URL: undefined }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'mysql://db/cg' }, 'DATABASE_URL'],
    [{ MEILI_URL: 'not a url' }, 'MEILI_URL'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ JOBS_IN_PROCESS: 'maybe' }, 'JOBS_IN_PROCESS'],
    [{ MEILI_INDEX_PREFIX: 'bad prefix!' }, 'MEILI_INDEX_PREFIX'],
  ])('stops on %j naming the variable', (override, variable) => {
    expect(() => loadConfig({ ...base, ...override })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, ...override })).toThrow(new RegExp(variable));
  });

  it('never prints a password from a URL', () => {
    try {
      loadConfig({ ...base, DATABASE_URL: 'postgres://user:hunter2@db' + ' bad' });
    } catch (error) {
      expect(String(error)).not.toContain('hunter2');
    }
  });
});
