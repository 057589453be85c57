import { JobsService, UnitOfWork } from '@commonground/api-core';
import { NotificationService } from '@commonground/api-identity';
import { countryName } from '@commonground/shared-reference';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { ConcernEntity, ConcernRecipientEntity, ConcernStatus, OPEN_CASE_STATUSES, RecipientKind } from './concerns.entities';

interface SupplyRow {
  organization_id: string;
  company_name: string;
  template: string;
  revision: string;
  smelter_name: string;
}

interface Reach {
  organizationId: string;
  kind: RecipientKind;
  reason: string;
  initiativeIds: string[];
}

const REROUTE_JOB = 'concerns.reroute';

const listOf = (names: string[]) => {
  const unique = [...new Set(names)].sort((a, b) => a.localeCompare(b));
  return unique.length <= 3 ? unique.map((n) => `"${n}"`).join(', ') : `${unique.slice(0, 3).map((n) => `"${n}"`).join(', ')} and ${unique.length - 3} more`;
};

/**
 * Who a concern reaches (SPEC §6 "Routing"), from the imported declarations:
 *
 * - About a smelter: every organization with a CURRENT declaration (the
 *   newest of its supplier company; `declarations.is_current`) that has a row
 *   matched to that smelter (`declared_smelters.smelter_id`).
 * - About a mine site or area (a country, a place): every organization with a
 *   current declaration that has a row matched to a smelter located in that
 *   country. Declarations name smelters, not the mines that feed them, so
 *   "a smelter in that country" is as far as they let us see a sourcing link.
 * - And the secretariat of every initiative those organizations are ACTIVE
 *   members of.
 *
 * Each is told why. Routing only adds: a company that stops reporting the
 * smelter stays in the case. A company whose declaration reporting it becomes
 * current later is reached by `rerouteOpen`, run by a job every ten minutes
 * (and callable directly), rather than by a hook inside the declaration
 * import, which stays unaware of concerns.
 */
