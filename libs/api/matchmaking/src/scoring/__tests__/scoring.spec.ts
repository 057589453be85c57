import fc from 'fast-check';
import { MINERAL_IDS, THEME_SLUGS, countryInRegion, regionsOfCountry } from '@commonground/shared-reference';
import { CRITERION_POINTS, rankDonors, rankProjects, scoreMatch } from '../index';
import type { MatchResult, ProjectStage, ScoringDonor, ScoringProject } from '../index';
import { ctx, donor, eur, project, usd } from './fixtures';

const RUNS = { numRuns: 300 };
const points = (r: MatchResult) => Object.fromEntries(r.reasons.map((x) => [x.criterion, x.points]));
const detail = (r: MatchResult, criterion: string) => r.reasons.find((x) => x.criterion === criterion)?.detail;

// A donor focused on mercury in artisanal gold mining, in Peru and Bolivia.
const mercuryDonor = donor({
  id: 'donor-mercury',
  themes: [
    { value: 'mercury', weight: 1 },
    { value: 'environment', weight: 0.5 },
  ],
  minerals: [{ value: 'gold', weight: 1 }],
  countries: [
    { value: 'PE', weight: 1 },
    { value: 'BO', weight: 0.8 },
  ],
  ticketMin: eur(50_000),
  ticketMax: eur(200_000),
  stages: ['PROPOSAL', 'ONGOING'],
  windowOpensAt: new Date('2025-01-01T00:00:00Z'),
  windowClosesAt: new Date('2025-12-31T23:59:59Z'),
});

// A mercury-reduction project in Peru's gold mining, 150,000 EUR still to find.
const mercuryProjectPE = project({
  id: 'p-pe-mercury',
  countries: ['PE'],
  minerals: ['gold'],
  themes: ['mercury', 'formalization'],
  stage: 'PROPOSAL',
  gap: eur(150_000),
});

