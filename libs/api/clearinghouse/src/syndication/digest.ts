import type { DigestFrequency } from './types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Minimum time between two digests of a saved search. */
export const DIGEST_INTERVAL_MS: Record<DigestFrequency, number> = { INSTANT: 0, DAILY: DAY, WEEKLY: 7 * DAY };

/**
 * How far back the first digest of a never-sent search looks: one period
 * (instant alerts: one hour, so a match published between saving the search and the first run is kept).
 */
export const FIRST_DIGEST_LOOKBACK_MS: Record<DigestFrequency, number> = { INSTANT: HOUR, DAILY: DAY, WEEKLY: 7 * DAY };

export interface DigestMatch {
  opportunityId: string;
  publishedAt: Date;
}

export interface DigestSelection {
  opportunityIds: string[];
  /** Store as the saved search's lastDigestAt once the digest has been sent. Always `now`. */
  nextCursor: Date;
}

/**
 * The matches a digest sends: those published in the half-open window (lastDigestAt, now],
 * minus those in `alreadySent`, each id once (the earliest publishedAt wins), ordered by
 * publishedAt then id. Consecutive windows (c0, c1], (c1, c2], … tile the time line, so a
 * match is neither repeated nor skipped across a digest boundary; `alreadySent` is a second guard.
 *
 * A never-sent search (lastDigestAt null) starts at now − initialLookbackMs (default one day; use
 * FIRST_DIGEST_LOOKBACK_MS[frequency]): it sends the matches of the last period only.
 * Matches published after `now` are left for the next digest.
 */
export function selectDigest(
  matches: ReadonlyArray<DigestMatch>,
  lastDigestAt: Date | null,
  now: Date,
  alreadySent: ReadonlySet<string>,
  options: { initialLookbackMs?: number } = {},
): DigestSelection {
  const end = now.getTime();
  const start = lastDigestAt ? lastDigestAt.getTime() : end - (options.initialLookbackMs ?? DAY);
  const earliest = new Map<string, number>();
  for (const m of matches) {
    const t = m.publishedAt.getTime();
    if (!(t > start && t <= end) || alreadySent.has(m.opportunityId)) continue;
    const prev = earliest.get(m.opportunityId);
    if (prev === undefined || t < prev) earliest.set(m.opportunityId, t);
  }
  const opportunityIds = [...earliest.entries()]
    .sort(([ia, ta], [ib, tb]) => ta - tb || (ia < ib ? -1 : ia > ib ? 1 : 0))
    .map(([id]) => id);
  return { opportunityIds, nextCursor: new Date(end) };
}

export interface SavedSearchSchedule {
  id: string;
  frequency: DigestFrequency;
  lastDigestAt: Date | null;
}

/**
 * The saved searches whose digest is due at `now`: INSTANT always; DAILY when ≥ 24 h since the last;
 * WEEKLY when ≥ 7 days; a never-sent search is due. `slackMs` (default 0) lets a job running on a
 * fixed clock (e.g. every day at 07:00) tolerate a few minutes of jitter without skipping a day.
 */
export function dueDigests<T extends SavedSearchSchedule>(savedSearches: ReadonlyArray<T>, now: Date, options: { slackMs?: number } = {}): T[] {
  const slack = options.slackMs ?? 0;
  return savedSearches.filter((s) => {
    if (s.frequency === 'INSTANT' || s.lastDigestAt === null) return true;
    return now.getTime() - s.lastDigestAt.getTime() + slack >= DIGEST_INTERVAL_MS[s.frequency];
  });
}

export interface DeadlineReminder {
  opportunityId: string;
  userId: string;
  daysBefore: number;
  sentAt: Date | null;
}

/**
 * Reminders to send at `now`: not yet sent, the opportunity has a deadline, that deadline has not
 * passed (deadline ≥ now), and deadline − daysBefore × 24 h ≤ now. Days are exact 24-hour periods
 * before the deadline instant. Ordered by deadline, then user, then opportunity, then daysBefore.
 */
export function dueReminders<T extends DeadlineReminder>(reminders: ReadonlyArray<T>, deadlines: ReadonlyMap<string, Date>, now: Date): T[] {
  const t = now.getTime();
  const due = reminders.filter((r) => {
    if (r.sentAt !== null) return false;
    const deadline = deadlines.get(r.opportunityId);
    if (!deadline) return false;
    const d = deadline.getTime();
    return d >= t && d - r.daysBefore * DAY <= t;
  });
  const key = (r: T) => deadlines.get(r.opportunityId)!.getTime();
  return due.sort(
    (a, b) =>
      key(a) - key(b) ||
      a.userId.localeCompare(b.userId) ||
      a.opportunityId.localeCompare(b.opportunityId) ||
      a.daysBefore - b.daysBefore,
  );
}
