import {
  Actor,
  ActivityLog,
  FileStorage,
  FileTooLargeError,
  MaybeActor,
  SearchSync,
  UnitOfWork,
  Visibility,
  VisibilityPolicy,
  badInput,
  columnsOf,
  conflict,
  forbidden,
  isUuid,
  notFound,
  requireId,
} from '@commonground/api-core';
import { NotificationService } from '@commonground/api-identity';
import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { AccessLogEntity, AccessRequestEntity, AccessRequestStatus, AuditEntity, AuditReportEntity, SmelterEntity } from './smelters.entities';

export const AUDIT_KIND = 'AUDIT';
/** Audit reports: PDF files up to this size. */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

export interface AuditInputValue {
  smelterId: string;
  standard: AuditEntity['standard'];
  type: AuditEntity['type'];
  auditor?: string | null;
  startedOn?: Date | null;
  completedOn?: Date | null;
  validUntil?: Date | null;
  outcome?: string | null;
  summary?: string | null;
  correctiveActions?: Array<{ description: string; dueDate?: Date | null; status?: string | null }> | null;
  visibility: { level: Visibility; initiativeIds?: string[] | null; organizationIds?: string[] | null };
  discoverable?: boolean | null;
}

/** What a viewer may do with an audit. */
export interface AuditAccess {
  /** sees that it exists: smelter, standard, type, dates, valid-until, owner */
  summary: boolean;
  /** reads it in full and downloads its reports */
  full: boolean;
  owner: boolean;
}

const CORRECTIVE_STATUSES = ['OPEN', 'IN_PROGRESS', 'CLOSED'];

