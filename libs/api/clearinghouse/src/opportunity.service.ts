import {
  Actor,
  ActivityLog,
  MaybeActor,
  SearchSync,
  UnitOfWork,
  Visibility,
  VisibilityPolicy,
  badInput,
  columnsOf,
  conflict,
  forbidden,
  notFound,
  requireId,
} from '@commonground/api-core';
import { InitiativeEntity, NotificationService } from '@commonground/api-identity';
import { isCountry, isCurrency, isLanguage, isMineral, isRegion, isTheme } from '@commonground/shared-reference';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AmplificationEntity, OpportunityEntity, OpportunityStatus, OpportunityTextValue, REGISTRABLE_KINDS } from './clearinghouse.entities';
import { OpportunityInput } from './dto/clearinghouse.inputs';
import { validateSchedule } from './syndication';

export const OPPORTUNITY_KIND = 'OPPORTUNITY';

/** Limits of the texts (characters). */
export const TEXT_LIMITS = { title: 300, summary: 1_000, body: 20_000 } as const;
/** The largest amount accepted: 10 billion in major units. */
export const MAX_AMOUNT_MINOR = 1_000_000_000_000;
export const MAX_SEATS = 100_000;

const NOT_YET_PUBLIC: readonly OpportunityStatus[] = [OpportunityStatus.DRAFT, OpportunityStatus.SCHEDULED];

/**
 * Who may see an opportunity: its visibility once published; before that
 * (draft, scheduled) only the publisher. Every read goes through this, the
 * SQL condition and the search documents alike.
 */
export function audienceOf(o: Pick<OpportunityEntity, 'status' | 'visibility' | 'visibilityInitiativeIds' | 'visibilityOrganizationIds' | 'ownerOrganizationId'>) {
  if (NOT_YET_PUBLIC.includes(o.status)) return { visibility: Visibility.PRIVATE, visibilityInitiativeIds: [], visibilityOrganizationIds: [], ownerOrganizationId: o.ownerOrganizationId };
  return { visibility: o.visibility, visibilityInitiativeIds: o.visibilityInitiativeIds, visibilityOrganizationIds: o.visibilityOrganizationIds, ownerOrganizationId: o.ownerOrganizationId };
}

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && value.length <= 2000;
  } catch {
    return false;
  }
};

