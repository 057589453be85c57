// The public face of @commonground/api-matchmaking.
export * from './matchmaking.module';
export * from './matchmaking.entities';
export * from './project.service';
export * from './donor.service';
export * from './funding.service';
export * from './matching.service';
export * from './decision.service';
export * from './dto/matchmaking.objects';
export { scoreMatch, rankProjects, rankDonors, fundingGap, makeConverter } from './scoring';
export type { ScoringDonor, ScoringProject, MatchResult, Converter, MoneyValue } from './scoring';
export { prepareDonor } from './scoring/score';
