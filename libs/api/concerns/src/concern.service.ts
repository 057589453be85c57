import { ActivityLog, Actor, Connection, MaybeActor, UnitOfWork, badInput, conflict, forbidden, isUuid, mapConnection, notFound, paginate, requireId } from '@commonground/api-core';
import { NotificationService } from '@commonground/api-identity';
import { isCountry } from '@commonground/shared-reference';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { ConcernRoutingService } from './concern-routing.service';
import {
  ACCEPTED_STATUSES,
  ConcernAuthorKind,
  ConcernCategory,
  ConcernEntity,
  ConcernMessageEntity,
  ConcernRecipientEntity,
  ConcernReporterEntity,
  ConcernStatus,
  GrievanceOfficerEntity,
} from './concerns.entities';
import { ConcernPolicy, ConcernViewer } from './concerns.policy';
import { Concern, ConcernCount } from './dto/concern.objects';
import { FollowUpCodeService } from './follow-up-code.service';

export interface FileConcernValue {
  smelterId?: string | null;
  country?: string | null;
  place?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  category: ConcernCategory;
  description: string;
  language: string;
  happenedOn?: Date | null;
  anonymous: boolean;
  reporterName?: string | null;
  reporterContact?: string | null;
  shareIdentityWithCompanies?: boolean | null;
}