describe('scoreMatch — worked examples', () => {
  it('the points add up to 100', () => {
    const { THEMES, GEOGRAPHY, MINERALS, TICKET, CO_FUNDING, STAGE } = CRITERION_POINTS;
    expect(THEMES + GEOGRAPHY + MINERALS + TICKET + CO_FUNDING + STAGE).toBe(100);
  });

  it('1. a mercury donor for Peru and Bolivia vs a mercury project in PE: 88.3', () => {
    const r = scoreMatch(mercuryDonor, mercuryProjectPE, ctx);
    // themes 35 × 1/1.5 = 23.33 → 23.3; PE weight 1 of max 1 → 25; gold 1 of 1 → 15;
    // 150,000 within 50,000–200,000 → 15; not open, but its ticket closes the gap alone → 10
    expect(r).toEqual({
      eligible: true,
      score: 88.3,
      excludedBecause: null,
      reasons: [
        { criterion: 'THEMES', points: 23.3, detail: "Themes in common: mercury (weight 1); 1 of the donor's total theme weight 1.5" },
        { criterion: 'GEOGRAPHY', points: 25, detail: "PE is one of the donor's countries: weight 1, its highest" },
        { criterion: 'MINERALS', points: 15, detail: 'Mineral in common: gold, weight 1, its highest' },
        { criterion: 'TICKET', points: 15, detail: 'The ticket 50,000.00 EUR to 200,000.00 EUR covers the gap of 150,000.00 EUR' },
        { criterion: 'CO_FUNDING', points: 10, detail: 'Not open to co-funding, but its maximum ticket covers the whole gap of 150,000.00 EUR alone' },
        { criterion: 'STAGE', points: 0, detail: 'Stage PROPOSAL: the donor funds PROPOSAL, ONGOING' },
      ],
    });
  });

  it('1b. the same project in Bolivia: the country weighs 0.8 → geography 20, score 83.3', () => {
    const r = scoreMatch(mercuryDonor, { ...mercuryProjectPE, id: 'p-bo', countries: ['BO'] }, ctx);
    expect(points(r).GEOGRAPHY).toBe(20);
    expect(detail(r, 'GEOGRAPHY')).toBe("BO is one of the donor's countries: weight 0.8 of its highest 1");
    expect(r.score).toBe(83.3);
  });

  it('2. a region match through UN M49 419 (Latin America and the Caribbean): 72.5', () => {
    expect(regionsOfCountry('PE')).toEqual(expect.arrayContaining(['005', '419', '019']));
    const latam = donor({
      id: 'donor-latam',
      themes: [
        { value: 'formalization', weight: 1 },
        { value: 'gender', weight: 1 },
      ],
      minerals: [
        { value: 'gold', weight: 1 },
        { value: 'tin', weight: 0.5 },
      ],
      countries: [{ value: 'CO', weight: 1 }],
      regions: [{ value: '419', weight: 0.6 }],
      ticketMin: eur(100_000),
      ticketMax: eur(500_000),
      openToCoFunding: true,
    });
    const r = scoreMatch(latam, mercuryProjectPE, ctx);
    // themes 35 × 1/2 = 17.5; PE is in 419, weight 0.6 of max 1 → 15; gold → 15; ticket → 15; open → 10
    expect(r.score).toBe(72.5);
    expect(r.reasons).toEqual([
      { criterion: 'THEMES', points: 17.5, detail: "Themes in common: formalization (weight 1); 1 of the donor's total theme weight 2" },
      { criterion: 'GEOGRAPHY', points: 15, detail: "PE is in the donor's region 419 (Latin America and the Caribbean): weight 0.6 of its highest 1" },
      { criterion: 'MINERALS', points: 15, detail: 'Mineral in common: gold, weight 1, its highest' },
      { criterion: 'TICKET', points: 15, detail: 'The ticket 100,000.00 EUR to 500,000.00 EUR covers the gap of 150,000.00 EUR' },
      { criterion: 'CO_FUNDING', points: 10, detail: 'Open to co-funding' },
      { criterion: 'STAGE', points: 0, detail: 'Stage PROPOSAL: the donor funds any stage' },
    ]);
    // the same project in the DR Congo is outside 419: no geography points → 57.5
    const cd = scoreMatch(latam, { ...mercuryProjectPE, countries: ['CD'] }, ctx);
    expect(cd.score).toBe(57.5);
    expect(detail(cd, 'GEOGRAPHY')).toBe("No project country (CD) is among the donor's countries or regions");
  });

  it('2b. CD lies in 017, 202 and 002: a donor for Africa (002) matches it', () => {
    expect(regionsOfCountry('CD')).toEqual(expect.arrayContaining(['017', '202', '002']));
    const africa = donor({ regions: [{ value: '002', weight: 0.7 }] });
    const r = scoreMatch(africa, project({ countries: ['CD'] }), ctx);
    expect(points(r).GEOGRAPHY).toBe(25);
    expect(detail(r, 'GEOGRAPHY')).toBe("CD is in the donor's region 002 (Africa): weight 0.7, its highest");
  });

  it('3. an excluded country rules the pair out, whatever else fits', () => {
    const r = scoreMatch({ ...mercuryDonor, excludedCountries: ['BO'] }, { ...mercuryProjectPE, countries: ['PE', 'BO'] }, ctx);
    expect(r).toEqual({ eligible: false, score: 0, reasons: [], excludedBecause: 'The donor excludes country BO' });
    // an M49 code in the exclusions excludes the countries in it
    const africa = scoreMatch(donor({ excludedCountries: ['002'] }), project({ countries: ['CD'] }), ctx);
    expect(africa.excludedBecause).toBe('The donor excludes region 002 (Africa), which contains CD');
  });

  it('3b. an excluded theme rules the pair out', () => {
    const r = scoreMatch({ ...mercuryDonor, excludedThemes: ['formalization'] }, mercuryProjectPE, ctx);
    expect(r).toEqual({ eligible: false, score: 0, reasons: [], excludedBecause: 'The donor excludes theme formalization' });
  });

  it('4. a closed funding window (or one not open yet) rules the pair out', () => {
    const closed = scoreMatch({ ...mercuryDonor, windowClosesAt: new Date('2025-03-31T23:59:59Z') }, mercuryProjectPE, ctx);
    expect(closed).toEqual({ eligible: false, score: 0, reasons: [], excludedBecause: "The donor's funding window closed on 2025-03-31" });
    const later = scoreMatch({ ...mercuryDonor, windowOpensAt: new Date('2025-09-01T00:00:00Z') }, mercuryProjectPE, ctx);
    expect(later.excludedBecause).toBe("The donor's funding window opens on 2025-09-01");
    // the bounds themselves are inside the window
    const edge = scoreMatch({ ...mercuryDonor, windowOpensAt: ctx.now, windowClosesAt: ctx.now }, mercuryProjectPE, ctx);
    expect(edge.eligible).toBe(true);
  });

  it('4b. a stage the donor does not fund, and a project with no gap left, are ruled out', () => {
    const concept = scoreMatch(mercuryDonor, { ...mercuryProjectPE, stage: 'CONCEPT' }, ctx);
    expect(concept.excludedBecause).toBe('The donor does not fund projects at stage CONCEPT (it funds PROPOSAL, ONGOING)');
    const funded = scoreMatch(mercuryDonor, { ...mercuryProjectPE, fundingGap: eur(0) }, ctx);
    expect(funded).toEqual({ eligible: false, score: 0, reasons: [], excludedBecause: 'The project has no funding gap left' });
  });

  it('4c. hard rules are checked in a fixed order: exclusions, window, stage, gap', () => {
    const everything = scoreMatch(
      { ...mercuryDonor, excludedCountries: ['PE'], excludedThemes: ['mercury'], windowClosesAt: new Date('2025-01-31T00:00:00Z') },
      { ...mercuryProjectPE, stage: 'CONCEPT', fundingGap: eur(0) },
      ctx,
    );
    expect(everything.excludedBecause).toBe('The donor excludes country PE');
  });

  describe('5. a ticket in USD against a gap in EUR (USD 1.0850 per euro, 2025-06-30)', () => {
    const usdDonor = donor({
      id: 'donor-usd',
      themes: [{ value: 'mercury', weight: 1 }],
      minerals: [{ value: 'gold', weight: 1 }],
      countries: [{ value: 'PE', weight: 1 }],
      ticketMin: usd(100_000),
      ticketMax: usd(300_000),
    });
    const bigGap = { ...mercuryProjectPE, fundingGap: eur(400_000) };

    it('not open to co-funding: the ticket covers 69% of the gap → 10.4, score 85.4', () => {
      // 300,000.00 USD / 1.0850 = 276,497.695… → 276,497.70 EUR; 15 × 276,497.70 / 400,000 = 10.37 → 10.4
      const r = scoreMatch(usdDonor, bigGap, ctx);
      expect(points(r)).toEqual({ THEMES: 35, GEOGRAPHY: 25, MINERALS: 15, TICKET: 10.4, CO_FUNDING: 0, STAGE: 0 });
      expect(r.score).toBe(85.4);
      expect(detail(r, 'TICKET')).toBe(
        'The maximum ticket covers 69% of the gap of 400,000.00 EUR and the donor does not co-fund: ' +
          'ticket 100,000.00 USD to 300,000.00 USD (92,165.90 EUR to 276,497.70 EUR at the rate of 2025-06-30)',
      );
      expect(detail(r, 'CO_FUNDING')).toBe('Not open to co-funding, and its maximum ticket does not cover the gap of 400,000.00 EUR');
    });

    it('open to co-funding: full ticket points and co-funding points → 100', () => {
      const r = scoreMatch({ ...usdDonor, openToCoFunding: true }, bigGap, ctx);
      expect(points(r)).toMatchObject({ TICKET: 15, CO_FUNDING: 10 });
      expect(r.score).toBe(100);
      expect(detail(r, 'TICKET')).toBe(
        'The gap of 400,000.00 EUR is above the maximum ticket, which co-funding with other donors makes up for: ' +
          'ticket 100,000.00 USD to 300,000.00 USD (92,165.90 EUR to 276,497.70 EUR at the rate of 2025-06-30)',
      );
      expect(detail(r, 'CO_FUNDING')).toBe('Open to co-funding: other donors can close the rest of the gap of 400,000.00 EUR');
    });

    it('no exchange rate: no ticket points, and the reason says which rate is missing', () => {
      const chf = { ...usdDonor, ticketMin: { amountMinor: 10_000_000, currency: 'CHF' }, ticketMax: { amountMinor: 30_000_000, currency: 'CHF' } };
      const r = scoreMatch(chf, bigGap, ctx);
      expect(points(r)).toMatchObject({ TICKET: 0, CO_FUNDING: 0 });
      expect(detail(r, 'TICKET')).toBe('No exchange rate for CHF→EUR: the ticket fit cannot be judged');
      expect(r.score).toBe(75);
    });
  });

  it('6. a gap below the minimum ticket gives part of the ticket points: 15 × 50,000/200,000 = 3.75 → 3.8', () => {
    const r = scoreMatch(
      donor({ ticketMin: eur(200_000), ticketMax: eur(500_000) }),
      project({ gap: eur(50_000) }),
      ctx,
    );
    expect(points(r)).toMatchObject({ TICKET: 3.8, CO_FUNDING: 10 });
    expect(detail(r, 'TICKET')).toBe('The gap of 50,000.00 EUR is below the minimum ticket (25% of it): ticket 200,000.00 EUR to 500,000.00 EUR');
    expect(r.score).toBe(13.8);
  });

  it('7. a donor with no priorities and no ticket range: only the ticket and co-funding points', () => {
    const r = scoreMatch(donor(), mercuryProjectPE, ctx);
    expect(r.score).toBe(25);
    expect(r.reasons.map((x) => x.detail)).toEqual([
      'The donor states no theme priorities',
      'The donor states no geographic priorities',
      'The donor states no mineral priorities',
      'The donor states no ticket range: any size fits the gap of 150,000.00 EUR',
      'Not open to co-funding, but its maximum ticket covers the whole gap of 150,000.00 EUR alone',
      'Stage PROPOSAL: the donor funds any stage',
    ]);
  });
});

