import { Money } from '@commonground/api-core';
import { gapOf } from './funding.service';
import { CoFundingRound, Decision, DonorProfile, Pledge, Project, Referral } from './dto/matchmaking.objects';
import { CoFundingRoundEntity, DecisionEntity, DonorProfileEntity, PledgeEntity, ProjectEntity, ReferralEntity } from './matchmaking.entities';

const money = (amountMinor: number, currency: string): Money => ({ amountMinor, currency });

export const toProject = (p: ProjectEntity): Project => ({
  id: p.id,
  title: p.title,
  summary: p.summary,
  description: p.description,
  countries: p.countries,
  minerals: p.minerals,
  themes: p.themes,
  stage: p.stage,
  budget: money(p.budgetMinor, p.currency),
  durationMonths: p.durationMonths,
  consentToReferral: p.consentToReferral,
  confirmedFunding: money(p.confirmedMinor, p.currency),
  fundingGap: gapOf(p),
  createdAt: p.createdAt,
  ownerOrganizationId: p.ownerOrganizationId,
  visibilityLevel: p.visibility,
  visibilityInitiativeIds: p.visibilityInitiativeIds,
  visibilityOrganizationIds: p.visibilityOrganizationIds,
});

export const toDonorProfile = (p: DonorProfileEntity): DonorProfile => ({
  id: p.id,
  themes: p.themes,
  minerals: p.minerals,
  countries: p.countries,
  regions: p.regions,
  ticketMin: p.ticketMinMinor === null || !p.ticketCurrency ? null : money(p.ticketMinMinor, p.ticketCurrency),
  ticketMax: p.ticketMaxMinor === null || !p.ticketCurrency ? null : money(p.ticketMaxMinor, p.ticketCurrency),
  stages: p.stages,
  openToCoFunding: p.openToCoFunding,
  excludedCountries: p.excludedCountries,
  excludedThemes: p.excludedThemes,
  windowOpensAt: p.windowOpensAt,
  windowClosesAt: p.windowClosesAt,
  organizationId: p.organizationId,
});

export const toDecision = (d: DecisionEntity, withReason: boolean): Decision => ({
  id: d.id,
  kind: d.kind,
  reason: withReason ? d.reason : null,
  worthy: d.worthy,
  createdAt: d.createdAt,
  projectId: d.projectId,
  donorOrganizationId: d.donorOrganizationId,
});

export const toReferral = (r: ReferralEntity, withNote: boolean): Referral => ({
  id: r.id,
  note: withNote ? r.note : null,
  createdAt: r.createdAt,
  projectId: r.projectId,
  fromDonorOrganizationId: r.fromDonorOrganizationId,
  toDonorOrganizationId: r.toDonorOrganizationId,
});

export const toPledge = (p: PledgeEntity, withConditions: boolean): Pledge => ({
  id: p.id,
  amount: money(p.amountMinor, p.currency),
  conditions: withConditions ? p.conditions : null,
  status: p.status,
  createdAt: p.createdAt,
  projectId: p.projectId,
  donorOrganizationId: p.donorOrganizationId,
});

export const toRound = (r: CoFundingRoundEntity): CoFundingRound => ({
  id: r.id,
  target: money(r.targetMinor, r.currency),
  closesAt: r.closesAt,
  createdAt: r.createdAt,
  projectId: r.projectId,
  leadOrganizationId: r.leadOrganizationId,
  invitedOrganizationIds: r.invitedOrganizationIds,
});
