import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { JobsService } from '../jobs/jobs.service';
import { MailMessage } from './mail-message.entity';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

const DELIVER = 'mail.deliver';

@Injectable()
export class MailService implements OnModuleInit {
  private readonly logger = new Logger(MailService.name);
  private transporter: Transporter | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit() {
    if (this.config.smtpUrl) this.transporter = nodemailer.createTransport(this.config.smtpUrl);
    this.jobs.register(DELIVER, async () => {
      await this.deliverPending();
    });
    // a sweep catches mail whose job was lost (a crash between commit and enqueue)
    this.jobs.every(60, 'mail-sweep', () => this.deliverPending());
  }

  /** transactions that queued mail (UnitOfWork asks for delivery only after those) */
  private readonly writers = new WeakSet<EntityManager>();

  wrote(manager: EntityManager): boolean {
    return this.writers.has(manager);
  }

  /** Queues mail inside the caller's transaction; delivery happens after commit. */
  async queue(manager: EntityManager, mail: OutgoingMail): Promise<MailMessage> {
    this.writers.add(manager);
    return manager.save(MailMessage, manager.create(MailMessage, { ...mail, sentAt: null, transport: null }));
  }

  /** Queues many messages in one statement (digests). */
  async queueMany(manager: EntityManager, mails: OutgoingMail[]): Promise<void> {
    if (!mails.length) return;
    this.writers.add(manager);
    for (let i = 0; i < mails.length; i += 1000) {
      await manager.insert(MailMessage, mails.slice(i, i + 1000).map((m) => ({ ...m, sentAt: null, transport: null })));
    }
  }

  /** Call after the transaction that queued mail has committed. */
  async afterCommit(): Promise<void> {
    await this.jobs.send(DELIVER, {}, { singletonKey: DELIVER });
  }

  /** Delivers every message not yet sent; returns how many were delivered. */
  async deliverPending(): Promise<number> {
    const pending = await this.dataSource.getRepository(MailMessage).find({
      where: { sentAt: IsNull() },
      order: { createdAt: 'ASC' },
      take: 200,
    });
    let delivered = 0;
    for (const message of pending) {
      try {
        const transport = await this.deliver(message);
        // only the first process to mark it wins; a parallel sweep leaves it alone
        const result = await this.dataSource
          .createQueryBuilder()
          .update(MailMessage)
          .set({ sentAt: () => 'now()', transport })
          .where('id = :id AND sent_at IS NULL', { id: message.id })
          .execute();
        delivered += result.affected ?? 0;
      } catch (error) {
        this.logger.warn(`mail ${message.id} to ${message.to} not delivered: ${(error as Error).message}`);
        await this.dataSource.getRepository(MailMessage).update(message.id, {
          attempts: message.attempts + 1,
          lastError: (error as Error).message.slice(0, 1000),
        });
      }
    }
    return delivered;
  }

  private async deliver(message: MailMessage): Promise<'SMTP' | 'FILE'> {
    if (this.transporter) {
      await this.transporter.sendMail({ from: this.config.mailFrom, to: message.to, subject: message.subject, text: message.text });
      return 'SMTP';
    }
    const dir = path.join(this.config.dataDir, 'mail');
    await fs.mkdir(dir, { recursive: true });
    const eml = [
      `From: ${this.config.mailFrom}`,
      `To: ${message.to}`,
      `Subject: ${message.subject}`,
      `Date: ${message.createdAt.toUTCString()}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      message.text,
    ].join('\r\n');
    await fs.writeFile(path.join(dir, `${message.createdAt.toISOString().replace(/[:.]/g, '-')}-${message.id}.eml`), eml);
    return 'FILE';
  }
}