describe('rankProjects / rankDonors — examples', () => {
  const projects = [
    { ...mercuryProjectPE, id: 'p-bo', countries: ['BO'] },
    { ...mercuryProjectPE, id: 'p-pe-2' },
    mercuryProjectPE,
    { ...mercuryProjectPE, id: 'p-concept', stage: 'CONCEPT' as ProjectStage },
    { ...mercuryProjectPE, id: 'p-cd', countries: ['CD'] },
  ];

  it('eligible only, best first, equal scores by id', () => {
    const ranked = rankProjects(mercuryDonor, projects, ctx);
    expect(ranked.map((r) => [r.id, r.result.score])).toEqual([
      ['p-pe-2', 88.3],
      ['p-pe-mercury', 88.3],
      ['p-bo', 83.3],
      ['p-cd', 63.3],
    ]);
    expect(ranked[0]!.project).toBe(projects[1]);
    expect(rankProjects(mercuryDonor, projects, ctx, 2).map((r) => r.id)).toEqual(['p-pe-2', 'p-pe-mercury']);
    expect(rankProjects(mercuryDonor, projects, ctx, 0)).toEqual([]);
  });

  it('donors for a project', () => {
    const donors = [
      { ...mercuryDonor, id: 'd-closed', windowClosesAt: new Date('2025-01-31T00:00:00Z') },
      donor({ id: 'd-empty' }),
      mercuryDonor,
      { ...mercuryDonor, id: 'd-bolivia', countries: [{ value: 'BO', weight: 1 }] },
    ];
    const ranked = rankDonors(mercuryProjectPE, donors, ctx);
    expect(ranked.map((r) => [r.id, r.result.score])).toEqual([
      ['donor-mercury', 88.3],
      ['d-bolivia', 63.3],
      ['d-empty', 25],
    ]);
    expect(ranked[0]!.donor).toBe(mercuryDonor);
  });
});

