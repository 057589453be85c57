import fc from 'fast-check';
import { dueDigests, dueReminders, FIRST_DIGEST_LOOKBACK_MS, selectDigest, type DigestMatch } from '../index';

const H = 3_600_000;
const D = 24 * H;
const T0 = Date.UTC(2026, 2, 1);
const t = (ms: number) => new Date(T0 + ms);

describe('selectDigest', () => {
  it('takes (lastDigestAt, now], skips sent ones, dedupes, orders by publishedAt then id', () => {
    const matches: DigestMatch[] = [
      { opportunityId: 'b', publishedAt: t(2 * H) },
      { opportunityId: 'a', publishedAt: t(2 * H) },
      { opportunityId: 'c', publishedAt: t(1 * H) },
      { opportunityId: 'c', publishedAt: t(3 * H) }, // listed twice
      { opportunityId: 'edge-start', publishedAt: t(0) }, // = lastDigestAt: belonged to the previous digest
      { opportunityId: 'edge-end', publishedAt: t(D) }, // = now: included
      { opportunityId: 'future', publishedAt: t(D + 1) },
      { opportunityId: 'sent', publishedAt: t(5 * H) },
    ];
    const r = selectDigest(matches, t(0), t(D), new Set(['sent']));
    expect(r.opportunityIds).toEqual(['c', 'a', 'b', 'edge-end']);
    expect(r.nextCursor).toEqual(t(D));
  });

  it('a never-sent search sends the matches of the last period only', () => {
    const matches: DigestMatch[] = [
      { opportunityId: 'old', publishedAt: t(-2 * D) },
      { opportunityId: 'recent', publishedAt: t(-2 * H) },
    ];
    expect(selectDigest(matches, null, t(0), new Set()).opportunityIds).toEqual(['recent']);
    expect(selectDigest(matches, null, t(0), new Set(), { initialLookbackMs: FIRST_DIGEST_LOOKBACK_MS.WEEKLY }).opportunityIds).toEqual([
      'old',
      'recent',
    ]);
  });

  // Publish times on a minute grid so that many coincide with digest times (boundary cases).
  const minute = fc.integer({ min: 0, max: 14 * 24 * 60 }).map((m) => m * 60_000);
  const scenario = fc.record({
    // one publishedAt per opportunity, as in the database
    matches: fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), at: minute }), { maxLength: 40, selector: (m) => m.id }),
    runs: fc.uniqueArray(minute, { minLength: 1, maxLength: 15 }).map((xs) => xs.sort((x, y) => x - y)),
    lookback: fc.constantFrom(FIRST_DIGEST_LOOKBACK_MS.INSTANT, FIRST_DIGEST_LOOKBACK_MS.DAILY, FIRST_DIGEST_LOOKBACK_MS.WEEKLY),
    trackSent: fc.boolean(),
  });

  /** Runs consecutive digests the way the job does; returns every id sent, in order. */
  function simulate(s: { matches: Array<{ id: string; at: number }>; runs: number[]; lookback: number; trackSent: boolean }) {
    const all: DigestMatch[] = s.matches.map((m) => ({ opportunityId: m.id, publishedAt: t(m.at) }));
    let cursor: Date | null = null;
    const sent = new Set<string>();
    const out: string[] = [];
    for (const run of s.runs) {
      // the search only "sees" what has been published by the time of the run
      const visible = all.filter((m) => m.publishedAt.getTime() <= T0 + run);
      const r = selectDigest(visible, cursor, t(run), s.trackSent ? sent : new Set(), { initialLookbackMs: s.lookback });
      out.push(...r.opportunityIds);
      r.opportunityIds.forEach((id) => sent.add(id));
      cursor = r.nextCursor;
    }
    return out;
  }

  it('sends every match of the covered period exactly once across consecutive digests', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const out = simulate(s);
        // covered period: from one lookback before the first digest to the last digest
        const windowStart = s.runs[0] - s.lookback;
        const last = s.runs[s.runs.length - 1];
        const expected = s.matches.filter((m) => m.at > windowStart && m.at <= last).map((m) => m.id);
        // the half-open windows alone guarantee this; alreadySent (trackSent) is a second guard
        expect(new Set(out).size).toBe(out.length); // never twice
        expect([...out].sort()).toEqual(expected.sort()); // nothing missed
        // and each digest is ordered by publishedAt
        const at = new Map(s.matches.map((m) => [m.id, m.at]));
        expect(out.map((id) => at.get(id)!)).toEqual([...out.map((id) => at.get(id)!)].sort((a, b) => a - b));
      }),
    );
  });

  it('a repeated listing of a sent id is not sent again', () => {
    const m = (id: string, h: number): DigestMatch => ({ opportunityId: id, publishedAt: t(h * H) });
    const first = selectDigest([m('x', 1)], t(0), t(2 * H), new Set());
    expect(first.opportunityIds).toEqual(['x']);
    // e.g. re-published later with a new publishedAt: alreadySent keeps it out
    expect(selectDigest([m('x', 3)], first.nextCursor, t(4 * H), new Set(first.opportunityIds)).opportunityIds).toEqual([]);
  });
});

describe('dueDigests', () => {
  const now = t(10 * D);
  it('applies the frequencies', () => {
    const searches = [
      { id: 'instant', frequency: 'INSTANT' as const, lastDigestAt: t(10 * D - 1000) },
      { id: 'daily-due', frequency: 'DAILY' as const, lastDigestAt: t(9 * D) },
      { id: 'daily-not', frequency: 'DAILY' as const, lastDigestAt: t(9 * D + 1) },
      { id: 'weekly-due', frequency: 'WEEKLY' as const, lastDigestAt: t(3 * D) },
      { id: 'weekly-not', frequency: 'WEEKLY' as const, lastDigestAt: t(4 * D) },
      { id: 'never', frequency: 'WEEKLY' as const, lastDigestAt: null },
    ];
    expect(dueDigests(searches, now).map((s) => s.id)).toEqual(['instant', 'daily-due', 'weekly-due', 'never']);
    expect(dueDigests(searches, now, { slackMs: 5 * 60_000 }).map((s) => s.id)).toContain('daily-not');
  });
});

describe('dueReminders', () => {
  const deadlines = new Map([
    ['o1', t(10 * D)],
    ['o2', t(2 * D)],
  ]);
  const r = (opportunityId: string, userId: string, daysBefore: number, sentAt: Date | null = null) => ({ opportunityId, userId, daysBefore, sentAt });

  it('sends those whose time has come, not sent, deadline not passed', () => {
    const reminders = [
      r('o1', 'u1', 7), // due at day 3
      r('o1', 'u1', 1), // due at day 9
      r('o1', 'u2', 7, t(3 * D)), // already sent
      r('o2', 'u1', 1), // due at day 1
      r('missing', 'u1', 7),
    ];
    expect(dueReminders(reminders, deadlines, t(3 * D))).toEqual([r('o1', 'u1', 7)]);
    expect(dueReminders(reminders, deadlines, t(1 * D))).toEqual([r('o2', 'u1', 1)]);
    expect(dueReminders(reminders, deadlines, t(2 * D))).toEqual([r('o2', 'u1', 1)]); // at the deadline: still due
    expect(dueReminders(reminders, deadlines, t(2 * D + 1))).toEqual([]);
    expect(dueReminders(reminders, deadlines, t(3 * D - 1))).toEqual([]);
  });
});
