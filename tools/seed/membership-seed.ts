// Demo data of tiered membership and pooled costs: two initiatives with tiers,
// members in each tier, and two pools (a joint smelter audit, a training
// programme) where a late joiner re-split the pool and earlier payers hold credits.
import { OrganizationKind, SizeBand } from '@commonground/api-core';
import { InitiativeEntity, OrganizationEntity, slugify } from '@commonground/api-identity';
import {
  CostPoolEntity,
  PoolParticipantEntity,
  PoolPaymentEntity,
  PoolShareChangeEntity,
  PoolStatus,
  TierApplicationStatus,
  TierEntity,
  TierMembershipEntity,
  splitPool,
} from '@commonground/api-membership';
import { EntityManager } from 'typeorm';

interface DemoTier {
  name: string;
  feeMinor: number;
  weight: number;
  bands: SizeBand[];
  kinds?: OrganizationKind[];
  capPercent?: number;
  capMinor?: number;
  benefits: string[];
  auditLibrary: boolean;
}

const S = SizeBand;
const TIERS: Record<string, { currency: string; tiers: DemoTier[]; members: Array<[string, string]> }> = {
  'Great Lakes Responsible Minerals Alliance': {
    currency: 'EUR',
    tiers: [
      { name: 'Strategic partner', feeMinor: 2_500_000, weight: 4, bands: [S.LARGE], benefits: ['Seat on the steering committee', 'Two votes', 'Audit library'], auditLibrary: true },
      { name: 'Member', feeMinor: 800_000, weight: 2, bands: [S.MEDIUM, S.LARGE], benefits: ['One vote', 'Audit library'], auditLibrary: true },
      { name: 'Small business', feeMinor: 150_000, weight: 1, bands: [S.MICRO, S.SMALL], capPercent: 10, benefits: ['One vote', 'Audit library'], auditLibrary: true },
      { name: 'Observer', feeMinor: 0, weight: 0.5, bands: [], kinds: [OrganizationKind.CIVIL_SOCIETY, OrganizationKind.GOVERNMENT, OrganizationKind.RESEARCH, OrganizationKind.DONOR], capMinor: 50_000, benefits: ['Working groups'], auditLibrary: false },
    ],
    members: [
      ['Volta Electronics GmbH', 'Strategic partner'],
      ['Kivu Tin Trading SARL', 'Small business'],
      ['Coopérative des Creuseurs du Sud-Kivu', 'Observer'],
      ['Nordic Fund for Mining Communities', 'Observer'],
    ],
  },
  'Cobalt Stewardship Alliance': {
    currency: 'USD',
    tiers: [
      { name: 'Founding member', feeMinor: 3_000_000, weight: 3, bands: [S.LARGE, S.MEDIUM], benefits: ['Board seat', 'Audit library'], auditLibrary: true },
      { name: 'Member', feeMinor: 1_000_000, weight: 2, bands: [S.MEDIUM], benefits: ['Audit library'], auditLibrary: true },
      { name: 'Associate', feeMinor: 200_000, weight: 1, bands: [S.MICRO, S.SMALL, S.MEDIUM], capMinor: 1_500_000, benefits: ['Working groups'], auditLibrary: false },
    ],
    members: [
      ['Nordlicht Batteries AB', 'Founding member'],
      ['Pacific Components Sdn Bhd', 'Member'],
      ['Global Mining Communities Trust', 'Associate'],
    ],
  },
};

const POOLS = [
  {
    initiative: 'Great Lakes Responsible Minerals Alliance',
    purpose: 'Joint RMAP re-audit of a tin smelter in Rwanda',
    totalMinor: 4_200_000,
    joined: ['Volta Electronics GmbH', 'Coopérative des Creuseurs du Sud-Kivu'],
    paid: { 'Volta Electronics GmbH': 4_150_000, 'Coopérative des Creuseurs du Sud-Kivu': 50_000 } as Record<string, number>,
    lateJoiner: 'Kivu Tin Trading SARL',
  },
  {
    initiative: 'Cobalt Stewardship Alliance',
    purpose: 'Training programme on child-labour remediation for cooperatives in Lualaba',
    totalMinor: 6_000_000,
    joined: ['Pacific Components Sdn Bhd', 'Global Mining Communities Trust'],
    paid: { 'Pacific Components Sdn Bhd': 3_000_000 } as Record<string, number>,
    lateJoiner: 'Nordlicht Batteries AB',
  },
];

