import { Actor, Connection, MaybeActor, badInput, decodeCursor, encodeCursor, pageSize } from '@commonground/api-core';
import { countriesOfRegion, isRegion } from '@commonground/shared-reference';
import { Injectable } from '@nestjs/common';
import { DonorProfileService, toScoringDonor } from './donor.service';
import { FundingService, gapOf } from './funding.service';
import { DonorProfileEntity, ProjectEntity } from './matchmaking.entities';
import { ProjectService } from './project.service';
import { MatchResult, ScoringContext, ScoringDonor, ScoringProject } from './scoring';
import { CRITERION_POINTS, explain, prepareDonor, scoreTenths } from './scoring/score';
import { CandidateFilter } from './project.service';

export const toScoringProject = (p: ProjectEntity): ScoringProject => ({
  id: p.id,
  countries: p.countries,
  minerals: p.minerals,
  themes: p.themes,
  stage: p.stage,
  budget: { amountMinor: p.budgetMinor, currency: p.currency },
  fundingGap: gapOf(p),
});

interface Scored<T> {
  id: string;
  tenths: number;
  item: T;
  explainOne(): MatchResult;
}

/**
 * Ranks by score (descending, ties by id) using the fast scores of every
 * candidate, and builds the reasons only for the page asked for: explaining
 * 20,000 matches costs ~40 times more than scoring them.
 */
function page<T>(scored: Scored<T>[], first?: number | null, after?: string | null): Connection<{ id: string; result: MatchResult; item: T }> & { start: number } {
  const size = pageSize(first);
  const ranked = scored.filter((s) => s.tenths >= 0).sort((a, b) => b.tenths - a.tenths || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let start = 0;
  if (after) {
    const [, id] = decodeCursor(after);
    const at = ranked.findIndex((r) => r.id === id);
    if (at < 0) throw badInput('after', 'after is not a cursor of this list (the ranking changed); start again.');
    start = at + 1;
  }
  const edges = ranked.slice(start, start + size).map((s) => {
    const result = s.explainOne();
    return { cursor: encodeCursor(result.score, s.id), node: { id: s.id, result, item: s.item } };
  });
  return { edges, pageInfo: { hasNextPage: start + size < ranked.length, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: ranked.length, start };
}

function scorePairs<T>(pairs: Array<{ id: string; donor: ReturnType<typeof prepareDonor>; project: ScoringProject; item: T }>, ctx: ScoringContext): Scored<T>[] {
  const now = ctx.now.getTime();
  return pairs.map((p) => ({ id: p.id, item: p.item, tenths: scoreTenths(p.donor, p.project, ctx, now), explainOne: () => explain(p.donor, p.project, ctx, now) }));
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
    const scoringDonor = toScoringDonor(profile);
    const donor = prepareDonor(scoringDonor);
    const ctx = { now: new Date(), convert: await this.funding.converter() };
    const result = (await this.prefilteredPage(actor, scoringDonor, donor, ctx, first, after)) ?? (await this.fullPage(actor, donor, ctx, first, after));
    // the candidates carry only the scoring columns: read the page's projects in full (one statement)
    const full = await this.projects.byIds(result.edges.map((e) => e.node.id));
    return { ...result, edges: result.edges.map((e) => ({ cursor: e.cursor, node: { id: e.node.id, result: e.node.result, project: full.get(e.node.id) ?? e.node.item } })) };
  }

  private async fullPage(actor: Actor, donor: ReturnType<typeof prepareDonor>, ctx: ScoringContext, first?: number | null, after?: string | null) {
    const candidates = (await this.projects.openForFunding(actor)).filter((p) => p.ownerOrganizationId !== actor.organizationId);
    return page(scorePairs(candidates.map((p) => ({ id: p.id, donor, project: toScoringProject(p), item: p })), ctx), first, after);
  }

  /**
   * The same page from far fewer rows, when that is provably the same answer:
   * a project sharing no theme, mineral or country with the donor can score
   * at most the ticket and co-funding points, so when every match of the
   * page scores more than that, scoring only the overlapping projects gives
   * the exact page; the total comes from one COUNT with the hard rules.
   * Returns null when the proof does not hold (the caller scores them all).
   */
  private async prefilteredPage(actor: Actor, scoringDonor: ScoringDonor, donor: ReturnType<typeof prepareDonor>, ctx: ScoringContext, first?: number | null, after?: string | null) {
    const now = ctx.now.getTime();
    if ((scoringDonor.windowOpensAt && now < scoringDonor.windowOpensAt.getTime()) || (scoringDonor.windowClosesAt && now > scoringDonor.windowClosesAt.getTime())) return null;
    const expand = (codes: string[]) => [...new Set(codes.flatMap((c) => (isRegion(c) ? countriesOfRegion(c) : [c])))];
    const filter: CandidateFilter = {
      excludeOwner: actor.organizationId,
      excludedCountries: expand(scoringDonor.excludedCountries),
      excludedThemes: scoringDonor.excludedThemes,
      stages: scoringDonor.stages,
      overlap: {
        themes: scoringDonor.themes.map((t) => t.value),
        minerals: scoringDonor.minerals.map((m) => m.value),
        countries: expand([...scoringDonor.countries.map((c) => c.value), ...scoringDonor.regions.map((r) => r.value)]),
      },
    };
    const [candidates, total] = await Promise.all([this.projects.openForFunding(actor, filter), this.projects.countOpenForFunding(actor, filter)]);
    let result: ReturnType<typeof page<ProjectEntity>>;
    try {
      result = page(scorePairs(candidates.map((p) => ({ id: p.id, donor, project: toScoringProject(p), item: p })), ctx), first, after);
    } catch {
      return null; // a cursor from outside the overlapping projects: score them all
    }
    const bound = CRITERION_POINTS.TICKET + CRITERION_POINTS.CO_FUNDING;
    const provable = result.edges.length === pageSize(first) && result.edges.every((e) => e.node.result.score > bound);
    if (!provable) return null;
    return { ...result, totalCount: total, pageInfo: { ...result.pageInfo, hasNextPage: result.start + result.edges.length < total } };
  }

  /** Donors for a project the actor may see, best first. */
  async donorsForProject(actor: MaybeActor, projectId: string, first?: number | null, after?: string | null) {
    const project = await this.projects.find(actor, projectId);
    const profiles = await this.donors.all();
    return this.rankDonorsFor(project, profiles, first, after);
  }

  async rankDonorsFor(project: ProjectEntity, profiles: DonorProfileEntity[], first?: number | null, after?: string | null) {
    const scoringProject = toScoringProject(project);
    const ctx = { now: new Date(), convert: await this.funding.converter() };
    const candidates = profiles.filter((p) => p.organizationId !== project.ownerOrganizationId);
    const result = page(scorePairs(candidates.map((p) => ({ id: p.organizationId, donor: prepareDonor(toScoringDonor(p) as ScoringDonor), project: scoringProject, item: p })), ctx), first, after);
    return { ...result, edges: result.edges.map((e) => ({ cursor: e.cursor, node: { id: e.node.id, result: e.node.result, profile: e.node.item } })) };
  }
}
