import { isCountry, isMineral, isTheme } from '@commonground/shared-reference';
import { DEMO_APPLICANTS, DEMO_PROJECTS, demoDataProblems, type DemoApplicant, type DemoProject } from '../demo-applicants';
import { DEMO_ORGANIZATIONS } from '../demo-seed';

const applicantOf = (p: DemoProject) => DEMO_APPLICANTS.find((a) => a.key === p.applicant)!;

describe('demo applicants and their projects', () => {
  it('has between 30 and 40 projects and no problem', () => {
    expect(DEMO_PROJECTS.length).toBeGreaterThanOrEqual(30);
    expect(DEMO_PROJECTS.length).toBeLessThanOrEqual(40);
    expect(demoDataProblems()).toEqual([]);
  });

  it('has no duplicate title (case and spaces aside) and no duplicate key', () => {
    const titles = DEMO_PROJECTS.map((p) => p.title.trim().toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
    expect(new Set(DEMO_PROJECTS.map((p) => p.key)).size).toBe(DEMO_PROJECTS.length);
  });

  it('never repeats the summary in the description', () => {
    for (const p of DEMO_PROJECTS) {
      const summary = p.summary.trim().toLowerCase();
      const description = p.description.trim().toLowerCase();
      expect({ key: p.key, equal: description === summary, startsWith: description.startsWith(summary), contains: description.includes(summary) }).toEqual({
        key: p.key,
        equal: false,
        startsWith: false,
        contains: false,
      });
      expect(p.summary).not.toBe(p.title);
    }
  });

  it('keeps every project inside its applicant’s countries, minerals and themes', () => {
    for (const p of DEMO_PROJECTS) {
      const a = applicantOf(p);
      expect(a).toBeDefined();
      const working = a.areas.map((area) => area.country);
      for (const c of p.countries) expect({ key: p.key, country: c, worksThere: working.includes(c) }).toEqual({ key: p.key, country: c, worksThere: true });
      for (const m of p.minerals) expect({ key: p.key, mineral: m, worksOn: a.minerals.includes(m) }).toEqual({ key: p.key, mineral: m, worksOn: true });
      for (const t of p.themes) expect({ key: p.key, theme: t, worksOn: a.themes.includes(t) }).toEqual({ key: p.key, theme: t, worksOn: true });
    }
  });

  it('uses only known reference ids for themes, minerals and countries', () => {
    for (const p of DEMO_PROJECTS) {
      expect(p.countries.filter((c) => !isCountry(c))).toEqual([]);
      expect(p.minerals.filter((m) => !isMineral(m))).toEqual([]);
      expect(p.themes.filter((t) => !isTheme(t))).toEqual([]);
    }
    for (const a of DEMO_APPLICANTS) {
      expect([a.country, ...a.areas.map((area) => area.country)].filter((c) => !isCountry(c))).toEqual([]);
      expect(a.minerals.filter((m) => !isMineral(m))).toEqual([]);
      expect(a.themes.filter((t) => !isTheme(t))).toEqual([]);
    }
  });

  it('gives every applicant at least one project', () => {
    for (const a of DEMO_APPLICANTS) {
      const own = DEMO_PROJECTS.filter((p) => p.applicant === a.key);
      expect({ key: a.key, projects: own.length > 0 }).toEqual({ key: a.key, projects: true });
    }
  });

  it('describes the applicants of demo-seed.ts as demo-seed.ts creates them, and creates the others with their own user', () => {
    for (const a of DEMO_APPLICANTS) {
      const seeded = DEMO_ORGANIZATIONS.find((o) => o.name === a.name);
      if (a.user) {
        expect(seeded).toBeUndefined();
      } else {
        expect(seeded).toBeDefined();
        expect({ kind: seeded!.kind as string, country: seeded!.country, sizeBand: seeded!.sizeBand ?? null }).toEqual({ kind: a.kind, country: a.country, sizeBand: a.sizeBand });
      }
    }
    const emails = DEMO_APPLICANTS.flatMap((a) => (a.user ? [a.user.email] : []));
    expect(new Set(emails).size).toBe(emails.length);
    const seededEmails = DEMO_ORGANIZATIONS.flatMap((o) => o.users.map((u) => u.email));
    expect(emails.filter((e) => seededEmails.includes(e))).toEqual([]);
  });

  it('reports each kind of problem in data that has them', () => {
    const applicant: DemoApplicant = { key: 'a', name: 'A', kind: 'CIVIL_SOCIETY', country: 'PE', sizeBand: 'MICRO', areas: [{ country: 'PE', places: ['Puno'] }], minerals: ['gold'], themes: ['gender'] };
    const base: DemoProject = {
      key: 'p1',
      applicant: 'a',
      title: 'Savings groups in Puno',
      summary: 'Savings groups for women miners.',
      description: 'Twelve groups meet every week.',
      countries: ['PE'],
      minerals: ['gold'],
      themes: ['gender'],
      stage: 'CONCEPT',
      budget: 1000,
      currency: 'USD',
      durationMonths: 12,
      consentToReferral: true,
    };
    expect(demoDataProblems([applicant], [base])).toEqual([]);
    const problems = demoDataProblems(
      [applicant, { ...applicant, themes: ['not-a-theme'] }],
      [
        base,
        { ...base, key: 'p2', title: 'SAVINGS GROUPS IN PUNO ', summary: 'Weekly savings.', description: 'Weekly savings. Twelve groups meet in Juliaca.' },
        { ...base, key: 'p3', title: 'Third', summary: 'Third summary.', description: 'Third text.', countries: ['GH'], minerals: ['cobalt'], themes: ['mercury'] },
        { ...base, key: 'p4', title: 'Fourth', summary: 'Fourth summary.', description: 'Fourth text.', countries: ['XX'], minerals: ['unobtainium'], themes: ['nope'] },
        { ...base, key: 'p5', applicant: 'nobody', title: 'Fifth', summary: 'Fifth summary.' },
      ],
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'applicant key a is used twice',
        'title "savings groups in puno" is used twice',
        'applicant a: unknown theme not-a-theme',
        'project p2: the description repeats the summary',
        'project p3: A does not work in GH',
        'project p3: A does not work on cobalt',
        'project p3: A does not work on mercury',
        'project p4: unknown country XX',
        'project p4: unknown mineral unobtainium',
        'project p4: unknown theme nope',
        'project p5: unknown applicant nobody',
      ]),
    );
  });
});
