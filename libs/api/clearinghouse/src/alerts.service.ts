import { APP_CONFIG, Actor, AppConfig, JobsService, SearchEngine, UnitOfWork, badInput, isEngineUnavailable, notFound, requireId } from '@commonground/api-core';
import { NotificationMessage, NotificationService, SessionService } from '@commonground/api-identity';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { DeadlineReminderEntity, DigestFrequency, OpportunityEntity, SavedSearchDeliveryEntity, SavedSearchEntity } from './clearinghouse.entities';
import { SavedSearchInput } from './dto/clearinghouse.inputs';
import { OpportunityService, textIn } from './opportunity.service';
import { OPPORTUNITY_INDEXER } from './search/opportunity.indexer';
import { FilterError, OpportunityFilter, filterToJson, matchesFilter, normalizeFilter } from './search/opportunity-filter';
import { FIRST_DIGEST_LOOKBACK_MS, deadlineText, dueDigests, selectDigest } from './syndication';

export const MAX_SAVED_SEARCHES = 50;
export const MAX_REMINDERS_PER_OPPORTUNITY = 5;
/**
 * A digest's window ends this long before the job's clock, so that an
 * opportunity published a moment ago is already in the search index when a
 * saved search with search text is checked (the index lags by about a second).
 */
export const INDEX_MARGIN_MS = 60_000;
const DIGEST_BATCH = 200;
const MAX_DIGEST_ITEMS = 50;

export interface DigestRunReport {
  searchesDue: number;
  digestsSent: number;
  opportunitiesAnnounced: number;
}

const unsubscribeToken = () => randomBytes(24).toString('base64url');

/** Saved searches with digests, deadline reminders, and unsubscribing without signing in. */
@Injectable()
export class AlertsService implements OnModuleInit {
  private readonly logger = new Logger(AlertsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly opportunities: OpportunityService,
    private readonly sessions: SessionService,
    private readonly notifications: NotificationService,
    private readonly engine: SearchEngine,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    this.jobs.every(60, 'opportunity-digests', () => this.runDigests(new Date()));
    this.jobs.every(300, 'opportunity-reminders', () => this.runReminders(new Date()));
  }

  unsubscribeUrl(token: string): string {
    return `${this.config.publicUrl}/unsubscribe/${token}`;
  }

  // ------------------------------------------------------------ saved searches

  async save(actor: Actor, input: SavedSearchInput): Promise<SavedSearchEntity> {
    const name = input.name.trim();
    if (!name) throw badInput('input.name', 'Name the saved search.');
    let filter: OpportunityFilter;
    try {
      filter = normalizeFilter(input.filter, 'input.filter');
    } catch (error) {
      if (error instanceof FilterError) throw badInput(error.field, error.message);
      throw error;
    }
    const count = await this.dataSource.getRepository(SavedSearchEntity).countBy({ userId: actor.userId });
    if (count >= MAX_SAVED_SEARCHES) throw badInput('input', `You have ${MAX_SAVED_SEARCHES} saved searches already: delete one first.`);
    return this.dataSource.getRepository(SavedSearchEntity).save({
      userId: actor.userId,
      organizationId: actor.organizationId,
      name,
      filter: filterToJson(filter),
      frequency: input.frequency,
      // the first digest covers what is published from now on
      lastDigestAt: new Date(),
      unsubscribeToken: unsubscribeToken(),
    });
  }

  list(actor: Actor): Promise<SavedSearchEntity[]> {
    return this.dataSource.getRepository(SavedSearchEntity).find({ where: { userId: actor.userId }, order: { createdAt: 'DESC' } });
  }

  async delete(actor: Actor, id: string): Promise<boolean> {
    requireId(id, 'id');
    const result = await this.dataSource.getRepository(SavedSearchEntity).delete({ id, userId: actor.userId });
    if (!result.affected) throw notFound('The saved search');
    return true;
  }

  // ------------------------------------------------------------ reminders

