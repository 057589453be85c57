// Scoring one donor × project pair: hard rules, then weighted criteria out of
// 100. Pure and deterministic. The fast path (used to rank 20,000 projects)
// computes numbers only; sentences are built only for the pairs shown.
// The formula in words: docs/matchmaking-scoring.md.

import { countryInRegion, isRegion, minorUnits, regionName } from '@commonground/shared-reference';
import { formatMinor } from './money';
import type { MatchReasonValue, MatchResult, ProjectStage, ScoringContext, ScoringDonor, ScoringProject, Weighted } from './scoring.types';

/** The points of each criterion; they add up to 100. STAGE is a hard rule and gives no points. */
export const CRITERION_POINTS = Object.freeze({
  THEMES: 35,
  GEOGRAPHY: 25,
  MINERALS: 15,
  TICKET: 15,
  CO_FUNDING: 10,
  STAGE: 0,
});

export type Criterion = keyof typeof CRITERION_POINTS;

/** The hard rules, in the order they are checked. */
export type HardRule = 'EXCLUDED_COUNTRY' | 'EXCLUDED_THEME' | 'WINDOW_NOT_OPEN' | 'WINDOW_CLOSED' | 'STAGE_NOT_FUNDED' | 'FULLY_FUNDED';

interface Area {
  value: string;
  weight: number;
  /** a UN M49 region code (else a country code, matched exactly) */
  region: boolean;
}

/** The donor's ticket range in one currency (a gap's). */
interface Ticket {
  /** false when a bound could not be converted */
  ok: boolean;
  /** minor units; 0 when no minimum */
  min: number;
  /** minor units; Infinity when no maximum */
  max: number;
  rateDates: string[];
  /** e.g. `USD→EUR` when !ok */
  missing: string | null;
}

/** A donor read once for many pairs: weights cleaned, lists sorted, tickets converted per currency on demand. */
export interface PreparedDonor {
  donor: ScoringDonor;
  themes: Weighted[];
  themeTotal: number;
  /** countries and regions, heaviest first */
  areas: Area[];
  areaMax: number;
  /** heaviest first */
  minerals: Weighted[];
  mineralMax: number;
  opensAt: number;
  closesAt: number;
  tickets: Map<string, Ticket>;
}

/** A weight as a number in 0..1 (anything else — NaN, negative — counts as 0; above 1 as 1). */
function cleanWeight(weight: number): number {
  return Number.isFinite(weight) ? Math.min(1, Math.max(0, weight)) : 0;
}

/** One entry per value (the highest weight), zero weights dropped, in first-seen order. */
function cleanWeights(list: readonly Weighted[]): Weighted[] {
  const byValue = new Map<string, number>();
  for (const { value, weight } of list) {
    const w = cleanWeight(weight);
    byValue.set(value, Math.max(byValue.get(value) ?? 0, w));
  }
  const out: Weighted[] = [];
  for (const [value, weight] of byValue) if (weight > 0) out.push({ value, weight });
  return out;
}

/** Heaviest first, ties by value: the first match found is the best one. */
const heaviestFirst = (a: Weighted, b: Weighted) => b.weight - a.weight || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

function maxWeight(list: readonly Weighted[]): number {
  let max = 0;
  for (const { weight } of list) if (weight > max) max = weight;
  return max;
}

export function prepareDonor(donor: ScoringDonor): PreparedDonor {
  const themes = cleanWeights(donor.themes);
  let themeTotal = 0;
  for (const t of themes) themeTotal += t.weight;
  const areaList = cleanWeights([...donor.countries, ...donor.regions]).sort(heaviestFirst);
  const minerals = cleanWeights(donor.minerals).sort(heaviestFirst);
  return {
    donor,
    themes,
    themeTotal,
    areas: areaList.map(({ value, weight }) => ({ value, weight, region: isRegion(value) })),
    areaMax: maxWeight(areaList),
    minerals,
    mineralMax: maxWeight(minerals),
    opensAt: donor.windowOpensAt ? donor.windowOpensAt.getTime() : -Infinity,
    closesAt: donor.windowClosesAt ? donor.windowClosesAt.getTime() : Infinity,
    tickets: new Map(),
  };
}

// ---------------------------------------------------------------- hard rules

function countryExcluded(country: string, excluded: string): boolean {
  return country === excluded || countryInRegion(country, excluded);
}

