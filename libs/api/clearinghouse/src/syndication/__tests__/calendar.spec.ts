import ICAL from 'ical.js';
import { writeCalendarIcs, writeOpportunityIcs } from '../index';
import type { FeedOpportunity } from '../types';
import { kinshasaCall, limaWebinar, parisGrant } from './fixtures';

const prodId = '//Common Ground//Clearinghouse//EN';

/** Parses with ical.js, registering the file's own VTIMEZONEs (no outside tz data). */
function parse(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.reset();
  for (const vtz of root.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  }
  const events = root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  return { root, events };
}

const byUid = (events: ICAL.Event[], uid: string) => {
  const e = events.find((x) => x.uid === uid);
  if (!e) throw new Error(`no event ${uid}`);
  return e;
};

describe('writeOpportunityIcs', () => {
  it('writes the deadline in Africa/Kinshasa with a VTIMEZONE and the right UTC instant', () => {
    const ics = writeOpportunityIcs(kinshasaCall, { prodId });
    const { root, events } = parse(ics);
    expect(root.getFirstPropertyValue('prodid')).toBe('-//Common Ground//Clearinghouse//EN');
    expect(root.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Africa/Kinshasa');
    expect(events).toHaveLength(1);
    const e = byUid(events, 'opp-kin-1-deadline@commonground');
    expect(e.summary).toBe('Deadline: Artisanal cobalt traceability & <pilots>');
    expect(e.component.getFirstPropertyValue('url')).toBe(kinshasaCall.url);
    expect(e.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Africa/Kinshasa');
    expect(e.component.getFirstProperty('dtend')?.getParameter('tzid')).toBe('Africa/Kinshasa');
    expect(e.endDate.toString()).toBe('2026-03-13T17:00:00');
    expect(e.endDate.toJSDate().toISOString()).toBe('2026-03-13T16:00:00.000Z');
    expect(e.startDate.toJSDate().toISOString()).toBe('2026-03-13T15:30:00.000Z');
  });

  it('writes the deadline and the webinar in America/Lima', () => {
    const { events } = parse(writeOpportunityIcs(limaWebinar, { prodId, calendarName: 'Webinar' }));
    expect(events.map((e) => e.uid).sort()).toEqual(['opp-lima-2-deadline@commonground', 'opp-lima-2-event@commonground']);
    const deadline = byUid(events, 'opp-lima-2-deadline@commonground');
    expect(deadline.endDate.zone?.tzid).toBe('America/Lima');
    expect(deadline.endDate.toString()).toBe('2026-03-31T23:59:00');
    expect(deadline.endDate.toJSDate().toISOString()).toBe('2026-04-01T04:59:00.000Z');
    const event = byUid(events, 'opp-lima-2-event@commonground');
    expect(event.summary).toBe(limaWebinar.title);
    expect(event.startDate.zone?.tzid).toBe('America/Lima');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-04-08T15:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-04-08T16:30:00.000Z');
    expect(event.component.getFirstPropertyValue('url')).toBe(limaWebinar.url);
  });

  it('handles a deadline after a DST change (Europe/Paris, CEST)', () => {
    const { root, events } = parse(writeOpportunityIcs(parisGrant, { prodId }));
    const e = byUid(events, 'opp-par-3-deadline@commonground');
    expect(e.endDate.toString()).toBe('2026-04-10T17:00:00');
    expect(e.endDate.toJSDate().toISOString()).toBe('2026-04-10T15:00:00.000Z');
    expect(root.getFirstSubcomponent('vtimezone')?.getAllSubcomponents('daylight').length).toBeGreaterThan(0);
  });

  it('falls back to UTC when the zone is missing or unknown', () => {
    const item: FeedOpportunity = { ...kinshasaCall, timeZone: 'Mars/Olympus' };
    const ics = writeOpportunityIcs(item, { prodId });
    expect(ics).not.toContain('VTIMEZONE');
    expect(ics).toContain('DTEND:20260313T160000Z');
    const { events } = parse(ics);
    expect(events[0].endDate.toJSDate().toISOString()).toBe('2026-03-13T16:00:00.000Z');
  });

  it('writes no VEVENT for an item without deadline or event', () => {
    const { events } = parse(writeOpportunityIcs({ ...parisGrant, kind: 'NEWS', deadline: null }, { prodId }));
    expect(events).toEqual([]);
  });

  it('is stable (no wall-clock DTSTAMP)', () => {
    expect(writeOpportunityIcs(limaWebinar, { prodId })).toBe(writeOpportunityIcs(limaWebinar, { prodId }));
  });
});

describe('writeCalendarIcs', () => {
  it('holds one VEVENT per deadline and per event, each in its publisher zone', () => {
    const ics = writeCalendarIcs([kinshasaCall, limaWebinar, parisGrant], {
      name: 'Closing soon',
      prodId,
      url: 'https://commonground.example/calendars/closing-soon.ics',
    });
    const { root, events } = parse(ics);
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Closing soon');
    expect(root.getFirstPropertyValue('x-wr-timezone')).toBeNull();
    expect(root.getAllSubcomponents('vtimezone').map((c) => c.getFirstPropertyValue('tzid')).sort()).toEqual([
      'Africa/Kinshasa',
      'America/Lima',
      'Europe/Paris',
    ]);
    expect(events.map((e) => e.uid).sort()).toEqual([
      'opp-kin-1-deadline@commonground',
      'opp-lima-2-deadline@commonground',
      'opp-lima-2-event@commonground',
      'opp-par-3-deadline@commonground',
    ]);
    expect(byUid(events, 'opp-kin-1-deadline@commonground').endDate.toJSDate().toISOString()).toBe('2026-03-13T16:00:00.000Z');
    expect(byUid(events, 'opp-lima-2-deadline@commonground').endDate.toJSDate().toISOString()).toBe('2026-04-01T04:59:00.000Z');
    expect(byUid(events, 'opp-par-3-deadline@commonground').endDate.toJSDate().toISOString()).toBe('2026-04-10T15:00:00.000Z');
  });
});