  /** Replaces the actor's reminders for an opportunity; an empty list removes them. */
  async setReminders(actor: Actor, opportunityId: string, daysBefore: number[]): Promise<boolean> {
    const days = [...new Set(daysBefore)];
    if (days.length > MAX_REMINDERS_PER_OPPORTUNITY) throw badInput('daysBefore', `At most ${MAX_REMINDERS_PER_OPPORTUNITY} reminders per opportunity.`);
    if (days.some((d) => !Number.isInteger(d) || d < 0 || d > 90)) throw badInput('daysBefore', 'Reminders are 0 to 90 days before the deadline.');
    return this.uow.run(async (manager) => {
      const o = await this.opportunities.find(actor, opportunityId, 'opportunityId', manager);
      if (days.length && !o.deadline) throw badInput('opportunityId', 'This opportunity has no deadline to be reminded of.');
      const existing = await manager.findBy(DeadlineReminderEntity, { userId: actor.userId, opportunityId: o.id });
      const stale = existing.filter((r) => !days.includes(r.daysBefore));
      if (stale.length) await manager.delete(DeadlineReminderEntity, { id: In(stale.map((r) => r.id)) });
      const missing = days.filter((d) => !existing.some((r) => r.daysBefore === d));
      if (missing.length) {
        await manager.insert(
          DeadlineReminderEntity,
          missing.map((d) => ({ userId: actor.userId, organizationId: actor.organizationId, opportunityId: o.id, daysBefore: d, sentAt: null, unsubscribeToken: unsubscribeToken() })),
        );
      }
      return true;
    });
  }

  async remindersOf(actor: Actor, opportunityId: string): Promise<number[]> {
    const rows = await this.dataSource.getRepository(DeadlineReminderEntity).find({ where: { userId: actor.userId, opportunityId }, order: { daysBefore: 'DESC' } });
    return rows.map((r) => r.daysBefore);
  }

  /** Sends the reminders due at `now` (e-mail and in-app); each is sent once. */
  async runReminders(now: Date): Promise<number> {
    const due: Array<DeadlineReminderEntity & { deadline: Date }> = await this.dataSource.query(
      `SELECT r.id, r.user_id AS "userId", r.organization_id AS "organizationId", r.opportunity_id AS "opportunityId",
              r.days_before AS "daysBefore", r.sent_at AS "sentAt", r.unsubscribe_token AS "unsubscribeToken", o.deadline
         FROM deadline_reminders r JOIN opportunities o ON o.id = r.opportunity_id
        WHERE r.sent_at IS NULL AND o.status = 'PUBLISHED' AND o.deadline >= $1
          AND o.deadline - make_interval(days => r.days_before) <= $1
        ORDER BY o.deadline LIMIT 1000`,
      [now],
    );
    if (!due.length) return 0;
    const actors = await this.sessions.actorsFor(due.map((r) => ({ userId: r.userId, organizationId: r.organizationId })), 'reminders');
    const opportunities = new Map((await this.dataSource.getRepository(OpportunityEntity).findBy({ id: In([...new Set(due.map((r) => r.opportunityId))]) })).map((o) => [o.id, o]));
    let sent = 0;
    await this.uow.run(async (manager) => {
      for (const r of due) {
        const actor = actors.get(`${r.userId}:${r.organizationId ?? ''}`);
        const o = opportunities.get(r.opportunityId);
        await manager.update(DeadlineReminderEntity, { id: r.id }, { sentAt: now });
        if (!actor || !o || !this.opportunities.canSee(actor, o)) continue;
        const text = textIn(o, actor.locale);
        const when = deadlineText(o.deadline!, o.timeZone);
        const days = Math.max(0, Math.round((o.deadline!.getTime() - now.getTime()) / 86_400_000));
        await this.notifications.notifyUsers(manager, [r.userId], {
          kind: 'DEADLINE_REMINDER',
          title: days === 0 ? `Deadline today: ${text.title}` : `Deadline in ${days} day${days === 1 ? '' : 's'}: ${text.title}`,
          body: `The deadline is ${when.local} (${when.utc}).`,
          link: `/calls/${o.id}`,
          footer: () => `Stop this reminder: ${this.unsubscribeUrl(r.unsubscribeToken)}`,
        });
        sent++;
      }
    });
    return sent;
  }

  // ------------------------------------------------------------ digests

