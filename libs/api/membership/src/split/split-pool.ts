// Splitting a cost pool among its participants by tier weight, with caps.
// Pure functions: no I/O, no Nest. The rule in words is in
// docs/membership-cost-sharing.md; this file is the rule in code.
//
// How the cents are chosen. Think of the total as `total` single cents put up
// for allocation. Participant i "bids" for its (k+1)-th cent with the value
// weight_i / (k + 1/2) (the Sainte-Laguë / Webster sequence), and may bid for
// at most `cap_i` cents. The pool gives its cents to the `total` best bids,
// where bids are ordered by
//   1. value, larger first (compared exactly, as fractions of integers),
//   2. then larger weight first,
//   3. then id ascending (code-unit order).
// Because one participant's bids fall as k grows, each participant receives a
// run of its first bids, and its share is the number of bids accepted. This is
// the same as: split the pool exactly by weight among those not capped (water-
// filling: cap whoever would exceed its cap, spread what the cap removed over
// the others by weight, repeat), then round every uncapped share to the nearest
// cent at one common rate, moving the rate just enough that the cents add up.
//
// Why not "largest remainder" (floor everything, hand the leftover cents to the
// largest fractions)? It can raise an existing participant's share when someone
// joins (the "new states paradox"): 10 cents split 1:3 gives 2 + 8 by largest
// remainder (tie on .5 broken by weight), and after a participant of weight 0.1
// joins, 2.44 / 7.32 / 0.24 gives 3 / 7 / 0 — the first participant would owe
// one cent more after the pool gained a member. A fixed order of bids cannot do
// that: a joiner only adds bids, so the accepted bids of everyone else can only
// shrink. That is what makes credits for late joiners never negative.
//
// Arithmetic: weights and percentages are read as the decimals they print as
// (0.3 is 3/10) and scaled to BigInt integers; every comparison that decides a
// cent is exact. Floats are only a fast path when two bids differ by far more
// than float error, and a starting guess for sorting.

import type { SplitParticipant, SplitResult, SplitShare } from './split.types';
import { commonScale, compareIds, exactDecimal, percentOf } from './exact';

interface Entry {
  id: string;
  /** the weight as given (for the float fast path) */
  w: number;
  /** the weight scaled to an exact integer (same factor for all entries) */
  W: bigint;
  /** the effective cap in minor units; Infinity when none */
  cap: number;
  share: number;
}

/**
 * The effective cap of a participant for a pool total, in minor units:
 * min(capAmount, floor(capPercent / 100 × total)) over the caps that are set;
 * `Infinity` when neither is. The percentage is read as the decimal it prints
 * as, so a 0.3 % cap on 1,000 cents is 3 cents, not 2.
 */
export function effectiveCap(totalMinor: number, participant: Pick<SplitParticipant, 'capAmount' | 'capPercent'>): number {
  let cap = Infinity;
  if (participant.capAmount != null) cap = participant.capAmount;
  if (participant.capPercent != null) cap = Math.min(cap, percentOf(participant.capPercent, totalMinor));
  return cap;
}

export function assertTotal(totalMinor: number, name = 'totalMinor'): void {
  if (!Number.isSafeInteger(totalMinor) || totalMinor < 0) {
    throw new RangeError(`${name} must be a non-negative whole number of minor units (a safe integer), got ${totalMinor}`);
  }
}

export function assertParticipant(p: SplitParticipant, where: string): void {
  if (p == null || typeof p !== 'object') throw new RangeError(`${where} is not a participant`);
  if (typeof p.id !== 'string' || p.id === '') throw new RangeError(`${where} needs a non-empty string id`);
  const who = () => `participant ${JSON.stringify(p.id)}`;
  if (typeof p.weight !== 'number' || !Number.isFinite(p.weight) || p.weight <= 0) {
    throw new RangeError(`${who()}: weight must be a finite number greater than 0, got ${p.weight}`);
  }
  if (p.capAmount != null && (!Number.isSafeInteger(p.capAmount) || p.capAmount < 0)) {
    throw new RangeError(`${who()}: capAmount must be a non-negative whole number of minor units, got ${p.capAmount}`);
  }
  if (p.capPercent != null && (typeof p.capPercent !== 'number' || !Number.isFinite(p.capPercent) || p.capPercent < 0 || p.capPercent > 100)) {
    throw new RangeError(`${who()}: capPercent must be a number from 0 to 100, got ${p.capPercent}`);
  }
}

