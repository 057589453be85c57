// Wall-clock times in an IANA time zone, with Intl only: a deadline is typed
// as the publisher's local time ("17:00 in Kinshasa") and stored as an instant.

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, format);
  }
  return format;
}

export function isTimeZone(zone: string | null | undefined): zone is string {
  if (!zone) return false;
  try {
    partsFormatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** The browser's time zone, or UTC. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Every IANA zone the browser knows (UTC included), sorted. */
export function timeZones(): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  const all = new Set(zones);
  all.add('UTC');
  all.add(browserTimeZone());
  return [...all].sort();
}

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallOf(instant: Date, zone: string): Wall {
  const parts = Object.fromEntries(partsFormatter(zone).formatToParts(instant).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour) % 24, minute: Number(parts.minute), second: Number(parts.second) };
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, zone: string): number {
  const w = wallOf(new Date(instant), zone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(instant / 1000) * 1000;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * "2027-03-15T17:00" in a zone as an instant (ISO string), or null when the
 * text is not such a time. A time skipped by a clock change moves forward.
 */
export function zonedToUtc(local: string, zone: string): string | null {
  const m = LOCAL.exec(local.trim());
  if (!m || !isTimeZone(zone)) return null;
  const [, y, mo, d, h, mi, s] = m;
  const guess = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  if (Number.isNaN(guess)) return null;
  const first = guess - offsetAt(guess, zone);
  const second = guess - offsetAt(first, zone);
  return new Date(second).toISOString();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as "2027-03-15T17:00" on the zone's wall clock (for a datetime-local field). */
export function utcToZoned(iso: string | null | undefined, zone: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime()) || !isTimeZone(zone)) return '';
  const w = wallOf(date, zone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

export interface DeadlineTexts {
  /** date and time on the viewer's clock: "15 March 2027, 17:00" */
  viewer: string;
  /** the same on the publisher's clock, or null when both clocks agree: "18:00 Africa/Kinshasa" */
  publisher: string | null;
}

/**
 * A deadline for people: the viewer's local date and time, and the publisher's
 * time (with the date when it differs) in the publisher's time zone.
 */
export function formatDeadline(iso: string, publisherZone: string | null | undefined, viewerZone: string, locale: string): DeadlineTexts {
  const date = new Date(iso);
  const dateTime = (zone: string) => new Intl.DateTimeFormat(locale, { timeZone: zone, dateStyle: 'long', timeStyle: 'short' }).format(date);
  const day = (zone: string) => new Intl.DateTimeFormat(locale, { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
  const time = (zone: string) => new Intl.DateTimeFormat(locale, { timeZone: zone, timeStyle: 'short' }).format(date);
  const viewer = dateTime(viewerZone);
  if (!publisherZone || !isTimeZone(publisherZone) || publisherZone === viewerZone) return { viewer, publisher: null };
  const same = utcToZoned(iso, publisherZone) === utcToZoned(iso, viewerZone);
  if (same) return { viewer, publisher: null };
  const publisher = day(publisherZone) === day(viewerZone) ? `${time(publisherZone)} ${publisherZone}` : `${dateTime(publisherZone)} ${publisherZone}`;
  return { viewer, publisher };
}