  /**
   * Sends the digests due at `now`: for each due saved search, the
   * opportunities published since its last digest that match its filter and
   * that its owner may see, each announced once (deliveries are recorded).
   */
  async runDigests(now: Date): Promise<DigestRunReport> {
    const end = new Date(now.getTime() - INDEX_MARGIN_MS);
    const candidates = await this.dataSource
      .getRepository(SavedSearchEntity)
      .createQueryBuilder('s')
      .where(`s.frequency = 'INSTANT' OR s.last_digest_at IS NULL`)
      .orWhere(`s.frequency = 'DAILY' AND s.last_digest_at <= :day`, { day: new Date(end.getTime() - 86_400_000 + 300_000) })
      .orWhere(`s.frequency = 'WEEKLY' AND s.last_digest_at <= :week`, { week: new Date(end.getTime() - 7 * 86_400_000 + 300_000) })
      .getMany();
    const due = dueDigests(candidates, end, { slackMs: 300_000 }).filter((s) => !s.lastDigestAt || s.lastDigestAt < end);
    const report: DigestRunReport = { searchesDue: due.length, digestsSent: 0, opportunitiesAnnounced: 0 };
    if (!due.length) return report;

    // every opportunity that any due search could announce: published inside the widest window
    const since = new Date(Math.min(...due.map((s) => (s.lastDigestAt ?? new Date(end.getTime() - FIRST_DIGEST_LOOKBACK_MS[s.frequency])).getTime())));
    const published = await this.dataSource
      .getRepository(OpportunityEntity)
      .createQueryBuilder('o')
      .where(`o.status IN ('PUBLISHED', 'CLOSED', 'ARCHIVED') AND o.published_at > :since AND o.published_at <= :end`, { since, end })
      .orderBy('o.published_at', 'ASC')
      .getMany();
    const publishedById = new Map(published.map((o) => [o.id, o]));
    const actors = await this.sessions.actorsFor(due.map((s) => ({ userId: s.userId, organizationId: s.organizationId })), 'digests');

    for (let i = 0; i < due.length; i += DIGEST_BATCH) {
      const batch = due.slice(i, i + DIGEST_BATCH);
      const textMatches = published.length ? await this.textMatches(batch, published.map((o) => o.id)) : new Map<string, Set<string>>();
      await this.uow.run(async (manager) => {
        const sentRows = published.length
          ? await manager.findBy(SavedSearchDeliveryEntity, { savedSearchId: In(batch.map((s) => s.id)), opportunityId: In(published.map((o) => o.id)) })
          : [];
        const deliveries: Array<{ savedSearchId: string; opportunityId: string }> = [];
        const digests: Array<{ userId: string; message: NotificationMessage; emailText: string }> = [];
        for (const search of batch) {
          const actor = actors.get(`${search.userId}:${search.organizationId ?? ''}`);
          let filter: OpportunityFilter | null = null;
          try {
            filter = normalizeFilter(search.filter as never, '');
          } catch {
            this.logger.warn(`saved search ${search.id} has a filter that is no longer valid; skipped`);
          }
          const matching = !actor || !filter
            ? []
            : published.filter(
                (o) =>
                  this.opportunities.canSee(actor, o) &&
                  matchesFilter(filter!, { ...o, languages: o.texts.map((t) => t.language), publisherId: o.ownerOrganizationId }) &&
                  (!filter!.query || textMatches.get(search.id)?.has(o.id)),
              );
          const already = new Set(sentRows.filter((r) => r.savedSearchId === search.id).map((r) => r.opportunityId));
          const selection = selectDigest(
            matching.map((o) => ({ opportunityId: o.id, publishedAt: o.publishedAt! })),
            search.lastDigestAt,
            end,
            already,
            { initialLookbackMs: FIRST_DIGEST_LOOKBACK_MS[search.frequency] },
          );
          if (!selection.opportunityIds.length || !actor) continue;
          const items = selection.opportunityIds.map((id) => publishedById.get(id)!);
          for (const o of items) deliveries.push({ savedSearchId: search.id, opportunityId: o.id });
          digests.push(this.digestMessage(search, actor, items));
          report.digestsSent++;
          report.opportunitiesAnnounced += items.length;
        }
        // a few statements per batch, whatever its size: every search of the batch moves to the same cursor
        await manager.update(SavedSearchEntity, { id: In(batch.map((s) => s.id)) }, { lastDigestAt: end });
        for (let j = 0; j < deliveries.length; j += 2000) {
          await manager.createQueryBuilder().insert().into(SavedSearchDeliveryEntity).values(deliveries.slice(j, j + 2000)).orIgnore().execute();
        }
        await this.notifications.notifyEach(manager, digests);
      });
    }
    return report;
  }

