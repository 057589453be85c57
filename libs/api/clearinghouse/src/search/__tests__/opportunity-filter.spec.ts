import fc from 'fast-check';
import {
  DEFAULT_STATUSES,
  FilterError,
  FilterableOpportunity,
  coveredRegions,
  filterToJson,
  filterToParams,
  matchesFilter,
  meiliFilter,
  normalizeFilter,
  paramsToFilter,
  reachedCountries,
  sqlFilter,
} from '../opportunity-filter';

const base: FilterableOpportunity = {
  kind: 'GRANT',
  status: 'PUBLISHED',
  minerals: ['cobalt'],
  themes: ['traceability'],
  countries: ['CD'],
  regions: [],
  languages: ['fr', 'en'],
  publisherId: '11111111-1111-4111-8111-111111111111',
  deadline: new Date('2027-03-15T16:00:00Z'),
};

describe('normalizeFilter', () => {
  it('defaults to published opportunities and deduplicates', () => {
    const f = normalizeFilter({ minerals: ['tin', 'tin'], query: '  gold  ' });
    expect(f.statuses).toEqual(DEFAULT_STATUSES);
    expect(f.minerals).toEqual(['tin']);
    expect(f.query).toBe('gold');
  });

  it.each([
    [{ minerals: ['kryptonite'] }, 'filter.minerals'],
    [{ countries: ['Congo'] }, 'filter.countries'],
    [{ regions: ['999'] }, 'filter.regions'],
    [{ languages: ['de'] }, 'filter.languages'],
    [{ kinds: ['PARTY'] }, 'filter.kinds'],
    [{ statuses: ['OPEN'] }, 'filter.statuses'],
    [{ publisherIds: ['not-a-uuid'] }, 'filter.publisherIds'],
    [{ deadlineAfter: 'yesterday' }, 'filter.deadlineAfter'],
    [{ deadlineAfter: '2027-02-01', deadlineBefore: '2027-01-01' }, 'filter.deadlineBefore'],
    [{ query: 'x'.repeat(201) }, 'filter.query'],
  ])('refuses %j naming %s', (input, field) => {
    expect(() => normalizeFilter(input as never)).toThrow(expect.objectContaining({ field }));
  });
});

describe('geography', () => {
  it('a country reaches itself; a region reaches its countries', () => {
    expect(reachedCountries(['CD'], [])).toEqual(['CD']);
    expect(reachedCountries([], ['017'])).toEqual(expect.arrayContaining(['CD', 'CM', 'TD']));
    expect(reachedCountries([], ['017'])).not.toContain('RW');
  });

  it('covers the regions of countries and the parents of regions', () => {
    expect(coveredRegions(['CD'], [])).toEqual(['001', '002', '017', '202']);
    expect(coveredRegions([], ['017'])).toEqual(['001', '002', '017', '202']);
  });

  it('matches a country filter against an opportunity for its region', () => {
    const regional = { ...base, countries: [], regions: ['017'] };
    expect(matchesFilter(normalizeFilter({ countries: ['CD'] }), regional)).toBe(true);
    expect(matchesFilter(normalizeFilter({ countries: ['RW'] }), regional)).toBe(false);
    expect(matchesFilter(normalizeFilter({ regions: ['002'] }), base)).toBe(true);
    expect(matchesFilter(normalizeFilter({ regions: ['419'] }), base)).toBe(false);
  });
});

describe('matchesFilter', () => {
  it('applies every part of the filter', () => {
    const yes = (input: object) => expect(matchesFilter(normalizeFilter(input), base)).toBe(true);
    const no = (input: object) => expect(matchesFilter(normalizeFilter(input), base)).toBe(false);
    yes({});
    yes({ kinds: ['GRANT', 'TENDER'], minerals: ['cobalt', 'tin'], languages: ['en'] });
    no({ kinds: ['TENDER'] });
    no({ statuses: ['CLOSED'] });
    no({ themes: ['gender'] });
    no({ languages: ['es'] });
    no({ publisherIds: ['22222222-2222-4222-8222-222222222222'] });
    yes({ deadlineAfter: '2027-03-01', deadlineBefore: '2027-03-31' });
    no({ deadlineBefore: '2027-03-01' });
    no({ deadlineAfter: '2027-04-01' });
    // a deadline window leaves out opportunities without a deadline
    expect(matchesFilter(normalizeFilter({ deadlineAfter: '2027-01-01' }), { ...base, deadline: null })).toBe(false);
  });
});

describe('writing the filter', () => {
  it('writes Meilisearch expressions, leaving one facet out on request', () => {
    const f = normalizeFilter({ minerals: ['tin'], countries: ['CD'], deadlineAfter: '2027-01-01T00:00:00Z' });
    expect(meiliFilter(f)).toEqual(['status IN ["PUBLISHED"]', 'minerals IN ["tin"]', 'reached_countries IN ["CD"]', `deadline_ts >= ${Date.parse('2027-01-01T00:00:00Z')}`]);
    expect(meiliFilter(f, 'mineral')).not.toContain('minerals IN ["tin"]');
    expect(meiliFilter(f, 'deadline').some((p) => p.startsWith('deadline_ts'))).toBe(false);
  });

  it('writes SQL with parameters only (no values in the text)', () => {
    const f = normalizeFilter({ minerals: ['tin'], countries: ['CD'], regions: ['017'], languages: ['fr'] });
    const { where, parameters } = sqlFilter(f, 'o');
    expect(where).not.toContain('tin');
    expect(parameters.fMinerals).toEqual(['tin']);
    expect(parameters.fCountryRegions).toEqual(expect.arrayContaining(['017', '202', '002', '001']));
    expect(parameters.fRegions).toEqual(['017']);
    expect(sqlFilter(normalizeFilter({}), 'o', 'status').where).toBe('TRUE');
  });

  it('round-trips through URL parameters and saved-search JSON', () => {
    const arbitraryFilter = fc.record({
      query: fc.constantFrom('', 'cobalt', 'traçabilité étain'),
      kinds: fc.subarray(['GRANT', 'TENDER', 'EVENT']),
      statuses: fc.subarray(['PUBLISHED', 'CLOSED']),
      minerals: fc.subarray(['tin', 'gold', 'cobalt']),
      countries: fc.subarray(['CD', 'RW', 'PE']),
      regions: fc.subarray(['017', '419']),
      languages: fc.subarray(['en', 'fr', 'es']),
    });
    fc.assert(
      fc.property(arbitraryFilter, (input) => {
        const f = normalizeFilter(input);
        expect(paramsToFilter(filterToParams(f))).toEqual(f);
        expect(normalizeFilter(filterToJson(f) as never)).toEqual(f);
      }),
    );
  });

  it('names the URL parameter in errors', () => {
    expect(() => paramsToFilter(new URLSearchParams('mineral=kryptonite'))).toThrow(FilterError);
    try {
      paramsToFilter(new URLSearchParams('mineral=tin&country=XX'));
    } catch (error) {
      expect((error as FilterError).field).toBe('country');
    }
  });
});
