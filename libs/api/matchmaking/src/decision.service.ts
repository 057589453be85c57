import { Actor, ActivityLog, MoneyInput, OrganizationKind, UnitOfWork, badInput, conflict, forbidden, isAdminRole, notFound, requireId } from '@commonground/api-core';
import { NotificationService, OrganizationEntity } from '@commonground/api-identity';
import { isCurrency, minorUnits } from '@commonground/shared-reference';
import { formatMinor } from './scoring';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { DonorProfileService } from './donor.service';
import { DecisionInput } from './dto/matchmaking.inputs';
import { FundingService, gapOf } from './funding.service';
import { MatchingService } from './matching.service';
import { CoFundingRoundEntity, DecisionEntity, DecisionKind, DonorProfileEntity, HighlightEntity, PledgeEntity, PledgeStatus, ProjectEntity, ReferralEntity } from './matchmaking.entities';
import { ProjectService } from './project.service';

/** Donors' decisions, referrals, highlights, pledges and co-funding rounds. */
@Injectable()
export class DecisionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly projects: ProjectService,
    private readonly donors: DonorProfileService,
    private readonly matching: MatchingService,
    private readonly funding: FundingService,
    private readonly notifications: NotificationService,
    private readonly activity: ActivityLog,
  ) {}

  private async donorOnProject(actor: Actor, projectId: string, field = 'input.projectId'): Promise<ProjectEntity> {
    await this.donors.requireDonor(actor);
    if (!isAdminRole(actor.role)) throw forbidden('Only owners and administrators decide for their organization.');
    const project = await this.projects.find(actor, projectId, field);
    if (project.ownerOrganizationId === actor.organizationId) throw forbidden('You cannot decide on your own project.');
    return project;
  }

  /** Converts a pledge into the project currency and refuses one larger than the remaining gap. */
  private async checkPledge(manager: EntityManager, project: ProjectEntity, amount: MoneyInput, field: string): Promise<void> {
    if (!isCurrency(amount.currency)) throw badInput(`${field}.currency`, `Unknown currency ${amount.currency}.`);
    if (amount.amountMinor <= 0) throw badInput(`${field}.amountMinor`, 'A pledge is above zero.');
    const fresh = await manager.findOneByOrFail(ProjectEntity, { id: project.id });
    const converted = (await this.funding.converter(manager))(amount, fresh.currency);
    if (!converted) throw badInput(`${field}.currency`, `There is no exchange rate from ${amount.currency} to ${fresh.currency}; pledge in ${fresh.currency}.`);
    const gap = gapOf(fresh);
    if (converted.amountMinor > gap.amountMinor) {
      throw badInput(`${field}.amountMinor`, `The pledge (${formatMinor(converted.amountMinor, fresh.currency, minorUnits)}) is larger than the remaining gap (${formatMinor(gap.amountMinor, fresh.currency, minorUnits)}).`, { gap });
    }
  }

  async decide(actor: Actor, input: DecisionInput): Promise<DecisionEntity> {
    const project = await this.donorOnProject(actor, input.projectId);
    const refers = !!input.referToAllMatching || !!input.referToOrganizationIds?.length;
    if (input.kind === DecisionKind.DECLINED && !input.reason?.trim()) throw badInput('input.reason', 'Say why you decline; it stays with your organization.');
    if (input.kind === DecisionKind.PLEDGED && !input.pledge) throw badInput('input.pledge', 'Give the amount you pledge.');
    if (input.worthy && input.kind !== DecisionKind.DECLINED) throw badInput('input.worthy', 'Only a declined project is marked worthy for peers.');
    if (refers && input.kind !== DecisionKind.DECLINED) throw badInput('input.referToOrganizationIds', 'Referrals go with a decline: refer a worthy project you do not fund.');
    if (refers && !project.consentToReferral) throw badInput('input.referToOrganizationIds', 'The applicant did not consent to being referred to other donors.', { reason: 'NO_CONSENT' });
    return this.uow.run(async (manager) => {
      if (input.kind === DecisionKind.PLEDGED) {
        await this.checkPledge(manager, project, input.pledge!, 'input.pledge');
        await manager.insert(PledgeEntity, { projectId: project.id, donorOrganizationId: actor.organizationId!, amountMinor: input.pledge!.amountMinor, currency: input.pledge!.currency, conditions: null, status: PledgeStatus.PROPOSED });
      }
      await manager.upsert(
        DecisionEntity,
        { projectId: project.id, donorOrganizationId: actor.organizationId!, kind: input.kind, reason: input.reason?.trim() || null, worthy: !!input.worthy, decidedByUserId: actor.userId, createdAt: new Date() },
        ['projectId', 'donorOrganizationId'],
      );
      if (refers) await this.refer(manager, actor, project, input);
      await this.notifications.notifyOrganizations(manager, [project.ownerOrganizationId], {
        kind: 'DECISION',
        title: `A donor is ${input.kind === DecisionKind.DECLINED ? 'not funding' : input.kind === DecisionKind.PLEDGED ? 'pledging to' : 'interested in'} "${project.title}"`,
        link: `/funding/projects/${project.id}`,
      }, { email: input.kind !== DecisionKind.DECLINED });
      await this.activity.record(this.activity.byActor(actor, { action: 'FUNDING_DECISION', targetType: 'Project', targetId: project.id, details: { kind: input.kind, worthy: !!input.worthy } }), manager);
      return manager.findOneByOrFail(DecisionEntity, { projectId: project.id, donorOrganizationId: actor.organizationId! });
    });
  }

  private async refer(manager: EntityManager, actor: Actor, project: ProjectEntity, input: DecisionInput) {
    const explicit = [...new Set(input.referToOrganizationIds ?? [])].filter((id) => id !== actor.organizationId);
    if (explicit.length) {
      const orgs = await manager.findBy(OrganizationEntity, { id: In(explicit) });
      const notDonors = explicit.filter((id) => orgs.find((o) => o.id === id)?.kind !== OrganizationKind.DONOR);
      if (notDonors.length) throw badInput('input.referToOrganizationIds', `Referrals go to donor organizations; not donors: ${notDonors.join(', ')}.`);
    }
    let targets = explicit;
    if (input.referToAllMatching) {
      const profiles = (await manager.find(DonorProfileEntity)).filter((p) => p.organizationId !== actor.organizationId);
      const matches = await this.matching.rankDonorsFor(project, profiles, 100);
      targets = [...new Set([...targets, ...matches.edges.map((e) => e.node.id)])];
    }
    const already = await manager.findBy(ReferralEntity, { projectId: project.id, toDonorOrganizationId: In(targets.length ? targets : ['00000000-0000-0000-0000-000000000000']) });
    const fresh = targets.filter((t) => !already.some((a) => a.toDonorOrganizationId === t));
    if (!fresh.length) return;
    await manager.insert(ReferralEntity, fresh.map((toDonorOrganizationId) => ({ projectId: project.id, fromDonorOrganizationId: actor.organizationId!, toDonorOrganizationId, note: input.note?.trim() || null })));
    const from = await manager.findOneByOrFail(OrganizationEntity, { id: actor.organizationId! });
    await this.notifications.notifyOrganizations(manager, fresh, {
      kind: 'REFERRAL',
      title: `${from.name} refers a project to you: "${project.title}"`,
      body: input.note?.trim() ? `${from.name} wrote: ${input.note.trim()}` : `${from.name} found this project worthy but cannot fund it.`,
      link: `/funding/projects/${project.id}`,
    });
  }

  async highlight(actor: Actor, projectId: string, note: string | null | undefined): Promise<ProjectEntity> {
    const project = await this.donorOnProject(actor, projectId, 'projectId');
    if (note && note.length > 1000) throw badInput('note', 'A note has 1,000 characters at most.');
    await this.dataSource.getRepository(HighlightEntity).upsert({ projectId, donorOrganizationId: actor.organizationId!, note: note?.trim() || null, createdAt: new Date() }, ['projectId', 'donorOrganizationId']);
    return project;
  }

  async pledge(actor: Actor, projectId: string, amount: MoneyInput, conditions: string | null | undefined): Promise<PledgeEntity> {
    const project = await this.donorOnProject(actor, projectId, 'projectId');
    if (conditions && conditions.length > 2000) throw badInput('conditions', 'Conditions have 2,000 characters at most.');
    return this.uow.run(async (manager) => {
      await manager.findOne(ProjectEntity, { where: { id: project.id }, lock: { mode: 'pessimistic_write' } });
      await this.checkPledge(manager, project, amount, 'amount');
      const pledge = await manager.save(PledgeEntity, manager.create(PledgeEntity, { projectId, donorOrganizationId: actor.organizationId!, amountMinor: amount.amountMinor, currency: amount.currency, conditions: conditions?.trim() || null, status: PledgeStatus.PROPOSED }));
      await this.notifications.notifyOrganizations(manager, [project.ownerOrganizationId], { kind: 'PLEDGE', title: `New pledge to "${project.title}"`, link: `/funding/projects/${project.id}` });
      return pledge;
    });
  }

  /** The pledging donor confirms or withdraws its pledge; confirmed funding and the gap follow. */
  async setPledgeStatus(actor: Actor, id: string, status: PledgeStatus): Promise<PledgeEntity> {
    requireId(id, 'id');
    if (status === PledgeStatus.PROPOSED) throw badInput('status', 'A pledge is confirmed or withdrawn; it does not go back to proposed.');
    return this.uow.run(async (manager) => {
      const pledge = await manager.findOne(PledgeEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!pledge) throw notFound('The pledge');
      if (pledge.donorOrganizationId !== actor.organizationId || !isAdminRole(actor.role)) throw forbidden('Only the pledging donor changes its pledge.');
      if (pledge.status === status) return pledge;
      if (pledge.status === PledgeStatus.WITHDRAWN) throw badInput('status', 'A withdrawn pledge stays withdrawn; make a new one.');
      const project = await manager.findOne(ProjectEntity, { where: { id: pledge.projectId }, lock: { mode: 'pessimistic_write' } });
      if (status === PledgeStatus.CONFIRMED) await this.checkPledge(manager, project!, { amountMinor: pledge.amountMinor, currency: pledge.currency }, 'id');
      pledge.status = status;
      await manager.save(PledgeEntity, pledge);
      await this.funding.refreshConfirmed(manager, pledge.projectId);
      await this.notifications.notifyOrganizations(manager, [project!.ownerOrganizationId], { kind: 'PLEDGE', title: `A pledge to "${project!.title}" was ${status.toLowerCase()}`, link: `/funding/projects/${project!.id}` });
      return pledge;
    });
  }

  async openRound(actor: Actor, projectId: string, inviteIds: string[], closesAt: Date | null | undefined): Promise<CoFundingRoundEntity> {
    const project = await this.donorOnProject(actor, projectId, 'projectId');
    inviteIds.forEach((id, i) => requireId(id, `inviteOrganizationIds.${i}`));
    const invited = [...new Set(inviteIds)].filter((id) => id !== actor.organizationId);
    if (!invited.length) throw badInput('inviteOrganizationIds', 'Invite at least one other donor.');
    if (closesAt && closesAt <= new Date()) throw badInput('closesAt', 'The round must close in the future.');
    const involvement = await this.dataSource.query(
      `SELECT 1 FROM pledges WHERE project_id = $1 AND donor_organization_id = $2 AND status <> 'WITHDRAWN'
       UNION ALL SELECT 1 FROM funding_decisions WHERE project_id = $1 AND donor_organization_id = $2 AND kind IN ('INTERESTED', 'PLEDGED') LIMIT 1`,
      [projectId, actor.organizationId],
    );
    if (!involvement.length) throw forbidden('A lead donor has pledged to, or declared interest in, the project.');
    const orgs = await this.dataSource.getRepository(OrganizationEntity).findBy({ id: In(invited) });
    const notDonors = invited.filter((id) => orgs.find((o) => o.id === id)?.kind !== OrganizationKind.DONOR);
    if (notDonors.length) throw badInput('inviteOrganizationIds', `Only donors are invited; not donors: ${notDonors.join(', ')}.`);
    const gap = gapOf(project);
    if (gap.amountMinor === 0) throw conflict('The project is fully funded; there is no gap to close.');
    return this.uow.run(async (manager) => {
      const round = await manager.save(CoFundingRoundEntity, manager.create(CoFundingRoundEntity, { projectId, leadOrganizationId: actor.organizationId!, targetMinor: gap.amountMinor, currency: gap.currency, invitedOrganizationIds: invited, closesAt: closesAt ?? null }));
      const lead = orgs.find((o) => o.id === actor.organizationId) ?? (await manager.findOneByOrFail(OrganizationEntity, { id: actor.organizationId! }));
      await this.notifications.notifyOrganizations(manager, invited, {
        kind: 'CO_FUNDING_INVITATION',
        title: `${lead.name} invites you to close the funding gap of "${project.title}"`,
        body: `Remaining gap: ${(gap.amountMinor / 100).toFixed(2)} ${gap.currency}.`,
        link: `/funding/projects/${project.id}`,
      });
      return round;
    });
  }
}
