import { DateTime, IANAZone } from 'luxon';

/** True when `zone` is an IANA zone name known to the runtime's ICU data (e.g. 'Africa/Kinshasa', 'UTC'). */
export function isValidTimeZone(zone: string | null | undefined): zone is string {
  if (typeof zone !== 'string' || zone.trim() === '') return false;
  return IANAZone.isValidZone(zone);
}

/** The zone to use for `zone`, or 'UTC' when it is missing or unknown. */
export function zoneOrUtc(zone: string | null | undefined): string {
  return isValidTimeZone(zone) ? zone : 'UTC';
}

function isValidDate(d: Date): boolean {
  return d instanceof Date && !Number.isNaN(d.getTime());
}

/** "Fri 13 Mar 2026, 17:00 (Europe/Paris)" in the given locale. Unknown zones are shown in UTC. */
export function formatInZone(instant: Date, zone: string, locale: string): string {
  const z = zoneOrUtc(zone);
  const dt = DateTime.fromJSDate(instant, { zone: z }).setLocale(locale || 'en');
  return `${dt.toFormat('ccc d LLL yyyy, HH:mm')} (${z})`;
}

export interface FormattedDeadline {
  /** The deadline on the viewer's clock, labelled with the viewer's zone. */
  viewer: string;
  /** The deadline on the publisher's clock, labelled with the publisher's zone. */
  publisher: string;
  /** True when both are the same IANA zone (after falling back to UTC for unknown zones): show one line. */
  sameZone: boolean;
}

/**
 * Formats a deadline for a viewer: once in the viewer's zone and once in the publisher's.
 * Uses 24-hour clock; unknown zones fall back to UTC (and are labelled 'UTC').
 */
export function formatDeadline(deadline: Date, publisherZone: string, viewerZone: string, locale: string): FormattedDeadline {
  if (!isValidDate(deadline)) throw new RangeError('formatDeadline: invalid deadline');
  const pz = zoneOrUtc(publisherZone);
  const vz = zoneOrUtc(viewerZone);
  return {
    viewer: formatInZone(deadline, vz, locale),
    publisher: formatInZone(deadline, pz, locale),
    sameZone: canonicalZone(pz) === canonicalZone(vz),
  };
}

function canonicalZone(zone: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return zone;
  }
}

/** A deadline as two lines of text: UTC (ISO 8601) and the publisher's local time with its zone and offset. */
export function deadlineText(deadline: Date, publisherZone: string | null): { utc: string; local: string } {
  const z = zoneOrUtc(publisherZone);
  const utc = DateTime.fromJSDate(deadline, { zone: 'utc' }).toFormat("yyyy-LL-dd HH:mm 'UTC'");
  const dt = DateTime.fromJSDate(deadline, { zone: z });
  const local = `${dt.toFormat('yyyy-LL-dd HH:mm')} ${z} (UTC${dt.toFormat('ZZ')})`;
  return { utc, local };
}
