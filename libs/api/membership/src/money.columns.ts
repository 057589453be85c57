import { ValueTransformer } from 'typeorm';

/** bigint columns of minor units read back as JS numbers (amounts stay below 2^53). */
export const minorUnits: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null || value === undefined ? null : Number(value)),
};

/** numeric columns (weights, percentages) read back as numbers. */
export const decimal: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null || value === undefined ? null : Number(value)),
};
