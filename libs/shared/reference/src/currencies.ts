// ISO 4217 active codes (list one, current at the 2025 amendments) with their
// minor-unit exponent: an amount of 1234 USD minor units is 12.34 USD, of
// 1234 JPY is 1234 JPY, of 1234 KWD is 1.234 KWD. Hand-written from the ISO
// 4217 table; codes without minor units (XAU, XDR, XTS, XXX ...) are left out
// because they cannot be money here. Fund codes (BOV, CHE, CHW, CLF, COU, MXV,
// USN, UYI, UYW) are kept: they are valid amounts in their own right.
import { freeze } from './localized';

const TABLE: Record<string, number> = {
  AED: 2, AFN: 2, ALL: 2, AMD: 2, ANG: 2, AOA: 2, ARS: 2, AUD: 2, AWG: 2, AZN: 2,
  BAM: 2, BBD: 2, BDT: 2, BGN: 2, BHD: 3, BIF: 0, BMD: 2, BND: 2, BOB: 2, BOV: 2,
  BRL: 2, BSD: 2, BTN: 2, BWP: 2, BYN: 2, BZD: 2,
  CAD: 2, CDF: 2, CHE: 2, CHF: 2, CHW: 2, CLF: 4, CLP: 0, CNY: 2, COP: 2, COU: 2,
  CRC: 2, CUP: 2, CVE: 2, CZK: 2,
  DJF: 0, DKK: 2, DOP: 2, DZD: 2,
  EGP: 2, ERN: 2, ETB: 2, EUR: 2,
  FJD: 2, FKP: 2,
  GBP: 2, GEL: 2, GHS: 2, GIP: 2, GMD: 2, GNF: 0, GTQ: 2, GYD: 2,
  HKD: 2, HNL: 2, HTG: 2, HUF: 2,
  IDR: 2, ILS: 2, INR: 2, IQD: 3, IRR: 2, ISK: 0,
  JMD: 2, JOD: 3, JPY: 0,
  KES: 2, KGS: 2, KHR: 2, KMF: 0, KPW: 2, KRW: 0, KWD: 3, KYD: 2, KZT: 2,
  LAK: 2, LBP: 2, LKR: 2, LRD: 2, LSL: 2, LYD: 3,
  MAD: 2, MDL: 2, MGA: 2, MKD: 2, MMK: 2, MNT: 2, MOP: 2, MRU: 2, MUR: 2, MVR: 2,
  MWK: 2, MXN: 2, MXV: 2, MYR: 2, MZN: 2,
  NAD: 2, NGN: 2, NIO: 2, NOK: 2, NPR: 2, NZD: 2,
  OMR: 3,
  PAB: 2, PEN: 2, PGK: 2, PHP: 2, PKR: 2, PLN: 2, PYG: 0,
  QAR: 2,
  RON: 2, RSD: 2, RUB: 2, RWF: 0,
  SAR: 2, SBD: 2, SCR: 2, SDG: 2, SEK: 2, SGD: 2, SHP: 2, SLE: 2, SOS: 2, SRD: 2,
  SSP: 2, STN: 2, SVC: 2, SYP: 2, SZL: 2,
  THB: 2, TJS: 2, TMT: 2, TND: 3, TOP: 2, TRY: 2, TTD: 2, TWD: 2, TZS: 2,
  UAH: 2, UGX: 0, USD: 2, USN: 2, UYI: 0, UYU: 2, UYW: 4, UZS: 2,
  VED: 2, VES: 2, VND: 0, VUV: 0,
  WST: 2,
  XAF: 0, XCD: 2, XCG: 2, XOF: 0, XPF: 0,
  YER: 2,
  ZAR: 2, ZMW: 2, ZWG: 2,
};

const FUNDS: ReadonlySet<string> = new Set(['BOV', 'CHE', 'CHW', 'CLF', 'COU', 'MXV', 'USN', 'UYI', 'UYW']);

export interface Currency {
  /** ISO 4217 alphabetic code, upper case: `USD`. */
  code: string;
  /** Decimal places of the minor unit: USD 2, JPY 0, KWD 3. */
  minorUnits: number;
  /** A fund code (e.g. CLF, USN) rather than a circulating currency. */
  fund: boolean;
}

/** Active ISO 4217 currencies, by code. */
export const CURRENCIES: readonly Currency[] = freeze(
  Object.entries(TABLE)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, minorUnits]) => ({ code, minorUnits, fund: FUNDS.has(code) })),
);

const byCode: ReadonlyMap<string, Currency> = new Map(CURRENCIES.map((c) => [c.code, c]));

/** True for an active ISO 4217 code, exactly as written (upper case). */
export function isCurrency(code: unknown): code is string {
  return typeof code === 'string' && byCode.has(code);
}

/** The minor-unit exponent of the currency (USD 2, JPY 0, KWD 3). Throws a RangeError for an unknown code. */
export function minorUnits(code: string): number {
  const currency = byCode.get(code);
  if (!currency) throw new RangeError(`Unknown ISO 4217 currency: ${code}`);
  return currency.minorUnits;
}

/**
 * An integer amount of minor units formatted for people, e.g.
 * formatMoney(123456, 'EUR', 'fr') -> '1 234,56 €'. Display only: never parse it back.
 */
export function formatMoney(amount: number, currency: string, lang?: string | null): string {
  const digits = minorUnits(currency);
  return new Intl.NumberFormat(lang || 'en', {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount / 10 ** digits);
}

/**
 * Splits an integer amount of minor units in proportion to the weights, to the
 * minor unit, with nothing lost: the parts are integers that add up to `amount`
 * exactly. Leftover units go to the largest remainders, ties to the earlier part.
 * splitAmount(100, [1, 1, 1]) -> [34, 33, 33].
 */
export function splitAmount(amount: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(amount)) throw new RangeError('amount must be an integer number of minor units');
  if (weights.length === 0) throw new RangeError('at least one weight is needed');
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) throw new RangeError('weights must be finite and not negative');
  const total = weights.reduce((a, b) => a + b, 0);
  if (total <= 0) throw new RangeError('weights must not all be zero');
  const sign = amount < 0 ? -1 : 1;
  const whole = Math.abs(amount);
  const exact = weights.map((w) => (whole * w) / total);
  const parts = exact.map(Math.floor);
  let left = whole - parts.reduce((a, b) => a + b, 0);
  // leftover units, one each, to the largest remainders (ties: earlier part first)
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x), weight: weights[i] ?? 0 }))
    .filter((o) => o.weight > 0)
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k]!.i]! += 1;
  return parts.map((p) => (p === 0 ? 0 : sign * p));
}
