import { minorUnits } from '@commonground/shared-reference';
import { makeConverter, scoreMatch, rankProjects } from '../index';
it('x', () => {
  const convert = makeConverter([{ currency: 'USD', perEuro: '1.0850', date: '2025-06-30' }], minorUnits);
  const ctx = { now: new Date('2025-07-15T12:00:00Z'), convert };
  const donor = { id: 'd', themes: [{ value: 'mercury', weight: 1 }, { value: 'environment', weight: 0.5 }], minerals: [{ value: 'gold', weight: 1 }], countries: [{ value: 'PE', weight: 1 }, { value: 'BO', weight: 0.8 }], regions: [{value:'419', weight:0.3}], ticketMin: { amountMinor: 10000000, currency: 'USD' }, ticketMax: { amountMinor: 30000000, currency: 'USD' }, stages: [], openToCoFunding: false, excludedCountries: [], excludedThemes: [], windowOpensAt: null, windowClosesAt: null } as any;
  const project = { id: 'p', countries: ['BR'], minerals: ['gold'], themes: ['mercury', 'formalization'], stage: 'PROPOSAL', budget: { amountMinor: 40000000, currency: 'EUR' }, fundingGap: { amountMinor: 40000000, currency: 'EUR' } } as any;
  console.log(JSON.stringify(scoreMatch(donor, project, ctx), null, 1));
  console.log(JSON.stringify(rankProjects(donor, [project, {...project, id:'a'}], ctx, 1), null, 1));
});