function prepare(totalMinor: number, participants: readonly SplitParticipant[]): Entry[] {
  assertTotal(totalMinor);
  if (!Array.isArray(participants)) throw new RangeError('participants must be an array');
  const seen = new Set<string>();
  participants.forEach((p, index) => {
    assertParticipant(p, `participants[${index}]`);
    if (seen.has(p.id)) throw new RangeError(`participant ${JSON.stringify(p.id)} appears more than once`);
    seen.add(p.id);
  });
  // tiers share weights and percentages: read each distinct value once
  const distinct = [...new Set(participants.map((p) => p.weight))];
  const scaled = commonScale(distinct.map(exactDecimal));
  const weightOf = new Map(distinct.map((w, i) => [w, scaled[i]]));
  const percentCaps = new Map<number, number>();
  const capOf = (p: SplitParticipant): number => {
    if (p.capPercent == null) return p.capAmount ?? Infinity;
    let byPercent = percentCaps.get(p.capPercent);
    if (byPercent === undefined) percentCaps.set(p.capPercent, (byPercent = percentOf(p.capPercent, totalMinor)));
    return p.capAmount == null ? byPercent : Math.min(p.capAmount, byPercent);
  };
  return participants.map((p) => ({ id: p.id, w: p.weight, W: weightOf.get(p.weight) as bigint, cap: capOf(p), share: 0 }));
}

const TINY = 1e-290; // below this, float division may be subnormal and lose relative precision
const SLACK = 1 + 1e-12; // float error of w / (2k + 1) is below 1e-15 relative

/** Does bid (a, k) — a's (k+1)-th cent — rank strictly ahead of bid (b, l)? */
function ahead(a: Entry, k: number, b: Entry, l: number): boolean {
  if (a === b) return k < l;
  const va = a.w / (2 * k + 1);
  const vb = b.w / (2 * l + 1);
  if (va > TINY && vb > TINY) {
    if (va > vb * SLACK) return true;
    if (vb > va * SLACK) return false;
  }
  // exact: a.W / (2k+1) vs b.W / (2l+1)
  const lhs = a.W * (2n * BigInt(l) + 1n);
  const rhs = b.W * (2n * BigInt(k) + 1n);
  if (lhs !== rhs) return lhs > rhs;
  if (a.W !== b.W) return a.W > b.W;
  return compareIds(a.id, b.id) < 0;
}

