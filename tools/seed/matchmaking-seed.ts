// Demo data of donor matchmaking: 40 projects seeking funding in real mining
// countries, 8 donor profiles of different shapes, and decisions, referrals,
// highlights and pledges between them.
import { OrganizationKind, OrganizationRole, SearchOutboxEntry, Visibility } from '@commonground/api-core';
import { OrganizationEntity, OrganizationMembershipEntity, UserEntity, slugify } from '@commonground/api-identity';
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

const APPLICANTS = ['Coopérative des Creuseurs du Sud-Kivu', 'Red de Mujeres Mineras del Perú', 'Institute for Sustainable Minerals Research', 'Provincial Mining Division of South Kivu'];

/** Additional donors so that matchmaking has eight profiles of different shapes. */
const EXTRA_DONORS = [
  { name: 'Andes Responsible Gold Foundation', country: 'CH', email: 'marta@andes-gold-foundation.example.ch', user: 'Marta Keller' },
  { name: 'African Minerals Development Facility', country: 'ZA', email: 'sipho@amdf.example.org', user: 'Sipho Dlamini' },
  { name: 'Battery Supply Chain Impact Fund', country: 'NL', email: 'joost@bscif.example.nl', user: 'Joost van Dijk' },
  { name: 'Women in Mining Trust', country: 'CA', email: 'amelia@wimtrust.example.ca', user: 'Amelia Tremblay' },
  { name: 'Pacific Rim Mining Communities Fund', country: 'AU', email: 'grace@prmcf.example.au', user: 'Grace Wilson' },
];

const TOPICS: Array<{ title: string; summary: string; themes: string[]; minerals: string[] }> = [
  { title: 'Formalization support for artisanal gold cooperatives', summary: 'Legal assistance, registration and bookkeeping for cooperatives of artisanal gold miners on their way to formal titles.', themes: ['formalization', 'governance'], minerals: ['gold'] },
  { title: 'Mercury-free gold processing pilot', summary: 'Gravity concentration and direct smelting equipment with training, replacing mercury amalgamation at processing centres.', themes: ['mercury', 'environment'], minerals: ['gold'] },
  { title: 'Traceability pilot for 3T minerals', summary: 'Digital bag-tagging and mine-site registers linked to the exporters, with independent monitoring of the chain of custody.', themes: ['traceability'], minerals: ['tin', 'tantalum', 'tungsten'] },
  { title: 'Child-labour remediation in mining communities', summary: 'Case management, schooling and family income support for children found working at mine sites, run with local schools.', themes: ['child-labour', 'community-engagement'], minerals: ['cobalt'] },
  { title: 'Women in mining leadership programme', summary: 'Leadership training, safe workspaces and access to processing jobs for women in artisanal mining.', themes: ['gender', 'formalization'], minerals: ['gold', 'tin'] },
  { title: 'Access to finance for mining cooperatives', summary: 'A revolving fund and financial literacy training so that cooperatives can buy safety equipment and pre-finance production.', themes: ['access-to-finance', 'formalization'], minerals: ['tin', 'gold'] },
  { title: 'Community grievance mechanism at cobalt sites', summary: 'A multilingual grievance channel with local monitors and a joint response committee of buyers and authorities.', themes: ['grievance-mechanisms', 'community-engagement'], minerals: ['cobalt', 'copper'] },
  { title: 'Security and human rights training for mine police', summary: 'Training of public security forces and private guards on the Voluntary Principles, with incident monitoring.', themes: ['security-and-human-rights'], minerals: ['tin', 'tantalum', 'gold'] },
  { title: 'Rehabilitation of abandoned artisanal pits', summary: 'Backfilling, reforestation and safe water points on mined-out land returned to farming communities.', themes: ['environment', 'community-engagement'], minerals: ['tin', 'gold'] },
  { title: 'Forced-labour risk assessment in mica collection', summary: 'Household surveys and buyer engagement to identify and address forced and child labour in mica collection.', themes: ['forced-labour', 'child-labour'], minerals: ['mica'] },
];

const PLACES: Array<{ countries: string[]; where: string }> = [
  { countries: ['CD'], where: 'South Kivu' },
  { countries: ['CD'], where: 'Lualaba' },
  { countries: ['PE'], where: 'Puno and Madre de Dios' },
  { countries: ['BO'], where: 'the Bolivian Altiplano' },
  { countries: ['RW'], where: 'Rwanda’s Western Province' },
  { countries: ['GH'], where: 'Ghana’s Western Region' },
  { countries: ['CO'], where: 'Antioquia' },
  { countries: ['MG'], where: 'southern Madagascar' },
  { countries: ['ID'], where: 'Bangka-Belitung' },
  { countries: ['IN'], where: 'Jharkhand' },
];

const STAGES = [ProjectStage.CONCEPT, ProjectStage.PROPOSAL, ProjectStage.ONGOING];
const CURRENCIES = ['EUR', 'USD', 'EUR', 'GBP'];