@Injectable()
export class ConcernRoutingService implements OnModuleInit {
  private readonly logger = new Logger(ConcernRoutingService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly notifications: NotificationService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit() {
    this.jobs.register(REROUTE_JOB, async () => {
      const reached = await this.rerouteOpen();
      if (reached) this.logger.log(`open concerns reached ${reached} more organizations`);
    }, { cron: '*/10 * * * *' });
  }

  /** The organizations (companies and secretariats) the concern reaches now, with their reasons. */
  async reach(manager: EntityManager, concern: Pick<ConcernEntity, 'smelterId' | 'country'>): Promise<Reach[]> {
    let rows: SupplyRow[] = [];
    if (concern.smelterId) {
      rows = await manager.query(
        `SELECT DISTINCT x.organization_id, x.company_name, x.template::text AS template, x.revision, s.name AS smelter_name
           FROM declared_smelters d JOIN declarations x ON x.id = d.declaration_id JOIN smelters s ON s.id = d.smelter_id
          WHERE x.is_current AND d.smelter_id = $1`,
        [concern.smelterId],
      );
    } else if (concern.country) {
      rows = await manager.query(
        `SELECT DISTINCT x.organization_id, x.company_name, x.template::text AS template, x.revision, s.name AS smelter_name
           FROM declared_smelters d JOIN declarations x ON x.id = d.declaration_id JOIN smelters s ON s.id = d.smelter_id
          WHERE x.is_current AND s.country = $1`,
        [concern.country],
      );
    }
    const byOrg = new Map<string, SupplyRow[]>();
    for (const r of rows) byOrg.set(r.organization_id, [...(byOrg.get(r.organization_id) ?? []), r]);
    const reaches: Reach[] = [];
    for (const [organizationId, supply] of byOrg) {
      const templates = listOf(supply.map((r) => `${r.template} ${r.revision}`)).replace(/"/g, '');
      const reason = concern.smelterId
        ? `your supplier${supply.length > 1 ? 's' : ''} ${listOf(supply.map((r) => r.company_name))} report${supply.length > 1 ? '' : 's'} this smelter (${templates})`
        : `your supplier${supply.length > 1 ? 's' : ''} ${listOf(supply.map((r) => r.company_name))} report${supply.length > 1 ? '' : 's'} ${listOf(supply.map((r) => r.smelter_name))}, in ${countryName(concern.country!, 'en') ?? concern.country} (${templates})`;
      reaches.push({ organizationId, kind: RecipientKind.COMPANY, reason, initiativeIds: [] });
    }
    if (!byOrg.size) return reaches;
    const memberships: Array<{ initiative_id: string; initiative_name: string; secretariat_organization_id: string; member_name: string }> = await manager.query(
      `SELECT i.id AS initiative_id, i.name AS initiative_name, i.secretariat_organization_id, o.name AS member_name
         FROM initiative_members m JOIN initiatives i ON i.id = m.initiative_id JOIN organizations o ON o.id = m.organization_id
        WHERE m.status = 'ACTIVE' AND m.organization_id = ANY($1)`,
      [[...byOrg.keys()]],
    );
    const secretariats = new Map<string, { members: string[]; initiatives: Map<string, string> }>();
    for (const m of memberships) {
      const s = secretariats.get(m.secretariat_organization_id) ?? { members: [] as string[], initiatives: new Map<string, string>() };
      s.members.push(m.member_name);
      s.initiatives.set(m.initiative_id, m.initiative_name);
      secretariats.set(m.secretariat_organization_id, s);
    }
    for (const [organizationId, s] of secretariats) {
      const reason = `your member${s.members.length > 1 ? 's' : ''} ${listOf(s.members)} of ${listOf([...s.initiatives.values()])} ${s.members.length > 1 ? 'are' : 'is'} reached by this concern`;
      const existing = reaches.find((r) => r.organizationId === organizationId);
      if (existing) {
        existing.reason = `${existing.reason}; ${reason}`;
        existing.initiativeIds.push(...s.initiatives.keys());
      } else reaches.push({ organizationId, kind: RecipientKind.SECRETARIAT, reason, initiativeIds: [...s.initiatives.keys()] });
    }
    return reaches;
  }

  /** The initiatives whose grievance officers handle the concern: those of the organizations it reaches (or would reach). */
  async handlerInitiatives(manager: EntityManager, concern: Pick<ConcernEntity, 'smelterId' | 'country'>): Promise<string[]> {
    return [...new Set((await this.reach(manager, concern)).flatMap((r) => r.initiativeIds))];
  }

  /**
   * Adds every organization the concern reaches and has not reached yet,
   * and tells each, in the app and by e-mail, why. Never a word about the
   * reporter: the notification names the concern, its category and subject.
   * Returns how many organizations were newly reached.
   */
  async route(manager: EntityManager, concern: ConcernEntity): Promise<number> {
    const reaches = await this.reach(manager, concern);
    const already = new Set((await manager.findBy(ConcernRecipientEntity, { concernId: concern.id })).map((r) => r.organizationId));
    const fresh = reaches.filter((r) => !already.has(r.organizationId));
    if (fresh.length) {
      await manager.insert(
        ConcernRecipientEntity,
        fresh.map((r) => ({ concernId: concern.id, organizationId: r.organizationId, kind: r.kind, reason: r.reason })),
      );
    }
    const recipients = [...already, ...fresh.map((r) => r.organizationId)];
    const initiatives = [...new Set([...concern.handlerInitiativeIds, ...reaches.flatMap((r) => r.initiativeIds)])];
    await manager.update(ConcernEntity, { id: concern.id }, { recipientOrganizationIds: recipients, handlerInitiativeIds: initiatives, routedAt: new Date() });
    concern.recipientOrganizationIds = recipients;
    concern.handlerInitiativeIds = initiatives;
    const subject = concern.smelterId
      ? ((await manager.query(`SELECT name FROM smelters WHERE id = $1`, [concern.smelterId]))[0]?.name ?? 'a smelter')
      : `${concern.place ? `${concern.place}, ` : ''}${countryName(concern.country ?? '', 'en') ?? concern.country}`;
    for (const r of fresh) {
      await this.notifications.notifyOrganizations(manager, [r.organizationId], {
        kind: 'CONCERN_ROUTED',
        title: `Community concern ${concern.reference} reached your organization`,
        body: `A community concern about ${subject} (${concern.category.toLowerCase().replace(/_/g, ' ')}) was accepted by a case handler and reached your organization because ${r.reason}. Read it, join the case and answer together with the other organizations reached.`,
        link: `/concerns/cases/${concern.id}`,
      });
    }
    return fresh.length;
  }

  /** Routes every open accepted concern again (companies whose declarations became current since) and refreshes the handlers of new ones. */
  async rerouteOpen(): Promise<number> {
    let reached = 0;
    const open = await this.dataSource.getRepository(ConcernEntity).find({ where: { status: In([...OPEN_CASE_STATUSES, ConcernStatus.RECEIVED]) }, order: { createdAt: 'ASC' } });
    for (const concern of open) {
      reached += await this.uow.run(async (manager) => {
        const fresh = await manager.findOneBy(ConcernEntity, { id: concern.id });
        if (!fresh) return 0;
        if (fresh.status === ConcernStatus.RECEIVED) {
          const initiatives = [...new Set([...fresh.handlerInitiativeIds, ...(await this.handlerInitiatives(manager, fresh))])];
          if (initiatives.length !== fresh.handlerInitiativeIds.length) await manager.update(ConcernEntity, { id: fresh.id }, { handlerInitiativeIds: initiatives });
          return 0;
        }
        if (!OPEN_CASE_STATUSES.includes(fresh.status)) return 0;
        return this.route(manager, fresh);
      });
    }
    return reached;
  }
}
