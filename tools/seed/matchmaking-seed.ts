// Demo data of donor matchmaking: the applicants and the projects written for
// them (tools/seed/demo-applicants.ts), 8 donor profiles of different shapes,
// and decisions, referrals, highlights and pledges between them.
import { OrganizationKind, OrganizationRole, SearchOutboxEntry, SizeBand, Visibility } from '@commonground/api-core';
import { InitiativeEntity, OrganizationEntity, OrganizationMembershipEntity, UserEntity, slugify } from '@commonground/api-identity';
import {
  DecisionEntity,
  DecisionKind,
  DonorProfileEntity,
  HighlightEntity,
  PledgeEntity,
  PledgeStatus,
  ProjectEntity,
  ProjectStage,
  ReferralEntity,
  fundingGap,
  makeConverter,
} from '@commonground/api-matchmaking';
import { minorUnits } from '@commonground/shared-reference';
import { EntityManager } from 'typeorm';
import { DEMO_APPLICANTS, DEMO_PROJECTS, demoDataProblems } from './demo-applicants';

/** Additional donors so that matchmaking has eight profiles of different shapes. */
const EXTRA_DONORS = [
  { name: 'Andes Responsible Gold Foundation', country: 'CH', email: 'marta@andes-gold-foundation.example.ch', user: 'Marta Keller' },
  { name: 'African Minerals Development Facility', country: 'ZA', email: 'sipho@amdf.example.org', user: 'Sipho Dlamini' },
  { name: 'Battery Supply Chain Impact Fund', country: 'NL', email: 'joost@bscif.example.nl', user: 'Joost van Dijk' },
  { name: 'Women in Mining Trust', country: 'CA', email: 'amelia@wimtrust.example.ca', user: 'Amelia Tremblay' },
  { name: 'Pacific Rim Mining Communities Fund', country: 'AU', email: 'grace@prmcf.example.au', user: 'Grace Wilson' },
];