function hardRule(pd: PreparedDonor, project: ScoringProject, now: number): HardRule | null {
  const donor = pd.donor;
  if (donor.excludedCountries.length > 0) {
    for (const c of project.countries) for (const ex of donor.excludedCountries) if (countryExcluded(c, ex)) return 'EXCLUDED_COUNTRY';
  }
  if (donor.excludedThemes.length > 0) {
    for (const t of project.themes) if (donor.excludedThemes.includes(t)) return 'EXCLUDED_THEME';
  }
  if (now < pd.opensAt) return 'WINDOW_NOT_OPEN';
  if (now > pd.closesAt) return 'WINDOW_CLOSED';
  if (donor.stages.length > 0 && !donor.stages.includes(project.stage)) return 'STAGE_NOT_FUNDED';
  if (!(project.fundingGap.amountMinor > 0)) return 'FULLY_FUNDED';
  return null;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function hardRuleDetail(rule: HardRule, pd: PreparedDonor, project: ScoringProject): string {
  const donor = pd.donor;
  switch (rule) {
    case 'EXCLUDED_COUNTRY': {
      for (const c of project.countries) {
        for (const ex of donor.excludedCountries) {
          if (c === ex) return `The donor excludes country ${c}`;
          if (countryInRegion(c, ex)) return `The donor excludes region ${areaLabel(ex)}, which contains ${c}`;
        }
      }
      /* istanbul ignore next -- only called when the rule fired */
      return 'The donor excludes a country of the project';
    }
    case 'EXCLUDED_THEME':
      return `The donor excludes theme ${project.themes.find((t) => donor.excludedThemes.includes(t))}`;
    case 'WINDOW_NOT_OPEN':
      return `The donor's funding window opens on ${isoDay(pd.opensAt)}`;
    case 'WINDOW_CLOSED':
      return `The donor's funding window closed on ${isoDay(pd.closesAt)}`;
    case 'STAGE_NOT_FUNDED':
      return `The donor does not fund projects at stage ${project.stage} (it funds ${donor.stages.join(', ')})`;
    case 'FULLY_FUNDED':
      return 'The project has no funding gap left';
  }
}

// ---------------------------------------------------------------- criteria (fast path: numbers only)

/** Share of the donor's theme weight that the project's themes cover, 0..1. */
function themeFit(pd: PreparedDonor, project: ScoringProject): number {
  if (pd.themeTotal <= 0) return 0;
  let matched = 0;
  for (const t of pd.themes) if (project.themes.includes(t.value)) matched += t.weight;
  return Math.min(1, matched / pd.themeTotal);
}

function areaMatches(area: Area, countries: readonly string[]): boolean {
  for (const c of countries) if (area.region ? countryInRegion(c, area.value) : c === area.value) return true;
  return false;
}

/** The heaviest donor country/region that holds a project country, relative to the donor's heaviest, 0..1. */
function bestArea(pd: PreparedDonor, project: ScoringProject): Area | null {
  for (const area of pd.areas) if (areaMatches(area, project.countries)) return area;
  return null;
}

function bestMineral(pd: PreparedDonor, project: ScoringProject): Weighted | null {
  for (const m of pd.minerals) if (project.minerals.includes(m.value)) return m;
  return null;
}

function ticketIn(pd: PreparedDonor, currency: string, ctx: ScoringContext): Ticket {
  let ticket = pd.tickets.get(currency);
  if (ticket) return ticket;
  const { ticketMin, ticketMax } = pd.donor;
  const rateDates: string[] = [];
  let missing: string | null = null;
  const bound = (money: MoneyLike | null, none: number): number => {
    if (!money) return none;
    if (money.currency === currency) return money.amountMinor;
    const converted = ctx.convert(money, currency);
    if (!converted) {
      missing ??= `${money.currency}→${currency}`;
      return none;
    }
    if (converted.rateDate !== null && !rateDates.includes(converted.rateDate)) rateDates.push(converted.rateDate);
    return converted.amountMinor;
  };
  const min = bound(ticketMin, 0);
  const max = bound(ticketMax, Infinity);
  ticket = { ok: missing === null, min: Math.max(0, min), max, rateDates: rateDates.sort(), missing };
  pd.tickets.set(currency, ticket);
  return ticket;
}

type MoneyLike = { amountMinor: number; currency: string };

/**
 * How well the ticket range fits the gap G, 0..1: 1 when G ≥ min and (G ≤ max
 * or the donor co-funds); otherwise G/min when the gap is below the minimum,
 * times max/G when the maximum covers only part of the gap and the donor does
 * not co-fund. 0 when a rate is missing.
 */
function ticketFit(ticket: Ticket, gap: number, open: boolean): number {
  if (!ticket.ok) return 0;
  let fit = 1;
  if (gap < ticket.min) fit *= gap / ticket.min;
  if (gap > ticket.max && !open) fit *= ticket.max / gap;
  return fit;
}

/** 1 when the gap can be closed with this donor: it co-funds, or its maximum ticket covers the gap alone. */
function coFundingFit(ticket: Ticket, gap: number, open: boolean): number {
  if (open) return 1;
  return ticket.ok && ticket.max >= gap ? 1 : 0;
}

/** Points of a criterion in tenths (rounded half-up from the fit). */
const tenths = (criterion: Criterion, fit: number) => Math.round(CRITERION_POINTS[criterion] * 10 * fit);

interface Tenths {
  themes: number;
  geography: number;
  minerals: number;
  ticket: number;
  coFunding: number;
  ticketView: Ticket;
}

function criteriaTenths(pd: PreparedDonor, project: ScoringProject, ctx: ScoringContext): Tenths {
  const gap = project.fundingGap.amountMinor;
  const open = pd.donor.openToCoFunding;
  const area = pd.areaMax > 0 ? bestArea(pd, project) : null;
  const mineral = pd.mineralMax > 0 ? bestMineral(pd, project) : null;
  const ticketView = ticketIn(pd, project.fundingGap.currency, ctx);
  return {
    themes: tenths('THEMES', themeFit(pd, project)),
    geography: area ? tenths('GEOGRAPHY', area.weight / pd.areaMax) : 0,
    minerals: mineral ? tenths('MINERALS', mineral.weight / pd.mineralMax) : 0,
    ticket: tenths('TICKET', ticketFit(ticketView, gap, open)),
    coFunding: tenths('CO_FUNDING', coFundingFit(ticketView, gap, open)),
    ticketView,
  };
}

const clampScore = (sum: number) => Math.min(1000, Math.max(0, sum));

/**
 * The score in tenths (0..1000), or -1 when a hard rule excludes the pair.
 * The fast path of the ranking: no strings, no arrays.
 */
export function scoreTenths(pd: PreparedDonor, project: ScoringProject, ctx: ScoringContext, now: number): number {
  if (hardRule(pd, project, now) !== null) return -1;
  const t = criteriaTenths(pd, project, ctx);
  return clampScore(t.themes + t.geography + t.minerals + t.ticket + t.coFunding);
}

// ---------------------------------------------------------------- reasons (only for the pairs shown)

const weightText = (w: number) => String(Math.round(w * 1000) / 1000);

function areaLabel(code: string): string {
  const name = isRegion(code) ? regionName(code, 'en') : undefined;
  return name ? `${code} (${name})` : code;
}

function themesDetail(pd: PreparedDonor, project: ScoringProject): string {
  if (pd.themes.length === 0) return 'The donor states no theme priorities';
  const matched = pd.themes.filter((t) => project.themes.includes(t.value));
  if (matched.length === 0) return `No themes in common with the donor's priorities (${pd.themes.map((t) => t.value).join(', ')})`;
  let sum = 0;
  for (const t of matched) sum += t.weight;
  const list = matched.map((t, i) => (i === 0 ? `${t.value} (weight ${weightText(t.weight)})` : `${t.value} (${weightText(t.weight)})`)).join(', ');
  return `Themes in common: ${list}; ${weightText(sum)} of the donor's total theme weight ${weightText(pd.themeTotal)}`;
}

function geographyDetail(pd: PreparedDonor, project: ScoringProject): string {
  if (pd.areas.length === 0) return 'The donor states no geographic priorities';
  const area = bestArea(pd, project);
  if (!area) return `No project country (${project.countries.join(', ') || 'none'}) is among the donor's countries or regions`;
  const country = project.countries.find((c) => (area.region ? countryInRegion(c, area.value) : c === area.value))!;
  const what = area.region ? `${country} is in the donor's region ${areaLabel(area.value)}` : `${country} is one of the donor's countries`;
  return `${what}: weight ${weightText(area.weight)}${ofHighest(area.weight, pd.areaMax)}`;
}

const ofHighest = (weight: number, max: number) => (weight === max ? ', its highest' : ` of its highest ${weightText(max)}`);

function mineralsDetail(pd: PreparedDonor, project: ScoringProject): string {
  if (pd.minerals.length === 0) return 'The donor states no mineral priorities';
  const mineral = bestMineral(pd, project);
  if (!mineral) return `No minerals in common with the donor's priorities (${pd.minerals.map((m) => m.value).join(', ')})`;
  const others = pd.minerals.filter((m) => m !== mineral && project.minerals.includes(m.value)).map((m) => m.value);
  const also = others.length > 0 ? `; also in common: ${others.join(', ')}` : '';
  return `Mineral in common: ${mineral.value}, weight ${weightText(mineral.weight)}${ofHighest(mineral.weight, pd.mineralMax)}${also}`;
}

const money = (amountMinor: number, currency: string) => formatMinor(amountMinor, currency, minorUnits);

function rangeText(pd: PreparedDonor, ticket: Ticket, currency: string): string {
  const { ticketMin, ticketMax } = pd.donor;
  const stated = (m: MoneyLike | null) => (m ? money(m.amountMinor, m.currency) : null);
  const inGap = (n: number) => money(n, currency);
  const original = ticketMin && ticketMax ? `${stated(ticketMin)} to ${stated(ticketMax)}` : ticketMin ? `from ${stated(ticketMin)}` : `up to ${stated(ticketMax)}`;
  const converted =
    (ticketMin && ticketMin.currency !== currency) || (ticketMax && ticketMax.currency !== currency)
      ? ` (${ticketMin && ticketMax ? `${inGap(ticket.min)} to ${inGap(ticket.max)}` : ticketMin ? `from ${inGap(ticket.min)}` : `up to ${inGap(ticket.max)}`} at the rate of ${ticket.rateDates.join(' and ')})`
      : '';
  return `ticket ${original}${converted}`;
}

function ticketDetail(pd: PreparedDonor, project: ScoringProject, ticket: Ticket): string {
  const { amountMinor: gap, currency } = project.fundingGap;
  const gapText = `the gap of ${money(gap, currency)}`;
  if (!ticket.ok) return `No exchange rate for ${ticket.missing}: the ticket fit cannot be judged`;
  if (!pd.donor.ticketMin && !pd.donor.ticketMax) return `The donor states no ticket range: any size fits ${gapText}`;
  const range = rangeText(pd, ticket, currency);
  const parts: string[] = [];
  if (gap < ticket.min) parts.push(`${gapText} is below the minimum ticket (${Math.round((gap / ticket.min) * 100)}% of it)`);
  if (gap > ticket.max) {
    parts.push(
      pd.donor.openToCoFunding
        ? `${gapText} is above the maximum ticket, which co-funding with other donors makes up for`
        : `the maximum ticket covers ${Math.round((ticket.max / gap) * 100)}% of ${gapText} and the donor does not co-fund`,
    );
  }
  if (parts.length === 0) return `The ${range} covers ${gapText}`;
  const sentence = parts.join('; ');
  return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}: ${range}`;
}

function coFundingDetail(pd: PreparedDonor, project: ScoringProject, ticket: Ticket): string {
  const { amountMinor: gap, currency } = project.fundingGap;
  if (pd.donor.openToCoFunding) {
    return ticket.ok && gap > ticket.max
      ? `Open to co-funding: other donors can close the rest of the gap of ${money(gap, currency)}`
      : 'Open to co-funding';
  }
  if (!ticket.ok) return `Not open to co-funding, and no exchange rate for ${ticket.missing} to tell whether its ticket covers the gap alone`;
  if (ticket.max >= gap) return `Not open to co-funding, but its maximum ticket covers the whole gap of ${money(gap, currency)} alone`;
  return `Not open to co-funding, and its maximum ticket does not cover the gap of ${money(gap, currency)}`;
}

function stageDetail(donor: ScoringDonor, stage: ProjectStage): string {
  return donor.stages.length === 0 ? `Stage ${stage}: the donor funds any stage` : `Stage ${stage}: the donor funds ${donor.stages.join(', ')}`;
}

/** The full result of a prepared pair, with reasons. */
export function explain(pd: PreparedDonor, project: ScoringProject, ctx: ScoringContext, now: number): MatchResult {
  const rule = hardRule(pd, project, now);
  if (rule !== null) return { eligible: false, score: 0, reasons: [], excludedBecause: hardRuleDetail(rule, pd, project) };
  const t = criteriaTenths(pd, project, ctx);
  const reasons: MatchReasonValue[] = [
    { criterion: 'THEMES', detail: themesDetail(pd, project), points: t.themes / 10 },
    { criterion: 'GEOGRAPHY', detail: geographyDetail(pd, project), points: t.geography / 10 },
    { criterion: 'MINERALS', detail: mineralsDetail(pd, project), points: t.minerals / 10 },
    { criterion: 'TICKET', detail: ticketDetail(pd, project, t.ticketView), points: t.ticket / 10 },
    { criterion: 'CO_FUNDING', detail: coFundingDetail(pd, project, t.ticketView), points: t.coFunding / 10 },
    { criterion: 'STAGE', detail: stageDetail(pd.donor, project.stage), points: 0 },
  ];
  const score = clampScore(t.themes + t.geography + t.minerals + t.ticket + t.coFunding) / 10;
  return { eligible: true, score, reasons, excludedBecause: null };
}

/**
 * Scores a donor × project pair. Hard rules first (an excluded country or
 * region, an excluded theme, the funding window not open at `ctx.now`, a stage
 * the donor does not fund, no funding gap left): the pair is then not eligible,
 * with score 0, no reasons and `excludedBecause`. Otherwise the points of
 * THEMES (35), GEOGRAPHY (25), MINERALS (15), TICKET (15) and CO_FUNDING (10),
 * each rounded to 0.1, plus STAGE (0, for the record); the score is their sum.
 * Visibility and consent are the service's business, checked before.
 */
export function scoreMatch(donor: ScoringDonor, project: ScoringProject, ctx: ScoringContext): MatchResult {
  return explain(prepareDonor(donor), project, ctx, ctx.now.getTime());
}