/**
 * Smelter audits and who may read them. Full reading follows the audit's
 * visibility (the one policy) or an approved, unexpired access request; a
 * discoverable audit shows its summary to every signed-in organization.
 * Report downloads go through `download`, which logs every one.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly policy: VisibilityPolicy,
    private readonly storage: FileStorage,
    private readonly notifications: NotificationService,
    private readonly activity: ActivityLog,
    private readonly search: SearchSync,
  ) {}

  // ------------------------------------------------------------ reading rules

  /** SQL: the actor reads the audit (alias) in full. */
  fullCondition(actor: MaybeActor, alias: string, now = new Date()): { where: string; parameters: Record<string, unknown> } {
    const visible = this.policy.sqlCondition(actor, columnsOf(alias));
    if (!actor?.organizationId) return visible;
    return {
      where: `(${visible.where} OR EXISTS (SELECT 1 FROM audit_access_requests ar WHERE ar.audit_id = ${alias}.id AND ar.requester_organization_id = :grantOrg AND ar.status = 'APPROVED' AND (ar.expires_at IS NULL OR ar.expires_at > :grantNow)))`,
      parameters: { ...visible.parameters, grantOrg: actor.organizationId, grantNow: now },
    };
  }

  /** SQL: the actor sees at least the audit's summary. */
  summaryCondition(actor: MaybeActor, alias: string, now = new Date()): { where: string; parameters: Record<string, unknown> } {
    const full = this.fullCondition(actor, alias, now);
    if (!actor?.organizationId) return full;
    return { where: `(${alias}.discoverable OR ${full.where})`, parameters: full.parameters };
  }

  async accessTo(actor: MaybeActor, audit: AuditEntity, now = new Date()): Promise<AuditAccess> {
    const owner = !!actor?.organizationId && actor.organizationId === audit.ownerOrganizationId;
    let full = owner || this.policy.canSee(actor, audit);
    if (!full && actor?.organizationId) {
      const [grant] = await this.dataSource.query(
        `SELECT 1 FROM audit_access_requests WHERE audit_id = $1 AND requester_organization_id = $2 AND status = 'APPROVED' AND (expires_at IS NULL OR expires_at > $3) LIMIT 1`,
        [audit.id, actor.organizationId, now],
      );
      full = !!grant;
    }
    return { owner, full, summary: full || (audit.discoverable && !!actor?.organizationId) };
  }

  /** An audit the actor may at least see the summary of, with the access; NOT_FOUND otherwise. */
  async find(actor: MaybeActor, id: string, field = 'id'): Promise<{ audit: AuditEntity; access: AuditAccess }> {
    requireId(id, field);
    const audit = await this.dataSource.getRepository(AuditEntity).findOneBy({ id });
    if (!audit) throw notFound('The audit');
    const access = await this.accessTo(actor, audit);
    if (!access.summary) throw notFound('The audit');
    return { audit, access };
  }

  // ------------------------------------------------------------ writing

  private validate(input: AuditInputValue) {
    const dates = [input.startedOn, input.completedOn, input.validUntil];
    if (input.startedOn && input.completedOn && input.completedOn < input.startedOn) throw badInput('input.completedOn', 'The audit cannot end before it started.');
    if (input.completedOn && input.validUntil && input.validUntil < input.completedOn) throw badInput('input.validUntil', 'The audit cannot expire before it was completed.');
    if (dates.some((d) => d && Number.isNaN(d.getTime()))) throw badInput('input', 'A date is not valid.');
    for (const [field, value, max] of [['auditor', input.auditor, 200], ['outcome', input.outcome, 500], ['summary', input.summary, 10_000]] as const) {
      if (value && value.length > max) throw badInput(`input.${field}`, `At most ${max} characters.`);
    }
    (input.correctiveActions ?? []).forEach((a, i) => {
      if (!a.description?.trim()) throw badInput(`input.correctiveActions.${i}.description`, 'Describe the corrective action.');
      if (a.status && !CORRECTIVE_STATUSES.includes(a.status)) throw badInput(`input.correctiveActions.${i}.status`, `Use ${CORRECTIVE_STATUSES.join(', ')}.`);
    });
    const v = input.visibility;
    if (v.level === Visibility.INITIATIVE && !v.initiativeIds?.length) throw badInput('input.visibility.initiativeIds', 'Say which initiatives may read it.');
    if (v.level === Visibility.ORGANIZATIONS && !v.organizationIds?.length) throw badInput('input.visibility.organizationIds', 'Say which organizations may read it.');
  }

  private columns(input: AuditInputValue): Partial<AuditEntity> {
    return {
      smelterId: input.smelterId,
      standard: input.standard,
      type: input.type,
      auditor: input.auditor?.trim() || null,
      startedOn: input.startedOn ?? null,
      completedOn: input.completedOn ?? null,
      validUntil: input.validUntil ?? null,
      outcome: input.outcome?.trim() || null,
      summary: input.summary?.trim() || null,
      correctiveActions: (input.correctiveActions ?? []).map((a) => ({ description: a.description.trim(), dueDate: a.dueDate ? a.dueDate.toISOString() : null, status: a.status ?? 'OPEN' })),
      visibility: input.visibility.level,
      visibilityInitiativeIds: input.visibility.initiativeIds ?? [],
      visibilityOrganizationIds: input.visibility.organizationIds ?? [],
      discoverable: input.discoverable ?? true,
    };
  }

  async create(actor: Actor, input: AuditInputValue): Promise<AuditEntity> {
    requireId(input.smelterId, 'input.smelterId');
    this.validate(input);
    return this.uow.run(async (manager) => {
      if (!(await manager.findOneBy(SmelterEntity, { id: input.smelterId }))) throw badInput('input.smelterId', 'No such smelter.');
      const audit = await manager.save(AuditEntity, manager.create(AuditEntity, { ...this.columns(input), ownerOrganizationId: actor.organizationId! }));
      await this.activity.record(this.activity.byActor(actor, { action: 'AUDIT_CREATED', targetType: 'Audit', targetId: audit.id }), manager);
      await this.search.enqueue(manager, AUDIT_KIND, [audit.id]);
      return audit;
    });
  }

  async update(actor: Actor, id: string, input: AuditInputValue): Promise<AuditEntity> {
    requireId(id, 'id');
    requireId(input.smelterId, 'input.smelterId');
    this.validate(input);
    return this.uow.run(async (manager) => {
      const audit = await manager.findOne(AuditEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!audit || !(await this.accessTo(actor, audit)).summary) throw notFound('The audit');
      if (audit.ownerOrganizationId !== actor.organizationId) throw forbidden('Only the owner edits its audit.');
      if (!(await manager.findOneBy(SmelterEntity, { id: input.smelterId }))) throw badInput('input.smelterId', 'No such smelter.');
      Object.assign(audit, this.columns(input));
      await manager.save(AuditEntity, audit);
      await this.search.enqueue(manager, AUDIT_KIND, [audit.id]);
      return audit;
    });
  }

  // ------------------------------------------------------------ reports

  /** Stores a PDF report of the actor's audit (type sniffed from the bytes, size limited). */
  async addReport(actor: Actor, auditId: string, fileName: string, source: Readable): Promise<AuditReportEntity> {
    if (!(await this.isOwner(actor, auditId))) throw notFound('The audit');
    let stored;
    try {
      stored = await this.storage.write(Readable.from(pdfOnly(source)), { maxBytes: MAX_REPORT_BYTES, prefix: 'reports' });
    } catch (error) {
      if (error instanceof NotPdfError) throw badInput('file', 'Audit reports must be PDF files (this file does not start like one).');
      if (error instanceof FileTooLargeError) throw badInput('file', `Reports may be ${MAX_REPORT_BYTES / 1024 / 1024} MiB at most.`);
      throw error;
    }
    const name = (fileName || 'report.pdf').replace(/[\\/\r\n"]/g, '_').slice(0, 200);
    return this.dataSource.getRepository(AuditReportEntity).save({ auditId, fileName: name, sizeBytes: stored.sizeBytes, sha256: stored.sha256, storageKey: stored.key, uploadedByUserId: actor.userId });
  }

  private async isOwner(actor: Actor, auditId: string): Promise<boolean> {
    if (!isUuid(auditId)) return false;
    const audit = await this.dataSource.getRepository(AuditEntity).findOneBy({ id: auditId });
    return !!audit && audit.ownerOrganizationId === actor.organizationId;
  }

  reports(auditId: string): Promise<AuditReportEntity[]> {
    return this.dataSource.getRepository(AuditReportEntity).find({ where: { auditId }, order: { createdAt: 'ASC' } });
  }

  /**
   * A report's stream for a viewer allowed to read its audit in full, logged;
   * null for everyone else (the endpoint answers 404 either way, so nothing tells whether it exists).
   */
  async download(actor: MaybeActor, reportId: string): Promise<{ report: AuditReportEntity; stream: Readable } | null> {
    if (!actor?.organizationId || !isUuid(reportId)) return null;
    const report = await this.dataSource.getRepository(AuditReportEntity).findOneBy({ id: reportId });
    if (!report) return null;
    const audit = await this.dataSource.getRepository(AuditEntity).findOneByOrFail({ id: report.auditId });
    if (!(await this.accessTo(actor, audit)).full) return null;
    const stream = await this.storage.read(report.storageKey);
    await this.log(this.dataSource.manager, actor, audit.id, report.id, 'DOWNLOAD');
    return { report, stream };
  }

  /** Writes a VIEW (full reading of an audit by someone other than its owner) or DOWNLOAD. */
  async log(manager: EntityManager, actor: Actor, auditId: string, reportId: string | null, action: 'VIEW' | 'DOWNLOAD') {
    await manager.insert(AccessLogEntity, { auditId, reportId, organizationId: actor.organizationId, userId: actor.userId, action });
  }

  async accessLog(actor: Actor, auditId: string): Promise<AccessLogEntity[]> {
    if (!(await this.isOwner(actor, auditId))) throw notFound('The audit');
    return this.dataSource.getRepository(AccessLogEntity).find({ where: { auditId }, order: { at: 'DESC', id: 'DESC' }, take: 1000 });
  }

  // ------------------------------------------------------------ access requests

  async requestAccess(actor: Actor, auditId: string, purpose: string): Promise<AccessRequestEntity> {
    const text = purpose.trim();
    if (text.length < 10) throw badInput('purpose', 'Say in a sentence why your organization needs the report.');
    if (text.length > 2000) throw badInput('purpose', 'At most 2000 characters.');
    return this.uow.run(async (manager) => {
      const { audit, access } = await this.find(actor, auditId, 'auditId');
      if (access.owner) throw badInput('auditId', 'Your organization owns this audit.');
      if (access.full) throw conflict('Your organization can already read this audit.');
      const pending = await manager.findOneBy(AccessRequestEntity, { auditId, requesterOrganizationId: actor.organizationId!, status: AccessRequestStatus.PENDING });
      if (pending) return pending;
      const request = await manager.save(AccessRequestEntity, manager.create(AccessRequestEntity, { auditId, requesterOrganizationId: actor.organizationId!, requestedByUserId: actor.userId, purpose: text }));
      const [{ name }] = await manager.query('SELECT name FROM organizations WHERE id = $1', [actor.organizationId]);
      const smelter = await manager.findOneByOrFail(SmelterEntity, { id: audit.smelterId });
      await this.notifications.notifyOrganizations(manager, [audit.ownerOrganizationId], {
        kind: 'AUDIT_ACCESS_REQUESTED',
        title: `${name} asks to read your ${audit.standard} audit of ${smelter.name}`,
        body: `Purpose: ${text}`,
        link: `/smelters/audits/${audit.id}`,
      });
      return request;
    });
  }

  async decide(actor: Actor, id: string, approve: boolean, expiresAt: Date | null | undefined, now = new Date()): Promise<AccessRequestEntity> {
    requireId(id, 'id');
    if (expiresAt && expiresAt <= now) throw badInput('expiresAt', 'The access must end in the future.');
    return this.uow.run(async (manager) => {
      const request = await manager.findOne(AccessRequestEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      const audit = request && (await manager.findOneBy(AuditEntity, { id: request.auditId }));
      if (!request || !audit || audit.ownerOrganizationId !== actor.organizationId) throw notFound('The access request');
      if (request.status !== AccessRequestStatus.PENDING) throw conflict(`This request was already ${request.status.toLowerCase()}.`);
      Object.assign(request, {
        status: approve ? AccessRequestStatus.APPROVED : AccessRequestStatus.DENIED,
        expiresAt: approve ? (expiresAt ?? null) : null,
        decidedByUserId: actor.userId,
        decidedAt: now,
      });
      await manager.save(AccessRequestEntity, request);
      const smelter = await manager.findOneByOrFail(SmelterEntity, { id: audit.smelterId });
      await this.notifications.notifyOrganizations(manager, [request.requesterOrganizationId], {
        kind: approve ? 'AUDIT_ACCESS_APPROVED' : 'AUDIT_ACCESS_DENIED',
        title: approve ? `You may now read the ${audit.standard} audit of ${smelter.name}` : `Your request to read the ${audit.standard} audit of ${smelter.name} was declined`,
        body: approve && request.expiresAt ? `Access ends on ${request.expiresAt.toISOString().slice(0, 10)}.` : undefined,
        link: `/smelters/audits/${audit.id}`,
      });
      return request;
    });
  }

  /** Incoming: requests for the actor's audits; outgoing: the actor's organization's requests. Expired grants read EXPIRED. */
  async requests(actor: Actor, incoming: boolean, now = new Date()): Promise<AccessRequestEntity[]> {
    const q = this.dataSource.getRepository(AccessRequestEntity).createQueryBuilder('r').innerJoin(AuditEntity, 'a', 'a.id = r.audit_id').orderBy('r.createdAt', 'DESC').limit(500);
    if (incoming) q.where('a.owner_organization_id = :org', { org: actor.organizationId });
    else q.where('r.requester_organization_id = :org', { org: actor.organizationId });
    const rows = await q.getMany();
    return rows.map((r) => (r.status === AccessRequestStatus.APPROVED && r.expiresAt && r.expiresAt <= now ? Object.assign(r, { status: AccessRequestStatus.EXPIRED }) : r));
  }

}

class NotPdfError extends Error {}

/** Passes the bytes through, failing at once if they do not start like a PDF (`%PDF-`). */
async function* pdfOnly(source: Readable): AsyncGenerator<Buffer> {
  let head = Buffer.alloc(0);
  let checked = false;
  for await (const chunk of source) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    if (checked) {
      yield b;
      continue;
    }
    head = Buffer.concat([head, b]);
    if (head.length < 5) continue;
    if (head.subarray(0, 5).toString('latin1') !== '%PDF-') throw new NotPdfError();
    checked = true;
    yield head;
  }
  if (!checked) throw new NotPdfError();
}