export async function seedMatchmaking(manager: EntityManager, passwordHash: string): Promise<void> {
  if (await manager.existsBy(ProjectEntity, {})) return; // already seeded
  const problems = demoDataProblems();
  if (problems.length > 0) throw new Error(`The demo projects are not believable:\n${problems.join('\n')}`);
  const orgBySlug = async (name: string) => manager.findOneByOrFail(OrganizationEntity, { slug: slugify(name) });
  for (const d of EXTRA_DONORS) {
    if (await manager.existsBy(OrganizationEntity, { slug: slugify(d.name) })) continue;
    const org = await manager.save(OrganizationEntity, manager.create(OrganizationEntity, { name: d.name, slug: slugify(d.name), kind: OrganizationKind.DONOR, country: d.country, verified: true }));
    const user = (await manager.findOneBy(UserEntity, { email: d.email })) ?? (await manager.save(UserEntity, manager.create(UserEntity, { email: d.email, name: d.user, passwordHash, locale: 'en' })));
    await manager.insert(OrganizationMembershipEntity, { userId: user.id, organizationId: org.id, role: OrganizationRole.OWNER });
    await manager.insert(SearchOutboxEntry, { kind: 'ORGANIZATION', documentId: org.id });
  }
  const donors = {
    nordic: await orgBySlug('Nordic Fund for Mining Communities'),
    terres: await orgBySlug('Fondation Terres Solidaires'),
    gmct: await orgBySlug('Global Mining Communities Trust'),
    andes: await orgBySlug('Andes Responsible Gold Foundation'),
    amdf: await orgBySlug('African Minerals Development Facility'),
    battery: await orgBySlug('Battery Supply Chain Impact Fund'),
    women: await orgBySlug('Women in Mining Trust'),
    pacific: await orgBySlug('Pacific Rim Mining Communities Fund'),
  };
  const w = (value: string, weight = 1) => ({ value, weight });
  const profiles: Array<Partial<DonorProfileEntity> & { organizationId: string }> = [
    { organizationId: donors.nordic.id, themes: [w('formalization'), w('access-to-finance', 0.7), w('gender', 0.5)], regions: [w('017'), w('014', 0.6)], minerals: [w('tin'), w('gold', 0.6)], ticketMinMinor: 5_000_000, ticketMaxMinor: 50_000_000, ticketCurrency: 'EUR', stages: [ProjectStage.PROPOSAL, ProjectStage.ONGOING], openToCoFunding: true },
    { organizationId: donors.terres.id, themes: [w('child-labour'), w('community-engagement', 0.8), w('gender', 0.6)], regions: [w('002')], minerals: [], ticketMinMinor: 1_000_000, ticketMaxMinor: 15_000_000, ticketCurrency: 'EUR', stages: [], openToCoFunding: true, excludedThemes: ['security-and-human-rights'] },
    { organizationId: donors.gmct.id, themes: [w('environment'), w('mercury', 0.9), w('community-engagement', 0.5)], regions: [w('419'), w('002', 0.5)], minerals: [w('gold')], ticketMinMinor: 2_000_000, ticketMaxMinor: 30_000_000, ticketCurrency: 'GBP', stages: [ProjectStage.ONGOING, ProjectStage.PROPOSAL], openToCoFunding: false },
    { organizationId: donors.andes.id, themes: [w('mercury'), w('formalization', 0.8)], countries: [w('PE'), w('BO'), w('CO', 0.7)], minerals: [w('gold')], ticketMinMinor: 1_000_000, ticketMaxMinor: 8_000_000, ticketCurrency: 'USD', stages: [], openToCoFunding: true },
    { organizationId: donors.amdf.id, themes: [w('governance'), w('formalization', 0.8), w('traceability', 0.8)], regions: [w('202')], minerals: [w('tin'), w('tantalum'), w('tungsten'), w('cobalt', 0.7)], ticketMinMinor: 10_000_000, ticketMaxMinor: 100_000_000, ticketCurrency: 'USD', stages: [ProjectStage.PROPOSAL, ProjectStage.ONGOING], openToCoFunding: true, excludedCountries: ['MG'] },
    { organizationId: donors.battery.id, themes: [w('child-labour'), w('traceability', 0.8), w('grievance-mechanisms', 0.7)], minerals: [w('cobalt'), w('lithium'), w('graphite'), w('nickel', 0.6)], regions: [], ticketMinMinor: 5_000_000, ticketMaxMinor: 40_000_000, ticketCurrency: 'EUR', stages: [], openToCoFunding: true },
    { organizationId: donors.women.id, themes: [w('gender'), w('access-to-finance', 0.6)], regions: [w('001', 0.5)], minerals: [], ticketMinMinor: 500_000, ticketMaxMinor: 5_000_000, ticketCurrency: 'CAD', stages: [ProjectStage.CONCEPT, ProjectStage.PROPOSAL], openToCoFunding: true },
    { organizationId: donors.pacific.id, themes: [w('environment'), w('forced-labour', 0.8)], regions: [w('035'), w('034')], minerals: [w('tin'), w('mica')], ticketMinMinor: 2_000_000, ticketMaxMinor: 20_000_000, ticketCurrency: 'AUD', stages: [], openToCoFunding: false, windowOpensAt: new Date(Date.UTC(new Date().getUTCFullYear(), 0, 1)), windowClosesAt: new Date(Date.UTC(new Date().getUTCFullYear() + 1, 5, 30)) },
  ];
  for (const p of profiles) await manager.save(DonorProfileEntity, manager.create(DonorProfileEntity, { themes: [], minerals: [], countries: [], regions: [], stages: [], excludedCountries: [], excludedThemes: [], openToCoFunding: false, ...p }));

  // the applicants this file adds (the others come from demo-seed.ts), then the projects written for each
  for (const a of DEMO_APPLICANTS) {
    if (!a.user || (await manager.existsBy(OrganizationEntity, { slug: slugify(a.name) }))) continue;
    const org = await manager.save(
      OrganizationEntity,
      manager.create(OrganizationEntity, { name: a.name, slug: slugify(a.name), kind: a.kind as OrganizationKind, country: a.country, sizeBand: a.sizeBand as SizeBand | null }),
    );
    const user = (await manager.findOneBy(UserEntity, { email: a.user.email })) ?? (await manager.save(UserEntity, manager.create(UserEntity, { email: a.user.email, name: a.user.name, passwordHash, locale: 'en' })));
    await manager.insert(OrganizationMembershipEntity, { userId: user.id, organizationId: org.id, role: OrganizationRole.OWNER });
    await manager.insert(SearchOutboxEntry, { kind: 'ORGANIZATION', documentId: org.id });
  }
  const applicantIds = new Map<string, string>();
  for (const a of DEMO_APPLICANTS) applicantIds.set(a.key, (await orgBySlug(a.name)).id);
  const projects = new Map<string, ProjectEntity>();
  for (const p of DEMO_PROJECTS) {
    const to = p.visibleTo;
    const visibilityInitiativeIds = to && 'initiatives' in to ? await Promise.all(to.initiatives.map(async (name) => (await manager.findOneByOrFail(InitiativeEntity, { slug: slugify(name) })).id)) : [];
    const visibilityOrganizationIds = to && 'organizations' in to ? await Promise.all(to.organizations.map(async (name) => (await orgBySlug(name)).id)) : [];
    const project = await manager.save(
      ProjectEntity,
      manager.create(ProjectEntity, {
        title: p.title,
        summary: p.summary,
        description: p.description,
        ownerOrganizationId: applicantIds.get(p.applicant)!,
        countries: p.countries,
        minerals: p.minerals,
        themes: p.themes,
        stage: p.stage as ProjectStage,
        budgetMinor: Math.round(p.budget * 10 ** minorUnits(p.currency)),
        currency: p.currency,
        confirmedMinor: 0,
        durationMonths: p.durationMonths,
        consentToReferral: p.consentToReferral,
        visibility: visibilityInitiativeIds.length ? Visibility.INITIATIVE : visibilityOrganizationIds.length ? Visibility.ORGANIZATIONS : Visibility.PLATFORM,
        visibilityInitiativeIds,
        visibilityOrganizationIds,
      }),
    );
    projects.set(p.key, project);
    await manager.insert(SearchOutboxEntry, { kind: 'PROJECT', documentId: project.id });
  }
  const byKey = (key: string) => {
    const found = projects.get(key);
    if (!found) throw new Error(`No demo project with key ${key}`);
    return found;
  };
  const registration = byKey('ccsk-nyabibwe-registration'); // formalization of tin diggers in South Kivu: the Nordic fund's Middle-Africa tin priorities
  const mercuryFree = byKey('altiplano-mercury-free-plant'); // mercury-free gold processing in the Andes
  const monitoring = byKey('division-checkpoint-monitoring'); // 3T monitoring: not gold, the GMCT refers it for its monitoring design
  const remediation = byKey('kolwezi-child-remediation'); // cobalt child-labour remediation: the battery fund's mandate
  const rehabilitation = byKey('ccsk-kamituga-rehabilitation'); // mined-out land back to farmers

  const decider = async (orgId: string) => (await manager.findOneByOrFail(OrganizationMembershipEntity, { organizationId: orgId })).userId;
  const decide = async (donor: OrganizationEntity, project: ProjectEntity, kind: DecisionKind, reason: string | null, worthy = false) =>
    manager.insert(DecisionEntity, { projectId: project.id, donorOrganizationId: donor.id, kind, reason, worthy, decidedByUserId: await decider(donor.id) });

  // decisions, a worthy decline with referrals, highlights, pledges in several currencies
  await decide(donors.nordic, registration, DecisionKind.INTERESTED, 'Fits our formalization window for tin in Middle Africa');
  await decide(donors.andes, mercuryFree, DecisionKind.PLEDGED, 'Mercury is our first priority');
  await decide(donors.gmct, monitoring, DecisionKind.DECLINED, 'Outside our minerals this year', true);
  for (const to of [donors.amdf, donors.nordic]) {
    await manager.insert(ReferralEntity, { projectId: monitoring.id, fromDonorOrganizationId: donors.gmct.id, toDonorOrganizationId: to.id, note: 'Credible team; the monitoring design is strong.' });
  }
  await decide(donors.battery, remediation, DecisionKind.PLEDGED, 'Cobalt remediation is core to our mandate');
  await decide(donors.terres, rehabilitation, DecisionKind.DECLINED, 'Budget committed for this year', true);
  await manager.insert(ReferralEntity, { projectId: rehabilitation.id, fromDonorOrganizationId: donors.terres.id, toDonorOrganizationId: donors.gmct.id, note: 'Rehabilitation with farming communities: close to your environment focus.' });
  await manager.insert(HighlightEntity, { projectId: mercuryFree.id, donorOrganizationId: donors.andes.id, note: 'Catalytic: the first mercury-free processing centre of the district.' });
  await manager.insert(HighlightEntity, { projectId: remediation.id, donorOrganizationId: donors.battery.id, note: 'Remediation model other buyers can join.' });
  const pledges: Array<[ProjectEntity, OrganizationEntity, number, string, PledgeStatus, string | null]> = [
    [mercuryFree, donors.andes, 6_000_000, 'USD', PledgeStatus.CONFIRMED, 'Disbursed in two tranches'],
    [mercuryFree, donors.gmct, 3_000_000, 'GBP', PledgeStatus.PROPOSED, null],
    [remediation, donors.battery, 20_000_000, 'EUR', PledgeStatus.CONFIRMED, 'Subject to an annual audit'],
    [remediation, donors.terres, 4_000_000, 'EUR', PledgeStatus.CONFIRMED, null],
    [registration, donors.nordic, 10_000_000, 'EUR', PledgeStatus.PROPOSED, 'Conditional on a cooperative registration plan'],
  ];
  for (const [project, donor, amountMinor, currency, status, conditions] of pledges) {
    await manager.insert(PledgeEntity, { projectId: project.id, donorOrganizationId: donor.id, amountMinor, currency, status, conditions });
  }
  // confirmed funding in each budget's currency, as the service keeps it
  const rates: Array<{ currency: string; per_euro: string; rate_date: Date | string }> = await manager.query(
    'SELECT DISTINCT ON (currency) currency, per_euro, rate_date FROM exchange_rates ORDER BY currency, rate_date DESC',
  );
  const convert = makeConverter(rates.map((r) => ({ currency: r.currency, perEuro: r.per_euro, date: new Date(r.rate_date).toISOString().slice(0, 10) })), minorUnits);
  for (const funded of new Set(pledges.filter((p) => p[4] === PledgeStatus.CONFIRMED).map((p) => p[0]))) {
    const confirmed = pledges.filter((p) => p[0] === funded && p[4] === PledgeStatus.CONFIRMED).map((p) => ({ amountMinor: p[2], currency: p[3] }));
    const result = fundingGap({ amountMinor: funded.budgetMinor, currency: funded.currency }, confirmed, convert);
    await manager.update(ProjectEntity, { id: funded.id }, { confirmedMinor: result.confirmed.amountMinor });
  }
}
