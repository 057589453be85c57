// Exact arithmetic helpers for the split. A JavaScript number such as 0.3 is
// not exactly 3/10 in binary; people type weights and percentages in decimal,
// so we read a number as the decimal it prints as (the shortest decimal that
// round-trips, e.g. `String(0.3) === '0.3'`) and compute with BigInt from there.

/** `digits × 10^exp10`, exactly; `digits >= 0`. */
export interface ExactDecimal {
  digits: bigint;
  exp10: number;
}

const DECIMAL = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/** The decimal value a finite, non-negative number prints as. */
export function exactDecimal(value: number): ExactDecimal {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`not a finite non-negative number: ${value}`);
  const match = DECIMAL.exec(String(value));
  /* istanbul ignore next -- String() of a finite non-negative number always matches */
  if (!match) throw new RangeError(`cannot read ${value} as a decimal`);
  const fraction = match[2] ?? '';
  return { digits: BigInt(match[1] + fraction), exp10: Number(match[3] ?? 0) - fraction.length };
}

const powers: bigint[] = [1n];
/** 10^n as a BigInt (n >= 0), cached. */
export function pow10(n: number): bigint {
  while (powers.length <= n) powers.push(powers[powers.length - 1] * 10n);
  return powers[n];
}

/**
 * Scales decimal values to integers with one common factor, so that their
 * ratios are exact: `result[i] / result[j] === values[i] / values[j]`.
 */
export function commonScale(values: readonly ExactDecimal[]): bigint[] {
  let minExp = Infinity;
  for (const v of values) if (v.exp10 < minExp) minExp = v.exp10;
  return values.map((v) => v.digits * pow10(v.exp10 - minExp));
}

/** floor(percent / 100 × total), exactly, for 0 <= percent and a non-negative integer total. */
export function percentOf(percent: number, total: number): number {
  const { digits, exp10 } = exactDecimal(percent);
  const scaled = digits * BigInt(total);
  const shift = exp10 - 2; // / 100
  return Number(shift >= 0 ? scaled * pow10(shift) : scaled / pow10(-shift));
}

/** Code-unit order of strings (locale-independent, the same on every machine). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
