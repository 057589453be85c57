// Shared test data for the scoring tests: a dated rate table and builders.
import { minorUnits } from '@commonground/shared-reference';
import { makeConverter } from '../index';
import type { ScoringContext, ScoringDonor, ScoringProject } from '../index';

export const RATES = [
  { currency: 'USD', perEuro: '1.0850', date: '2025-06-30' },
  { currency: 'JPY', perEuro: '162.50', date: '2025-06-30' },
  { currency: 'KWD', perEuro: '0.3321', date: '2025-06-30' },
  { currency: 'GBP', perEuro: '0.8550', date: '2025-06-27' },
];

export const convert = makeConverter(RATES, minorUnits);
export const NOW = new Date('2025-07-15T12:00:00Z');
export const ctx: ScoringContext = { now: NOW, convert };

export const eur = (major: number) => ({ amountMinor: Math.round(major * 100), currency: 'EUR' });
export const usd = (major: number) => ({ amountMinor: Math.round(major * 100), currency: 'USD' });

export function donor(over: Partial<ScoringDonor> = {}): ScoringDonor {
  return {
    id: 'donor',
    themes: [],
    minerals: [],
    countries: [],
    regions: [],
    ticketMin: null,
    ticketMax: null,
    stages: [],
    openToCoFunding: false,
    excludedCountries: [],
    excludedThemes: [],
    windowOpensAt: null,
    windowClosesAt: null,
    ...over,
  };
}

export function project(over: Partial<ScoringProject> & { gap?: { amountMinor: number; currency: string } } = {}): ScoringProject {
  const { gap, ...rest } = over;
  const fundingGap = gap ?? rest.fundingGap ?? eur(150_000);
  return {
    id: 'project',
    countries: [],
    minerals: [],
    themes: [],
    stage: 'PROPOSAL',
    budget: { amountMinor: fundingGap.amountMinor, currency: fundingGap.currency },
    ...rest,
    fundingGap,
  };
}
