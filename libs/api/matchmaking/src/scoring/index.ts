// Matchmaking arithmetic: scoring a donor × project pair, ranking both ways,
// currency conversion and the funding gap. Pure functions; the formula in
// words is docs/matchmaking-scoring.md.
export * from './scoring.types';
export { scoreMatch, CRITERION_POINTS } from './score';
export type { Criterion, HardRule } from './score';
export { rankProjects, rankDonors } from './rank';
export type { RankedProject, RankedDonor } from './rank';
export { fundingGap, makeConverter, formatMinor } from './money';
export type { FundingGap, RateEntry } from './money';
