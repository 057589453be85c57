import { Money } from '@commonground/api-core';
import { CostPoolEntity, PoolParticipantEntity } from './cost-pool.entity';
import { CostPool, PoolShare, Tier, TierMembership } from './dto/membership.objects';
import { TierMembershipEntity } from './tier-membership.entity';
import { TierEntity } from './tier.entity';

export const money = (amountMinor: number, currency: string): Money => ({ amountMinor, currency });

export const toTier = (t: TierEntity): Tier => ({
  id: t.id,
  name: t.name,
  annualFee: money(t.annualFeeMinor, t.currency),
  eligibleKinds: t.eligibleKinds,
  eligibleSizeBands: t.eligibleSizeBands,
  weight: t.weight,
  capAmount: t.capAmountMinor === null ? null : money(t.capAmountMinor, t.currency),
  capPercent: t.capPercent,
  benefits: t.benefits,
  auditLibraryAccess: t.auditLibraryAccess,
  initiativeId: t.initiativeId,
});

export const toTierMembership = (m: TierMembershipEntity): TierMembership => ({
  status: m.status,
  reason: m.reason,
  since: m.since,
  until: m.until,
  appliedAt: m.appliedAt,
  decidedAt: m.decidedAt,
  organizationId: m.organizationId,
  tierId: m.tierId,
});

export const toCostPool = (p: CostPoolEntity): Omit<CostPool, 'participantCount'> => ({
  id: p.id,
  purpose: p.purpose,
  total: money(p.totalMinor, p.currency),
  status: p.status,
  joinDeadline: p.joinDeadline,
  uncovered: money(p.uncoveredMinor, p.currency),
  jointAuditId: p.jointAuditId,
  createdAt: p.createdAt,
  initiativeId: p.initiativeId,
});

export const toPoolShare = (s: PoolParticipantEntity, currency: string): PoolShare => ({
  amount: money(s.amountMinor, currency),
  capped: s.capped,
  paid: money(s.paidMinor, currency),
  credit: money(Math.max(0, s.paidMinor - s.amountMinor), currency),
  due: money(Math.max(0, s.amountMinor - s.paidMinor), currency),
  joinedAt: s.joinedAt,
  organizationId: s.organizationId,
  tierId: s.tierId,
});
