import { DateTime, IANAZone } from 'luxon';

const MINUTE = 60_000;
const DAY = 86_400_000;

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** Local wall-clock time of `ms` at a fixed offset, as an iCalendar local DATE-TIME. */
function localStamp(ms: number, offsetMinutes: number): string {
  return DateTime.fromMillis(ms + offsetMinutes * MINUTE, { zone: 'utc' }).toFormat("yyyyLLdd'T'HHmmss");
}

/** The UTC instants in [fromMs, toMs] at which the zone's offset changes (minute precision). */
export function offsetTransitions(zone: IANAZone, fromMs: number, toMs: number): number[] {
  const out: number[] = [];
  let prevMs = fromMs;
  let prevOffset = zone.offset(fromMs);
  for (let t = fromMs + DAY; t <= toMs + DAY; t += DAY) {
    const off = zone.offset(t);
    if (off !== prevOffset) {
      let lo = prevMs;
      let hi = t;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
        if (zone.offset(mid) === prevOffset) lo = mid;
        else hi = mid;
      }
      out.push(hi);
      prevOffset = off;
    }
    prevMs = t;
  }
  return out;
}

/**
 * A VTIMEZONE component for `zoneName` valid between `from` and `to` (widened to whole years),
 * computed from the runtime's tz database through luxon. Each offset change in the range becomes
 * an explicit STANDARD/DAYLIGHT observance (no RRULE), so clients need no tz database of their own.
 * Returns null for unknown zones.
 */
export function buildVtimezone(zoneName: string, from: Date, to: Date): string | null {
  if (!IANAZone.isValidZone(zoneName)) return null;
  const zone = IANAZone.create(zoneName);
  const start = DateTime.fromJSDate(from, { zone: 'utc' }).startOf('year').toMillis();
  const end = DateTime.fromJSDate(to, { zone: 'utc' }).endOf('year').toMillis();
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zoneName}`];
  const observance = (at: number, fromOffset: number) => {
    const dt = DateTime.fromMillis(at, { zone: zoneName }).setLocale('en-US');
    const toOffset = zone.offset(at);
    const type = dt.isInDST ? 'DAYLIGHT' : 'STANDARD';
    lines.push(`BEGIN:${type}`, `DTSTART:${localStamp(at, fromOffset)}`);
    lines.push(`TZOFFSETFROM:${formatOffset(fromOffset)}`, `TZOFFSETTO:${formatOffset(toOffset)}`);
    const name = dt.offsetNameShort;
    if (name) lines.push(`TZNAME:${name}`);
    lines.push(`END:${type}`);
  };
  observance(start, zone.offset(start));
  for (const t of offsetTransitions(zone, start, end)) observance(t, zone.offset(t - MINUTE));
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

/**
 * An ical-generator VTIMEZONE generator covering the given instants (plus a year either side),
 * for `cal.timezone({ name, generator })`.
 */
export function vtimezoneGenerator(instants: readonly Date[]): (zone: string) => string | null {
  const times = instants.map((d) => d.getTime()).filter((t) => Number.isFinite(t));
  const now = Date.now();
  const min = times.length ? Math.min(...times) : now;
  const max = times.length ? Math.max(...times) : now;
  const from = new Date(min - 366 * DAY);
  const to = new Date(max + 366 * DAY);
  return (zone: string) => buildVtimezone(zone, from, to);
}
