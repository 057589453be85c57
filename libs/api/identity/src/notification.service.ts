import { APP_CONFIG, Actor, AppConfig, MailService } from '@commonground/api-core';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { NotificationEntity } from './notification.entity';
import { OrganizationMembershipEntity } from './organization-membership.entity';
import { UserEntity } from './user.entity';

export interface NotificationMessage {
  kind: string;
  title: string;
  body?: string;
  /** a path of the web client */
  link?: string;
}

/**
 * Tells organizations something happened: an in-app notification every
 * member sees, and an e-mail to its owners and administrators. Written in the
 * caller's transaction, so a refused action notifies no one.
 */
@Injectable()
export class NotificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async notifyOrganizations(manager: EntityManager, organizationIds: string[], message: NotificationMessage, options: { email?: boolean } = {}): Promise<void> {
    const ids = [...new Set(organizationIds)];
    if (!ids.length) return;
    await manager.insert(
      NotificationEntity,
      ids.map((organizationId) => ({ organizationId, userId: null, kind: message.kind, title: message.title, body: message.body ?? null, link: message.link ?? null })),
    );
    if (options.email === false) return;
    const admins = await manager
      .createQueryBuilder(OrganizationMembershipEntity, 'm')
      .innerJoinAndMapOne('m.user', UserEntity, 'u', 'u.id = m.user_id')
      .where('m.organization_id IN (:...ids) AND m.role IN (:...roles)', { ids, roles: ['OWNER', 'ADMIN'] })
      .getMany();
    const link = message.link ? `\n\n${this.config.publicUrl}${message.link}` : '';
    for (const email of new Set(admins.map((m) => m.user!.email))) {
      await this.mail.queue(manager, { to: email, subject: message.title, text: `${message.body ?? message.title}${link}` });
    }
  }

  /** Tells people (not whole organizations): an in-app notification each, and an e-mail unless `email` is false. */
  async notifyUsers(manager: EntityManager, userIds: string[], message: NotificationMessage & { footer?: (userId: string) => string }, options: { email?: boolean } = {}): Promise<void> {
    const ids = [...new Set(userIds)];
    if (!ids.length) return;
    await manager.insert(
      NotificationEntity,
      ids.map((userId) => ({ organizationId: null, userId, kind: message.kind, title: message.title, body: message.body ?? null, link: message.link ?? null })),
    );
    if (options.email === false) return;
    const users = await manager.findBy(UserEntity, { id: In(ids) });
    const link = message.link ? `\n\n${this.config.publicUrl}${message.link}` : '';
    for (const user of users) {
      const footer = message.footer ? `\n\n${message.footer(user.id)}` : '';
      await this.mail.queue(manager, { to: user.email, subject: message.title, text: `${message.body ?? message.title}${link}${footer}` });
    }
  }

  /**
   * A different message to each person, in a few statements whatever their
   * number (digests): in-app notifications and, with `email`, one e-mail each.
   */
  async notifyEach(manager: EntityManager, messages: Array<{ userId: string; message: NotificationMessage; emailText?: string }>, options: { email?: boolean } = {}): Promise<void> {
    if (!messages.length) return;
    for (let i = 0; i < messages.length; i += 1000) {
      await manager.insert(
        NotificationEntity,
        messages.slice(i, i + 1000).map(({ userId, message }) => ({ organizationId: null, userId, kind: message.kind, title: message.title, body: message.body ?? null, link: message.link ?? null })),
      );
    }
    if (options.email === false) return;
    const users = await manager.findBy(UserEntity, { id: In([...new Set(messages.map((m) => m.userId))]) });
    const emailOf = new Map(users.map((u) => [u.id, u.email]));
    await this.mail.queueMany(
      manager,
      messages
        .filter((m) => emailOf.has(m.userId))
        .map(({ userId, message, emailText }) => ({ to: emailOf.get(userId)!, subject: message.title, text: emailText ?? `${message.body ?? message.title}${message.link ? `\n\n${this.config.publicUrl}${message.link}` : ''}` })),
    );
  }

  /** Notifications of the actor and of its active organization, newest first. */
  list(actor: Actor, limit: number): Promise<NotificationEntity[]> {
    return this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('(n.user_id = :user OR n.organization_id = :org)', { user: actor.userId, org: actor.organizationId })
      .orderBy('n.created_at', 'DESC')
      .limit(limit)
      .getMany();
  }

  async unreadCount(actor: Actor): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(*) AS n FROM notifications WHERE (user_id = $1 OR organization_id = $2) AND NOT ($1 = ANY(read_by))`,
      [actor.userId, actor.organizationId],
    );
    return Number(row.n);
  }

  async markRead(actor: Actor): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications SET read_by = array_append(read_by, $1) WHERE (user_id = $1 OR organization_id = $2) AND NOT ($1 = ANY(read_by))`,
      [actor.userId, actor.organizationId],
    );
  }
}