/** Opportunities: writing them (publisher members only) and reading them through the audience rule. */
@Injectable()
export class OpportunityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly search: SearchSync,
    private readonly policy: VisibilityPolicy,
    private readonly activity: ActivityLog,
    private readonly notifications: NotificationService,
  ) {}

  /** The SQL condition "the actor may see this opportunity" over an alias. */
  visibleCondition(actor: MaybeActor, alias: string): { where: string; parameters: Record<string, unknown> } {
    const visible = this.policy.sqlCondition(actor, columnsOf(alias));
    const me = `aud_${alias}`;
    return {
      where: `((${visible.where}) AND (${alias}.status NOT IN ('DRAFT', 'SCHEDULED') OR ${alias}.owner_organization_id = CAST(:${me} AS uuid)))`,
      parameters: { ...visible.parameters, [me]: actor?.organizationId ?? null },
    };
  }

  canSee(actor: MaybeActor, o: OpportunityEntity): boolean {
    return this.policy.canSee(actor, audienceOf(o));
  }

  /** Checks an input; every error names the field. Returns the normalized texts. */
  private validate(input: OpportunityInput): OpportunityTextValue[] {
    if (!input.texts.length) throw badInput('input.texts', 'Give the title (and summary) in at least one language.');
    const seen = new Set<string>();
    const texts = input.texts.map((t, i) => {
      const at = (f: string) => `input.texts.${i}.${f}`;
      if (!isLanguage(t.language)) throw badInput(at('language'), `Unknown language "${t.language}": use en, fr or es.`);
      if (seen.has(t.language)) throw badInput(at('language'), `The ${t.language} text is given twice.`);
      seen.add(t.language);
      const title = t.title.trim();
      if (!title) throw badInput(at('title'), 'The title is empty.');
      if (title.length > TEXT_LIMITS.title) throw badInput(at('title'), `The title is too long (${TEXT_LIMITS.title} characters at most).`);
      const summary = t.summary?.trim() || null;
      if (summary && summary.length > TEXT_LIMITS.summary) throw badInput(at('summary'), `The summary is too long (${TEXT_LIMITS.summary} characters at most).`);
      const body = t.body?.trim() || null;
      if (body && body.length > TEXT_LIMITS.body) throw badInput(at('body'), `The body is too long (${TEXT_LIMITS.body} characters at most).`);
      return { language: t.language, title, summary, body, isOriginal: t.isOriginal === true };
    });
    const originals = texts.filter((t) => t.isOriginal).length;
    if (originals > 1) throw badInput('input.texts', 'Only one text is the original; mark the others as translations.');
    if (originals === 0) texts[0].isOriginal = true;

    const errors = validateSchedule({ opensAt: input.opensAt ?? null, deadline: input.deadline ?? null, publishAt: input.publishAt ?? null, timeZone: input.timeZone ?? null });
    if (errors.length) throw badInput(`input.${errors[0].field}`, errors[0].message);
    if (input.endsAt && !input.startsAt) throw badInput('input.startsAt', 'Give the start as well as the end.');
    if (input.startsAt && input.endsAt && input.endsAt <= input.startsAt) throw badInput('input.endsAt', 'The end must be after the start.');

    const { amountMin: min, amountMax: max } = input;
    for (const [field, m] of [['amountMin', min], ['amountMax', max]] as const) {
      if (!m) continue;
      if (!isCurrency(m.currency)) throw badInput(`input.${field}.currency`, `Unknown currency "${m.currency}".`);
      if (m.amountMinor < 0 || m.amountMinor > MAX_AMOUNT_MINOR) throw badInput(`input.${field}.amountMinor`, 'The amount must be between 0 and 10 billion.');
    }
    if (min && max && min.currency !== max.currency) throw badInput('input.amountMax.currency', 'Give both amounts in the same currency.');
    if (min && max && min.amountMinor > max.amountMinor) throw badInput('input.amountMin', 'The minimum amount is above the maximum.');

    const check = (field: string, values: readonly string[] | null | undefined, valid: (v: string) => boolean, what: string) =>
      (values ?? []).forEach((v) => {
        if (!valid(v)) throw badInput(`input.${field}`, `Unknown ${what} "${v}".`);
      });
    check('eligibleCountries', input.eligibleCountries, isCountry, 'country');
    check('countries', input.countries, isCountry, 'country');
    check('regions', input.regions, isRegion, 'region (use UN M49 codes such as 002 or 017)');
    check('minerals', input.minerals, isMineral, 'mineral');
    check('themes', input.themes, isTheme, 'theme');
    (input.links ?? []).forEach((l, i) => {
      if (!isHttpUrl(l)) throw badInput(`input.links.${i}`, `"${l.slice(0, 80)}" is not an http(s) link.`);
    });
    (input.attachments ?? []).forEach((a, i) => {
      if (!a.title.trim()) throw badInput(`input.attachments.${i}.title`, 'Name the document.');
      if (!isHttpUrl(a.url)) throw badInput(`input.attachments.${i}.url`, `"${a.url.slice(0, 80)}" is not an http(s) link.`);
    });
    if (input.seatLimit !== null && input.seatLimit !== undefined) {
      if (!REGISTRABLE_KINDS.includes(input.kind)) throw badInput('input.seatLimit', 'Only events, webinars and delegations take registrations.');
      if (input.seatLimit > MAX_SEATS) throw badInput('input.seatLimit', `At most ${MAX_SEATS} seats.`);
    }
    const v = input.visibility;
    if (v?.level === Visibility.INITIATIVE && !v.initiativeIds?.length) throw badInput('input.visibility.initiativeIds', 'Say which initiatives may see it.');
    if (v?.level === Visibility.ORGANIZATIONS && !v.organizationIds?.length) throw badInput('input.visibility.organizationIds', 'Say which organizations may see it.');
    return texts;
  }

  private columns(input: OpportunityInput, texts: OpportunityTextValue[]): Partial<OpportunityEntity> {
    const currency = input.amountMin?.currency ?? input.amountMax?.currency ?? null;
    return {
      kind: input.kind,
      initiativeId: input.initiativeId ?? null,
      texts,
      opensAt: input.opensAt ?? null,
      deadline: input.deadline ?? null,
      timeZone: input.timeZone ?? null,
      startsAt: input.startsAt ?? null,
      endsAt: input.endsAt ?? null,
      amountMinMinor: input.amountMin?.amountMinor ?? null,
      amountMaxMinor: input.amountMax?.amountMinor ?? null,
      currency,
      eligibleKinds: [...new Set(input.eligibleKinds ?? [])],
      eligibleCountries: [...new Set(input.eligibleCountries ?? [])],
      countries: [...new Set(input.countries ?? [])],
      regions: [...new Set(input.regions ?? [])],
      minerals: [...new Set(input.minerals ?? [])],
      themes: [...new Set(input.themes ?? [])],
      links: [...new Set(input.links ?? [])],
      attachments: (input.attachments ?? []).map((a) => ({ title: a.title.trim(), url: a.url })),
      contact: input.contact?.trim() || null,
      seatLimit: input.seatLimit ?? null,
      publishAt: input.publishAt ?? null,
      visibility: input.visibility?.level ?? Visibility.PUBLIC,
      visibilityInitiativeIds: input.visibility?.initiativeIds ?? [],
      visibilityOrganizationIds: input.visibility?.organizationIds ?? [],
    };
  }

  /** The publisher may publish for an initiative it is the secretariat or an active member of. */
  private async checkInitiative(actor: Actor, manager: EntityManager, initiativeId: string | null | undefined) {
    if (!initiativeId) return;
    const initiative = await manager.findOneBy(InitiativeEntity, { id: initiativeId });
    if (!initiative) throw badInput('input.initiativeId', 'This initiative does not exist.');
    if (!actor.initiativeIds.includes(initiativeId)) throw badInput('input.initiativeId', 'Your organization takes no part in this initiative.');
  }

  async create(actor: Actor, input: OpportunityInput): Promise<OpportunityEntity> {
    const texts = this.validate(input);
    return this.uow.run(async (manager) => {
      await this.checkInitiative(actor, manager, input.initiativeId);
      const o = await manager.save(
        OpportunityEntity,
        manager.create(OpportunityEntity, { ...this.columns(input, texts), status: OpportunityStatus.DRAFT, ownerOrganizationId: actor.organizationId!, createdByUserId: actor.userId }),
      );
      await this.search.enqueue(manager, OPPORTUNITY_KIND, [o.id]);
      await this.activity.record(this.activity.byActor(actor, { action: 'OPPORTUNITY_CREATED', targetType: 'Opportunity', targetId: o.id }), manager);
      return o;
    });
  }

  /** Locks an opportunity the actor's organization publishes, for a change. */
  private async lockOwn(actor: Actor, manager: EntityManager, id: string): Promise<OpportunityEntity> {
    requireId(id, 'id');
    const o = await manager.findOne(OpportunityEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!o || !this.canSee(actor, o)) throw notFound('The opportunity');
    if (o.ownerOrganizationId !== actor.organizationId) throw forbidden('Only members of the publishing organization edit it.');
    return o;
  }

  async update(actor: Actor, id: string, input: OpportunityInput, now = new Date()): Promise<OpportunityEntity> {
    const texts = this.validate(input);
    return this.uow.run(async (manager) => {
      const o = await this.lockOwn(actor, manager, id);
      if (o.status === OpportunityStatus.ARCHIVED) throw conflict('An archived opportunity can no longer be edited.');
      if (o.initiativeId !== (input.initiativeId ?? null)) await this.checkInitiative(actor, manager, input.initiativeId);
      const registered = await this.registrationCount(manager, o.id);
      if (registered > 0 && input.kind !== o.kind && !REGISTRABLE_KINDS.includes(input.kind)) throw badInput('input.kind', 'People have registered: it must stay an event, webinar or delegation.');
      Object.assign(o, this.columns(input, texts));
      // a new deadline in the future reopens a closed call; a passed one closes a published call
      if (o.status === OpportunityStatus.CLOSED && o.deadline && o.deadline >= now) Object.assign(o, { status: OpportunityStatus.PUBLISHED, closedAt: null });
      else if (o.status === OpportunityStatus.PUBLISHED && o.deadline && o.deadline < now) Object.assign(o, { status: OpportunityStatus.CLOSED, closedAt: now });
      await manager.save(OpportunityEntity, o);
      await this.search.enqueue(manager, OPPORTUNITY_KIND, [o.id]);
      return o;
    });
  }

  private async registrationCount(manager: EntityManager, opportunityId: string): Promise<number> {
    const [row] = await manager.query(`SELECT count(*)::int AS n FROM opportunity_registrations WHERE opportunity_id = $1 AND status <> 'CANCELLED'`, [opportunityId]);
    return row.n;
  }

  /** Publishes now, or schedules when publishAt lies ahead. */
  async publish(actor: Actor, id: string, now = new Date()): Promise<OpportunityEntity> {
    return this.uow.run(async (manager) => {
      const o = await this.lockOwn(actor, manager, id);
      if (o.status !== OpportunityStatus.DRAFT && o.status !== OpportunityStatus.SCHEDULED) throw conflict(`The opportunity is already ${o.status.toLowerCase()}.`);
      if (o.deadline && o.deadline < now) throw badInput('deadline', 'The deadline has passed: change it before publishing.');
      const scheduled = !!o.publishAt && o.publishAt > now;
      if (scheduled) o.status = OpportunityStatus.SCHEDULED;
      else Object.assign(o, { status: OpportunityStatus.PUBLISHED, publishedAt: now });
      await manager.save(OpportunityEntity, o);
      await this.search.enqueue(manager, OPPORTUNITY_KIND, [o.id]);
      await this.activity.record(this.activity.byActor(actor, { action: scheduled ? 'OPPORTUNITY_SCHEDULED' : 'OPPORTUNITY_PUBLISHED', targetType: 'Opportunity', targetId: o.id }), manager);
      return o;
    });
  }

  async archive(actor: Actor, id: string, now = new Date()): Promise<OpportunityEntity> {
    return this.uow.run(async (manager) => {
      const o = await this.lockOwn(actor, manager, id);
      if (o.status === OpportunityStatus.ARCHIVED) return o;
      Object.assign(o, { status: OpportunityStatus.ARCHIVED, archivedAt: now });
      await manager.save(OpportunityEntity, o);
      await this.search.enqueue(manager, OPPORTUNITY_KIND, [o.id]);
      await this.activity.record(this.activity.byActor(actor, { action: 'OPPORTUNITY_ARCHIVED', targetType: 'Opportunity', targetId: o.id }), manager);
      return o;
    });
  }

  /** Another organization (optionally for an initiative) re-shares a published opportunity; the publisher is told. */
  async amplify(actor: Actor, id: string, note: string | null | undefined, initiativeId: string | null | undefined): Promise<OpportunityEntity> {
    const text = note?.trim() || null;
    if (text && text.length > 1000) throw badInput('note', 'The note is too long (1000 characters at most).');
    if (initiativeId) {
      requireId(initiativeId, 'initiativeId');
      if (!actor.initiativeIds.includes(initiativeId)) throw badInput('initiativeId', 'Your organization takes no part in this initiative.');
    }
    return this.uow.run(async (manager) => {
      const o = await this.find(actor, id, 'id', manager);
      if (o.ownerOrganizationId === actor.organizationId) throw badInput('id', 'Your organization publishes this opportunity: there is nothing to amplify.');
      if (o.status !== OpportunityStatus.PUBLISHED) throw conflict('Only published opportunities can be amplified.');
      const existing = await manager.findOneBy(AmplificationEntity, { opportunityId: o.id, organizationId: actor.organizationId! });
      if (existing) {
        await manager.update(AmplificationEntity, { id: existing.id }, { note: text, initiativeId: initiativeId ?? null });
      } else {
        await manager.insert(AmplificationEntity, { opportunityId: o.id, organizationId: actor.organizationId!, initiativeId: initiativeId ?? null, note: text, createdByUserId: actor.userId });
        const [{ name }] = await manager.query('SELECT name FROM organizations WHERE id = $1', [actor.organizationId]);
        await this.notifications.notifyOrganizations(manager, [o.ownerOrganizationId], {
          kind: 'OPPORTUNITY_AMPLIFIED',
          title: `${name} amplified “${originalTitle(o)}”`,
          body: text ?? undefined,
          link: `/calls/${o.id}`,
        });
      }
      await this.search.enqueue(manager, OPPORTUNITY_KIND, [o.id]);
      return o;
    });
  }

  /** An opportunity the actor may see, or NOT_FOUND (also for ids that are not UUIDs). */
  async find(actor: MaybeActor, id: string, field = 'id', manager: EntityManager = this.dataSource.manager): Promise<OpportunityEntity> {
    requireId(id, field);
    const o = await manager.findOneBy(OpportunityEntity, { id });
    if (!o || !this.canSee(actor, o)) throw notFound('The opportunity');
    return o;
  }

  /** The visible ones of these ids, in the order given (one query). */
  async visibleByIds(actor: MaybeActor, ids: string[]): Promise<OpportunityEntity[]> {
    if (!ids.length) return [];
    const rows = await this.dataSource.getRepository(OpportunityEntity).findBy({ id: In(ids) });
    const byId = new Map(rows.filter((o) => this.canSee(actor, o)).map((o) => [o.id, o]));
    return ids.map((id) => byId.get(id)).filter((o): o is OpportunityEntity => !!o);
  }
}

/** The original text's title (the first text if none is marked). */
export function originalTitle(o: Pick<OpportunityEntity, 'texts'>): string {
  return (o.texts.find((t) => t.isOriginal) ?? o.texts[0])?.title ?? '';
}

/** The text in `language` if there is one, else the original. */
export function textIn(o: Pick<OpportunityEntity, 'texts'>, language?: string | null): OpportunityTextValue {
  return (language && o.texts.find((t) => t.language === language)) || o.texts.find((t) => t.isOriginal) || o.texts[0];
}
