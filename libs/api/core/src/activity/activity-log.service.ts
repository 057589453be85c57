import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { MaybeActor } from '../auth/actor';
import { ActivityEntry } from './activity-entry.entity';

/**
 * Every action the activity log records. Closed on purpose: a new action is
 * added here, and a unit test then asks for its label in the web's three
 * catalogs (`activity.actions.*`), so the log never shows a raw code.
 */
export const ACTIVITY_ACTIONS = [
  'SIGN_UP',
  'SIGN_IN',
  'SIGN_IN_FAILED',
  'SIGN_OUT',
  'ORGANIZATION_CREATED',
  'ORGANIZATION_UPDATED',
  'ORGANIZATION_VERIFIED',
  'ROLE_CHANGED',
  'INVITATION_SENT',
  'INVITATION_ACCEPTED',
  'INVITATION_REVOKED',
  'INITIATIVE_CREATED',
  'INITIATIVE_APPLIED',
  'MEMBERSHIP_DECIDED',
  'TERM_CREATED',
  'DEFINITION_ADDED',
  'DEFINITION_REVISED',
  'DEFINITION_ADOPTED',
  'CONSULTATION_OPENED',
  'STANCE_TAKEN',
  'PRINCIPLES_CREATED',
  'PRINCIPLES_REVISED',
  'PRINCIPLES_ADOPTED',
  'OPPORTUNITY_CREATED',
  'OPPORTUNITY_SCHEDULED',
  'OPPORTUNITY_PUBLISHED',
  'OPPORTUNITY_ARCHIVED',
  'PROJECT_CREATED',
  'DONOR_PROFILE_SAVED',
  'FUNDING_DECISION',
  'TIER_CREATED',
  'TIER_UPDATED',
  'TIER_APPLIED',
  'TIER_DECIDED',
  'TIER_MOVED',
  'POOL_OPENED',
  'POOL_JOINED',
  'POOL_PAYMENT_RECORDED',
  'POOL_CREDIT_REFUNDED',
  'POOL_CLOSED',
  'AUDIT_CREATED',
  'CONCERN_TRIAGED',
  'CONCERN_JOINED',
  'CONCERN_LED',
  'CONCERN_STATUS_CHANGED',
  'CONCERN_EVIDENCE_SHARED',
  'CONCERN_EVIDENCE_UNSHARED',
  'CONCERN_EVIDENCE_DOWNLOADED',
  'GRIEVANCE_OFFICER_NAMED',
  'GRIEVANCE_OFFICER_REMOVED',
] as const;

export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];

export interface ActivityRecord {
  action: ActivityAction;
  userId?: string | null;
  organizationId?: string | null;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
  ip?: string | null;
}

@Injectable()
export class ActivityLog {
  constructor(private readonly dataSource: DataSource) {}

  /** Records an action; pass the transaction's manager so it commits with the change. */
  async record(record: ActivityRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(ActivityEntry, {
      action: record.action,
      userId: record.userId ?? null,
      organizationId: record.organizationId ?? null,
      targetType: record.targetType ?? null,
      targetId: record.targetId ?? null,
      details: (record.details ?? null) as never,
      ip: record.ip ?? null,
    });
  }

  /** Shorthand for an action by the current actor. */
  byActor(actor: MaybeActor, record: Omit<ActivityRecord, 'userId' | 'organizationId'> & { organizationId?: string | null }) {
    return { ...record, userId: actor?.userId ?? null, organizationId: record.organizationId ?? actor?.organizationId ?? null };
  }
}
