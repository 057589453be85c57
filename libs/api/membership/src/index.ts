// The public face of @commonground/api-membership.
export * from './membership.module';
export * from './tier.service';
export * from './cost-pool.service';
export * from './dto/membership.objects';
export * from './split';
export { TierEntity } from './tier.entity';
export { TierMembershipEntity, TierApplicationStatus } from './tier-membership.entity';
export { CostPoolEntity, PoolParticipantEntity, PoolInvitationEntity, PoolShareChangeEntity, PoolPaymentEntity, PoolStatus } from './cost-pool.entity';

import { CostPoolEntity, PoolInvitationEntity, PoolParticipantEntity, PoolPaymentEntity, PoolShareChangeEntity } from './cost-pool.entity';
import { TierMembershipEntity } from './tier-membership.entity';
import { TierEntity } from './tier.entity';
export const MEMBERSHIP_ENTITIES = [TierEntity, TierMembershipEntity, CostPoolEntity, PoolParticipantEntity, PoolInvitationEntity, PoolShareChangeEntity, PoolPaymentEntity];
