import { Money } from '@commonground/api-core';
import { AmplificationEntity, OpportunityEntity, RegistrationEntity, SavedSearchEntity } from './clearinghouse.entities';
import { Amplification, Opportunity, Registration, SavedSearch } from './dto/clearinghouse.objects';

const money = (amountMinor: number | null, currency: string | null): Money | null => (amountMinor === null || !currency ? null : { amountMinor, currency });

export const toOpportunity = (o: OpportunityEntity): Opportunity => ({
  id: o.id,
  kind: o.kind,
  status: o.status,
  texts: o.texts,
  opensAt: o.opensAt,
  deadline: o.deadline,
  timeZone: o.timeZone,
  startsAt: o.startsAt,
  endsAt: o.endsAt,
  amountMin: money(o.amountMinMinor, o.currency),
  amountMax: money(o.amountMaxMinor, o.currency),
  eligibleKinds: o.eligibleKinds as Opportunity['eligibleKinds'],
  eligibleCountries: o.eligibleCountries,
  countries: o.countries,
  regions: o.regions,
  minerals: o.minerals,
  themes: o.themes,
  links: o.links,
  attachments: o.attachments,
  contact: o.contact,
  publishAt: o.publishAt,
  publishedAt: o.publishedAt,
  seatLimit: o.seatLimit,
  createdAt: o.createdAt,
  updatedAt: o.updatedAt,
  ownerOrganizationId: o.ownerOrganizationId,
  initiativeId: o.initiativeId,
  visibilityLevel: o.visibility,
  visibilityInitiativeIds: o.visibilityInitiativeIds,
  visibilityOrganizationIds: o.visibilityOrganizationIds,
});

export const toAmplification = (a: AmplificationEntity): Amplification => ({ note: a.note, createdAt: a.createdAt, organizationId: a.organizationId, initiativeId: a.initiativeId });

export const toRegistration = (r: RegistrationEntity, waitlistPosition: number | null = null): Registration => ({
  id: r.id,
  status: r.status,
  createdAt: r.createdAt,
  waitlistPosition,
  opportunityId: r.opportunityId,
  userId: r.userId,
  organizationId: r.organizationId,
});

export const toSavedSearch = (s: SavedSearchEntity, urls: { rssUrl: string; atomUrl: string; calendarUrl: string }): SavedSearch => ({
  id: s.id,
  name: s.name,
  filter: s.filter,
  frequency: s.frequency,
  createdAt: s.createdAt,
  lastDigestAt: s.lastDigestAt,
  ...urls,
});
