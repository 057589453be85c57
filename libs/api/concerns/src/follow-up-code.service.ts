import { RateLimiter } from '@commonground/api-identity';
import { Injectable } from '@nestjs/common';
import { createHash, createHmac, randomBytes, randomInt } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { ConcernFollowUpCodeEntity, ConcernSecretEntity } from './concerns.entities';

// Crockford's base32 without I, L, O, U: easy to read aloud and to copy by hand
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 20; // 100 bits

/** Rate limits of the public concern operations; generous per address (a village may share one). */
export interface ConcernLimits {
  /** concerns filed per hashed address per window */
  filePerAddress: number;
  fileWindowSeconds: number;
  /** wrong follow-up codes per hashed address per window (then even a right one waits) */
  codeFailuresPerAddress: number;
  codeWindowSeconds: number;
}

export const DEFAULT_CONCERN_LIMITS: ConcernLimits = {
  filePerAddress: Number(process.env.RATE_LIMIT_CONCERN_FILE_PER_IP ?? 300),
  fileWindowSeconds: 3600,
  codeFailuresPerAddress: Number(process.env.RATE_LIMIT_CONCERN_CODE_FAILURES_PER_IP ?? 20),
  codeWindowSeconds: 15 * 60,
};

export const normalizeCode = (code: string) => code.toUpperCase().replace(/[^0-9A-Z]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
export const hashCode = (code: string) => createHash('sha256').update(normalizeCode(code)).digest('hex');

/**
 * Follow-up codes: random (100 bits), shown once, stored as SHA-256 (enough
 * for a high-entropy secret), revocable; looking one up counts failures per
 * address. Addresses are never stored: rate-limit keys hold an HMAC of the
 * address under a secret kept in the database (so every replica agrees and
 * the counters, pruned after two windows, cannot be reversed to an address).
 */
@Injectable()
export class FollowUpCodeService {
  readonly limits: ConcernLimits = { ...DEFAULT_CONCERN_LIMITS };
  private secret: Promise<string> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly rateLimiter: RateLimiter,
  ) {}

  generate(): string {
    let raw = '';
    for (let i = 0; i < CODE_LENGTH; i++) raw += ALPHABET[randomInt(ALPHABET.length)];
    return raw.match(/.{4}/g)!.join('-');
  }

  /** Issues a new code for the concern in the caller's transaction; returns the code (the only time it exists in clear). */
  async issue(manager: EntityManager, concernId: string): Promise<string> {
    const code = this.generate();
    await manager.insert(ConcernFollowUpCodeEntity, { concernId, codeHash: hashCode(code), revokedAt: null });
    return code;
  }

  private key(): Promise<string> {
    this.secret ??= (async () => {
      await this.dataSource.query(`INSERT INTO concern_secrets (name, value) VALUES ('address-key', $1) ON CONFLICT (name) DO NOTHING`, [randomBytes(32).toString('hex')]);
      const row = await this.dataSource.getRepository(ConcernSecretEntity).findOneByOrFail({ name: 'address-key' });
      return row.value;
    })().catch((error) => {
      this.secret = null;
      throw error;
    });
    return this.secret;
  }

  /** A rate-limit key for an address that does not reveal the address. */
  async addressKey(purpose: string, ip: string | null | undefined): Promise<string> {
    const digest = createHmac('sha256', await this.key()).update(ip ?? 'unknown').digest('base64url').slice(0, 22);
    return `concern-${purpose}:${digest}`;
  }

  async countFiling(ip: string | null | undefined): Promise<void> {
    await this.rateLimiter.hit(await this.addressKey('file', ip), this.limits.filePerAddress, this.limits.fileWindowSeconds);
  }

  /**
   * The concern a valid, unrevoked code opens, or null. Wrong codes count
   * against the address; past the limit every attempt is refused with
   * RATE_LIMITED, right codes too, until the window ends.
   */
  async resolve(code: string, ip: string | null | undefined): Promise<string | null> {
    const key = await this.addressKey('code', ip);
    await this.rateLimiter.check(key, this.limits.codeFailuresPerAddress, this.limits.codeWindowSeconds);
    const normalized = normalizeCode(code ?? '');
    const row =
      normalized.length === CODE_LENGTH
        ? await this.dataSource.getRepository(ConcernFollowUpCodeEntity).findOneBy({ codeHash: hashCode(normalized), revokedAt: IsNull() })
        : null;
    if (!row) {
      await this.rateLimiter.hit(key, this.limits.codeFailuresPerAddress, this.limits.codeWindowSeconds);
      return null;
    }
    return row.concernId;
  }

  /** Revokes a code (the reporter's act); with `issueNew`, returns a fresh code for the same concern. */
  async revoke(code: string, ip: string | null | undefined, issueNew: boolean): Promise<{ concernId: string; newCode: string | null } | null> {
    const concernId = await this.resolve(code, ip);
    if (!concernId) return null;
    return this.dataSource.transaction(async (manager) => {
      await manager.update(ConcernFollowUpCodeEntity, { codeHash: hashCode(code), revokedAt: IsNull() }, { revokedAt: new Date() });
      return { concernId, newCode: issueNew ? await this.issue(manager, concernId) : null };
    });
  }
}
