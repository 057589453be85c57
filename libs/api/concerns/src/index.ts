// @commonground/api-concerns: community concerns (SPEC §6) — filing, the
// reporter's follow-up code, triage, routing by imported declarations and the
// coordinated case. Its rules of who may are in concerns.policy.ts.
export * from './concerns.module';
export * from './concerns.entities';
export * from './concerns.policy';
export * from './concern.service';
export * from './concern-routing.service';
export * from './concern-evidence.service';
export * from './follow-up-code.service';
export * from './evidence-metadata';
export { Concern, ConcernCount } from './dto/concern.objects';