export async function seedMatchmaking(manager: EntityManager, passwordHash: string): Promise<void> {
  if (await manager.existsBy(ProjectEntity, {})) return; // already seeded
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

  const applicants = await Promise.all(APPLICANTS.map(orgBySlug));
  const projects: ProjectEntity[] = [];
  for (let i = 0; i < 40; i++) {
    const topic = TOPICS[i % TOPICS.length];
    const place = PLACES[(i * 3) % PLACES.length];
    const currency = CURRENCIES[i % CURRENCIES.length];
    const budget = (15 + ((i * 37) % 85)) * 1_000_000; // 150,000 to 990,000 in major units
    const project = await manager.save(
      ProjectEntity,
      manager.create(ProjectEntity, {
        title: `${topic.title} in ${place.where}`,
        summary: topic.summary,
        description: `${topic.summary} The project works with local organizations in ${place.where} and reports quarterly on its indicators.`,
        ownerOrganizationId: applicants[i % applicants.length].id,
        countries: place.countries,
        minerals: topic.minerals,
        themes: topic.themes,
        stage: STAGES[i % STAGES.length],
        budgetMinor: budget,
        currency,
        confirmedMinor: 0,
        durationMonths: 12 + (i % 4) * 6,
        consentToReferral: i % 5 !== 0,
        visibility: i % 9 === 8 ? Visibility.INITIATIVE : Visibility.PLATFORM,
        visibilityInitiativeIds: [],
        visibilityOrganizationIds: [],
      }),
    );
    projects.push(project);
    await manager.insert(SearchOutboxEntry, { kind: 'PROJECT', documentId: project.id });
  }
  // an initiative-only project needs its initiatives: make those public instead when none is set
  await manager.query(`UPDATE projects SET visibility = 'PLATFORM' WHERE visibility = 'INITIATIVE' AND cardinality(visibility_initiative_ids) = 0`);

  const decider = async (orgId: string) => (await manager.findOneByOrFail(OrganizationMembershipEntity, { organizationId: orgId })).userId;
  const decide = async (donor: OrganizationEntity, project: ProjectEntity, kind: DecisionKind, reason: string | null, worthy = false) =>
    manager.insert(DecisionEntity, { projectId: project.id, donorOrganizationId: donor.id, kind, reason, worthy, decidedByUserId: await decider(donor.id) });

  // decisions, a worthy decline with referrals, highlights, pledges in several currencies
  await decide(donors.nordic, projects[0], DecisionKind.INTERESTED, 'Fits our formalization window');
  await decide(donors.andes, projects[1], DecisionKind.PLEDGED, 'Mercury is our first priority');
  await decide(donors.gmct, projects[2], DecisionKind.DECLINED, 'Outside our minerals this year', true);
  for (const to of [donors.amdf, donors.nordic]) {
    await manager.insert(ReferralEntity, { projectId: projects[2].id, fromDonorOrganizationId: donors.gmct.id, toDonorOrganizationId: to.id, note: 'Credible team; the monitoring design is strong.' });
  }
  await decide(donors.battery, projects[3], DecisionKind.PLEDGED, 'Cobalt remediation is core to our mandate');
  await decide(donors.terres, projects[8], DecisionKind.DECLINED, 'Budget committed for this year', true);
  await manager.insert(ReferralEntity, { projectId: projects[8].id, fromDonorOrganizationId: donors.terres.id, toDonorOrganizationId: donors.gmct.id, note: 'Rehabilitation with farming communities: close to your environment focus.' });
  await manager.insert(HighlightEntity, { projectId: projects[1].id, donorOrganizationId: donors.andes.id, note: 'Catalytic: the first mercury-free processing centre of the district.' });
  await manager.insert(HighlightEntity, { projectId: projects[3].id, donorOrganizationId: donors.battery.id, note: 'Remediation model other buyers can join.' });
  const pledges: Array<[ProjectEntity, OrganizationEntity, number, string, PledgeStatus, string | null]> = [
    [projects[1], donors.andes, 6_000_000, 'USD', PledgeStatus.CONFIRMED, 'Disbursed in two tranches'],
    [projects[1], donors.gmct, 3_000_000, 'GBP', PledgeStatus.PROPOSED, null],
    [projects[3], donors.battery, 20_000_000, 'EUR', PledgeStatus.CONFIRMED, 'Subject to an annual audit'],
    [projects[3], donors.terres, 4_000_000, 'EUR', PledgeStatus.CONFIRMED, null],
    [projects[0], donors.nordic, 10_000_000, 'EUR', PledgeStatus.PROPOSED, 'Conditional on a cooperative registration plan'],
  ];
  for (const [project, donor, amountMinor, currency, status, conditions] of pledges) {
    await manager.insert(PledgeEntity, { projectId: project.id, donorOrganizationId: donor.id, amountMinor, currency, status, conditions });
  }
  // confirmed funding in each budget's currency, as the service keeps it
  const rates: Array<{ currency: string; per_euro: string; rate_date: Date | string }> = await manager.query(
    'SELECT DISTINCT ON (currency) currency, per_euro, rate_date FROM exchange_rates ORDER BY currency, rate_date DESC',
  );
  const convert = makeConverter(rates.map((r) => ({ currency: r.currency, perEuro: r.per_euro, date: new Date(r.rate_date).toISOString().slice(0, 10) })), minorUnits);
  for (const project of new Set(pledges.filter((p) => p[4] === PledgeStatus.CONFIRMED).map((p) => p[0]))) {
    const confirmed = pledges.filter((p) => p[0] === project && p[4] === PledgeStatus.CONFIRMED).map((p) => ({ amountMinor: p[2], currency: p[3] }));
    const result = fundingGap({ amountMinor: project.budgetMinor, currency: project.currency }, confirmed, convert);
    await manager.update(ProjectEntity, { id: project.id }, { confirmedMinor: result.confirmed.amountMinor });
  }
}
