export * from './types';
export { formatDeadline, formatInZone, deadlineText, isValidTimeZone, type FormattedDeadline } from './time';
export { writeRss, writeAtom, describeOpportunity } from './feeds';
export {
  writeOpportunityIcs,
  writeCalendarIcs,
  opportunityEvents,
  deadlineUid,
  eventUid,
  DEADLINE_EVENT_MINUTES,
  DEFAULT_EVENT_MINUTES,
} from './calendar';
export { buildVtimezone, vtimezoneGenerator } from './vtimezone';
export { nextStatus, validateSchedule, type LifecycleState, type ScheduleInput, type ScheduleError } from './lifecycle';
export {
  selectDigest,
  dueDigests,
  dueReminders,
  DIGEST_INTERVAL_MS,
  FIRST_DIGEST_LOOKBACK_MS,
  type DigestMatch,
  type DigestSelection,
  type SavedSearchSchedule,
  type DeadlineReminder,
} from './digest';