/** A binary heap whose top is the entry `better` puts first; keys depend on entry state. */
class Heap {
  constructor(
    private readonly items: Entry[],
    private readonly better: (x: Entry, y: Entry) => boolean,
  ) {
    for (let i = (items.length >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  get size(): number {
    return this.items.length;
  }

  top(): Entry {
    return this.items[0];
  }

  /** the top's key changed: restore order */
  update(): void {
    this.siftDown(0);
  }

  pop(): void {
    const last = this.items.pop() as Entry;
    if (this.items.length > 0) {
      this.items[0] = last;
      this.siftDown(0);
    }
  }

  private siftDown(i: number): void {
    const items = this.items;
    const n = items.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) return;
      const r = l + 1;
      const c = r < n && this.better(items[r], items[l]) ? r : l;
      if (!this.better(items[c], items[i])) return;
      [items[i], items[c]] = [items[c], items[i]];
      i = c;
    }
  }
}

/**
 * Exact water-filling: which participants does a cap limit, what is left for
 * the others (`rest`) and their total weight (`restWeight`)? The uncapped
 * participants' exact shares are rest × W_i / restWeight.
 */
function waterFill(totalMinor: number, entries: Entry[]): { capped: boolean[]; rest: bigint; restWeight: bigint } {
  const capped = entries.map(() => false);
  let rest = BigInt(totalMinor);
  let restWeight = 0n;
  for (const e of entries) restWeight += e.W;
  // Cap in order of cap per weight (a float guess; exactness comes from the test
  // below and the fix-up pass). Capping someone whose cap is below the current
  // level only raises the level for the others, so the loop is monotone.
  // (cap / w can overflow to Infinity for a tiny weight: such entries still take part, last)
  const order = entries
    .map((e, i) => ({ i, finite: Number.isFinite(e.cap), ratio: e.cap / e.w }))
    .filter((x) => x.finite)
    .sort((x, y) => (x.ratio < y.ratio ? -1 : x.ratio > y.ratio ? 1 : 0))
    .map((x) => x.i);
  const capIfBelow = (i: number): boolean => {
    const e = entries[i];
    // cap_i < level × W_i  with level = rest / restWeight
    if (capped[i] || !(BigInt(e.cap) * restWeight < rest * e.W)) return false;
    capped[i] = true;
    rest -= BigInt(e.cap);
    restWeight -= e.W;
    return true;
  };
  for (const i of order) if (!capIfBelow(i)) break;
  for (let again = true; again && restWeight > 0n; ) {
    again = false;
    for (const i of order) if (restWeight > 0n && capIfBelow(i)) again = true;
  }
  return { capped, rest, restWeight };
}

/**
 * Splits `totalMinor` (whole minor units) among `participants` by weight, with
 * caps. Shares come back in the input order; they add up to `totalMinor`
 * exactly unless every participant is capped and the caps add up to less, in
 * which case shares equal the caps and `uncovered` says what is missing.
 *
 * Guarantees (tested): shares are whole, never above a cap, add up exactly;
 * a heavier participant never pays less than a lighter one when neither is
 * capped; adding a participant never raises anyone else's share; the result
 * does not depend on the order of `participants` and is always the same for
 * the same input.
 *
 * @throws RangeError on a total that is not a non-negative safe integer, a
 * weight that is not finite and > 0, a negative or fractional capAmount, a
 * capPercent outside 0..100, or a duplicate id.
 */
export function splitPool(totalMinor: number, participants: SplitParticipant[]): SplitResult {
  const entries = prepare(totalMinor, participants);
  if (entries.length === 0) return { shares: [], uncovered: totalMinor };

  const fill = waterFill(totalMinor, entries);
  if (fill.restWeight === 0n) {
    // everyone is capped and the caps do not reach the total
    return { shares: entries.map((e) => ({ id: e.id, amount: e.cap, capped: true })), uncovered: Number(fill.rest) };
  }

  // Start from the Webster rounding at the exact water level: each uncapped
  // share rounded half up (`floor(x + 1/2)`), each capped share at its cap.
  // That is exactly the set of bids worth at least 1 / level — a prefix of the
  // bid order — and it is at most n/2 cents away from the total.
  const twoRest = 2n * fill.rest;
  const twoWeight = 2n * fill.restWeight;
  let start = 0n; // a BigInt: near the largest totals the sum can pass 2^53 before it is corrected
  entries.forEach((e, i) => {
    e.share = fill.capped[i] ? e.cap : Math.min(e.cap, Number((twoRest * e.W + fill.restWeight) / twoWeight));
    start += BigInt(e.share);
  });
  // |missing| <= n / 2: each uncapped share moved by at most half a cent
  let missing = Number(BigInt(totalMinor) - start);

  if (missing > 0) {
    // accept the next best bids, one cent at a time
    const heap = new Heap(
      entries.filter((e) => e.share < e.cap),
      (x, y) => ahead(x, x.share, y, y.share),
    );
    for (; missing > 0 && heap.size > 0; missing--) {
      const e = heap.top();
      e.share++;
      if (e.share >= e.cap) heap.pop();
      else heap.update();
    }
  } else if (missing < 0) {
    // give back the worst accepted bids
    const heap = new Heap(
      entries.filter((e) => e.share > 0),
      (x, y) => ahead(y, y.share - 1, x, x.share - 1),
    );
    for (; missing < 0 && heap.size > 0; missing++) {
      const e = heap.top();
      e.share--;
      if (e.share === 0) heap.pop();
      else heap.update();
    }
  }
  /* istanbul ignore next -- the caps reach the total here, so the heaps cannot run dry */
  if (missing !== 0) throw new Error(`split missed the total by ${missing}`);

  // The last cent given out; a share is "capped" when the cap refused a bid
  // that would otherwise have been accepted.
  let marginal: Entry | null = null;
  for (const e of entries) {
    if (e.share > 0 && (marginal === null || ahead(marginal, marginal.share - 1, e, e.share - 1))) marginal = e;
  }
  const last = marginal;
  const shares: SplitShare[] = entries.map((e) => ({
    id: e.id,
    amount: e.share,
    capped: last !== null && e.share === e.cap && ahead(e, e.cap, last, last.share - 1),
  }));
  return { shares, uncovered: 0 };
}

/**
 * What `candidate` would pay if it joined the pool now, against paying the
 * whole total alone. Nothing is stored; the split is the one `splitPool` would
 * make with the candidate added.
 */
export function previewShare(
  totalMinor: number,
  participants: SplitParticipant[],
  candidate: SplitParticipant,
): { share: number; capped: boolean; aloneCost: number; saving: number } {
  assertParticipant(candidate, 'candidate');
  if (participants.some((p) => p?.id === candidate.id)) {
    throw new RangeError(`candidate ${JSON.stringify(candidate.id)} already takes part in the pool`);
  }
  const result = splitPool(totalMinor, [...participants, candidate]);
  const mine = result.shares[result.shares.length - 1];
  return { share: mine.amount, capped: mine.capped, aloneCost: totalMinor, saving: totalMinor - mine.amount };
}
