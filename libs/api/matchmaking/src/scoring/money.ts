// Money arithmetic for matchmaking: currency conversion with a dated rate table
// and the funding gap. Amounts are integers of minor units; rates are read as
// the decimals people typed (never as binary floats) and conversions are done
// with BigInt, rounded once, half away from zero ("half-up" for the
// non-negative amounts money is here). See docs/matchmaking-scoring.md.

import type { Converter, MoneyValue } from './scoring.types';

export interface RateEntry {
  /** ISO 4217 code, e.g. `USD` */
  currency: string;
  /** units of `currency` for one euro, e.g. `'1.0850'` (a string keeps the decimal exact) */
  perEuro: string | number;
  /** the date the rate is valid for, ISO `YYYY-MM-DD` */
  date: string;
}

export interface FundingGap {
  /** max(0, budget − confirmed), in the budget's currency */
  gap: MoneyValue;
  /** the convertible confirmed pledges, each converted (and rounded) into the budget's currency, summed */
  confirmed: MoneyValue;
  /** the dates of the rates used, unique, ascending */
  rateDates: string[];
  /** pledges that could not be converted (no rate): not counted in `confirmed` */
  unconvertible: MoneyValue[];
}

/** A positive decimal `digits × 10^exp10`, exactly. */
interface Decimal {
  digits: bigint;
  exp10: number;
}

const DECIMAL = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

function parseRate(value: string | number, currency: string): Decimal {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value.trim();
  const match = DECIMAL.exec(text);
  if (!match) throw new RangeError(`rate for ${currency} is not a positive decimal: ${String(value)}`);
  const fraction = match[2] ?? '';
  const digits = BigInt(match[1] + fraction);
  if (digits === 0n) throw new RangeError(`rate for ${currency} must be greater than zero`);
  return { digits, exp10: Number(match[3] ?? 0) - fraction.length };
}

const powers: bigint[] = [1n];
function pow10(n: number): bigint {
  while (powers.length <= n) powers.push(powers[powers.length - 1]! * 10n);
  return powers[n]!;
}

/** round(num / den) half away from zero; den > 0. */
function divHalfUp(num: bigint, den: bigint): bigint {
  const negative = num < 0n;
  const abs = negative ? -num : num;
  const q = (2n * abs + den) / (2n * den);
  return negative ? -q : q;
}

