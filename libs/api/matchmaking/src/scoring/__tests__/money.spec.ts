import fc from 'fast-check';
import { minorUnits } from '@commonground/shared-reference';
import { formatMinor, fundingGap, makeConverter } from '../index';
import { RATES, convert } from './fixtures';

const money = (amountMinor: number, currency: string) => ({ amountMinor, currency });

describe('makeConverter — rounding examples', () => {
  it('same currency: unchanged, no rate date', () => {
    expect(convert(money(12_345, 'USD'), 'USD')).toEqual({ amountMinor: 12_345, rateDate: null });
  });

  it('USD → EUR at 1.0850: 108,500.00 USD is exactly 100,000.00 EUR; 300,000.00 USD rounds to the cent', () => {
    expect(convert(money(10_850_000, 'USD'), 'EUR')).toEqual({ amountMinor: 10_000_000, rateDate: '2025-06-30' });
    // 30,000,000 / 1.085 = 27,649,769.585… → 27,649,770
    expect(convert(money(30_000_000, 'USD'), 'EUR')).toEqual({ amountMinor: 27_649_770, rateDate: '2025-06-30' });
  });

  it('JPY has no minor unit, KWD has three', () => {
    // 1,000 JPY / 162.50 = 6.1538… EUR → 6.15 EUR
    expect(convert(money(1_000, 'JPY'), 'EUR')!.amountMinor).toBe(615);
    // 100.00 EUR × 162.50 = 16,250 JPY
    expect(convert(money(10_000, 'EUR'), 'JPY')!.amountMinor).toBe(16_250);
    // 1.000 KWD / 0.3321 = 3.01114… EUR → 3.01 EUR
    expect(convert(money(1_000, 'KWD'), 'EUR')!.amountMinor).toBe(301);
    // 100.00 EUR × 0.3321 = 33.210 KWD
    expect(convert(money(10_000, 'EUR'), 'KWD')!.amountMinor).toBe(33_210);
    // 1.00 USD → JPY through the euro: 162.50 / 1.0850 = 149.769… → 150 JPY (one rounding, at the end)
    expect(convert(money(100, 'USD'), 'JPY')).toEqual({ amountMinor: 150, rateDate: '2025-06-30' });
  });

  it('rounds half-up, on the exact decimal (not the binary float)', () => {
    const c = makeConverter(
      [
        { currency: 'JPY', perEuro: 150, date: '2025-06-30' },
        { currency: 'USD', perEuro: '1.005', date: '2025-06-30' },
      ],
      minorUnits,
    );
    // 0.01 EUR × 150 = 1.5 JPY → 2; 0.03 EUR = 4.5 JPY → 5 (not 4: no banker's rounding)
    expect(c(money(1, 'EUR'), 'JPY')!.amountMinor).toBe(2);
    expect(c(money(3, 'EUR'), 'JPY')!.amountMinor).toBe(5);
    // 1.00 EUR × 1.005 = 1.005 USD → 1.01 (in floats 100 × 1.005 = 100.49999… would round to 100)
    expect(Math.round(100 * 1.005)).toBe(100);
    expect(c(money(100, 'EUR'), 'USD')!.amountMinor).toBe(101);
    // a rate given as a number reads as the decimal it prints as
    expect(c(money(100, 'EUR'), 'USD')).toEqual(makeConverter([{ currency: 'USD', perEuro: 1.005, date: '2025-06-30' }], minorUnits)(money(100, 'EUR'), 'USD'));
  });

  it('through the euro, the rate date reported is the older of the two', () => {
    // GBP's rate is of 2025-06-27, USD's of 2025-06-30
    expect(convert(money(85_500, 'GBP'), 'USD')).toEqual({ amountMinor: 108_500, rateDate: '2025-06-27' });
    expect(convert(money(85_500, 'GBP'), 'EUR')).toEqual({ amountMinor: 100_000, rateDate: '2025-06-27' });
  });

  it('no rate: null', () => {
    expect(convert(money(100, 'CHF'), 'EUR')).toBeNull();
    expect(convert(money(100, 'EUR'), 'CHF')).toBeNull();
  });

  it('several rates for a currency: the latest one is used', () => {
    const c = makeConverter(
      [
        { currency: 'USD', perEuro: '1.2', date: '2025-07-01' },
        { currency: 'USD', perEuro: '1.1', date: '2025-06-01' },
      ],
      minorUnits,
    );
    expect(c(money(100, 'EUR'), 'USD')).toEqual({ amountMinor: 120, rateDate: '2025-07-01' });
  });

  it('rejects a bad table', () => {
    const bad = (rates: Parameters<typeof makeConverter>[0]) => () => makeConverter(rates, minorUnits);
    expect(bad([{ currency: 'USD', perEuro: '0', date: '2025-06-30' }])).toThrow(RangeError);
    expect(bad([{ currency: 'USD', perEuro: '-1.1', date: '2025-06-30' }])).toThrow(RangeError);
    expect(bad([{ currency: 'USD', perEuro: 'abc', date: '2025-06-30' }])).toThrow(RangeError);
    expect(bad([{ currency: 'USD', perEuro: Number.NaN, date: '2025-06-30' }])).toThrow(RangeError);
    expect(bad([{ currency: 'USD', perEuro: '1.1', date: '30/06/2025' }])).toThrow(RangeError);
    expect(bad([{ currency: 'EUR', perEuro: '1.1', date: '2025-06-30' }])).toThrow(RangeError);
    expect(bad([{ currency: 'ZZZ', perEuro: '1.1', date: '2025-06-30' }])).toThrow(RangeError);
    expect(
      bad([
        { currency: 'USD', perEuro: '1.1', date: '2025-06-30' },
        { currency: 'USD', perEuro: '1.2', date: '2025-06-30' },
      ]),
    ).toThrow(RangeError);
    expect(() => convert(money(1.5, 'USD'), 'EUR')).toThrow(RangeError);
  });

  it('properties: identity through the same currency, monotone in the amount, within half a minor unit of the exact value', () => {
    const currencies = ['EUR', ...RATES.map((r) => r.currency)];
    const perEuro = new Map<string, number>([['EUR', 1], ...RATES.map((r) => [r.currency, Number(r.perEuro)] as [string, number])]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 1e6 }), fc.constantFrom(...currencies), fc.constantFrom(...currencies), (a, d, from, to) => {
        const x = convert(money(a, from), to)!;
        const y = convert(money(a + d, from), to)!;
        expect(y.amountMinor).toBeGreaterThanOrEqual(x.amountMinor);
        const exact = ((a / 10 ** minorUnits(from)) * perEuro.get(to)!) / perEuro.get(from)! * 10 ** minorUnits(to);
        expect(Math.abs(x.amountMinor - exact)).toBeLessThanOrEqual(0.5 + exact * 1e-12);
      }),
      { numRuns: 300 },
    );
  });
});

