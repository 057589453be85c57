import path from 'node:path';
import type { S3StorageConfig } from '../storage/s3-file-storage';

/**
 * The validated configuration of one process. Built once at boot from the
 * environment; a bad value stops the boot with a message naming the variable.
 */
export interface AppConfig {
  nodeEnv: 'production' | 'development' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  /** uploaded files (audit reports, attachments) when stored in a local directory */
  storageDir: string;
  /** an S3-compatible object store for uploaded files instead of storageDir (S3_BUCKET set) */
  s3: S3StorageConfig | undefined;
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string | undefined;
  meiliIndexPrefix: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionTtlHours: number;
  /** run queue workers (search sync, mail) inside the API process */
  jobsInProcess: boolean;
  /** serve the built web client from this directory, if it exists */
  webDist: string | undefined;
  maxRequestBytes: number;
  /** declaration imports: reads at once per process, memory and time limit of one read */
  imports: { concurrency: number; workerMemoryMb: number; timeoutSeconds: number };
  rateLimits: {
    signInPerIp: number;
    signInPerAccount: number;
    signUpPerIp: number;
    windowSeconds: number;
  };
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Configuration error: ${variable} ${message}`);
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function url(env: Env, name: string, protocols: string[], required: boolean): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') {
    if (required) throw new ConfigError(name, 'is required');
    return undefined;
  }
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a valid URL: "${redact(raw)}"`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must use ${protocols.join(' or ')}, got "${parsed.protocol}"`);
  }
  return raw;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

/** Hides the password of a URL before it is printed. */
export function redact(value: string): string {
  return value.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@');
}

// S3's rules for bucket names (DNS-compatible, 3-63 characters)
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** S3_* variables: none set means local files; S3_BUCKET set means the object store, validated whole. */
function s3Config(env: Env): S3StorageConfig | undefined {
  const names = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE'];
  const given = names.filter((n) => env[n]);
  if (!given.length) return undefined;
  const bucket = env.S3_BUCKET;
  if (!bucket) throw new ConfigError('S3_BUCKET', `is required when ${given.join(', ')} ${given.length > 1 ? 'are' : 'is'} set`);
  if (!BUCKET.test(bucket) || bucket.includes('..')) throw new ConfigError('S3_BUCKET', `is not a valid bucket name: "${bucket}"`);
  const region = env.S3_REGION || 'us-east-1';
  if (!/^[a-z0-9-]{2,40}$/.test(region)) throw new ConfigError('S3_REGION', `is not a region name: "${region}"`);
  const accessKeyId = env.S3_ACCESS_KEY_ID || undefined;
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY || undefined;
  if (!!accessKeyId !== !!secretAccessKey) {
    throw new ConfigError(accessKeyId ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID', 'must be set together with ' + (accessKeyId ? 'S3_ACCESS_KEY_ID' : 'S3_SECRET_ACCESS_KEY'));
  }
  const endpoint = url(env, 'S3_ENDPOINT', ['http:', 'https:'], false);
  return { endpoint, bucket, region, accessKeyId, secretAccessKey, forcePathStyle: boolean(env, 'S3_FORCE_PATH_STYLE', !!endpoint) };
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnvRaw = env.NODE_ENV || 'development';
  if (!['production', 'development', 'test'].includes(nodeEnvRaw)) {
    throw new ConfigError('NODE_ENV', `must be production, development or test, got "${nodeEnvRaw}"`);
  }
  const nodeEnv = nodeEnvRaw as AppConfig['nodeEnv'];
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const publicUrl = url(env, 'PUBLIC_URL', ['http:', 'https:'], false) ?? `http://localhost:${port}`;
  const indexPrefix = env.MEILI_INDEX_PREFIX ?? '';
  if (!/^[a-zA-Z0-9_-]*$/.test(indexPrefix)) {
    throw new ConfigError('MEILI_INDEX_PREFIX', 'may contain only letters, digits, _ and -');
  }
  const mailFrom = env.MAIL_FROM || 'Common Ground <no-reply@commonground.local>';
  if (!/@/.test(mailFrom)) throw new ConfigError('MAIL_FROM', `must contain an e-mail address, got "${mailFrom}"`);
  return {
    nodeEnv,
    port,
    host: env.HOST || '0.0.0.0',
    publicUrl: publicUrl.replace(/\/$/, ''),
    dataDir: path.resolve(env.DATA_DIR || '.data'),
    storageDir: path.resolve(env.STORAGE_DIR || path.join(env.DATA_DIR || '.data', 'files')),
    s3: s3Config(env),
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:'], true)!,
    meiliUrl: url(env, 'MEILI_URL', ['http:', 'https:'], true)!,
    meiliMasterKey: env.MEILI_MASTER_KEY || undefined,
    meiliIndexPrefix: indexPrefix,
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:'], false),
    mailFrom,
    sessionTtlHours: integer(env, 'SESSION_TTL_HOURS', 24 * 14, 1, 24 * 365),
    jobsInProcess: boolean(env, 'JOBS_IN_PROCESS', true),
    webDist: env.WEB_DIST === '' ? undefined : path.resolve(env.WEB_DIST || 'apps/web/dist'),
    // 3 MiB: a glossary import (2 MiB at most) travels as a GraphQL string
    maxRequestBytes: integer(env, 'MAX_REQUEST_BYTES', 3 * 1024 * 1024, 1024),
    imports: {
      concurrency: integer(env, 'IMPORT_CONCURRENCY', 2, 1, 64),
      workerMemoryMb: integer(env, 'IMPORT_WORKER_MEMORY_MB', 128, 32, 4096),
      timeoutSeconds: integer(env, 'IMPORT_TIMEOUT_SECONDS', 60, 1, 3600),
    },
    rateLimits: {
      signInPerIp: integer(env, 'RATE_LIMIT_SIGN_IN_PER_IP', 100, 1),
      signInPerAccount: integer(env, 'RATE_LIMIT_SIGN_IN_PER_ACCOUNT', 10, 1),
      signUpPerIp: integer(env, 'RATE_LIMIT_SIGN_UP_PER_IP', 20, 1),
      windowSeconds: integer(env, 'RATE_LIMIT_WINDOW_SECONDS', 15 * 60, 1),
    },
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
