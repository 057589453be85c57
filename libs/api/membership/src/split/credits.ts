// Credits after a pool is re-split (a late joiner). Pure.

import type { SplitResult } from './split.types';

export interface PreviousShare {
  id: string;
  /** the share before the re-split */
  amount: number;
  /** what the participant has paid so far */
  paid: number;
}

export interface ResplitLine {
  id: string;
  /** the share after the re-split */
  amount: number;
  /** what the participant has paid so far (0 for a new joiner) */
  paid: number;
  /** what it paid beyond its new share: max(0, paid - amount) */
  credit: number;
}

function assertMinor(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative whole number of minor units, got ${value}`);
  }
}

/**
 * Lines after a re-split, in the order of `next.shares`: each earlier
 * participant keeps what it paid and gets a credit of what it paid beyond its
 * new share (never a debit — `splitPool` never raises a share when someone
 * joins); new joiners have paid 0. An earlier participant missing from `next`
 * (it left the pool) is not dropped silently: it is listed after the others
 * with a new share of 0 and its whole payment as credit.
 *
 * @throws RangeError on a duplicate id in `previous` or a `paid`/`amount` that
 * is not a non-negative safe integer.
 */
export function resplitCredits(previous: Array<{ id: string; amount: number; paid: number }>, next: SplitResult): ResplitLine[] {
  const before = new Map<string, { id: string; amount: number; paid: number }>();
  for (const p of previous) {
    if (before.has(p.id)) throw new RangeError(`previous share ${JSON.stringify(p.id)} appears more than once`);
    assertMinor(p.amount, `previous share ${JSON.stringify(p.id)}: amount`);
    assertMinor(p.paid, `previous share ${JSON.stringify(p.id)}: paid`);
    before.set(p.id, p);
  }
  const lines: ResplitLine[] = next.shares.map((s) => {
    const paid = before.get(s.id)?.paid ?? 0;
    before.delete(s.id);
    return { id: s.id, amount: s.amount, paid, credit: Math.max(0, paid - s.amount) };
  });
  for (const gone of before.values()) lines.push({ id: gone.id, amount: 0, paid: gone.paid, credit: gone.paid });
  return lines;
}
