import { ConfigError, loadConfig } from '../../config/app-config';

const base = { DATABASE_URL: 'postgres://x/y', MEILI_URL: 'http://x' };

it('keeps files in the local directory when no S3_* variable is set', () => {
  expect(loadConfig(base).s3).toBeUndefined();
});

it('reads an S3-compatible store from the S3_* variables', () => {
  expect(
    loadConfig({ ...base, S3_ENDPOINT: 'http://minio:9000', S3_BUCKET: 'cg-files', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret' }).s3,
  ).toEqual({ endpoint: 'http://minio:9000', bucket: 'cg-files', region: 'us-east-1', accessKeyId: 'id', secretAccessKey: 'secret', forcePathStyle: true });
  // AWS: no endpoint, virtual-hosted style, the default credential chain
  expect(loadConfig({ ...base, S3_BUCKET: 'cg-files', S3_REGION: 'eu-west-1' }).s3).toEqual({
    endpoint: undefined,
    bucket: 'cg-files',
    region: 'eu-west-1',
    accessKeyId: undefined,
    secretAccessKey: undefined,
    forcePathStyle: false,
  });
});

it.each([
  [{ S3_ENDPOINT: 'http://minio:9000' }, 'S3_BUCKET', 'is required'],
  [{ S3_BUCKET: 'Not_A_Bucket' }, 'S3_BUCKET', 'not a valid bucket name'],
  [{ S3_BUCKET: 'cg', S3_REGION: 'eu west' }, 'S3_BUCKET', ''],
  [{ S3_BUCKET: 'cg-files', S3_REGION: 'eu west' }, 'S3_REGION', 'not a region'],
  [{ S3_BUCKET: 'cg-files', S3_ACCESS_KEY_ID: 'id' }, 'S3_SECRET_ACCESS_KEY', 'together'],
  [{ S3_BUCKET: 'cg-files', S3_ENDPOINT: 'minio:9000' }, 'S3_ENDPOINT', ''],
  [{ S3_BUCKET: 'cg-files', S3_FORCE_PATH_STYLE: 'maybe' }, 'S3_FORCE_PATH_STYLE', 'true or false'],
])('stops the boot on %j naming %s', (env, variable, text) => {
  let error: unknown;
  try {
    loadConfig({ ...base, ...env });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ConfigError);
  expect((error as ConfigError).variable).toBe(variable);
  expect((error as ConfigError).message).toContain(text);
});
