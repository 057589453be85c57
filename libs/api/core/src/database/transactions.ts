import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { MailService } from '../mail/mail.service';
import { SearchSync } from '../search/search-sync.service';

/**
 * Runs a unit of work in one transaction, then — only after it committed —
 * nudges the search sync and mail delivery. A refused request rolls back and
 * leaves nothing half-written.
 */
@Injectable()
export class UnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly search: SearchSync,
    private readonly mail: MailService,
  ) {}

  async run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    let indexed = false;
    let mailed = false;
    const result = await this.dataSource.transaction('READ COMMITTED', async (manager) => {
      const value = await work(manager);
      indexed = this.search.wrote(manager);
      mailed = this.mail.wrote(manager);
      return value;
    });
    if (indexed) this.search.kick();
    if (mailed) await this.mail.afterCommit().catch(() => undefined);
    return result;
  }
}