function assertMinor(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a whole number of minor units, got ${value}`);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface RateRow {
  rate: Decimal;
  date: string | null;
  minor: number;
}

/**
 * A Converter over a table of rates per euro. Converting X → Y goes through
 * the euro with exact arithmetic — `amount × perEuro(Y) × 10^minor(Y) /
 * (perEuro(X) × 10^minor(X))` — and rounds once, half-up, to Y's minor unit
 * (so JPY with 0 decimals and KWD with 3 are handled). EUR is 1 per euro
 * unless the table says so (it must then say 1).
 *
 * One dated rate per currency: when the table holds several for a currency,
 * the latest date is used (two different rates on the same date are an error).
 * The reported `rateDate` is the date of the rate used; through the euro
 * (neither side EUR) it is the older of the two dates. Same currency: the
 * amount unchanged, `rateDate: null`. Returns null when a side has no rate.
 *
 * @throws RangeError for a rate that is not a positive decimal, a date that is
 * not YYYY-MM-DD, conflicting rates, an unknown currency in the table, or, when
 * converting, an amount that is not a safe integer (or a result that is not).
 */
export function makeConverter(
  rates: ReadonlyArray<{ currency: string; perEuro: string | number; date: string }>,
  minorUnits: (code: string) => number,
): Converter {
  const table = new Map<string, RateRow>();
  for (const entry of rates) {
    if (!ISO_DATE.test(entry.date)) throw new RangeError(`rate date for ${entry.currency} is not YYYY-MM-DD: ${entry.date}`);
    const rate = parseRate(entry.perEuro, entry.currency);
    const minor = minorUnits(entry.currency);
    const known = table.get(entry.currency);
    if (known && known.date !== null) {
      if (entry.date < known.date) continue;
      if (entry.date === known.date) {
        if (!sameDecimal(known.rate, rate)) {
          throw new RangeError(`two different rates for ${entry.currency} on ${entry.date}`);
        }
        continue;
      }
    }
    table.set(entry.currency, { rate, date: entry.date, minor });
  }
  const euro = table.get('EUR');
  if (euro && !sameDecimal(euro.rate, { digits: 1n, exp10: 0 })) throw new RangeError('the rate of EUR per euro must be 1');
  if (!euro) table.set('EUR', { rate: { digits: 1n, exp10: 0 }, date: null, minor: minorUnits('EUR') });

  // the exact factor num/den for each pair used, computed once
  const pairs = new Map<string, { num: bigint; den: bigint; date: string | null }>();
  const pairOf = (from: string, to: string) => {
    const key = `${from}>${to}`;
    let pair = pairs.get(key);
    if (pair) return pair;
    const a = table.get(from);
    const b = table.get(to);
    if (!a || !b) return null;
    // amount × b.digits × 10^(b.exp10 + b.minor) / (a.digits × 10^(a.exp10 + a.minor))
    const k = b.rate.exp10 + b.minor - a.rate.exp10 - a.minor;
    const num = b.rate.digits * (k > 0 ? pow10(k) : 1n);
    const den = a.rate.digits * (k < 0 ? pow10(-k) : 1n);
    const dates = [a.date, b.date].filter((d): d is string => d !== null).sort();
    pair = { num, den, date: dates[0] ?? null };
    pairs.set(key, pair);
    return pair;
  };

  return (amount: MoneyValue, toCurrency: string) => {
    assertMinor(amount.amountMinor, 'amount');
    if (amount.currency === toCurrency) return { amountMinor: amount.amountMinor, rateDate: null };
    const pair = pairOf(amount.currency, toCurrency);
    if (!pair) return null;
    const result = Number(divHalfUp(BigInt(amount.amountMinor) * pair.num, pair.den));
    if (!Number.isSafeInteger(result)) throw new RangeError(`converted amount is too large: ${result}`);
    return { amountMinor: result === 0 ? 0 : result, rateDate: pair.date };
  };
}

function sameDecimal(a: Decimal, b: Decimal): boolean {
  const e = Math.min(a.exp10, b.exp10);
  return a.digits * pow10(a.exp10 - e) === b.digits * pow10(b.exp10 - e);
}

/**
 * The remaining funding gap of a budget: confirmed pledges are converted into
 * the budget's currency one by one (each rounded half-up to the minor unit),
 * summed, and subtracted; the gap is never negative. Pledges with no rate are
 * returned in `unconvertible` (in input order) and are not counted — the gap is
 * then larger than it may really be, and the caller shows them.
 *
 * @throws RangeError when an amount is not a non-negative safe integer.
 */
export function fundingGap(budget: MoneyValue, confirmedPledges: readonly MoneyValue[], convert: Converter): FundingGap {
  assertMinor(budget.amountMinor, 'budget');
  if (budget.amountMinor < 0) throw new RangeError(`budget must not be negative, got ${budget.amountMinor}`);
  let confirmed = 0;
  const dates = new Set<string>();
  const unconvertible: MoneyValue[] = [];
  for (const pledge of confirmedPledges) {
    assertMinor(pledge.amountMinor, 'pledge');
    if (pledge.amountMinor < 0) throw new RangeError(`pledge must not be negative, got ${pledge.amountMinor}`);
    const converted = convert(pledge, budget.currency);
    if (!converted) {
      unconvertible.push({ amountMinor: pledge.amountMinor, currency: pledge.currency });
      continue;
    }
    confirmed += converted.amountMinor;
    if (converted.rateDate !== null) dates.add(converted.rateDate);
  }
  if (!Number.isSafeInteger(confirmed)) throw new RangeError('the confirmed pledges add up beyond a safe integer');
  return {
    gap: { amountMinor: Math.max(0, budget.amountMinor - confirmed), currency: budget.currency },
    confirmed: { amountMinor: confirmed, currency: budget.currency },
    rateDates: [...dates].sort(),
    unconvertible,
  };
}

/** An amount for people in reasons: `120,000.00 EUR`, `1,500 JPY`. Not locale-dependent. */
export function formatMinor(amountMinor: number, currency: string, minorUnits: (code: string) => number): string {
  let digits = 2;
  try {
    digits = minorUnits(currency);
  } catch {
    // an unknown code: show it with two decimals
  }
  const negative = amountMinor < 0;
  const text = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits).replace(/\B(?=(\d{3})+$)/g, ',');
  const fraction = digits > 0 ? `.${text.slice(text.length - digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction} ${currency}`;
}
