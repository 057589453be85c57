import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An in-app notification for an organization (every member sees it) or for one user. */
@Entity('notifications')
@Index('notifications_org', ['organizationId', 'createdAt'])
@Index('notifications_user', ['userId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organization_id', type: 'uuid', nullable: true }) organizationId: string | null;
  @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId: string | null;
  /** e.g. REFERRAL, CO_FUNDING_INVITATION, POOL_RESPLIT */
  @Column({ type: 'text' }) kind: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text', nullable: true }) body: string | null;
  /** a path of the web client, e.g. /funding/projects/<id> */
  @Column({ type: 'text', nullable: true }) link: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  /** user ids who have read it */
  @Column({ name: 'read_by', type: 'uuid', array: true, default: '{}' }) readBy: string[];
}
