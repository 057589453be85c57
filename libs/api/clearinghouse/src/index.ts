// The public face of @commonground/api-clearinghouse: the funding-call
// clearinghouse (opportunities, amplification, discovery, alerts, feeds,
// registrations) and its pure syndication rules (docs/clearinghouse-syndication.md).
export {
  formatDeadline,
  formatInZone,
  deadlineText,
  isValidTimeZone,
  writeRss,
  writeAtom,
  writeOpportunityIcs,
  writeCalendarIcs,
  nextStatus,
  validateSchedule,
  selectDigest,
  dueDigests,
  dueReminders,
  type FeedOpportunity,
  type FeedChannel,
} from './syndication';
export * from './clearinghouse.module';
export * from './clearinghouse.entities';
export * from './opportunity.service';
export * from './registration.service';
export * from './alerts.service';
export * from './lifecycle.service';
export * from './feed.service';
export * from './search/opportunity-search.service';
export * from './search/opportunity-filter';
export { opportunityDocument, OPPORTUNITY_INDEXER } from './search/opportunity.indexer';
export * from './dto/clearinghouse.objects';
export * from './dto/clearinghouse.inputs';
export { toOpportunity } from './clearinghouse.mapper';
