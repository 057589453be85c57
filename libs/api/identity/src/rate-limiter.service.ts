import { AppError } from '@commonground/api-core';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Fixed-window attempt counters in PostgreSQL (shared by every replica).
 * `hit` counts an attempt and refuses with RATE_LIMITED beyond the limit.
 */
@Injectable()
export class RateLimiter {
  constructor(private readonly dataSource: DataSource) {}

  async hit(key: string, limit: number, windowSeconds: number): Promise<void> {
    const [row] = await this.dataSource.query(
      `INSERT INTO rate_limit_counters (key, window_start, count)
       VALUES ($1, to_timestamp(floor(extract(epoch FROM now()) / $2) * $2), 1)
       ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_counters.count + 1
       RETURNING count`,
      [key, windowSeconds],
    );
    if (row.count > limit) {
      throw new AppError('RATE_LIMITED', 'Too many attempts. Please wait a few minutes and try again.', {
        retryAfterSeconds: windowSeconds,
      });
    }
  }

  /** Refuses when `key` already reached `limit` in the current window, without counting. */
  async check(key: string, limit: number, windowSeconds: number): Promise<void> {
    const [row] = await this.dataSource.query(
      `SELECT count FROM rate_limit_counters WHERE key = $1 AND window_start = to_timestamp(floor(extract(epoch FROM now()) / $2) * $2)`,
      [key, windowSeconds],
    );
    if (row && row.count >= limit) {
      throw new AppError('RATE_LIMITED', 'Too many attempts. Please wait a few minutes and try again.', { retryAfterSeconds: windowSeconds });
    }
  }

  /** Forgets counters of windows that ended (called by a periodic job). */
  async prune(windowSeconds: number): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_counters WHERE window_start < now() - make_interval(secs => $1)`, [
      windowSeconds * 2,
    ]);
  }
}