// ---------------------------------------------------------------- properties

const COUNTRY_POOL = ['PE', 'BO', 'CO', 'BR', 'CD', 'RW', 'GH', 'ID', 'FR'];
const REGION_POOL = ['419', '005', '013', '002', '017', '202', '011', '142', '035', '150'];
const THEME_POOL = THEME_SLUGS.slice(0, 8);
const STAGES: ProjectStage[] = ['CONCEPT', 'PROPOSAL', 'ONGOING'];
const CURRENCIES = ['EUR', 'USD', 'JPY', 'KWD', 'CHF'];

const weight = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 10 }).map((n) => n / 10));
const weighted = (pool: readonly string[]) => fc.array(fc.record({ value: fc.constantFrom(...pool), weight }), { maxLength: 5 });
const money = fc.record({ amountMinor: fc.integer({ min: 0, max: 1_000_000_000 }), currency: fc.constantFrom(...CURRENCIES) });
const date2025 = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true });
/** mostly no window: most generated pairs should be eligible, or the properties test little */
const window = fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: date2025, weight: 1 });

const donorArb: fc.Arbitrary<ScoringDonor> = fc.record({
  id: fc.string({ maxLength: 4 }),
  themes: weighted(THEME_POOL),
  minerals: weighted(MINERAL_IDS),
  countries: weighted(COUNTRY_POOL),
  regions: weighted(REGION_POOL),
  ticketMin: fc.option(money, { nil: null }),
  ticketMax: fc.option(money, { nil: null }),
  stages: fc.subarray(STAGES),
  openToCoFunding: fc.boolean(),
  excludedCountries: fc.subarray(['FR', 'RW', '150', '002'], { maxLength: 1 }),
  excludedThemes: fc.subarray(THEME_POOL, { maxLength: 1 }),
  windowOpensAt: window,
  windowClosesAt: window,
});

