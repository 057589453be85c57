import { Money, NodeInterface, OrganizationKind, SizeBand } from '@commonground/api-core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PoolStatus } from '../cost-pool.entity';
import { TierApplicationStatus } from '../tier-membership.entity';

registerEnumType(TierApplicationStatus, { name: 'TierApplicationStatus' });
registerEnumType(PoolStatus, { name: 'PoolStatus' });

@ObjectType({ implements: () => [NodeInterface] })
export class Tier implements NodeInterface {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Money) annualFee: Money;
  @Field(() => [OrganizationKind]) eligibleKinds: OrganizationKind[];
  @Field(() => [SizeBand]) eligibleSizeBands: SizeBand[];
  @Field(() => Float) weight: number;
  @Field(() => Money, { nullable: true, description: 'no single pool share above this' }) capAmount: Money | null;
  @Field(() => Float, { nullable: true, description: 'or above this share of the pool (0..100)' }) capPercent: number | null;
  @Field(() => [String]) benefits: string[];
  @Field() auditLibraryAccess: boolean;
  initiativeId: string;
}

@ObjectType()
export class TierEligibility {
  @Field() eligible: boolean;
  @Field(() => String, { nullable: true }) reason: string | null;
}

@ObjectType()
export class TierMembership {
  @Field(() => TierApplicationStatus) status: TierApplicationStatus;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => Date, { nullable: true, description: 'start of the approved period' }) since: Date | null;
  @Field(() => Date, { nullable: true, description: 'end of the period, when it ended' }) until: Date | null;
  @Field(() => Date) appliedAt: Date;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  organizationId: string;
  tierId: string;
}

@ObjectType()
export class PoolShare {
  @Field(() => Money) amount: Money;
  @Field() capped: boolean;
  @Field(() => Money) paid: Money;
  @Field(() => Money, { description: 'paid beyond the current share (after late joiners re-split the pool)' }) credit: Money;
  @Field(() => Money, { description: 'still to pay' }) due: Money;
  @Field(() => Date) joinedAt: Date;
  organizationId: string;
  tierId: string | null;
}

@ObjectType({ implements: () => [NodeInterface] })
export class CostPool implements NodeInterface {
  @Field(() => ID) id: string;
  @Field() purpose: string;
  @Field(() => Money) total: Money;
  @Field(() => PoolStatus) status: PoolStatus;
  @Field(() => Date, { nullable: true }) joinDeadline: Date | null;
  @Field(() => Money, { description: 'what caps leave unpaid; zero when the total is covered' }) uncovered: Money;
  @Field(() => ID, { nullable: true }) jointAuditId: string | null;
  @Field(() => Date) createdAt: Date;
  initiativeId: string;
}

@ObjectType()
export class PoolSharePreview {
  @Field(() => Money) share: Money;
  @Field() capped: boolean;
  @Field(() => Money, { description: 'the whole cost, paid alone' }) aloneCost: Money;
  @Field(() => Money) saving: Money;
  @Field(() => Int, { description: 'participants after joining' }) participantsAfterJoining: number;
}

@ObjectType()
export class PoolShareChange {
  @Field(() => Date) at: Date;
  @Field(() => Money, { nullable: true }) previous: Money | null;
  @Field(() => Money) amount: Money;
  @Field({ description: 'JOINED | RESPLIT' }) cause: string;
}

@ObjectType()
export class DuesLine {
  @Field() tierName: string;
  @Field(() => Date) from: Date;
  @Field(() => Date) to: Date;
  @Field(() => Int) days: number;
  @Field(() => Money) annualFee: Money;
  @Field(() => Money) amount: Money;
}

@ObjectType()
export class DuesStatement {
  @Field(() => Int) year: number;
  @Field(() => [DuesLine]) lines: DuesLine[];
  @Field(() => [Money], { description: 'one total per currency' }) totals: Money[];
  organizationId: string;
}