  /** For saved searches with search text: which of these opportunities the engine finds for their text. */
  private async textMatches(searches: SavedSearchEntity[], ids: string[]): Promise<Map<string, Set<string>>> {
    const out = new Map<string, Set<string>>();
    const withText = searches.filter((s) => typeof s.filter.query === 'string' && (s.filter.query as string).trim());
    if (!withText.length) return out;
    const indexer = this.engine.indexer(OPPORTUNITY_INDEXER)!;
    const indexUid = this.engine.indexName(indexer);
    const idFilter = `id IN [${ids.map((id) => JSON.stringify(id)).join(', ')}]`;
    try {
      await this.engine.ensureIndex(indexer);
      for (let i = 0; i < withText.length; i += 50) {
        const chunk = withText.slice(i, i + 50);
        const { results } = await this.engine.meili.multiSearch({
          queries: chunk.map((s) => ({ indexUid, q: String(s.filter.query), filter: idFilter, limit: ids.length, attributesToRetrieve: ['id'] })),
        });
        chunk.forEach((s, j) => out.set(s.id, new Set((results[j].hits as Array<{ id: string }>).map((h) => h.id))));
      }
    } catch (error) {
      if (!isEngineUnavailable(error)) throw error;
      // engine down: a plain substring test, so that alerts still go out
      const rows = await this.dataSource.getRepository(OpportunityEntity).findBy({ id: In(ids) });
      for (const s of withText) {
        const needle = String(s.filter.query).toLowerCase();
        out.set(s.id, new Set(rows.filter((o) => JSON.stringify(o.texts).toLowerCase().includes(needle)).map((o) => o.id)));
      }
    }
    return out;
  }

  /** The digest of one saved search: in-app title, and the e-mail listing the items with the unsubscribe link. */
  private digestMessage(search: SavedSearchEntity, actor: Actor, items: OpportunityEntity[]): { userId: string; message: NotificationMessage; emailText: string } {
    const shown = items.slice(0, MAX_DIGEST_ITEMS);
    const lines = shown.map((o) => {
      const text = textIn(o, actor.locale);
      const deadline = o.deadline ? ` — deadline ${deadlineText(o.deadline, o.timeZone).local}` : '';
      return `• ${text.title} (${o.kind.replace(/_/g, ' ').toLowerCase()})${deadline}\n  ${this.config.publicUrl}/calls/${o.id}`;
    });
    if (items.length > shown.length) lines.push(`… and ${items.length - shown.length} more.`);
    const count = items.length;
    const what = search.frequency === DigestFrequency.INSTANT ? 'alert' : `${search.frequency.toLowerCase()} digest`;
    const message: NotificationMessage = {
      kind: 'SAVED_SEARCH_DIGEST',
      title: `${count} new ${count === 1 ? 'opportunity' : 'opportunities'} for “${search.name}”`,
      body: lines.join('\n'),
      link: `/calls?saved=${search.id}`,
    };
    const emailText = `${message.body}\n\n${this.config.publicUrl}${message.link}\n\nYou receive this ${what} because you saved the search “${search.name}”.\nUnsubscribe: ${this.unsubscribeUrl(search.unsubscribeToken)}`;
    return { userId: search.userId, message, emailText };
  }

  // ------------------------------------------------------------ unsubscribe

  /** Follows an unsubscribe link: deletes the saved search or reminder it names. No sign-in. */
  async unsubscribe(token: string): Promise<{ done: boolean; description: string }> {
    if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return { done: false, description: 'This unsubscribe link is not valid.' };
    const search = await this.dataSource.getRepository(SavedSearchEntity).findOneBy({ unsubscribeToken: token });
    if (search) {
      await this.dataSource.getRepository(SavedSearchEntity).delete({ id: search.id });
      return { done: true, description: `You will no longer receive alerts for the saved search “${search.name}”.` };
    }
    const reminder = await this.dataSource.getRepository(DeadlineReminderEntity).findOne({ where: { unsubscribeToken: token }, relations: { opportunity: true } });
    if (reminder) {
      await this.dataSource.getRepository(DeadlineReminderEntity).delete({ id: reminder.id });
      return { done: true, description: `The reminder ${reminder.daysBefore} days before the deadline of “${textIn(reminder.opportunity!).title}” is cancelled.` };
    }
    return { done: false, description: 'Nothing to unsubscribe: this link was already used, or the alert was deleted.' };
  }
}

