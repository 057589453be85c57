import { formatDeadline } from '../index';

describe('formatDeadline', () => {
  it('shows the example format', () => {
    const r = formatDeadline(new Date('2026-03-13T16:00:00Z'), 'Europe/Paris', 'Europe/Paris', 'en-GB');
    expect(r.publisher).toBe('Fri 13 Mar 2026, 17:00 (Europe/Paris)');
    expect(r.viewer).toBe(r.publisher);
    expect(r.sameZone).toBe(true);
  });

  it('follows the Paris DST change (29 March 2026): 17:00 is 16:00Z before and 15:00Z after', () => {
    const before = formatDeadline(new Date('2026-03-27T16:00:00Z'), 'Europe/Paris', 'Africa/Kinshasa', 'en-GB');
    expect(before.publisher).toBe('Fri 27 Mar 2026, 17:00 (Europe/Paris)');
    expect(before.viewer).toBe('Fri 27 Mar 2026, 17:00 (Africa/Kinshasa)');
    expect(before.sameZone).toBe(false);
    const after = formatDeadline(new Date('2026-04-03T15:00:00Z'), 'Europe/Paris', 'Africa/Kinshasa', 'en-GB');
    expect(after.publisher).toBe('Fri 3 Apr 2026, 17:00 (Europe/Paris)');
    expect(after.viewer).toBe('Fri 3 Apr 2026, 16:00 (Africa/Kinshasa)');
  });

  it('handles the night of the change itself and a viewer across the date line', () => {
    // 01:30 UTC on 29 March 2026 = 03:30 CEST (02:00–03:00 does not exist in Paris)
    const r = formatDeadline(new Date('2026-03-29T01:30:00Z'), 'Europe/Paris', 'America/Lima', 'en-GB');
    expect(r.publisher).toBe('Sun 29 Mar 2026, 03:30 (Europe/Paris)');
    expect(r.viewer).toBe('Sat 28 Mar 2026, 20:30 (America/Lima)');
  });

  it('uses the locale', () => {
    const r = formatDeadline(new Date('2026-03-13T16:00:00Z'), 'Europe/Paris', 'Europe/Paris', 'fr');
    expect(r.publisher).toMatch(/^ven\.? 13 mars 2026, 17:00 \(Europe\/Paris\)$/);
  });

  it('falls back to UTC for unknown zones', () => {
    const r = formatDeadline(new Date('2026-03-13T16:00:00Z'), 'Nowhere/Land', 'UTC', 'en-GB');
    expect(r.publisher).toBe('Fri 13 Mar 2026, 16:00 (UTC)');
    expect(r.sameZone).toBe(true);
  });
});
