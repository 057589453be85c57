// Membership fees pro-rated to the day when a tier changes mid-year. Pure.

const DAY_MS = 86_400_000;

function utcDay(date: Date, what: string): number {
  const time = date instanceof Date ? date.getTime() : NaN;
  if (!Number.isFinite(time)) throw new RangeError(`${what} is not a valid date`);
  return Math.floor(time / DAY_MS);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** 366 when the UTC year of `date` is a leap year, else 365. */
export function yearLength(date: Date): number {
  utcDay(date, 'date');
  return isLeapYear(date.getUTCFullYear()) ? 366 : 365;
}

/** Whole UTC calendar days in [from, to): the day of `from` counts, the day of `to` does not. */
export function daysBetween(from: Date, to: Date): number {
  const days = utcDay(to, 'to') - utcDay(from, 'from');
  if (days < 0) throw new RangeError('to must not be before from');
  return days;
}

/**
 * The annual fee pro-rated to the day for [from, to) (UTC calendar days):
 * annualFee × days / yearDays, rounded to the nearest minor unit, halves up.
 * `yearDays` defaults to 366 when the year of `from` is a leap year, else 365.
 * Integer arithmetic only.
 */
export function prorateFee(annualFeeMinor: number, from: Date, to: Date, yearDays?: number): number {
  if (!Number.isSafeInteger(annualFeeMinor) || annualFeeMinor < 0) {
    throw new RangeError(`annualFeeMinor must be a non-negative whole number of minor units, got ${annualFeeMinor}`);
  }
  const days = daysBetween(from, to);
  const year = yearDays ?? yearLength(from);
  if (!Number.isSafeInteger(year) || year <= 0) throw new RangeError(`yearDays must be a positive whole number, got ${yearDays}`);
  const amount = (2n * BigInt(annualFeeMinor) * BigInt(days) + BigInt(year)) / (2n * BigInt(year));
  if (amount > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('the pro-rated fee is too large');
  return Number(amount);
}

export interface DuePeriod {
  tierName: string;
  annualFeeMinor: number;
  from: Date;
  to: Date;
}

export interface DueLine extends DuePeriod {
  /** UTC days in [from, to) */
  days: number;
  /** the days the annual fee is spread over (365 or 366) */
  yearDays: number;
  /** the fee for those days, in minor units */
  amount: number;
}

export interface DueStatement {
  lines: DueLine[];
  /** the exact sum of the lines' amounts */
  total: number;
}

/**
 * A statement of fees due for consecutive tier periods (e.g. a tier change
 * mid-year): one line per period, in the given order, each pro-rated with
 * `prorateFee`, and the total of the lines.
 *
 * @throws RangeError when two periods overlap (that would charge a day twice),
 * or on an invalid fee or date.
 */
export function dueStatement(periods: DuePeriod[]): DueStatement {
  const lines = periods.map((p, i) => {
    try {
      const yearDays = yearLength(p.from);
      return { ...p, days: daysBetween(p.from, p.to), yearDays, amount: prorateFee(p.annualFeeMinor, p.from, p.to, yearDays) };
    } catch (error) {
      if (error instanceof RangeError) throw new RangeError(`period ${i + 1} (${p.tierName}): ${error.message}`);
      /* istanbul ignore next */
      throw error;
    }
  });
  const spans = periods
    .map((p, i) => ({ i, start: utcDay(p.from, 'from'), end: utcDay(p.to, 'to') }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  for (let k = 1; k < spans.length; k++) {
    if (spans[k].start < spans[k - 1].end) {
      throw new RangeError(`periods ${spans[k - 1].i + 1} and ${spans[k].i + 1} overlap`);
    }
  }
  return { lines, total: lines.reduce((sum, l) => sum + l.amount, 0) };
}
