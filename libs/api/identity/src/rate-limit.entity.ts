import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Attempts per key and fixed window, kept in PostgreSQL so every replica shares them. */
@Entity('rate_limit_counters')
export class RateLimitCounter {
  @PrimaryColumn({ type: 'text' }) key: string;
  @PrimaryColumn({ name: 'window_start', type: 'timestamptz' }) windowStart: Date;
  @Column({ type: 'int', default: 0 }) count: number;
}