const projectArb: fc.Arbitrary<ScoringProject> = fc
  .record({
    id: fc.string({ maxLength: 4 }),
    countries: fc.array(fc.constantFrom(...COUNTRY_POOL), { minLength: 1, maxLength: 3 }),
    minerals: fc.array(fc.constantFrom(...MINERAL_IDS), { maxLength: 3 }),
    themes: fc.array(fc.constantFrom(...THEME_POOL), { maxLength: 4 }),
    stage: fc.constantFrom(...STAGES),
    gap: fc.record({
      amountMinor: fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: fc.integer({ min: 1, max: 1_000_000_000 }), weight: 9 }),
      currency: fc.constantFrom(...CURRENCIES),
    }),
  })
  .map(({ gap, ...p }) => ({ ...p, budget: { amountMinor: gap.amountMinor * 2, currency: gap.currency }, fundingGap: gap }));

/** Distinct ids, so that the order is fully determined by the data. */
const withIds = <T extends { id: string }>(items: T[], prefix: string): T[] => items.map((x, i) => ({ ...x, id: `${prefix}${(i * 7919) % 1009}` }));

function permutation<T>(items: T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length });
}

const excludes = (d: ScoringDonor, country: string) => d.excludedCountries.some((ex) => ex === country || countryInRegion(country, ex));

