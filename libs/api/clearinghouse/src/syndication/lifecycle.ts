import { isValidTimeZone } from './time';
import type { OpportunityStatus } from './types';

export interface LifecycleState {
  status: OpportunityStatus;
  publishAt: Date | null;
  deadline: Date | null;
}

/**
 * The status an opportunity should have at `now` (what the scheduled job applies):
 * - SCHEDULED → CLOSED when its deadline has already passed (deadline < now), even if never published;
 * - SCHEDULED → PUBLISHED when publishAt ≤ now (a SCHEDULED one without publishAt waits);
 * - PUBLISHED → CLOSED when deadline < now (the deadline instant itself is still open);
 * - DRAFT, CLOSED and ARCHIVED never change by themselves.
 * The result is a fixed point: nextStatus(nextStatus(o, now), now) === nextStatus(o, now).
 */
export function nextStatus(o: LifecycleState, now: Date): OpportunityStatus {
  const t = now.getTime();
  const deadlinePassed = o.deadline !== null && o.deadline.getTime() < t;
  switch (o.status) {
    case 'SCHEDULED':
      if (deadlinePassed) return 'CLOSED';
      if (o.publishAt !== null && o.publishAt.getTime() <= t) return 'PUBLISHED';
      return 'SCHEDULED';
    case 'PUBLISHED':
      return deadlinePassed ? 'CLOSED' : 'PUBLISHED';
    default:
      return o.status;
  }
}

export interface ScheduleInput {
  opensAt: Date | null;
  deadline: Date | null;
  publishAt: Date | null;
  timeZone: string | null;
}

export interface ScheduleError {
  field: 'opensAt' | 'deadline' | 'publishAt' | 'timeZone';
  message: string;
}

const invalid = (d: Date | null): boolean => d !== null && (!(d instanceof Date) || Number.isNaN(d.getTime()));

/**
 * Checks the dates of an opportunity. Rules:
 * - every date present must be a valid Date;
 * - timeZone, when given, must be a known IANA zone; it is required when there is a deadline;
 * - deadline must be after opensAt;
 * - publishAt must be before the deadline (else it would close the moment it is published);
 * - with `now` (optional): a deadline must not already be in the past.
 * Returns an empty array when the schedule is valid.
 */
export function validateSchedule(s: ScheduleInput, now?: Date): ScheduleError[] {
  const errors: ScheduleError[] = [];
  for (const field of ['opensAt', 'deadline', 'publishAt'] as const) {
    if (invalid(s[field])) errors.push({ field, message: `${field} is not a valid date` });
  }
  if (s.timeZone !== null && !isValidTimeZone(s.timeZone)) {
    errors.push({ field: 'timeZone', message: `Unknown IANA time zone "${s.timeZone}"` });
  } else if (s.timeZone === null && s.deadline !== null) {
    errors.push({ field: 'timeZone', message: 'A deadline needs the publisher time zone' });
  }
  if (errors.some((e) => e.field !== 'timeZone')) return errors;
  const { opensAt, deadline, publishAt } = s;
  if (deadline && opensAt && deadline.getTime() <= opensAt.getTime()) {
    errors.push({ field: 'deadline', message: 'The deadline must be after the opening date' });
  }
  if (deadline && publishAt && publishAt.getTime() >= deadline.getTime()) {
    errors.push({ field: 'publishAt', message: 'The publication date must be before the deadline' });
  }
  if (deadline && now && deadline.getTime() < now.getTime()) {
    errors.push({ field: 'deadline', message: 'The deadline has already passed' });
  }
  return errors;
}
