import { formatDeadline, utcToZoned, zonedToUtc } from '../zoned-time';

describe('wall-clock times in a time zone', () => {
  it('turns a local time in a zone into an instant and back', () => {
    expect(zonedToUtc('2027-03-15T17:00', 'Africa/Kinshasa')).toBe('2027-03-15T16:00:00.000Z');
    expect(utcToZoned('2027-03-15T16:00:00.000Z', 'Africa/Kinshasa')).toBe('2027-03-15T17:00');
    expect(zonedToUtc('2027-07-01T09:30', 'Europe/Paris')).toBe('2027-07-01T07:30:00.000Z');
    expect(zonedToUtc('2027-01-10T09:30', 'America/Lima')).toBe('2027-01-10T14:30:00.000Z');
  });

  it('moves a time skipped by a clock change forward, and refuses what is not a time', () => {
    // 28 March 2027, 02:30 does not exist in Paris (clocks go from 02:00 to 03:00)
    const instant = zonedToUtc('2027-03-28T02:30', 'Europe/Paris');
    expect(instant).not.toBeNull();
    expect(utcToZoned(instant, 'Europe/Paris')).toMatch(/^2027-03-28T0[13]:30$/);
    expect(zonedToUtc('15/03/2027', 'UTC')).toBeNull();
    expect(zonedToUtc('2027-03-15T17:00', 'Mars/Olympus')).toBeNull();
  });

  it('shows a deadline on the viewer’s clock and on the publisher’s', () => {
    const texts = formatDeadline('2027-03-15T16:00:00.000Z', 'Africa/Kinshasa', 'Europe/London', 'en-GB');
    expect(texts).toEqual({ viewer: '15 March 2027 at 16:00', publisher: '17:00 Africa/Kinshasa' });
    expect(formatDeadline('2027-03-15T16:00:00.000Z', 'Africa/Kinshasa', 'Africa/Kinshasa', 'en-GB').publisher).toBeNull();
    expect(formatDeadline('2027-03-15T23:30:00.000Z', 'Asia/Tokyo', 'UTC', 'en-GB').publisher).toBe('16 March 2027 at 08:30 Asia/Tokyo');
  });
});