export async function seedMembership(manager: EntityManager, actingUserId: string): Promise<void> {
  const orgId = async (name: string) => (await manager.findOneByOrFail(OrganizationEntity, { slug: slugify(name) })).id;
  const initiativeOf = (name: string) => manager.findOneByOrFail(InitiativeEntity, { slug: slugify(name) });
  const yearStart = new Date(Date.UTC(new Date().getUTCFullYear(), 0, 1));
  for (const [initiativeName, demo] of Object.entries(TIERS)) {
    const initiative = await initiativeOf(initiativeName);
    if (await manager.existsBy(TierEntity, { initiativeId: initiative.id })) continue; // already seeded
    const tierIds = new Map<string, string>();
    for (const t of demo.tiers) {
      const tier = await manager.save(
        TierEntity,
        manager.create(TierEntity, {
          initiativeId: initiative.id,
          name: t.name,
          annualFeeMinor: t.feeMinor,
          currency: demo.currency,
          eligibleKinds: t.kinds ?? [],
          eligibleSizeBands: t.bands,
          weight: t.weight,
          capAmountMinor: t.capMinor ?? null,
          capPercent: t.capPercent ?? null,
          benefits: t.benefits,
          auditLibraryAccess: t.auditLibrary,
        }),
      );
      tierIds.set(t.name, tier.id);
    }
    for (const [orgName, tierName] of demo.members) {
      await manager.insert(TierMembershipEntity, {
        initiativeId: initiative.id,
        organizationId: await orgId(orgName),
        tierId: tierIds.get(tierName)!,
        status: TierApplicationStatus.APPROVED,
        since: yearStart,
        decidedAt: yearStart,
        decidedByUserId: actingUserId,
      });
    }
  }
  for (const demo of POOLS) {
    const initiative = await initiativeOf(demo.initiative);
    if (await manager.existsBy(CostPoolEntity, { initiativeId: initiative.id, purpose: demo.purpose })) continue;
    const currency = TIERS[demo.initiative].currency;
    const pool = await manager.save(
      CostPoolEntity,
      manager.create(CostPoolEntity, {
        initiativeId: initiative.id,
        purpose: demo.purpose,
        totalMinor: demo.totalMinor,
        currency,
        status: PoolStatus.OPEN,
        joinDeadline: new Date(Date.now() + 45 * 86_400_000),
        openedByOrganizationId: initiative.secretariatOrganizationId,
        uncoveredMinor: demo.totalMinor,
      }),
    );
    // join one by one, exactly as the service does, so history and credits are real
    const participants: PoolParticipantEntity[] = [];
    for (const orgName of [...demo.joined, demo.lateJoiner]) {
      const organizationId = await orgId(orgName);
      const membership = await manager.findOne(TierMembershipEntity, { where: { initiativeId: initiative.id, organizationId, status: TierApplicationStatus.APPROVED } });
      const tier = membership ? await manager.findOneByOrFail(TierEntity, { id: membership.tierId }) : null;
      const joiner = manager.create(PoolParticipantEntity, {
        poolId: pool.id,
        organizationId,
        tierId: tier?.id ?? null,
        weight: tier?.weight ?? 1,
        capAmountMinor: tier && tier.currency === currency ? tier.capAmountMinor : null,
        capPercent: tier?.capPercent ?? null,
        amountMinor: 0,
        paidMinor: 0,
        capped: false,
      });
      participants.push(joiner);
      const split = splitPool(demo.totalMinor, participants.map((p) => ({ id: p.organizationId, weight: p.weight, capAmount: p.capAmountMinor, capPercent: p.capPercent })));
      for (const [i, p] of participants.entries()) {
        const amount = split.shares[i].amount;
        if (p === joiner) await manager.insert(PoolShareChangeEntity, { poolId: pool.id, organizationId: p.organizationId, previousMinor: null, amountMinor: amount, cause: 'JOINED', causedByOrganizationId: organizationId });
        else if (amount !== p.amountMinor) await manager.insert(PoolShareChangeEntity, { poolId: pool.id, organizationId: p.organizationId, previousMinor: p.amountMinor, amountMinor: amount, cause: 'RESPLIT', causedByOrganizationId: organizationId });
        p.amountMinor = amount;
        p.capped = split.shares[i].capped;
      }
      pool.uncoveredMinor = split.uncovered;
      await manager.save(PoolParticipantEntity, participants);
      // payments made before the late joiner arrived
      if (orgName === demo.joined.at(-1)) {
        for (const [payer, amount] of Object.entries(demo.paid)) {
          const payerId = await orgId(payer);
          await manager.insert(PoolPaymentEntity, { poolId: pool.id, organizationId: payerId, amountMinor: amount, currency, recordedByUserId: actingUserId });
          participants.find((p) => p.organizationId === payerId)!.paidMinor += amount;
        }
        await manager.save(PoolParticipantEntity, participants);
      }
    }
    await manager.save(CostPoolEntity, pool);
  }
}