describe('scoring — properties', () => {
  it('(the generators give mostly eligible pairs with a spread of scores)', () => {
    const results = fc.sample(fc.tuple(donorArb, projectArb), { numRuns: 1000, seed: 42 }).map(([d, p]) => scoreMatch(d, p, ctx));
    const eligible = results.filter((r) => r.eligible);
    expect(eligible.length).toBeGreaterThan(300);
    expect(new Set(eligible.map((r) => Math.floor(r.score / 10))).size).toBeGreaterThanOrEqual(6);
  });

  it('a score is within 0..100, to one decimal, and the reasons add up to it', () => {
    fc.assert(
      fc.property(donorArb, projectArb, (d, p) => {
        const r = scoreMatch(d, p, ctx);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        expect(Math.round(r.score * 10) / 10).toBe(r.score);
        if (!r.eligible) {
          expect(r).toEqual({ eligible: false, score: 0, reasons: [], excludedBecause: expect.any(String) });
          return;
        }
        expect(r.excludedBecause).toBeNull();
        let tenths = 0;
        for (const reason of r.reasons) {
          expect(reason.points).toBeGreaterThanOrEqual(0);
          expect(reason.points).toBeLessThanOrEqual(CRITERION_POINTS[reason.criterion as keyof typeof CRITERION_POINTS]);
          expect(Math.round(reason.points * 10) / 10).toBe(reason.points);
          tenths += Math.round(reason.points * 10);
        }
        expect(tenths).toBe(Math.round(r.score * 10));
      }),
      RUNS,
    );
  });

  it('is deterministic: the same data (even copied) gives the same result', () => {
    fc.assert(
      fc.property(donorArb, projectArb, (d, p) => {
        expect(scoreMatch(structuredClone(d), structuredClone(p), ctx)).toEqual(scoreMatch(d, p, ctx));
      }),
      RUNS,
    );
  });

  it('permuting the projects does not change the ranking (with or without a limit)', () => {
    const arb = fc
      .tuple(donorArb, fc.array(projectArb, { maxLength: 25 }), fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }))
      .chain(([d, ps, limit]) => {
        const projects = withIds(ps, 'p');
        return fc.tuple(fc.constant(d), fc.constant(projects), permutation(projects), fc.constant(limit));
      });
    fc.assert(
      fc.property(arb, ([d, projects, shuffled, limit]) => {
        const ranked = rankProjects(d, projects, ctx, limit);
        expect(rankProjects(d, shuffled, ctx, limit)).toEqual(ranked);
        // and it is the right list: eligible only, sorted, each as scoreMatch says, the top of the full ranking
        const full = rankProjects(d, projects, ctx);
        expect(ranked).toEqual(full.slice(0, limit ?? full.length));
        const eligible = projects.filter((p) => scoreMatch(d, p, ctx).eligible);
        expect(full.map((r) => r.id).sort()).toEqual(eligible.map((p) => p.id).sort());
        for (let i = 0; i < full.length; i++) {
          expect(full[i]!.result).toEqual(scoreMatch(d, full[i]!.project, ctx));
          if (i > 0) {
            const [a, b] = [full[i - 1]!, full[i]!];
            expect(a.result.score > b.result.score || (a.result.score === b.result.score && a.id < b.id)).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('permuting the donors does not change the ranking', () => {
    const arb = fc
      .tuple(projectArb, fc.array(donorArb, { maxLength: 20 }), fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }))
      .chain(([p, ds, limit]) => {
        const donors = withIds(ds, 'd');
        return fc.tuple(fc.constant(p), fc.constant(donors), permutation(donors), fc.constant(limit));
      });
    fc.assert(
      fc.property(arb, ([p, donors, shuffled, limit]) => {
        const ranked = rankDonors(p, donors, ctx, limit);
        expect(rankDonors(p, shuffled, ctx, limit)).toEqual(ranked);
        const full = rankDonors(p, donors, ctx);
        expect(ranked).toEqual(full.slice(0, limit ?? full.length));
        for (const r of full) expect(r.result).toEqual(scoreMatch(r.donor, p, ctx));
      }),
      { numRuns: 200 },
    );
  });

  /** b is at least as good as a: still eligible when a was, and a score not lower. */
  function notLower(a: MatchResult, b: MatchResult): void {
    if (!a.eligible) return;
    expect(b.eligible).toBe(true);
    expect(b.score).toBeGreaterThanOrEqual(a.score);
  }

  it('adding a theme to a project never lowers its score (unless the donor excludes that theme)', () => {
    fc.assert(
      fc.property(donorArb, projectArb, fc.constantFrom(...THEME_POOL), (d, p, theme) => {
        fc.pre(!d.excludedThemes.includes(theme));
        notLower(scoreMatch(d, p, ctx), scoreMatch(d, { ...p, themes: [...p.themes, theme] }, ctx));
      }),
      RUNS,
    );
  });

  it('adding a country to a project never lowers its score (unless the donor excludes that country)', () => {
    fc.assert(
      fc.property(donorArb, projectArb, fc.constantFrom(...COUNTRY_POOL), (d, p, country) => {
        fc.pre(!excludes(d, country));
        notLower(scoreMatch(d, p, ctx), scoreMatch(d, { ...p, countries: [country, ...p.countries] }, ctx));
      }),
      RUNS,
    );
  });

  it('adding a mineral to a project never lowers its score', () => {
    fc.assert(
      fc.property(donorArb, projectArb, fc.constantFrom(...MINERAL_IDS), (d, p, mineral) => {
        notLower(scoreMatch(d, p, ctx), scoreMatch(d, { ...p, minerals: [mineral, ...p.minerals] }, ctx));
      }),
      RUNS,
    );
  });

  it('a donor opening to co-funding, or widening its ticket range, never lowers a score', () => {
    fc.assert(
      fc.property(donorArb, projectArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 1_000_000_000 }), (d, p, shrink, grow) => {
        const base = scoreMatch(d, p, ctx);
        notLower(base, scoreMatch({ ...d, openToCoFunding: true }, p, ctx));
        const lowerMin = d.ticketMin && { ...d.ticketMin, amountMinor: Math.floor(d.ticketMin.amountMinor * shrink) };
        notLower(base, scoreMatch({ ...d, ticketMin: lowerMin }, p, ctx));
        notLower(base, scoreMatch({ ...d, ticketMin: null }, p, ctx));
        const higherMax = d.ticketMax && { ...d.ticketMax, amountMinor: d.ticketMax.amountMinor + grow };
        notLower(base, scoreMatch({ ...d, ticketMax: higherMax }, p, ctx));
        notLower(base, scoreMatch({ ...d, ticketMax: null }, p, ctx));
      }),
      RUNS,
    );
  });

  it('raising the weight of a donor theme the project has never lowers the theme points', () => {
    fc.assert(
      fc.property(donorArb, projectArb, fc.double({ min: 0, max: 1, noNaN: true }), (d, p, extra) => {
        fc.pre(d.themes.length > 0);
        const i = d.themes.findIndex((t) => p.themes.includes(t.value));
        fc.pre(i >= 0);
        const themes = d.themes.map((t, j) => (j === i || t.value === d.themes[i]!.value ? { ...t, weight: Math.min(1, Math.max(0, t.weight) + extra) } : t));
        const before = scoreMatch(d, p, ctx);
        const after = scoreMatch({ ...d, themes }, p, ctx);
        if (before.eligible) expect(points(after).THEMES).toBeGreaterThanOrEqual(points(before).THEMES);
      }),
      RUNS,
    );
  });
});
