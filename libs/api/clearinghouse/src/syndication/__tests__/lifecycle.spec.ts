import fc from 'fast-check';
import { nextStatus, validateSchedule, type OpportunityStatus } from '../index';

const at = (iso: string) => new Date(iso);
const now = at('2026-03-10T12:00:00Z');

describe('nextStatus', () => {
  it.each<[OpportunityStatus, string | null, string | null, OpportunityStatus]>([
    ['SCHEDULED', '2026-03-10T12:00:00Z', '2026-04-01T00:00:00Z', 'PUBLISHED'], // publishAt = now
    ['SCHEDULED', '2026-03-10T12:00:01Z', '2026-04-01T00:00:00Z', 'SCHEDULED'],
    ['SCHEDULED', null, '2026-04-01T00:00:00Z', 'SCHEDULED'],
    ['SCHEDULED', '2026-03-01T00:00:00Z', '2026-03-09T00:00:00Z', 'CLOSED'], // deadline passed before publishing
    ['SCHEDULED', '2026-03-11T00:00:00Z', '2026-03-09T00:00:00Z', 'CLOSED'],
    ['PUBLISHED', null, '2026-03-10T12:00:00Z', 'PUBLISHED'], // deadline = now: still open
    ['PUBLISHED', null, '2026-03-10T11:59:59Z', 'CLOSED'],
    ['PUBLISHED', null, null, 'PUBLISHED'],
    ['DRAFT', '2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z', 'DRAFT'],
    ['ARCHIVED', '2026-03-01T00:00:00Z', '2026-03-20T00:00:00Z', 'ARCHIVED'],
    ['CLOSED', null, '2026-03-20T00:00:00Z', 'CLOSED'],
  ])('%s publishAt=%s deadline=%s → %s', (status, publishAt, deadline, expected) => {
    expect(nextStatus({ status, publishAt: publishAt ? at(publishAt) : null, deadline: deadline ? at(deadline) : null }, now)).toBe(expected);
  });

  const state = fc.record({
    status: fc.constantFrom<OpportunityStatus>('DRAFT', 'SCHEDULED', 'PUBLISHED', 'CLOSED', 'ARCHIVED'),
    publishAt: fc.option(fc.integer({ min: 0, max: 1000 }).map((h) => new Date(Date.UTC(2026, 0, 1) + h * 3_600_000))),
    deadline: fc.option(fc.integer({ min: 0, max: 1000 }).map((h) => new Date(Date.UTC(2026, 0, 1) + h * 3_600_000))),
  });
  const instant = fc.integer({ min: -10, max: 1010 }).map((h) => new Date(Date.UTC(2026, 0, 1) + h * 3_600_000));

  it('reaches a fixed point in one step (the job can run any number of times)', () => {
    fc.assert(
      fc.property(state, instant, (s, t) => {
        const once = nextStatus(s, t);
        expect(nextStatus({ ...s, status: once }, t)).toBe(once);
      }),
    );
  });

  it('never moves backwards when the clock moves forwards', () => {
    const rank: Record<OpportunityStatus, number> = { DRAFT: 0, SCHEDULED: 1, PUBLISHED: 2, CLOSED: 3, ARCHIVED: 4 };
    fc.assert(
      fc.property(state, instant, instant, (s, a, b) => {
        const [t1, t2] = a <= b ? [a, b] : [b, a];
        const s1 = nextStatus(s, t1);
        expect(rank[nextStatus({ ...s, status: s1 }, t2)]).toBeGreaterThanOrEqual(rank[s1]);
      }),
    );
  });
});

describe('validateSchedule', () => {
  const ok = {
    opensAt: at('2026-03-01T00:00:00Z'),
    deadline: at('2026-04-01T15:00:00Z'),
    publishAt: at('2026-02-25T08:00:00Z'),
    timeZone: 'Africa/Kinshasa',
  };
  const fields = (s: Parameters<typeof validateSchedule>[0], n?: Date) => validateSchedule(s, n).map((e) => e.field);

  it('accepts a consistent schedule', () => {
    expect(validateSchedule(ok)).toEqual([]);
    expect(validateSchedule({ opensAt: null, deadline: null, publishAt: null, timeZone: null })).toEqual([]);
  });
  it('rejects a deadline before (or at) the opening', () => {
    expect(fields({ ...ok, deadline: at('2026-02-28T00:00:00Z'), publishAt: null })).toEqual(['deadline']);
    expect(fields({ ...ok, deadline: ok.opensAt, publishAt: null })).toEqual(['deadline']);
  });
  it('rejects an unknown IANA zone, and a deadline without zone', () => {
    expect(fields({ ...ok, timeZone: 'Africa/Atlantis' })).toEqual(['timeZone']);
    expect(fields({ ...ok, timeZone: '+01:00' })).toEqual(['timeZone']);
    expect(fields({ ...ok, timeZone: null })).toEqual(['timeZone']);
  });
  it('rejects publishing after the deadline', () => {
    expect(fields({ ...ok, publishAt: at('2026-04-02T00:00:00Z') })).toEqual(['publishAt']);
  });
  it('rejects invalid dates and, given now, a past deadline', () => {
    expect(fields({ ...ok, opensAt: new Date('nope') })).toEqual(['opensAt']);
    expect(fields(ok, at('2026-05-01T00:00:00Z'))).toEqual(['deadline']);
  });
});
