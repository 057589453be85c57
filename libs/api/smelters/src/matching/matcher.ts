// Matches a reported smelter (a row of a supplier's Smelter List) to the registry:
// by CID first, then by normalized alias, then by fuzzy name with the country
// agreeing. Build a SmelterIndex once (it precomputes the normalized names and a
// trigram index) and call match() per row: 10,000 rows take well under a second.
import { SMELTERS, normalizeCid, type Metal, type SmelterReference } from '@commonground/shared-reference';
import { toCountryCode } from './country';
import { GENERIC_WORDS, normalizeName, type NormalizedName } from './normalize';

const tokenWeight = (t: string) => (GENERIC_WORDS.has(t) ? 0.25 : 1);
import { diceOf, jaroWinkler, trigrams, weightedTokenSimilarity } from './similarity';

export type MatchMethod = 'CID' | 'ALIAS' | 'FUZZY';

/**
 * At or above this confidence a match is taken without asking; below it the row
 * goes to the review queue with its candidates. Tuned on the held-out alias
 * test (matcher.spec.ts): at 0.85 precision is about 0.99 (the misses are
 * aliases RMI lists under two CIDs) and about 94% of one-typo names match.
 */
export const AUTO_MATCH_THRESHOLD = 0.85;
/** Candidates under this confidence are not worth showing a reviewer. */
export const CANDIDATE_FLOOR = 0.5;
/** How many candidates match() returns at most. */
export const MAX_CANDIDATES = 5;

/** Confidences of the exact methods. */
export const CONFIDENCE = {
  CID: 1,
  /** CID known but registered for another metal than the row's. */
  CID_OTHER_METAL: 0.5,
  ALIAS: 0.98,
  /** Normalized alias equal but the countries disagree. */
  ALIAS_OTHER_COUNTRY: 0.8,
  /** Normalized alias shared by several smelters of the metal. */
  ALIAS_AMBIGUOUS: 0.75,
  /** Fuzzy scores are scaled into 0..FUZZY_MAX, under the exact methods. */
  FUZZY_MAX: 0.95,
} as const;

/** Anything that can be matched: a seeded reference record, or a registry row with its aliases. */
export interface MatchableSmelter {
  /** The registry id (database id, or the CID for the seed). */
  id: string;
  cid?: string | null;
  metal: Metal;
  /** ISO 3166-1 alpha-2. */
  country?: string | null;
  /** The standard name first, then aliases. */
  names: readonly string[];
}

export interface ReportedSmelter {
  cid?: string | null;
  name?: string | null;
  /** ISO code or a country name in any spelling toCountryCode knows. */
  country?: string | null;
  /** Unknown (null) searches every metal. */
  metal?: Metal | null;
}

export interface MatchCandidate<S extends MatchableSmelter = MatchableSmelter> {
  smelter: S;
  confidence: number;
  method: MatchMethod;
  /** The registry name that matched. */
  matchedName: string;
}

export interface MatchResult<S extends MatchableSmelter = MatchableSmelter> {
  /** Best first; at most MAX_CANDIDATES, none under CANDIDATE_FLOOR. */
  candidates: MatchCandidate<S>[];
  /** The first candidate when its confidence reaches AUTO_MATCH_THRESHOLD; else null (to review, or nothing found). */
  match: MatchCandidate<S> | null;
  needsReview: boolean;
}

interface Entry {
  smelter: number;
  name: string;
  norm: NormalizedName;
  grams: Map<string, number>;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * A stable key for remembering a reviewer's decision about a reported name: the
 * same metal, normalized name and country give the same key, so the next upload
 * of that name needs no review.
 */
export function reportedKey(reported: ReportedSmelter): string {
  return [reported.metal ?? '', normalizeName(reported.name ?? '').compact, toCountryCode(reported.country) ?? ''].join('|');
}

export class SmelterIndex<S extends MatchableSmelter = MatchableSmelter> {
  private readonly entries: Entry[] = [];
  private readonly byCid = new Map<string, number>();
  private readonly byCompact = new Map<string, number[]>();
  private readonly postings = new Map<string, number[]>();
  private readonly countries: (string | null)[];

  constructor(readonly smelters: readonly S[]) {
    this.countries = smelters.map((s) => toCountryCode(s.country ?? null));
    smelters.forEach((s, i) => {
      const cid = normalizeCid(s.cid ?? '');
      if (cid) this.byCid.set(cid, i);
      const seen = new Set<string>();
      for (const name of s.names) {
        const norm = normalizeName(name);
        if (!norm.compact || seen.has(norm.compact)) continue;
        seen.add(norm.compact);
        const e = this.entries.push({ smelter: i, name, norm, grams: trigrams(norm.compact) }) - 1;
        const same = this.byCompact.get(norm.compact);
        if (same) same.push(e);
        else this.byCompact.set(norm.compact, [e]);
        for (const g of this.entries[e]!.grams.keys()) {
          const list = this.postings.get(g);
          if (list) list.push(e);
          else this.postings.set(g, [e]);
        }
      }
    });
  }