export interface RequestAddress {
  ip: string | null;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const MAX_MESSAGE = 20_000;

/**
 * Community concerns (SPEC §6): filing, the reporter's follow-up, triage,
 * the coordinated case. Every rule of who may comes from ConcernPolicy; this
 * service loads, decides with it and writes.
 */
@Injectable()
export class ConcernService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly policy: ConcernPolicy,
    private readonly codes: FollowUpCodeService,
    private readonly routing: ConcernRoutingService,
    private readonly notifications: NotificationService,
    private readonly activity: ActivityLog,
  ) {}

  // ------------------------------------------------------------ who is looking

  /** The viewer of this request: the actor and the initiatives it is a grievance officer of (one statement). */
  async viewerOf(actor: MaybeActor): Promise<ConcernViewer> {
    if (!actor) return { actor, officerInitiativeIds: [] };
    const rows = await this.dataSource.getRepository(GrievanceOfficerEntity).find({ where: { userId: actor.userId }, select: { initiativeId: true } });
    return { actor, officerInitiativeIds: rows.map((r) => r.initiativeId) };
  }

  /** The viewer as the reporter of the concern whose code was given; NOT_FOUND for a wrong or revoked code. */
  async reporterViewer(viewer: ConcernViewer, code: string, address: RequestAddress): Promise<ConcernViewer> {
    const concernId = await this.codes.resolve(code, address.ip);
    if (!concernId) throw notFound('The concern for this follow-up code');
    return { ...viewer, reporterOfConcernId: concernId };
  }

  /** A concern the viewer may read (as a case participant or its reporter); NOT_FOUND otherwise, alike for missing ones. */
  async find(viewer: ConcernViewer, id: string, field = 'id'): Promise<ConcernEntity> {
    requireId(id, field);
    const concern = await this.dataSource.getRepository(ConcernEntity).findOneBy({ id });
    if (!concern || !(this.policy.canRead(viewer, concern) || this.policy.isReporter(viewer, concern))) throw notFound('The concern');
    return concern;
  }

  // ------------------------------------------------------------ reading

  /** One concern as the viewer sees it, or null when it may not read it (or it does not exist). */
  async get(viewer: ConcernViewer, id: string): Promise<Concern | null> {
    if (!isUuid(id)) return null;
    const concern = await this.dataSource.getRepository(ConcernEntity).findOneBy({ id });
    if (!concern || !(this.policy.canRead(viewer, concern) || this.policy.isReporter(viewer, concern))) return null;
    return this.presentOne(viewer, concern);
  }

  /** The reporter's view through the code; null for a wrong or revoked code (which counts against the address). */
  async byCode(viewer: ConcernViewer, code: string, address: RequestAddress): Promise<Concern | null> {
    const concernId = await this.codes.resolve(code, address.ip);
    if (!concernId) return null;
    return this.get({ ...viewer, reporterOfConcernId: concernId }, concernId);
  }

  /** The concerns the viewer reads, newest first: all for administrators, its initiatives' for officers, the reached ones for organizations. */
  async list(viewer: ConcernViewer, args: { first?: number | null; after?: string | null; statuses?: ConcernStatus[] | null }): Promise<Connection<Concern>> {
    const readable = this.policy.sqlReadable(viewer, 'c');
    const q = this.dataSource.getRepository(ConcernEntity).createQueryBuilder('c').where(readable.where, readable.parameters);
    if (args.statuses?.length) q.andWhere('c.status IN (:...statuses)', { statuses: args.statuses });
    const page = await paginate(q, args, { expression: 'c.created_at', key: (c) => c.createdAt.toISOString(), idExpression: 'c.id', id: (c) => c.id, direction: 'DESC' });
    const views = await this.present(viewer, page.edges.map((e) => e.node));
    const byId = new Map(views.map((v) => [v.id, v]));
    return mapConnection(page, (c) => byId.get(c.id)!);
  }

  /**
   * Concerns as the viewer sees them, in a constant number of statements:
   * the recipients (for counts and the viewer's own place in the case), the
   * reporter (only where the policy shows it) and merged-into references.
   */
  async present(viewer: ConcernViewer, concerns: ConcernEntity[]): Promise<Concern[]> {
    if (!concerns.length) return [];
    const ids = concerns.map((c) => c.id);
    const recipients = await this.dataSource.getRepository(ConcernRecipientEntity).findBy({ concernId: In(ids) });
    const reporterIds = concerns.filter((c) => this.policy.canSeeReporter(viewer, c)).map((c) => c.id);
    const reporters = reporterIds.length ? await this.dataSource.getRepository(ConcernReporterEntity).findBy({ concernId: In(reporterIds) }) : [];
    const mergedIds = concerns.map((c) => c.mergedIntoId).filter((id): id is string => !!id);
    const merged = mergedIds.length ? await this.dataSource.getRepository(ConcernEntity).find({ where: { id: In(mergedIds) }, select: { id: true, reference: true } }) : [];
    return concerns.map((c) => {
      const handler = this.policy.canHandle(viewer, c);
      const recipient = this.policy.isRecipient(viewer, c);
      const reporter = this.policy.isReporter(viewer, c);
      const mine = recipients.filter((r) => r.concernId === c.id);
      const own = viewer.actor?.organizationId ? mine.find((r) => r.organizationId === viewer.actor!.organizationId) : undefined;
      const who = reporters.find((r) => r.concernId === c.id);
      return {
        id: c.id,
        reference: c.reference,
        country: c.country,
        place: c.place,
        latitude: c.latitude,
        longitude: c.longitude,
        category: c.category,
        description: c.description,
        language: c.language,
        happenedOn: c.happenedOn,
        status: c.status,
        createdAt: c.createdAt,
        anonymous: c.anonymous,
        reporterName: this.policy.canSeeReporter(viewer, c) ? (who?.name ?? null) : null,
        reporterContact: this.policy.canSeeReporterContact(viewer, c) ? (who?.contact ?? null) : null,
        shareIdentityWithCompanies: c.shareIdentity,
        referredTo: c.referredTo,
        outcome: c.outcome,
        mergedIntoId: handler ? c.mergedIntoId : null,
        mergedIntoReference: merged.find((m) => m.id === c.mergedIntoId)?.reference ?? null,
        reachedCount: mine.length,
        joinedCount: mine.filter((r) => r.joinedAt).length,
        viewerIsHandler: handler,
        viewerIsReporter: reporter,
        viewerIsRecipient: recipient,
        viewerCanJoin: this.policy.canJoin(viewer, c),
        viewerIsLead: !!own?.lead,
        viewerJoined: !!own?.joinedAt,
        smelterId: c.smelterId,
        rights: { handler, recipient, reporter },
        viewer,
        record: c,
      };
    });
  }

  async presentOne(viewer: ConcernViewer, concern: ConcernEntity): Promise<Concern> {
    return (await this.present(viewer, [concern]))[0];
  }

  /** Public: per category, how many concerns about the smelter were accepted and how many of those were resolved. */
  async smelterCounts(smelterId: string): Promise<ConcernCount[]> {
    requireId(smelterId, 'smelterId');
    const rows: Array<{ category: ConcernCategory; accepted: string; resolved: string }> = await this.dataSource.query(
      `SELECT category, count(*) AS accepted, count(*) FILTER (WHERE status IN ('RESPONDED', 'CLOSED')) AS resolved
         FROM concerns WHERE smelter_id = $1 AND accepted_at IS NOT NULL AND merged_into_id IS NULL
        GROUP BY category ORDER BY category`,
      [smelterId],
    );
    return rows.map((r) => ({ category: r.category, accepted: Number(r.accepted), resolved: Number(r.resolved) }));
  }

  // ------------------------------------------------------------ filing

  private validate(input: FileConcernValue) {
    if (!input.smelterId && !input.country) throw badInput('input.smelterId', 'Say which smelter or refiner, or in which country the mine site or area is.');
    if (input.country && !isCountry(input.country.toUpperCase())) throw badInput('input.country', 'Unknown country: use an ISO 3166-1 alpha-2 code such as CD.');
    if ((input.latitude == null) !== (input.longitude == null)) throw badInput('input.latitude', 'Give both latitude and longitude, or neither.');
    if (!input.description.trim()) throw badInput('input.description', 'Say what happened.');
    if (!LANGUAGE_TAG.test(input.language)) throw badInput('input.language', 'The language is a BCP 47 tag such as fr or sw.');
    if (input.happenedOn && input.happenedOn.getTime() > Date.now() + 864e5) throw badInput('input.happenedOn', 'The date cannot be in the future.');
  }

  private async nextReference(manager: EntityManager, at: Date): Promise<string> {
    const year = at.getUTCFullYear();
    const [row] = await manager.query(
      `INSERT INTO concern_reference_counters (year, last) VALUES ($1, 1) ON CONFLICT (year) DO UPDATE SET last = concern_reference_counters.last + 1 RETURNING last`,
      [year],
    );
    return `CG-${year}-${String(row.last).padStart(4, '0')}`;
  }

  /**
   * Files a concern, signed in or not. An anonymous concern keeps no name,
   * contact, account or address (the address only feeds a keyed hash in the
   * rate-limit counter). Returns the concern as its reporter sees it and the
   * follow-up code, which exists in clear only in this answer.
   */
  async file(actor: MaybeActor, input: FileConcernValue, address: RequestAddress): Promise<{ concern: Concern; followUpCode: string }> {
    this.validate(input);
    await this.codes.countFiling(address.ip);
    let smelterCountry: string | null = null;
    if (input.smelterId) {
      const [smelter] = await this.dataSource.query(`SELECT country FROM smelters WHERE id = $1`, [input.smelterId]);
      if (!smelter) throw badInput('input.smelterId', 'There is no such smelter or refiner.');
      smelterCountry = smelter.country;
    }
    const { concern, code } = await this.uow.run(async (manager) => {
      const now = new Date();
      const draft = manager.create(ConcernEntity, {
        reference: await this.nextReference(manager, now),
        smelterId: input.smelterId ?? null,
        country: input.country?.toUpperCase() ?? smelterCountry,
        place: input.place?.trim() || null,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        category: input.category,
        description: input.description.trim(),
        language: input.language,
        happenedOn: input.happenedOn ?? null,
        status: ConcernStatus.RECEIVED,
        anonymous: input.anonymous,
        shareIdentity: !input.anonymous && !!input.shareIdentityWithCompanies,
        recipientOrganizationIds: [],
        handlerInitiativeIds: [],
      });
      // a site concern is about the area, not about the smelters that happen to be there
      draft.handlerInitiativeIds = await this.routing.handlerInitiatives(manager, { smelterId: draft.smelterId, country: input.smelterId ? null : draft.country });
      const saved = await manager.save(ConcernEntity, draft);
      if (!input.anonymous) {
        const name = input.reporterName?.trim() || null;
        const contact = input.reporterContact?.trim() || null;
        if (name || contact || actor) await manager.insert(ConcernReporterEntity, { concernId: saved.id, name, contact, userId: actor?.userId ?? null });
      }
      const followUpCode = await this.codes.issue(manager, saved.id);
      await this.notifyHandlers(manager, saved, {
        kind: 'CONCERN_RECEIVED',
        title: `New community concern ${saved.reference} to triage`,
        body: `A concern (${saved.category.toLowerCase().replace(/_/g, ' ')}) was filed and waits for triage.`,
      });
      return { concern: saved, code: followUpCode };
    });
    return { concern: await this.presentOne({ actor: null, officerInitiativeIds: [], reporterOfConcernId: concern.id }, concern), followUpCode: code };
  }

  /** Tells the case handlers of a concern (platform administrators and its grievance officers); nothing about the reporter. */
  private async notifyHandlers(manager: EntityManager, concern: ConcernEntity, message: { kind: string; title: string; body: string }) {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM users WHERE is_platform_admin
        UNION SELECT user_id AS id FROM grievance_officers WHERE initiative_id = ANY($1)`,
      [concern.handlerInitiativeIds],
    );
    await this.notifications.notifyUsers(manager, rows.map((r) => r.id), { ...message, link: `/concerns/cases/${concern.id}` });
  }

  // ------------------------------------------------------------ the thread

  async addMessage(viewer: ConcernViewer, args: { concernId?: string | null; followUpCode?: string | null; body: string; visibleToReporter?: boolean | null }, address: RequestAddress): Promise<Concern> {
    const body = args.body?.trim() ?? '';
    if (!body) throw badInput('body', 'Write a message.');
    if (body.length > MAX_MESSAGE) throw badInput('body', `At most ${MAX_MESSAGE} characters.`);
    let v = viewer;
    let concern: ConcernEntity;
    if (args.followUpCode) {
      v = await this.reporterViewer(viewer, args.followUpCode, address);
      concern = await this.find(v, v.reporterOfConcernId!);
      if (args.concernId && args.concernId !== concern.id) throw notFound('The concern');
    } else {
      if (!args.concernId) throw badInput('concernId', 'Say which concern, or give the follow-up code.');
      if (!viewer.actor) throw notFound('The concern');
      concern = await this.find(viewer, args.concernId, 'concernId');
    }
    if (!this.policy.canMessage(v, concern)) throw forbidden('The case is closed to new messages.');
    const asReporter = this.policy.isReporter(v, concern) && !!args.followUpCode;
    const asHandler = !asReporter && this.policy.canHandle(v, concern);
    await this.uow.run(async (manager) => {
      await manager.insert(ConcernMessageEntity, {
        concernId: concern.id,
        authorKind: asReporter ? ConcernAuthorKind.REPORTER : asHandler ? ConcernAuthorKind.HANDLER : ConcernAuthorKind.ORGANIZATION,
        authorOrganizationId: asReporter || asHandler ? null : v.actor!.organizationId,
        authorUserId: asReporter ? null : v.actor!.userId,
        body,
        visibleToReporter: asReporter ? true : !!args.visibleToReporter,
      });
      await manager.update(ConcernEntity, { id: concern.id }, { updatedAt: new Date() });
      const others = concern.recipientOrganizationIds.filter((id) => id !== v.actor?.organizationId || asReporter);
      const note = { kind: 'CONCERN_MESSAGE', title: `New message in community concern ${concern.reference}`, body: `${asReporter ? 'The reporter' : asHandler ? 'A case handler' : 'An organization of the case'} wrote in the thread of ${concern.reference}.`, link: `/concerns/cases/${concern.id}` };
      if (others.length) await this.notifications.notifyOrganizations(manager, others, note, { email: false });
      if (!asHandler) await this.notifyHandlers(manager, concern, note);
    });
    return this.presentOne(v, concern);
  }

  // ------------------------------------------------------------ triage

  async triage(viewer: ConcernViewer, args: { id: string; accept: boolean; note?: string | null; mergeIntoId?: string | null; referTo?: string | null }): Promise<Concern> {
    if (!viewer.actor) throw notFound('The concern');
    const concern = await this.find(viewer, args.id);
    if (!this.policy.canHandle(viewer, concern)) throw forbidden('Only a case handler triages a concern.');
    if (!this.policy.canTriage(viewer, concern)) throw conflict(`The concern was already triaged (${concern.status}).`);
    const note = args.note?.trim() || null;
    if (note && note.length > MAX_MESSAGE) throw badInput('note', `At most ${MAX_MESSAGE} characters.`);
    if (args.mergeIntoId && args.referTo) throw badInput('referTo', 'Merge or refer, not both.');
    let target: ConcernEntity | null = null;
    if (args.mergeIntoId) {
      if (!isUuid(args.mergeIntoId)) throw badInput('mergeIntoId', 'mergeIntoId is not a valid identifier.');
      target = await this.dataSource.getRepository(ConcernEntity).findOneBy({ id: args.mergeIntoId });
      if (!target || !this.policy.canHandle(viewer, target)) throw badInput('mergeIntoId', 'There is no such concern to merge into.');
      if (target.id === concern.id) throw badInput('mergeIntoId', 'A concern cannot be merged into itself.');
      if (target.mergedIntoId) throw badInput('mergeIntoId', `That concern was itself merged into another: merge into that one.`);
    }
    const referTo = args.referTo?.trim() || null;
    if (args.referTo !== undefined && args.referTo !== null && !referTo) throw badInput('referTo', 'Say which mechanism it is referred to (and its reference).');
    if (referTo && referTo.length > 500) throw badInput('referTo', 'At most 500 characters.');
    if (!args.accept && !target && !referTo && !note) throw badInput('note', 'Give the reason of the rejection: the reporter is told.');
    const actor = viewer.actor;
    await this.uow.run(async (manager) => {
      const tell = (body: string) =>
        manager.insert(ConcernMessageEntity, { concernId: concern.id, authorKind: ConcernAuthorKind.HANDLER, authorOrganizationId: null, authorUserId: actor.userId, body, visibleToReporter: true });
      let decision: string;
      if (target) {
        decision = 'MERGED';
        Object.assign(concern, { status: ConcernStatus.CLOSED, mergedIntoId: target.id, outcome: note ?? `Merged into ${target.reference}, which is about the same matter.` });
        await tell(`Your concern is being handled together with another report about the same matter (${target.reference}).${note ? ` ${note}` : ''}`);
      } else if (referTo) {
        decision = 'REFERRED';
        Object.assign(concern, { status: ConcernStatus.REFERRED, referredTo: referTo });
        await tell(`Your concern was referred to ${referTo}.${note ? ` ${note}` : ''}`);
      } else if (args.accept) {
        decision = 'ACCEPTED';
        Object.assign(concern, { status: ConcernStatus.TRIAGED, acceptedAt: new Date() });
        await tell(`Your concern was accepted and passed on to the organizations whose supply chains it concerns.${note ? ` ${note}` : ''}`);
      } else {
        decision = 'REJECTED';
        Object.assign(concern, { status: ConcernStatus.REJECTED, outcome: note });
        await tell(`Your concern was not accepted: ${note}`);
      }
      concern.updatedAt = new Date();
      await manager.save(ConcernEntity, concern);
      if (decision === 'ACCEPTED') await this.routing.route(manager, concern);
      await this.activity.record(this.activity.byActor(actor, { action: 'CONCERN_TRIAGED', targetType: 'Concern', targetId: concern.id, details: { decision } }), manager);
    });
    return this.presentOne(viewer, concern);
  }

  // ------------------------------------------------------------ the case

  async join(viewer: ConcernViewer, id: string, lead: boolean): Promise<Concern> {
    if (!viewer.actor) throw notFound('The concern');
    const concern = await this.find(viewer, id);
    const actor = viewer.actor as Actor;
    if (!this.policy.isRecipient(viewer, concern)) throw forbidden('Only an organization the concern reached joins its case.');
    if (!this.policy.canJoin(viewer, concern)) throw conflict(`The case is ${concern.status.toLowerCase()}: it cannot be joined.`);
    if (lead && !this.policy.canJoin(viewer, concern, true)) throw forbidden('An owner or administrator of your organization takes the lead.');
    if (lead) {
      const current = await this.dataSource.getRepository(ConcernRecipientEntity).findOneBy({ concernId: concern.id, lead: true });
      if (current && current.organizationId !== actor.organizationId) throw conflict('Another organization already leads this case.');
    }
    await this.uow.run(async (manager) => {
      await manager.query(`UPDATE concern_recipients SET joined_at = COALESCE(joined_at, now()) WHERE concern_id = $1 AND organization_id = $2`, [concern.id, actor.organizationId]);
      if (lead) {
        // the first organization to lead leads; the unique index refuses a second one racing in
        await manager.query(`UPDATE concern_recipients SET lead = true WHERE concern_id = $1 AND organization_id = $2`, [concern.id, actor.organizationId]);
        if (concern.status === ConcernStatus.TRIAGED) concern.status = ConcernStatus.IN_PROGRESS;
      }
      concern.updatedAt = new Date();
      await manager.save(ConcernEntity, concern);
      await this.activity.record(this.activity.byActor(actor, { action: lead ? 'CONCERN_LED' : 'CONCERN_JOINED', targetType: 'Concern', targetId: concern.id }), manager);
      const others = concern.recipientOrganizationIds.filter((o) => o !== actor.organizationId);
      if (others.length && lead) {
        await this.notifications.notifyOrganizations(manager, others, { kind: 'CONCERN_LEAD', title: `An organization leads the case ${concern.reference}`, link: `/concerns/cases/${concern.id}` }, { email: false });
      }
    }).catch((error: unknown) => {
      if ((error as { code?: string }).code === '23505') throw conflict('Another organization took the lead at the same moment; try again.');
      throw error;
    });
    return this.presentOne(viewer, concern);
  }

  async setStatus(viewer: ConcernViewer, args: { id: string; status: ConcernStatus; outcome?: string | null }): Promise<Concern> {
    if (!viewer.actor) throw notFound('The concern');
    const concern = await this.find(viewer, args.id);
    const lead = await this.dataSource.getRepository(ConcernRecipientEntity).findOneBy({ concernId: concern.id, lead: true });
    const outcome = args.outcome?.trim() || null;
    if (!this.policy.canSetStatus(viewer, concern, lead, args.status)) {
      if ([ConcernStatus.RECEIVED, ConcernStatus.TRIAGED, ConcernStatus.REFERRED, ConcernStatus.REJECTED].includes(args.status)) throw badInput('status', 'Use triageConcern to accept, refer or reject a concern; here the case moves through IN_PROGRESS, RESPONDED and CLOSED.');
      if (concern.status === ConcernStatus.RECEIVED) throw conflict('The concern is not triaged yet.');
      throw forbidden('The case handlers and the lead organization move the case.');
    }
    if (args.status === ConcernStatus.CLOSED && !outcome && !concern.outcome) throw badInput('outcome', 'Say the outcome and the actions taken.');
    if (outcome && outcome.length > MAX_MESSAGE) throw badInput('outcome', `At most ${MAX_MESSAGE} characters.`);
    const actor = viewer.actor;
    await this.uow.run(async (manager) => {
      concern.status = args.status;
      if (outcome) concern.outcome = outcome;
      concern.updatedAt = new Date();
      await manager.save(ConcernEntity, concern);
      if (args.status === ConcernStatus.RESPONDED || args.status === ConcernStatus.CLOSED) {
        await manager.insert(ConcernMessageEntity, {
          concernId: concern.id,
          authorKind: this.policy.canHandle(viewer, concern) ? ConcernAuthorKind.HANDLER : ConcernAuthorKind.ORGANIZATION,
          authorOrganizationId: this.policy.canHandle(viewer, concern) ? null : actor.organizationId,
          authorUserId: actor.userId,
          body: `${args.status === ConcernStatus.CLOSED ? 'The case is closed.' : 'The organizations of the case have responded.'}${outcome ? ` Outcome and actions taken: ${outcome}` : ''}`,
          visibleToReporter: true,
        });
      }
      await this.activity.record(this.activity.byActor(actor, { action: 'CONCERN_STATUS_CHANGED', targetType: 'Concern', targetId: concern.id, details: { status: args.status } }), manager);
      const others = concern.recipientOrganizationIds.filter((o) => o !== actor.organizationId);
      if (others.length) await this.notifications.notifyOrganizations(manager, others, { kind: 'CONCERN_STATUS', title: `Community concern ${concern.reference} is now ${args.status.toLowerCase().replace('_', ' ')}`, link: `/concerns/cases/${concern.id}` }, { email: false });
    });
    return this.presentOne(viewer, concern);
  }

  /** The reporter revokes its code, optionally receiving a new one. */
  async revokeCode(code: string, issueNew: boolean, address: RequestAddress): Promise<string | null> {
    const result = await this.codes.revoke(code, address.ip, issueNew);
    if (!result) throw notFound('The concern for this follow-up code');
    return result.newCode;
  }

  /** Whether the concern counts as accepted in the public counts. */
  static isAccepted(c: ConcernEntity) {
    return ACCEPTED_STATUSES.includes(c.status) && !!c.acceptedAt;
  }
}
