// @commonground/api-smelters: smelters and joint audit sharing (SPEC §4) — the
// registry, and its pure building blocks (declaration templates, name
// matching, cost split) in declarations/, matching/ and split.ts.
export * from './smelters.module';
export * from './smelters.entities';
export { TemplateKind } from './smelters.entities';
export * from './smelter.service';
export * from './declaration-import.service';
export * from './match-review.service';
export * from './audit.service';
export * from './coverage.service';
export * from './joint-audit.service';
export { Smelter, Declaration, DeclarationImport, MatchReview } from './dto/smelters.objects';
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
