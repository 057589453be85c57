import { Actor, ActivityLog, Connection, MaybeActor, SearchSync, UnitOfWork, Visibility, VisibilityPolicy, badInput, columnsOf, containsPattern, forbidden, notFound, paginate, requireId } from '@commonground/api-core';
import { OrganizationEntity } from '@commonground/api-identity';
import { isCountry, isCurrency, isMineral, isTheme } from '@commonground/shared-reference';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { ProjectInput } from './dto/matchmaking.inputs';
import { ProjectEntity, ProjectPartnerEntity } from './matchmaking.entities';

export const PROJECT_KIND = 'PROJECT';

/** The donor's hard rules (and what it cares about) as SQL: countries already expanded from M49 regions. */
export interface CandidateFilter {
  excludeOwner?: string | null;
  excludedCountries: string[];
  excludedThemes: string[];
  stages: string[];
  overlap?: { themes: string[]; minerals: string[]; countries: string[] };
}
/** the largest budget accepted: 10 billion in major units */
export const MAX_BUDGET_MINOR = 1_000_000_000_000;

/** Projects published by applicants; every read goes through the visibility policy. */
@Injectable()
export class ProjectService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly search: SearchSync,
    private readonly policy: VisibilityPolicy,
    private readonly activity: ActivityLog,
  ) {}

  private validate(input: ProjectInput) {
    if (!input.countries.length) throw badInput('input.countries', 'Say in which countries the project works.');
    input.countries.forEach((c) => {
      if (!isCountry(c)) throw badInput('input.countries', `Unknown country code ${c}.`);
    });
    (input.minerals ?? []).forEach((m) => {
      if (!isMineral(m)) throw badInput('input.minerals', `Unknown mineral ${m}.`);
    });
    if (!input.themes.length) throw badInput('input.themes', 'Give at least one theme.');
    input.themes.forEach((t) => {
      if (!isTheme(t)) throw badInput('input.themes', `Unknown theme ${t}.`);
    });
    if (!isCurrency(input.budget.currency)) throw badInput('input.budget.currency', `Unknown currency ${input.budget.currency}.`);
    if (input.budget.amountMinor <= 0 || input.budget.amountMinor > MAX_BUDGET_MINOR) throw badInput('input.budget.amountMinor', 'The budget must be above zero and below 10 billion.');
    const v = input.visibility;
    if (v?.level === Visibility.INITIATIVE && !v.initiativeIds?.length) throw badInput('input.visibility.initiativeIds', 'Say which initiatives may see it.');
    if (v?.level === Visibility.ORGANIZATIONS && !v.organizationIds?.length) throw badInput('input.visibility.organizationIds', 'Say which organizations may see it.');
  }

  private columns(input: ProjectInput): Partial<ProjectEntity> {
    return {
      title: input.title.trim(),
      summary: input.summary.trim(),
      description: input.description?.trim() || null,
      countries: [...new Set(input.countries)],
      minerals: [...new Set(input.minerals ?? [])],
      themes: [...new Set(input.themes)],
      stage: input.stage,
      budgetMinor: input.budget.amountMinor,
      currency: input.budget.currency,
      durationMonths: input.durationMonths ?? null,
      consentToReferral: input.consentToReferral,
      visibility: input.visibility?.level ?? Visibility.PLATFORM,
      visibilityInitiativeIds: input.visibility?.initiativeIds ?? [],
      visibilityOrganizationIds: input.visibility?.organizationIds ?? [],
    };
  }

  private async writePartners(manager: EntityManager, projectId: string, partnerIds: string[]) {
    await manager.delete(ProjectPartnerEntity, { projectId });
    if (!partnerIds.length) return;
    const found = await manager.findBy(OrganizationEntity, { id: In(partnerIds) });
    if (found.length !== partnerIds.length) throw badInput('input.partnerIds', 'Some partner organizations do not exist.');
    await manager.insert(ProjectPartnerEntity, partnerIds.map((organizationId) => ({ projectId, organizationId })));
  }

  async create(actor: Actor, input: ProjectInput): Promise<ProjectEntity> {
    this.validate(input);
    return this.uow.run(async (manager) => {
      const project = await manager.save(ProjectEntity, manager.create(ProjectEntity, { ...this.columns(input), ownerOrganizationId: actor.organizationId!, confirmedMinor: 0 }));
      await this.writePartners(manager, project.id, [...new Set(input.partnerIds ?? [])]);
      await this.search.enqueue(manager, PROJECT_KIND, [project.id]);
      await this.activity.record(this.activity.byActor(actor, { action: 'PROJECT_CREATED', targetType: 'Project', targetId: project.id }), manager);
      return project;
    });
  }

  async update(actor: Actor, id: string, input: ProjectInput): Promise<ProjectEntity> {
    requireId(id, 'id');
    this.validate(input);
    return this.uow.run(async (manager) => {
      const project = await manager.findOne(ProjectEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!project || !this.policy.canSee(actor, project)) throw notFound('The project');
      if (project.ownerOrganizationId !== actor.organizationId) throw forbidden('Only the applicant edits its project.');
      if (input.budget.currency !== project.currency && project.confirmedMinor > 0) throw badInput('input.budget.currency', 'The currency cannot change once funding is confirmed.');
      Object.assign(project, this.columns(input));
      await manager.save(ProjectEntity, project);
      await this.writePartners(manager, id, [...new Set(input.partnerIds ?? [])]);
      await this.search.enqueue(manager, PROJECT_KIND, [id]);
      return project;
    });
  }

  /** A project the actor may see, or NOT_FOUND. */
  async find(actor: MaybeActor, id: string, field = 'projectId'): Promise<ProjectEntity> {
    requireId(id, field);
    const project = await this.dataSource.getRepository(ProjectEntity).findOneBy({ id });
    if (!project || !this.policy.canSee(actor, project)) throw notFound('The project');
    return project;
  }

  list(actor: MaybeActor, args: { first?: number | null; after?: string | null; query?: string | null; mine?: boolean | null }): Promise<Connection<ProjectEntity>> {
    const visible = this.policy.sqlCondition(actor, columnsOf('p'));
    const q = this.dataSource.getRepository(ProjectEntity).createQueryBuilder('p').where(visible.where, visible.parameters);
    if (args.mine) {
      if (!actor?.organizationId) throw badInput('mine', 'Act for an organization to list its projects.');
      q.andWhere('p.owner_organization_id = :mine', { mine: actor.organizationId });
    }
    const text = args.query?.trim();
    if (text) q.andWhere('(p.title ILIKE :t OR p.summary ILIKE :t)', { t: containsPattern(text) });
    return paginate(q, args, { expression: 'p.created_at', key: (p) => p.createdAt.toISOString(), idExpression: 'p.id', id: (p) => p.id, direction: 'DESC' });
  }

  async byIds(ids: string[]): Promise<Map<string, ProjectEntity>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource.getRepository(ProjectEntity).findBy({ id: In(ids) });
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** How many visible projects pass the hard rules of a filter (one COUNT). */
  async countOpenForFunding(actor: MaybeActor, filter: CandidateFilter): Promise<number> {
    return this.candidates(actor, { ...filter, overlap: undefined }).getCount();
  }

  /** Visible projects that still need money, narrowed by the donor's hard rules and, optionally, overlap. */
  private candidates(actor: MaybeActor, filter?: CandidateFilter) {
    const visible = this.policy.sqlCondition(actor, columnsOf('p'));
    const q = this.dataSource.getRepository(ProjectEntity).createQueryBuilder('p').where(visible.where, visible.parameters).andWhere('p.confirmed_minor < p.budget_minor');
    if (!filter) return q;
    if (filter.excludeOwner) q.andWhere('p.owner_organization_id <> :excludeOwner', { excludeOwner: filter.excludeOwner });
    if (filter.excludedCountries.length) q.andWhere('NOT (p.countries && CAST(:excludedCountries AS text[]))', { excludedCountries: filter.excludedCountries });
    if (filter.excludedThemes.length) q.andWhere('NOT (p.themes && CAST(:excludedThemes AS text[]))', { excludedThemes: filter.excludedThemes });
    if (filter.stages.length) q.andWhere('p.stage IN (:...stages)', { stages: filter.stages });
    if (filter.overlap) {
      q.andWhere('(p.themes && CAST(:ovThemes AS text[]) OR p.minerals && CAST(:ovMinerals AS text[]) OR p.countries && CAST(:ovCountries AS text[]))', {
        ovThemes: filter.overlap.themes,
        ovMinerals: filter.overlap.minerals,
        ovCountries: filter.overlap.countries,
      });
    }
    return q;
  }

  /**
   * Visible projects that still need money, with only the columns the
   * scoring reads, as plain rows (no entity hydration: this reads thousands).
   */
  async openForFunding(actor: MaybeActor, filter?: CandidateFilter): Promise<ProjectEntity[]> {
    const [sql, params] = this.candidates(actor, filter)
      .select('p.id', 'id')
      .addSelect('p.countries', 'countries')
      .addSelect('p.minerals', 'minerals')
      .addSelect('p.themes', 'themes')
      .addSelect('p.stage', 'stage')
      .addSelect('p.budget_minor', 'budget')
      .addSelect('p.currency', 'currency')
      .addSelect('p.confirmed_minor', 'confirmed')
      .addSelect('p.owner_organization_id', 'owner')
      .getQueryAndParameters();
    const rows: Array<{ id: string; countries: string[]; minerals: string[]; themes: string[]; stage: ProjectEntity['stage']; budget: string; currency: string; confirmed: string; owner: string }> = await this.dataSource.query(sql, params);
    return rows.map((r) =>
      Object.assign(new ProjectEntity(), {
        id: r.id,
        countries: r.countries,
        minerals: r.minerals,
        themes: r.themes,
        stage: r.stage,
        budgetMinor: Number(r.budget),
        currency: r.currency,
        confirmedMinor: Number(r.confirmed),
        ownerOrganizationId: r.owner,
      }),
    );
  }
}
