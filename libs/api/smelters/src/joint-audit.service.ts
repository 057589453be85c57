import { Actor, UnitOfWork, badInput, conflict, notFound, requireId } from '@commonground/api-core';
import { NotificationService } from '@commonground/api-identity';
import { isCurrency } from '@commonground/shared-reference';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { CoverageService } from './coverage.service';
import { JointAuditEntity, JointAuditSponsorEntity, SmelterEntity } from './smelters.entities';
import { equalSplit } from './split';

export const MAX_JOINT_AUDIT_COST_MINOR = 100_000_000_00;

/**
 * Joint audits: an organization proposes to audit a smelter that has no
 * evidence in its coverage; the companies whose current declarations report
 * the smelter are suggested as co-sponsors and told; sponsors split the
 * estimated cost equally to the cent (remainder cents by sponsor id).
 */
@Injectable()
export class JointAuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly coverage: CoverageService,
    private readonly notifications: NotificationService,
  ) {}

  /** Organizations whose current declarations report the smelter. */
  async reporters(smelterId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: Array<{ organization_id: string }> = await manager.query(
      `SELECT DISTINCT x.organization_id FROM declared_smelters d JOIN declarations x ON x.id = d.declaration_id WHERE d.smelter_id = $1 AND x.is_current`,
      [smelterId],
    );
    return rows.map((r) => r.organization_id);
  }

  async propose(actor: Actor, smelterId: string, estimatedCost: { amountMinor: number; currency: string } | null | undefined): Promise<JointAuditEntity> {
    requireId(smelterId, 'smelterId');
    if (estimatedCost) {
      if (!isCurrency(estimatedCost.currency)) throw badInput('estimatedCost.currency', `Unknown currency ${estimatedCost.currency}.`);
      if (!Number.isSafeInteger(estimatedCost.amountMinor) || estimatedCost.amountMinor <= 0 || estimatedCost.amountMinor > MAX_JOINT_AUDIT_COST_MINOR) {
        throw badInput('estimatedCost.amountMinor', 'The estimated cost must be above zero and below 100 million.');
      }
    }
    const row = (await this.coverage.smelters(actor)).find((r) => r.smelterId === smelterId);
    const smelter = await this.dataSource.getRepository(SmelterEntity).findOneBy({ id: smelterId });
    if (!smelter) throw badInput('smelterId', 'No such smelter.');
    if (row && row.evidence !== 'NONE') throw badInput('smelterId', 'This smelter is already covered (conformant, or a valid audit you can read).');
    return this.uow.run(async (manager) => {
      const open = await manager.findOneBy(JointAuditEntity, { smelterId, status: 'PROPOSED' });
      if (open) throw conflict('A joint audit of this smelter is already proposed: join it instead.', { jointAuditId: open.id });
      const audit = await manager.save(
        JointAuditEntity,
        manager.create(JointAuditEntity, { smelterId, proposerOrganizationId: actor.organizationId!, estimatedCostMinor: estimatedCost?.amountMinor ?? null, currency: estimatedCost?.currency ?? null, status: 'PROPOSED' }),
      );
      await manager.insert(JointAuditSponsorEntity, { jointAuditId: audit.id, organizationId: actor.organizationId! });
      await this.resplit(manager, audit);
      const others = (await this.reporters(smelterId, manager)).filter((id) => id !== actor.organizationId);
      const [{ name }] = await manager.query('SELECT name FROM organizations WHERE id = $1', [actor.organizationId]);
      await this.notifications.notifyOrganizations(manager, others, {
        kind: 'JOINT_AUDIT_PROPOSED',
        title: `${name} proposes a joint audit of ${smelter.name}`,
        body: `Your suppliers report ${smelter.name} (${smelter.cid ?? 'no CID'}), which has no audit evidence yet. Join to share the cost.`,
        link: `/smelters/joint-audits`,
      });
      return audit;
    });
  }

  async join(actor: Actor, id: string): Promise<JointAuditEntity> {
    requireId(id, 'id');
    return this.uow.run(async (manager) => {
      const audit = await manager.findOne(JointAuditEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!audit) throw notFound('The joint audit');
      if (audit.status !== 'PROPOSED') throw conflict('This joint audit no longer takes sponsors.');
      const already = await manager.findOneBy(JointAuditSponsorEntity, { jointAuditId: id, organizationId: actor.organizationId! });
      if (already) return audit;
      await manager.insert(JointAuditSponsorEntity, { jointAuditId: id, organizationId: actor.organizationId! });
      await this.resplit(manager, audit);
      const [{ name }] = await manager.query('SELECT name FROM organizations WHERE id = $1', [actor.organizationId]);
      const sponsors = await manager.findBy(JointAuditSponsorEntity, { jointAuditId: id });
      await this.notifications.notifyOrganizations(manager, sponsors.map((s) => s.organizationId).filter((o) => o !== actor.organizationId), {
        kind: 'JOINT_AUDIT_JOINED',
        title: `${name} joined the joint audit: the cost is now split ${sponsors.length} ways`,
        link: `/smelters/joint-audits`,
      });
      return audit;
    });
  }

  /** Equal shares of the estimated cost, to the cent. */
  private async resplit(manager: EntityManager, audit: JointAuditEntity) {
    const sponsors = await manager.findBy(JointAuditSponsorEntity, { jointAuditId: audit.id });
    if (audit.estimatedCostMinor === null) return;
    for (const share of equalSplit(audit.estimatedCostMinor, sponsors.map((s) => s.organizationId))) {
      await manager.update(JointAuditSponsorEntity, { jointAuditId: audit.id, organizationId: share.sponsorId }, { shareMinor: share.amount });
    }
  }

  /** Joint audits the organization sponsors, or of smelters its suppliers report. */
  async list(actor: Actor): Promise<JointAuditEntity[]> {
    return this.dataSource.query(
      `SELECT j.id, j.smelter_id AS "smelterId", j.proposer_organization_id AS "proposerOrganizationId", j.estimated_cost_minor::float8 AS "estimatedCostMinor",
              j.currency, j.status, j.created_at AS "createdAt"
         FROM joint_audits j
        WHERE EXISTS (SELECT 1 FROM joint_audit_sponsors s WHERE s.joint_audit_id = j.id AND s.organization_id = $1)
           OR EXISTS (SELECT 1 FROM declared_smelters d JOIN declarations x ON x.id = d.declaration_id WHERE d.smelter_id = j.smelter_id AND x.is_current AND x.organization_id = $1)
        ORDER BY j.created_at DESC`,
      [actor.organizationId],
    );
  }

  sponsors(ids: string[]): Promise<JointAuditSponsorEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.dataSource.getRepository(JointAuditSponsorEntity).find({ where: { jointAuditId: In(ids) }, order: { joinedAt: 'ASC' } });
  }
}
