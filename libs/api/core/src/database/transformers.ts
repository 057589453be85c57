import type { ValueTransformer } from 'typeorm';

/** PostgreSQL bigint columns (amounts in minor units) read as JavaScript numbers; safe below 2^53. */
export const bigintNumber: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null || v === undefined ? null : Number(v)),
};
