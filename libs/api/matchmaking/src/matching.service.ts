import { Actor, Connection, MaybeActor, badInput, decodeCursor, encodeCursor, pageSize } from '@commonground/api-core';
import { Injectable } from '@nestjs/common';
import { DonorProfileService, toScoringDonor } from './donor.service';
import { FundingService, gapOf } from './funding.service';
import { DonorProfileEntity, ProjectEntity } from './matchmaking.entities';
import { ProjectService } from './project.service';
import { MatchResult, ScoringProject, rankDonors, rankProjects } from './scoring';

export const toScoringProject = (p: ProjectEntity): ScoringProject => ({
  id: p.id,
  countries: p.countries,
  minerals: p.minerals,
  themes: p.themes,
  stage: p.stage,
  budget: { amountMinor: p.budgetMinor, currency: p.currency },
  fundingGap: gapOf(p),
});

function page<T extends { id: string; result: MatchResult }>(ranked: T[], first?: number | null, after?: string | null): Connection<T> {
  const size = pageSize(first);
  let start = 0;
  if (after) {
    const [, id] = decodeCursor(after);
    const at = ranked.findIndex((r) => r.id === id);
    if (at < 0) throw badInput('after', 'after is not a cursor of this list (the ranking changed); start again.');
    start = at + 1;
  }
  const slice = ranked.slice(start, start + size);
  const edges = slice.map((node) => ({ cursor: encodeCursor(node.result.score, node.id), node }));
  return { edges, pageInfo: { hasNextPage: start + size < ranked.length, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: ranked.length };
}

/** Explainable matches both ways; the same data always gives the same order. */
@Injectable()
export class MatchingService {
  constructor(
    private readonly projects: ProjectService,
    private readonly donors: DonorProfileService,
    private readonly funding: FundingService,
  ) {}

  /** Projects for the actor's donor profile, best first. */
  async projectsForDonor(actor: Actor, first?: number | null, after?: string | null) {
    const profile = await this.donors.byOrganization(actor.organizationId!);
    if (!profile) throw badInput('donorProfile', 'Set up your donor profile first; matches are computed from it.', { reason: 'NO_DONOR_PROFILE' });
    const candidates = (await this.projects.openForFunding(actor)).filter((p) => p.ownerOrganizationId !== actor.organizationId);
    const byId = new Map(candidates.map((p) => [p.id, p]));
    const ranked = rankProjects(toScoringDonor(profile), candidates.map(toScoringProject), { now: new Date(), convert: await this.funding.converter() });
    return page(ranked.map((r) => ({ id: r.id, result: r.result, project: byId.get(r.id)! })), first, after);
  }

  /** Donors for a project the actor may see, best first. */
  async donorsForProject(actor: MaybeActor, projectId: string, first?: number | null, after?: string | null) {
    const project = await this.projects.find(actor, projectId);
    const profiles = await this.donors.all();
    return this.rankDonorsFor(project, profiles, first, after);
  }

  async rankDonorsFor(project: ProjectEntity, profiles: DonorProfileEntity[], first?: number | null, after?: string | null) {
    const byOrg = new Map(profiles.map((p) => [p.organizationId, p]));
    const ranked = rankDonors(toScoringProject(project), profiles.filter((p) => p.organizationId !== project.ownerOrganizationId).map(toScoringDonor), { now: new Date(), convert: await this.funding.converter() });
    return page(ranked.map((r) => ({ id: r.id, result: r.result, profile: byOrg.get(r.id)! })), first, after);
  }
}
