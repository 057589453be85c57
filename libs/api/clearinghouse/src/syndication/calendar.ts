import ical, { type ICalCalendar, type ICalEventData } from 'ical-generator';
import { DateTime } from 'luxon';
import { describeOpportunity } from './feeds';
import { isValidTimeZone } from './time';
import type { FeedOpportunity } from './types';
import { vtimezoneGenerator } from './vtimezone';

/** Length of the VEVENT that marks a deadline: it ends at the deadline. */
export const DEADLINE_EVENT_MINUTES = 30;
/** Length given to an event whose end is unknown. */
export const DEFAULT_EVENT_MINUTES = 60;

const EVENT_KINDS = new Set(['EVENT', 'WEBINAR', 'DELEGATION']);

export const deadlineUid = (id: string) => `${id}-deadline@commonground`;
export const eventUid = (id: string) => `${id}-event@commonground`;

function plainText(item: FeedOpportunity): string {
  return describeOpportunity(item)
    .replace(/<\/p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
}

/**
 * The VEVENTs of one opportunity:
 * - a deadline event, "Deadline: <title>", from deadline − 30 min to the deadline;
 * - for EVENT / WEBINAR / DELEGATION with an eventStart, the event itself (eventStart – eventEnd, or 1 h).
 * Times are written in the publisher's zone (DTSTART;TZID=…) when it is a known IANA zone, else in UTC.
 */
export function opportunityEvents(item: FeedOpportunity): ICalEventData[] {
  const zone = isValidTimeZone(item.timeZone) ? item.timeZone : null;
  const at = (d: Date) => (zone ? DateTime.fromJSDate(d).setZone(zone) : DateTime.fromJSDate(d, { zone: 'utc' }));
  const common = {
    url: item.url,
    description: plainText(item),
    stamp: DateTime.fromJSDate(item.updatedAt, { zone: 'utc' }),
    timezone: zone,
  };
  const events: ICalEventData[] = [];
  if (item.deadline) {
    events.push({
      ...common,
      id: deadlineUid(item.id),
      summary: `Deadline: ${item.title}`,
      start: at(new Date(item.deadline.getTime() - DEADLINE_EVENT_MINUTES * 60_000)),
      end: at(item.deadline),
    });
  }
  if (EVENT_KINDS.has(item.kind) && item.eventStart) {
    const end =
      item.eventEnd && item.eventEnd.getTime() > item.eventStart.getTime()
        ? item.eventEnd
        : new Date(item.eventStart.getTime() + DEFAULT_EVENT_MINUTES * 60_000);
    events.push({ ...common, id: eventUid(item.id), summary: item.title, start: at(item.eventStart), end: at(end) });
  }
  return events;
}

function instantsOf(items: readonly FeedOpportunity[]): Date[] {
  return items.flatMap((i) => [i.deadline, i.eventStart, i.eventEnd].filter((d): d is Date => d instanceof Date));
}

function fill(cal: ICalCalendar, items: readonly FeedOpportunity[]): string {
  for (const item of items) for (const e of opportunityEvents(item)) cal.createEvent(e);
  return cal.toString();
}

/** An .ics file for one opportunity (its deadline and, for events, the event). */
export function writeOpportunityIcs(item: FeedOpportunity, options: { prodId: string; calendarName?: string }): string {
  const zone = isValidTimeZone(item.timeZone) ? item.timeZone : null;
  const cal = ical({
    prodId: options.prodId,
    name: options.calendarName ?? item.title,
    // X-WR-TIMEZONE is the publisher's zone; a VTIMEZONE is emitted for it.
    timezone: { name: zone, generator: vtimezoneGenerator(instantsOf([item])) },
  });
  return fill(cal, [item]);
}

/**
 * A subscribable calendar of deadlines and events for any filter. Each event keeps its publisher's
 * zone (one VTIMEZONE per zone used); no calendar-wide X-WR-TIMEZONE, as items may differ.
 */
export function writeCalendarIcs(items: readonly FeedOpportunity[], options: { name: string; prodId: string; url: string }): string {
  const cal = ical({
    prodId: options.prodId,
    name: options.name,
    url: options.url,
    source: options.url,
    timezone: { name: null, generator: vtimezoneGenerator(instantsOf(items)) },
  });
  return fill(cal, items);
}
