import fc from 'fast-check';
import { equalSplit } from '../index';

const sum = (xs: { amount: number }[]) => xs.reduce((a, b) => a + b.amount, 0);
const RUNS = { numRuns: 300 };

describe('equalSplit', () => {
  it('gives the left-over cents to the first sponsors in id order', () => {
    expect(equalSplit(100, ['b', 'a', 'c'])).toEqual([
      { sponsorId: 'a', amount: 34 },
      { sponsorId: 'b', amount: 33 },
      { sponsorId: 'c', amount: 33 },
    ]);
    expect(equalSplit(1_000_000, ['x', 'y'])).toEqual([
      { sponsorId: 'x', amount: 500_000 },
      { sponsorId: 'y', amount: 500_000 },
    ]);
    expect(equalSplit(2, ['a', 'b', 'c']).map((s) => s.amount)).toEqual([1, 1, 0]);
    expect(equalSplit(-100, ['a', 'b', 'c']).map((s) => s.amount)).toEqual([-34, -33, -33]);
    expect(equalSplit(0, ['a']).map((s) => s.amount)).toEqual([0]);
  });

  it('refuses what is not an integer amount or a set of sponsors', () => {
    expect(() => equalSplit(10.5, ['a'])).toThrow(RangeError);
    expect(() => equalSplit(10, [])).toThrow(RangeError);
    expect(() => equalSplit(10, ['a', 'a'])).toThrow(/duplicate/);
  });

  const ids = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 40 });
  const amounts = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 });

  it('always sums exactly, shares differ by at most one unit, and are integers', () => {
    fc.assert(
      fc.property(amounts, ids, (amount, sponsors) => {
        const shares = equalSplit(amount, sponsors);
        expect(sum(shares)).toBe(amount);
        expect(shares).toHaveLength(sponsors.length);
        const values = shares.map((s) => s.amount);
        expect(values.every(Number.isInteger)).toBe(true);
        expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('does not depend on the order the sponsors are given in', () => {
    fc.assert(
      fc.property(amounts, ids, fc.integer(), (amount, sponsors, seed) => {
        const shuffled = [...sponsors].sort(() => 0).reverse();
        if (seed % 2) shuffled.push(shuffled.shift()!);
        expect(equalSplit(amount, shuffled)).toEqual(equalSplit(amount, sponsors));
      }),
      RUNS,
    );
  });
});
