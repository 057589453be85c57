import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { MaybeActor } from '../auth/actor';
import { ActivityEntry } from './activity-entry.entity';

export type ActivityAction =
  | 'SIGN_UP'
  | 'SIGN_IN'
  | 'SIGN_IN_FAILED'
  | 'SIGN_OUT'
  | 'ORGANIZATION_CREATED'
  | 'ORGANIZATION_UPDATED'
  | 'ORGANIZATION_VERIFIED'
  | 'ROLE_CHANGED'
  | 'INVITATION_SENT'
  | 'INVITATION_ACCEPTED'
  | 'INVITATION_REVOKED'
  | 'INITIATIVE_CREATED'
  | 'INITIATIVE_APPLIED'
  | 'MEMBERSHIP_DECIDED'
  | (string & {});

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
