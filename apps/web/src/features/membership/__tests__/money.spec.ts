// Typed amounts become exact minor units: no floating-point drift, the
// reader's separators, ambiguous input refused.
import { amountInputValue, formatMoneyValue, parseAmount, parseDecimal, sumByCurrency } from '../money';

const ok = (value: number) => ({ ok: true, value });
const fail = (reason: string) => ({ ok: false, reason });

describe('parseAmount', () => {
  it('reads English amounts exactly', () => {
    expect(parseAmount('12.34', 'EUR', 'en')).toEqual(ok(1234));
    expect(parseAmount('0.29', 'EUR', 'en')).toEqual(ok(29));
    expect(parseAmount('1,234.5', 'USD', 'en')).toEqual(ok(123450));
    expect(parseAmount('1,234,567.89', 'USD', 'en')).toEqual(ok(123456789));
    expect(parseAmount(' 10 ', 'EUR', 'en')).toEqual(ok(1000));
    expect(parseAmount('.5', 'EUR', 'en')).toEqual(ok(50));
    expect(parseAmount('12.50', 'EUR', 'en')).toEqual(ok(1250));
    expect(parseAmount('12.500', 'EUR', 'en')).toEqual(ok(1250));
  });

  it('does not drift where floats would', () => {
    // 1.005 * 100 is 100.49999999999999 in floating point
    expect(parseAmount('1.01', 'EUR', 'en')).toEqual(ok(101));
    expect(parseAmount('4.35', 'EUR', 'en')).toEqual(ok(435));
    expect(parseAmount('90071992547409.91', 'EUR', 'en')).toEqual(ok(9007199254740991));
    expect(parseAmount('90071992547409.92', 'EUR', 'en')).toEqual(fail('tooLarge'));
  });

  it('reads French and Spanish amounts', () => {
    expect(parseAmount('1 234,56', 'EUR', 'fr')).toEqual(ok(123456));
    expect(parseAmount('1\u202f234,56', 'EUR', 'fr')).toEqual(ok(123456));
    expect(parseAmount('12.5', 'EUR', 'fr')).toEqual(ok(1250));
    expect(parseAmount('12,5', 'EUR', 'es')).toEqual(ok(1250));
    expect(parseAmount('12.345,67', 'EUR', 'es')).toEqual(ok(1234567));
  });

  it('follows the minor units of the currency', () => {
    expect(parseAmount('1500', 'JPY', 'en')).toEqual(ok(1500));
    expect(parseAmount('1500.5', 'JPY', 'en')).toEqual(fail('tooManyDecimals'));
    expect(parseAmount('1.234', 'KWD', 'en')).toEqual(ok(1234));
    expect(parseAmount('1.001', 'EUR', 'en')).toEqual(fail('tooManyDecimals'));
  });

  it('refuses what it cannot read for sure', () => {
    expect(parseAmount('', 'EUR', 'en')).toEqual(fail('empty'));
    expect(parseAmount('-5', 'EUR', 'en')).toEqual(fail('negative'));
    expect(parseAmount('12,50', 'EUR', 'en')).toEqual(fail('invalid'));
    expect(parseAmount('1e3', 'EUR', 'en')).toEqual(fail('invalid'));
    expect(parseAmount('12.5.1', 'EUR', 'en')).toEqual(fail('invalid'));
    expect(parseAmount('€12', 'EUR', 'en')).toEqual(fail('invalid'));
  });
});

describe('parseDecimal', () => {
  it('reads weights and percentages in the language', () => {
    expect(parseDecimal('0.5', 'en')).toEqual(ok(0.5));
    expect(parseDecimal('0,5', 'fr')).toEqual(ok(0.5));
    expect(parseDecimal('3', 'es')).toEqual(ok(3));
    expect(parseDecimal('abc', 'en')).toEqual(fail('invalid'));
  });
});

describe('amountInputValue and formatMoneyValue', () => {
  it('writes minor units back for an input, without grouping', () => {
    expect(amountInputValue(123450, 'EUR', 'en')).toBe('1234.50');
    expect(amountInputValue(123450, 'EUR', 'fr')).toBe('1234,50');
    expect(amountInputValue(5, 'EUR', 'en')).toBe('0.05');
    expect(amountInputValue(1500, 'JPY', 'en')).toBe('1500');
    for (const minor of [0, 1, 99, 100, 12345, 9007199254740991]) {
      expect(parseAmount(amountInputValue(minor, 'EUR', 'fr'), 'EUR', 'fr')).toEqual(ok(minor));
    }
  });

  it('formats for people in their language', () => {
    expect(formatMoneyValue({ amountMinor: 123456, currency: 'EUR' }, 'en')).toBe('€1,234.56');
    expect(formatMoneyValue({ amountMinor: 1500, currency: 'JPY' }, 'en')).toBe('¥1,500');
  });

  it('adds amounts per currency', () => {
    expect(
      sumByCurrency([
        { amountMinor: 100, currency: 'EUR' },
        { amountMinor: 5, currency: 'USD' },
        { amountMinor: 1, currency: 'EUR' },
      ]),
    ).toEqual([
      { amountMinor: 101, currency: 'EUR' },
      { amountMinor: 5, currency: 'USD' },
    ]);
  });
});
