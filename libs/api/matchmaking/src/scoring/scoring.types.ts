// The contract between the matchmaking services and the scoring arithmetic.
// Money is integer minor units with an ISO 4217 currency; never floats.

export type ProjectStage = 'CONCEPT' | 'PROPOSAL' | 'ONGOING';

export interface MoneyValue {
  amountMinor: number;
  currency: string;
}

export interface Weighted {
  /** a theme slug, a mineral id, an ISO 3166-1 alpha-2 country or a UN M49 region code */
  value: string;
  /** 0..1 */
  weight: number;
}

export interface ScoringProject {
  id: string;
  countries: string[];
  minerals: string[];
  themes: string[];
  stage: ProjectStage;
  budget: MoneyValue;
  /** budget minus confirmed pledges, in the budget's currency (never negative) */
  fundingGap: MoneyValue;
}

export interface ScoringDonor {
  id: string;
  themes: Weighted[];
  minerals: Weighted[];
  countries: Weighted[];
  regions: Weighted[];
  ticketMin: MoneyValue | null;
  ticketMax: MoneyValue | null;
  /** stages funded; empty = any */
  stages: ProjectStage[];
  openToCoFunding: boolean;
  excludedCountries: string[];
  excludedThemes: string[];
  windowOpensAt: Date | null;
  windowClosesAt: Date | null;
}

export interface MatchReasonValue {
  /** THEMES | GEOGRAPHY | MINERALS | TICKET | STAGE | CO_FUNDING */
  criterion: string;
  /** a sentence a person reads, e.g. "Themes in common: mercury (weight 0.8), gender (0.5)" */
  detail: string;
  points: number;
}

export interface MatchResult {
  /** false when a hard rule excludes the pair; score is then 0 */
  eligible: boolean;
  /** 0..100, rounded to one decimal */
  score: number;
  reasons: MatchReasonValue[];
  /** why a hard rule excluded the pair, when it did */
  excludedBecause: string | null;
}

/**
 * Converts an amount between currencies with a dated rate table; returns null
 * when no rate is known (the ticket criterion then gives no points and says why).
 */
export type Converter = (amount: MoneyValue, toCurrency: string) => { amountMinor: number; rateDate: string | null } | null;

export interface ScoringContext {
  now: Date;
  convert: Converter;
}
