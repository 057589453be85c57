import { JobsService, SearchSync, UnitOfWork } from '@commonground/api-core';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { OpportunityEntity, OpportunityStatus } from './clearinghouse.entities';
import { OPPORTUNITY_KIND } from './opportunity.service';
import { nextStatus } from './syndication';

export interface LifecycleChange {
  id: string;
  from: OpportunityStatus;
  to: OpportunityStatus;
}

/**
 * Scheduled opportunities publish themselves, published ones close after the
 * deadline. The job runs every minute with the wall clock; tests call
 * `run(now)` with the clock they want. The rules are `nextStatus` (pure, unit-tested).
 */
@Injectable()
export class LifecycleService implements OnModuleInit {
  private readonly logger = new Logger(LifecycleService.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly search: SearchSync,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit() {
    this.jobs.every(60, 'opportunity-lifecycle', () => this.run(new Date()));
  }

  async run(now: Date): Promise<LifecycleChange[]> {
    const changes = await this.uow.run(async (manager) => {
      // only rows that may change; SKIP LOCKED lets two workers share the work
      const due = await manager
        .createQueryBuilder(OpportunityEntity, 'o')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where(`(o.status = 'SCHEDULED' AND (o.publish_at <= :now OR o.deadline < :now)) OR (o.status = 'PUBLISHED' AND o.deadline < :now)`, { now })
        .limit(1000)
        .getMany();
      const out: LifecycleChange[] = [];
      for (const o of due) {
        const to = nextStatus({ status: o.status, publishAt: o.publishAt, deadline: o.deadline }, now) as OpportunityStatus;
        if (to === o.status) continue;
        const patch: Partial<OpportunityEntity> = { status: to };
        // the job's clock, not the row's publishAt: digests select by publishedAt
        if (to === OpportunityStatus.PUBLISHED) patch.publishedAt = now;
        if (to === OpportunityStatus.CLOSED) patch.closedAt = now;
        await manager.update(OpportunityEntity, { id: o.id }, patch);
        out.push({ id: o.id, from: o.status, to });
      }
      if (out.length) await this.search.enqueue(manager, OPPORTUNITY_KIND, out.map((c) => c.id));
      return out;
    });
    if (changes.length) this.logger.log(`lifecycle: ${changes.map((c) => `${c.id} ${c.from}→${c.to}`).join(', ')}`);
    return changes;
  }
}
