// Joint audits: the estimated cost is split equally among the sponsors, to the
// minor unit, with nothing lost (SPEC "Money": sums that are split are split to
// the cent). Pure, no I/O.

export interface SponsorShare {
  sponsorId: string;
  /** Integer minor units (cents for EUR/USD). */
  amount: number;
}

/**
 * Splits `amount` minor units equally among the sponsors. Every sponsor gets
 * floor(amount / n); the r = amount mod n left-over units go one each to the
 * first r sponsors in sorted id order (code-unit order, so the result does not
 * depend on the order the ids were given in, nor on the locale). The shares add
 * up to `amount` exactly and differ by at most one unit. A negative amount (a
 * refund) is split the same way with the signs flipped. The result is in sorted
 * id order.
 *
 * equalSplit(100, ['b', 'a', 'c']) -> a 34, b 33, c 33.
 */
export function equalSplit(amount: number, sponsorIds: readonly string[]): SponsorShare[] {
  if (!Number.isSafeInteger(amount)) throw new RangeError('amount must be an integer number of minor units');
  if (sponsorIds.length === 0) throw new RangeError('at least one sponsor is needed');
  const ids = [...sponsorIds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (let i = 1; i < ids.length; i++) if (ids[i] === ids[i - 1]) throw new RangeError(`duplicate sponsor: ${ids[i]}`);
  const sign = amount < 0 ? -1 : 1;
  const whole = Math.abs(amount);
  const n = ids.length;
  const base = Math.floor(whole / n);
  const rest = whole - base * n;
  return ids.map((sponsorId, i) => {
    const units = base + (i < rest ? 1 : 0);
    return { sponsorId, amount: units === 0 ? 0 : sign * units };
  });
}