describe('fundingGap', () => {
  it('sums confirmed pledges in several currencies into the budget currency', () => {
    const r = fundingGap(
      money(50_000_000, 'EUR'), // 500,000.00 EUR
      [
        money(10_000_000, 'EUR'), // 100,000.00 EUR
        money(10_850_000, 'USD'), // 108,500.00 USD = 100,000.00 EUR
        money(16_250_000, 'JPY'), // 16,250,000 JPY = 100,000.00 EUR
        money(855_000, 'GBP'), // 8,550.00 GBP = 10,000.00 EUR (rate of 2025-06-27)
      ],
      convert,
    );
    expect(r).toEqual({
      gap: money(19_000_000, 'EUR'),
      confirmed: money(31_000_000, 'EUR'),
      rateDates: ['2025-06-27', '2025-06-30'],
      unconvertible: [],
    });
  });

  it('lists the pledges it cannot convert rather than dropping them silently', () => {
    const r = fundingGap(money(50_000_000, 'EUR'), [money(5_000_000, 'CHF'), money(33_210_000, 'KWD'), money(1, 'CHF')], convert);
    // 33,210.000 KWD / 0.3321 = 100,000.00 EUR
    expect(r).toEqual({
      gap: money(40_000_000, 'EUR'),
      confirmed: money(10_000_000, 'EUR'),
      rateDates: ['2025-06-30'],
      unconvertible: [money(5_000_000, 'CHF'), money(1, 'CHF')],
    });
  });

  it('each pledge is rounded on its own; the gap is never negative', () => {
    // 1.00 USD = 0.9216… EUR → 0.92 each; three of them 2.76 EUR
    expect(fundingGap(money(276, 'EUR'), [money(100, 'USD'), money(100, 'USD'), money(100, 'USD')], convert).gap.amountMinor).toBe(0);
    expect(fundingGap(money(1_000, 'EUR'), [money(2_000, 'EUR')], convert)).toEqual({
      gap: money(0, 'EUR'),
      confirmed: money(2_000, 'EUR'),
      rateDates: [],
      unconvertible: [],
    });
    expect(fundingGap(money(1_000, 'JPY'), [], convert).gap).toEqual(money(1_000, 'JPY'));
  });

  it('rejects amounts that are not whole minor units', () => {
    expect(() => fundingGap(money(10.5, 'EUR'), [], convert)).toThrow(RangeError);
    expect(() => fundingGap(money(-1, 'EUR'), [], convert)).toThrow(RangeError);
    expect(() => fundingGap(money(100, 'EUR'), [money(-5, 'EUR')], convert)).toThrow(RangeError);
  });

  it('property: gap + convertible confirmed = budget when not over-funded, and the gap never grows with a pledge', () => {
    const pledge = fc.record({ amountMinor: fc.integer({ min: 0, max: 1e9 }), currency: fc.constantFrom('EUR', 'USD', 'JPY', 'KWD', 'GBP', 'CHF') });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e10 }), fc.constantFrom('EUR', 'USD', 'JPY'), fc.array(pledge, { maxLength: 6 }), pledge, (b, cur, pledges, extra) => {
        const budget = money(b, cur);
        const r = fundingGap(budget, pledges, convert);
        expect(Number.isSafeInteger(r.gap.amountMinor) && r.gap.amountMinor >= 0).toBe(true);
        expect(r.gap.amountMinor).toBe(Math.max(0, b - r.confirmed.amountMinor));
        expect(r.unconvertible).toEqual(pledges.filter((p) => p.currency === 'CHF'));
        expect(fundingGap(budget, [...pledges, extra], convert).gap.amountMinor).toBeLessThanOrEqual(r.gap.amountMinor);
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatMinor', () => {
  it('formats minor units with the currency exponent', () => {
    expect(formatMinor(12_000_000, 'EUR', minorUnits)).toBe('120,000.00 EUR');
    expect(formatMinor(1_500, 'JPY', minorUnits)).toBe('1,500 JPY');
    expect(formatMinor(5, 'KWD', minorUnits)).toBe('0.005 KWD');
    expect(formatMinor(-123_456, 'USD', minorUnits)).toBe('-1,234.56 USD');
    expect(formatMinor(100, 'ZZZ', minorUnits)).toBe('1.00 ZZZ');
  });
});
