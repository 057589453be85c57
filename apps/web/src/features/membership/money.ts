// Money in the web client: amounts travel as integer minor units with an ISO
// 4217 code; people read and type decimal amounts in their language. Parsing
// works on the typed string (digits), never through floating point, so
// "0.29" EUR is exactly 29 cents.
import { CURRENCIES, formatMoney, isCurrency, minorUnits } from '@commonground/shared-reference';

export interface MoneyValue {
  amountMinor: number;
  currency: string;
}

export type ParseFailure = 'empty' | 'invalid' | 'negative' | 'tooManyDecimals' | 'tooLarge';
export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: ParseFailure };

interface Separators {
  decimal: string;
  group: string;
}

const separatorCache = new Map<string, Separators>();

/** The decimal and grouping separators of a language ("en": "." and ","; "fr": "," and a narrow space). */
export function separators(language: string): Separators {
  let found = separatorCache.get(language);
  if (!found) {
    const parts = new Intl.NumberFormat(language, { useGrouping: true }).formatToParts(12345.6);
    found = {
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
    };
    separatorCache.set(language, found);
  }
  return found;
}

const SPACES = /[\s\u00a0\u202f'’]/g;
const SPACE = /^[\s\u00a0\u202f'’]$/;
const GROUPED = (sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`);

/**
 * A decimal number typed by a person, as a plain "1234.56" string (digits, at
 * most one point), or a failure. The language's decimal separator is the
 * decimal separator; its grouping separator may group thousands; a point is
 * also accepted as the decimal separator when the language does not use it to
 * group. Ambiguous input ("12,50" in English) is refused rather than guessed.
 */
export function normalizeDecimal(input: string, language: string): ParseResult<string> {
  let text = input.trim();
  if (!text) return { ok: false, reason: 'empty' };
  if (/^[-−]/.test(text)) return { ok: false, reason: 'negative' };
  if (text.startsWith('+')) text = text.slice(1);
  text = text.replace(SPACES, '');
  const { decimal, group } = separators(language);
  const groupChar = SPACE.test(group) ? null : group;

  let integer = text;
  let fraction = '';
  const decimalAt = text.lastIndexOf(decimal);
  if (decimalAt >= 0) {
    integer = text.slice(0, decimalAt);
    fraction = text.slice(decimalAt + 1);
  } else if (decimal !== '.' && groupChar !== '.' && text.split('.').length === 2) {
    // a point typed in a language whose decimal separator is a comma and that does not group with points (French)
    [integer, fraction] = text.split('.') as [string, string];
  }
  if (groupChar && integer.includes(groupChar)) {
    if (!GROUPED(groupChar).test(integer)) return { ok: false, reason: 'invalid' };
    integer = integer.split(groupChar).join('');
  }
  if (integer === '' && fraction !== '') integer = '0';
  if (!/^\d+$/.test(integer) || !/^\d*$/.test(fraction)) return { ok: false, reason: 'invalid' };
  const value = fraction ? `${integer}.${fraction}` : integer;
  return { ok: true, value };
}

/** A typed amount in minor units of the currency, exactly ("12,5" EUR in French is 1250). */
export function parseAmount(input: string, currency: string, language: string): ParseResult<number> {
  const normalized = normalizeDecimal(input, language);
  if (!normalized.ok) return normalized;
  const digits = isCurrency(currency) ? minorUnits(currency) : 2;
  const [integer, fraction = ''] = normalized.value.split('.') as [string, string?];
  const extra = fraction.slice(digits);
  if (/[1-9]/.test(extra)) return { ok: false, reason: 'tooManyDecimals' };
  const minor = BigInt(integer) * 10n ** BigInt(digits) + BigInt((fraction.slice(0, digits) || '0').padEnd(digits, '0'));
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, reason: 'tooLarge' };
  return { ok: true, value: Number(minor) };
}

/** A typed decimal number (a weight, a percentage) as a number. */
export function parseDecimal(input: string, language: string): ParseResult<number> {
  const normalized = normalizeDecimal(input, language);
  if (!normalized.ok) return normalized;
  const value = Number(normalized.value);
  if (!Number.isFinite(value)) return { ok: false, reason: 'invalid' };
  return { ok: true, value };
}

/** Minor units as a decimal string for an input, in the language, without grouping: 123450 EUR, "fr" -> "1234,50". */
export function amountInputValue(amountMinor: number, currency: string, language: string): string {
  const digits = isCurrency(currency) ? minorUnits(currency) : 2;
  const text = String(Math.abs(Math.trunc(amountMinor))).padStart(digits + 1, '0');
  if (digits === 0) return text;
  return `${text.slice(0, -digits)}${separators(language).decimal}${text.slice(-digits)}`;
}

/** A number (weight, percentage) for an input, in the language. */
export function decimalInputValue(value: number, language: string): string {
  return new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 6 }).format(value);
}

/** An amount for people, in the language: formatMoneyValue({ amountMinor: 123456, currency: 'EUR' }, 'fr') -> "1 234,56 €". */
export function formatMoneyValue(money: MoneyValue, language: string): string {
  try {
    return formatMoney(money.amountMinor, money.currency, language);
  } catch {
    return `${money.amountMinor} ${money.currency}`;
  }
}

/** An example amount in the language, for messages ("1,234.50"). */
export function exampleAmount(currency: string, language: string): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: isCurrency(currency) ? minorUnits(currency) : 2 }).format(1234.5);
}

/** Totals of several amounts, one per currency, in the order currencies first appear. */
export function sumByCurrency(amounts: readonly MoneyValue[]): MoneyValue[] {
  const totals = new Map<string, number>();
  for (const a of amounts) totals.set(a.currency, (totals.get(a.currency) ?? 0) + a.amountMinor);
  return [...totals].map(([currency, amountMinor]) => ({ currency, amountMinor }));
}

const nameCache = new Map<string, { id: string; label: string }[]>();

/** Every ISO 4217 currency as an option ("EUR — Euro"), named in the language. */
export function currencyOptions(language: string): { id: string; label: string }[] {
  let options = nameCache.get(language);
  if (!options) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([language], { type: 'currency' });
    } catch {
      names = null;
    }
    options = CURRENCIES.filter((c) => !c.fund).map((c) => {
      const name = names?.of(c.code);
      return { id: c.code, label: name && name !== c.code ? `${c.code} — ${name}` : c.code };
    });
    nameCache.set(language, options);
  }
  return options;
}