  /** An index of the seeded registry (SMELTERS), ids being the CIDs. */
  static fromReference(
    reference: readonly SmelterReference[] = SMELTERS,
  ): SmelterIndex<MatchableSmelter & { reference: SmelterReference }> {
    return new SmelterIndex(
      reference.map((r) => ({ id: r.cid, cid: r.cid, metal: r.metal, country: r.country, names: [r.standardName, ...r.aliases], reference: r })),
    );
  }

  get nameCount(): number {
    return this.entries.length;
  }

  match(reported: ReportedSmelter): MatchResult<S> {
    const metal = reported.metal ?? null;
    const country = toCountryCode(reported.country);
    const best = new Map<number, MatchCandidate<S>>();
    const offer = (i: number, confidence: number, method: MatchMethod, matchedName: string) => {
      const c = round(confidence);
      const prev = best.get(i);
      if (!prev || prev.confidence < c) best.set(i, { smelter: this.smelters[i]!, confidence: c, method, matchedName });
    };

    // 1. CID: authoritative when the metal agrees (the template fills the name from it).
    const cid = normalizeCid(reported.cid ?? '');
    const cidHit = cid === null ? undefined : this.byCid.get(cid);
    if (cidHit !== undefined) {
      const s = this.smelters[cidHit]!;
      if (!metal || s.metal === metal) return this.result([{ smelter: s, confidence: CONFIDENCE.CID, method: 'CID', matchedName: s.names[0] ?? '' }]);
      offer(cidHit, CONFIDENCE.CID_OTHER_METAL, 'CID', s.names[0] ?? '');
    }

    const norm = normalizeName(reported.name ?? '');
    if (norm.compact) {
      // 2. Normalized alias, exact.
      const exact = (this.byCompact.get(norm.compact) ?? []).filter((e) => !metal || this.smelters[this.entries[e]!.smelter]!.metal === metal);
      const exactSmelters = new Set(exact.map((e) => this.entries[e]!.smelter));
      for (const e of exact) {
        const i = this.entries[e]!.smelter;
        const other = country !== null && this.countries[i] !== null && this.countries[i] !== country;
        const conf = exactSmelters.size > 1 ? CONFIDENCE.ALIAS_AMBIGUOUS : other ? CONFIDENCE.ALIAS_OTHER_COUNTRY : CONFIDENCE.ALIAS;
        offer(i, conf, 'ALIAS', this.entries[e]!.name);
      }
      // 3. Fuzzy, over the entries that share trigrams with the name.
      if (!exact.length || exactSmelters.size > 1) this.fuzzy(norm, metal, country, offer);
    }
    return this.result([...best.values()]);
  }

  private fuzzy(norm: NormalizedName, metal: Metal | null, country: string | null, offer: (i: number, c: number, m: MatchMethod, n: string) => void) {
    const grams = trigrams(norm.compact);
    const shared = new Map<number, number>();
    for (const g of grams.keys()) {
      for (const e of this.postings.get(g) ?? []) shared.set(e, (shared.get(e) ?? 0) + 1);
    }
    // Score only the entries sharing the most trigrams: a name needs some overlap to be a candidate.
    const minShared = Math.max(2, Math.floor(grams.size * 0.25));
    const pool = [...shared].filter(([, n]) => n >= minShared).sort((a, b) => b[1] - a[1]).slice(0, 60);
    for (const [e] of pool) {
      const entry = this.entries[e]!;
      const i = entry.smelter;
      if (metal && this.smelters[i]!.metal !== metal) continue;
      const dice = diceOf(grams, entry.grams);
      const tokens = weightedTokenSimilarity(norm.tokens, entry.norm.tokens, tokenWeight);
      const jw = jaroWinkler(norm.compact, entry.norm.compact);
      // Tokens weigh most (word order and a typo inside a word matter little), trigrams and
      // Jaro-Winkler on the compact key catch spacing and truncation.
      let score = 0.3 * dice + 0.45 * tokens + 0.25 * jw;
      const theirs = this.countries[i];
      // The country agreeing is evidence; disagreeing is strong evidence against.
      if (country && theirs) score = theirs === country ? Math.min(1, score + 0.05) : score * 0.75;
      const conf = score * CONFIDENCE.FUZZY_MAX;
      if (conf >= CANDIDATE_FLOOR) offer(i, conf, 'FUZZY', entry.name);
    }
  }

  private result(candidates: MatchCandidate<S>[]): MatchResult<S> {
    const sorted = candidates
      .filter((c) => c.confidence >= CANDIDATE_FLOOR)
      .sort((a, b) => b.confidence - a.confidence || a.smelter.id.localeCompare(b.smelter.id))
      .slice(0, MAX_CANDIDATES);
    const top = sorted[0] ?? null;
    // A near tie between two smelters is not a match either.
    const tie = top && sorted[1] && top.method === 'FUZZY' && top.confidence - sorted[1].confidence < 0.02;
    const match = top && top.confidence >= AUTO_MATCH_THRESHOLD && !tie ? top : null;
    return { candidates: sorted, match, needsReview: !match && sorted.length > 0 };
  }
}
