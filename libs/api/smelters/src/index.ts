// @commonground/api-smelters: the pure building blocks of the smelter feature
// (declaration templates, name matching, cost split). No NestJS, no database.
export { equalSplit, type SponsorShare } from './split';
export { GENERIC_WORDS, nameTokens, normalizeName, type NormalizedName } from './matching/normalize';
export { jaroWinkler, tokenSetSimilarity, trigramDice, weightedTokenSimilarity } from './matching/similarity';
export { toCountryCode } from './matching/country';
export {
  AUTO_MATCH_THRESHOLD,
  CANDIDATE_FLOOR,
  CONFIDENCE,
  MAX_CANDIDATES,
  SmelterIndex,
  reportedKey,
  type MatchCandidate,
  type MatchMethod,
  type MatchResult,
  type MatchableSmelter,
  type ReportedSmelter,
} from './matching/matcher';
export * from './declarations';
