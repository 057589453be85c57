import { APP_CONFIG, Actor, AppConfig, MaybeActor, unauthenticated } from '@commonground/api-core';
import { SessionService } from '@commonground/api-identity';
import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { FeedTokenEntity, OpportunityEntity } from './clearinghouse.entities';
import { textIn } from './opportunity.service';
import { OpportunitySearchService, cursorAt } from './search/opportunity-search.service';
import { OpportunityFilter, filterToParams } from './search/opportunity-filter';
import { FeedOpportunity } from './syndication';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const TOKEN = /^cgf_[A-Za-z0-9_-]{43}$/;
/** Items in an RSS/Atom feed; a calendar takes up to CALENDAR_ITEMS. */
export const FEED_ITEMS = 50;
export const CALENDAR_ITEMS = 500;

/** Private feed tokens and the items of feeds and calendars. */
@Injectable()
export class FeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly search: OpportunitySearchService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new private feed token for the actor (acting for its current organization); the previous one stops working. */
  async createToken(actor: Actor): Promise<string> {
    const token = `cgf_${randomBytes(32).toString('base64url')}`;
    await this.dataSource.transaction(async (manager) => {
      await manager.update(FeedTokenEntity, { userId: actor.userId, revokedAt: IsNull() }, { revokedAt: new Date() });
      await manager.insert(FeedTokenEntity, { userId: actor.userId, organizationId: actor.organizationId, tokenHash: hash(token) });
    });
    return token;
  }

  async revokeToken(actor: Actor): Promise<boolean> {
    const result = await this.dataSource.getRepository(FeedTokenEntity).update({ userId: actor.userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }

  liveToken(actor: Actor): Promise<FeedTokenEntity | null> {
    return this.dataSource.getRepository(FeedTokenEntity).findOneBy({ userId: actor.userId, revokedAt: IsNull() });
  }

  /** Who a private feed token acts for; UNAUTHENTICATED for an unknown or revoked token. */
  async actorOf(token: string): Promise<Actor> {
    if (!TOKEN.test(token)) throw unauthenticated();
    const row = await this.dataSource.getRepository(FeedTokenEntity).findOneBy({ tokenHash: hash(token), revokedAt: IsNull() });
    if (!row) throw unauthenticated();
    const actors = await this.sessions.actorsFor([{ userId: row.userId, organizationId: row.organizationId }], `feed:${row.id}`);
    const actor = actors.get(`${row.userId}:${row.organizationId ?? ''}`);
    if (!actor) throw unauthenticated();
    await this.dataSource.getRepository(FeedTokenEntity).update({ id: row.id }, { lastUsedAt: new Date() });
    return actor;
  }

  /** Absolute URL of a feed of this filter (`format`: rss, atom or ics). */
  feedUrl(filter: OpportunityFilter, format: 'rss' | 'atom' | 'ics'): string {
    const params = filterToParams(filter).toString();
    return `${this.config.publicUrl}/feeds/opportunities.${format}${params ? `?${params}` : ''}`;
  }

  /** The newest opportunities of a filter, as feed items. */
  async feedItems(actor: MaybeActor, filter: OpportunityFilter, language: string | null): Promise<FeedOpportunity[]> {
    const result = await this.search.search(actor, filter, { sort: 'NEWEST', first: FEED_ITEMS, facets: false });
    return this.toItems(result.opportunities, language);
  }

  /** Deadlines and events of a filter, soonest first, for a subscribable calendar. */
  async calendarItems(actor: MaybeActor, filter: OpportunityFilter, language: string | null): Promise<FeedOpportunity[]> {
    const out: OpportunityEntity[] = [];
    let after: string | null = null;
    while (out.length < CALENDAR_ITEMS) {
      const page = await this.search.search(actor, filter, { sort: 'DEADLINE', first: 100, after, facets: false });
      out.push(...page.opportunities.filter((o) => o.deadline || o.startsAt));
      if (!page.hasNextPage) break;
      after = cursorAt(page.offset + 99, '');
    }
    return this.toItems(out.slice(0, CALENDAR_ITEMS), language);
  }

  async toItems(rows: OpportunityEntity[], language: string | null): Promise<FeedOpportunity[]> {
    if (!rows.length) return [];
    const names: Array<{ id: string; name: string }> = await this.dataSource.query('SELECT id, name FROM organizations WHERE id = ANY($1)', [[...new Set(rows.map((o) => o.ownerOrganizationId))]]);
    const nameOf = new Map(names.map((n) => [n.id, n.name]));
    return rows.map((o) => this.toItem(o, nameOf.get(o.ownerOrganizationId) ?? '', language));
  }

  toItem(o: OpportunityEntity, publisherName: string, language: string | null): FeedOpportunity {
    const text = textIn(o, language);
    return {
      id: o.id,
      kind: o.kind,
      title: text.title,
      summary: text.summary,
      language: text.language,
      url: `${this.config.publicUrl}/calls/${o.id}`,
      publisherName,
      publishedAt: o.publishedAt ?? o.createdAt,
      updatedAt: o.updatedAt,
      opensAt: o.opensAt,
      deadline: o.deadline,
      timeZone: o.timeZone,
      eventStart: o.startsAt,
      eventEnd: o.endsAt,
    };
  }
}
