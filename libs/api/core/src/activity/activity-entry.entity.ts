import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The append-only log of security-relevant actions. A database trigger
 * (see the migration) refuses UPDATE and DELETE on this table.
 */
@Entity('activity_log')
@Index('activity_log_org_at', ['organizationId', 'at'])
@Index('activity_log_at', ['at'])
export class ActivityEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @CreateDateColumn({ type: 'timestamptz' }) at: Date;
  @Column({ type: 'text' }) action: string;
  @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId: string | null;
  @Column({ name: 'organization_id', type: 'uuid', nullable: true }) organizationId: string | null;
  @Column({ name: 'target_type', type: 'text', nullable: true }) targetType: string | null;
  @Column({ name: 'target_id', type: 'text', nullable: true }) targetId: string | null;
  @Column({ type: 'jsonb', nullable: true }) details: Record<string, unknown> | null;
  @Column({ type: 'text', nullable: true }) ip: string | null;
}
