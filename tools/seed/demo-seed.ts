// Demonstration data: realistic initiatives, organizations of every kind and
// size, and users with known passwords. Idempotent: records are keyed by
// e-mail and slug, so running it again adds nothing that exists.
import { InitiativeMembershipStatus, OrganizationKind, OrganizationRole, SearchOutboxEntry, SizeBand } from '@commonground/api-core';
import {
  INITIATIVE_KIND,
  InitiativeEntity,
  InitiativeMemberEntity,
  ORGANIZATION_KIND,
  OrganizationEntity,
  OrganizationMembershipEntity,
  UserEntity,
  hashPassword,
  slugify,
} from '@commonground/api-identity';
import { DataSource, EntityManager } from 'typeorm';
import { seedGlossary } from './glossary-seed';
import { seedMembership } from './membership-seed';
import { seedMatchmaking } from './matchmaking-seed';
import { seedClearinghouse } from './clearinghouse-seed';
import { seedSmelters } from './smelters-seed';
import { seedConcerns } from './concerns-seed';

export const DEMO_PASSWORD = 'commonground-demo';

interface DemoOrganization {
  name: string;
  kind: OrganizationKind;
  country: string;
  sizeBand?: SizeBand;
  website?: string;
  verified?: boolean;
  users: Array<{ name: string; email: string; role: OrganizationRole }>;
}

const O = OrganizationKind;
const R = OrganizationRole;
const S = SizeBand;

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  // secretariats
  { name: 'Great Lakes Responsible Minerals Alliance Secretariat', kind: O.SECRETARIAT, country: 'RW', sizeBand: S.SMALL, website: 'https://glrma.example.org', verified: true,
    users: [{ name: 'Claudine Uwase', email: 'claudine@glrma.example.org', role: R.OWNER }, { name: 'Joseph Habimana', email: 'joseph@glrma.example.org', role: R.ADMIN }] },
  { name: 'European Partnership for Responsible Sourcing Secretariat', kind: O.SECRETARIAT, country: 'NL', sizeBand: S.SMALL, website: 'https://eprs.example.eu', verified: true,
    users: [{ name: 'Sanne de Vries', email: 'sanne@eprs.example.eu', role: R.OWNER }] },
  { name: 'Cobalt Stewardship Alliance Secretariat', kind: O.SECRETARIAT, country: 'CH', sizeBand: S.MICRO, website: 'https://cobalt-stewardship.example.org', verified: true,
    users: [{ name: 'Lukas Meier', email: 'lukas@cobalt-stewardship.example.org', role: R.OWNER }] },
  { name: 'Andean Artisanal Gold Initiative Secretariat', kind: O.SECRETARIAT, country: 'PE', sizeBand: S.MICRO, website: 'https://oro-andino.example.pe',
    users: [{ name: 'Rosa Quispe', email: 'rosa@oro-andino.example.pe', role: R.OWNER }] },
  // companies of every size band
  { name: 'Volta Electronics GmbH', kind: O.COMPANY, country: 'DE', sizeBand: S.LARGE, website: 'https://volta-electronics.example.de', verified: true,
    users: [{ name: 'Anna Schneider', email: 'anna@volta-electronics.example.de', role: R.OWNER }, { name: 'Tobias Wagner', email: 'tobias@volta-electronics.example.de', role: R.MEMBER }] },
  { name: 'Nordlicht Batteries AB', kind: O.COMPANY, country: 'SE', sizeBand: S.MEDIUM, website: 'https://nordlicht-batteries.example.se',
    users: [{ name: 'Erik Lindqvist', email: 'erik@nordlicht-batteries.example.se', role: R.OWNER }] },
  { name: 'Pacific Components Sdn Bhd', kind: O.COMPANY, country: 'MY', sizeBand: S.MEDIUM, website: 'https://pacific-components.example.my',
    users: [{ name: 'Nurul Aziz', email: 'nurul@pacific-components.example.my', role: R.OWNER }] },
  { name: 'Kivu Tin Trading SARL', kind: O.COMPANY, country: 'CD', sizeBand: S.SMALL,
    users: [{ name: 'Amani Bahati', email: 'amani@kivutin.example.cd', role: R.OWNER }] },
  { name: 'Atelier Orfèvre Martin', kind: O.COMPANY, country: 'FR', sizeBand: S.MICRO, website: 'https://atelier-martin.example.fr',
    users: [{ name: 'Léa Martin', email: 'lea@atelier-martin.example.fr', role: R.OWNER }] },
  // smelter / refiner
  { name: 'Refinería Andina del Sur S.A.', kind: O.SMELTER_REFINER, country: 'PE', sizeBand: S.LARGE, verified: true,
    users: [{ name: 'Diego Fernández', email: 'diego@refineria-andina.example.pe', role: R.OWNER }] },
  // donors
  { name: 'Nordic Fund for Mining Communities', kind: O.DONOR, country: 'NO', sizeBand: S.MEDIUM, website: 'https://nfmc.example.no', verified: true,
    users: [{ name: 'Ingrid Halvorsen', email: 'ingrid@nfmc.example.no', role: R.OWNER }] },
  { name: 'Fondation Terres Solidaires', kind: O.DONOR, country: 'FR', sizeBand: S.SMALL, website: 'https://terres-solidaires.example.fr',
    users: [{ name: 'Camille Dubois', email: 'camille@terres-solidaires.example.fr', role: R.OWNER }] },
  { name: 'Global Mining Communities Trust', kind: O.DONOR, country: 'GB', sizeBand: S.MEDIUM,
    users: [{ name: 'Olivia Bennett', email: 'olivia@gmct.example.org.uk', role: R.OWNER }] },
  // civil society, government, research
  { name: 'Coopérative des Creuseurs du Sud-Kivu', kind: O.CIVIL_SOCIETY, country: 'CD', sizeBand: S.SMALL,
    users: [{ name: 'Espérance Mugisho', email: 'esperance@ccsk.example.cd', role: R.OWNER }] },
  { name: 'Red de Mujeres Mineras del Perú', kind: O.CIVIL_SOCIETY, country: 'PE', sizeBand: S.MICRO,
    users: [{ name: 'Lucía Huamán', email: 'lucia@mujeresmineras.example.pe', role: R.OWNER }] },
  { name: 'Provincial Mining Division of South Kivu', kind: O.GOVERNMENT, country: 'CD',
    users: [{ name: 'Patrick Mulume', email: 'patrick@mines-sudkivu.example.cd', role: R.OWNER }] },
  { name: 'Institute for Sustainable Minerals Research', kind: O.RESEARCH, country: 'ZA', sizeBand: S.SMALL, website: 'https://ismr.example.ac.za',
    users: [{ name: 'Thandiwe Nkosi', email: 'thandiwe@ismr.example.ac.za', role: R.OWNER }] },
];

/** A second organization for Léa, to show switching between organizations. */
const EXTRA_MEMBERSHIPS = [{ email: 'lea@atelier-martin.example.fr', organization: 'European Partnership for Responsible Sourcing Secretariat', role: R.MEMBER }];

const A = InitiativeMembershipStatus;
export const DEMO_INITIATIVES = [
  {
    name: 'Great Lakes Responsible Minerals Alliance',
    secretariat: 'Great Lakes Responsible Minerals Alliance Secretariat',
    description:
      'A public-private alliance of governments, companies and civil society improving due diligence and livelihoods in the 3TG supply chains of the African Great Lakes region.',
    members: [
      ['Volta Electronics GmbH', A.ACTIVE],
      ['Kivu Tin Trading SARL', A.ACTIVE],
      ['Coopérative des Creuseurs du Sud-Kivu', A.ACTIVE],
      ['Provincial Mining Division of South Kivu', A.ACTIVE],
      ['Nordic Fund for Mining Communities', A.ACTIVE],
      ['Pacific Components Sdn Bhd', A.APPLIED],
    ],
  },
  {
    name: 'European Partnership for Responsible Sourcing',
    secretariat: 'European Partnership for Responsible Sourcing Secretariat',
    description:
      'A multi-stakeholder partnership supporting responsible mineral production in conflict-affected and high-risk areas, aligned with the OECD Due Diligence Guidance and the EU Conflict Minerals Regulation.',
    members: [
      ['Volta Electronics GmbH', A.ACTIVE],
      ['Atelier Orfèvre Martin', A.ACTIVE],
      ['Fondation Terres Solidaires', A.ACTIVE],
      ['Institute for Sustainable Minerals Research', A.ACTIVE],
      ['Nordlicht Batteries AB', A.APPLIED],
      ['Kivu Tin Trading SARL', A.SUSPENDED],
    ],
  },
  {
    name: 'Cobalt Stewardship Alliance',
    secretariat: 'Cobalt Stewardship Alliance Secretariat',
    description:
      'An industry-led alliance for responsible cobalt from artisanal and industrial mines, sharing smelter audits and pooling the costs of on-the-ground programmes.',
    members: [
      ['Nordlicht Batteries AB', A.ACTIVE],
      ['Pacific Components Sdn Bhd', A.ACTIVE],
      ['Global Mining Communities Trust', A.ACTIVE],
      ['Volta Electronics GmbH', A.APPLIED],
    ],
  },
  {
    name: 'Andean Artisanal Gold Initiative',
    secretariat: 'Andean Artisanal Gold Initiative Secretariat',
    description: 'Formalization, mercury reduction and market access for artisanal and small-scale gold miners in Peru and Bolivia.',
    members: [
      ['Refinería Andina del Sur S.A.', A.ACTIVE],
      ['Red de Mujeres Mineras del Perú', A.ACTIVE],
      ['Atelier Orfèvre Martin', A.ACTIVE],
      ['Global Mining Communities Trust', A.APPLIED],
    ],
  },
] as const;

export const PLATFORM_ADMIN = { name: 'Platform Administrator', email: 'admin@commonground.example' };

export interface SeedResult {
  created: boolean;
  signIns: Array<{ email: string; what: string }>;
}

async function ensureUser(manager: EntityManager, name: string, email: string, passwordHash: string, admin = false): Promise<UserEntity> {
  const existing = await manager.findOneBy(UserEntity, { email });
  if (existing) return existing;
  return manager.save(UserEntity, manager.create(UserEntity, { name, email, passwordHash, locale: 'en', isPlatformAdmin: admin }));
}

export async function seedDemoData(dataSource: DataSource): Promise<SeedResult> {
  const signIns: SeedResult['signIns'] = [
    { email: PLATFORM_ADMIN.email, what: 'platform administrator' },
    { email: 'claudine@glrma.example.org', what: 'secretariat owner (Great Lakes alliance)' },
    { email: 'anna@volta-electronics.example.de', what: 'company owner (large manufacturer)' },
    { email: 'lea@atelier-martin.example.fr', what: 'micro company owner, also in a secretariat (switch organizations)' },
    { email: 'ingrid@nfmc.example.no', what: 'donor (matches, referrals, pledges)' },
    { email: 'lucia@mujeresmineras.example.pe', what: 'applicant (projects seeking funding)' },
    { email: 'marta@andes-gold-foundation.example.ch', what: 'donor (mercury and gold in the Andes)' },
    { email: 'esperance@ccsk.example.cd', what: 'civil society (miners cooperative)' },
  ];
  const empty = (await dataSource.getRepository(UserEntity).count()) === 0;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let created = false;
  await dataSource.transaction(async (manager) => {
    const before = await manager.count(OrganizationEntity);
    const admin = await ensureUser(manager, PLATFORM_ADMIN.name, PLATFORM_ADMIN.email, passwordHash, true);
    const orgIds = new Map<string, string>();
    for (const demo of DEMO_ORGANIZATIONS) {
      const slug = slugify(demo.name);
      let org = await manager.findOneBy(OrganizationEntity, { slug });
      if (!org) {
        org = await manager.save(
          OrganizationEntity,
          manager.create(OrganizationEntity, {
            name: demo.name,
            slug,
            kind: demo.kind,
            country: demo.country,
            sizeBand: demo.sizeBand ?? null,
            website: demo.website ?? null,
            verified: demo.verified ?? false,
          }),
        );
      }
      orgIds.set(demo.name, org.id);
      for (const u of demo.users) {
        const user = await ensureUser(manager, u.name, u.email, passwordHash);
        await manager.upsert(OrganizationMembershipEntity, { userId: user.id, organizationId: org.id, role: u.role }, {
          conflictPaths: ['userId', 'organizationId'],
          skipUpdateIfNoValuesChanged: true,
        });
      }
    }
    for (const extra of EXTRA_MEMBERSHIPS) {
      const user = await manager.findOneByOrFail(UserEntity, { email: extra.email });
      await manager
        .createQueryBuilder()
        .insert()
        .into(OrganizationMembershipEntity)
        .values({ userId: user.id, organizationId: orgIds.get(extra.organization)!, role: extra.role })
        .orIgnore()
        .execute();
    }
    const initiativeIds: string[] = [];
    for (const demo of DEMO_INITIATIVES) {
      const slug = slugify(demo.name);
      let initiative = await manager.findOneBy(InitiativeEntity, { slug });
      if (!initiative) {
        initiative = await manager.save(
          InitiativeEntity,
          manager.create(InitiativeEntity, { name: demo.name, slug, description: demo.description, secretariatOrganizationId: orgIds.get(demo.secretariat)! }),
        );
      }
      initiativeIds.push(initiative.id);
      for (const [orgName, status] of demo.members) {
        const joinedAt = status === A.ACTIVE ? new Date(Date.UTC(2025, 2, 1)) : null;
        await manager
          .createQueryBuilder()
          .insert()
          .into(InitiativeMemberEntity)
          .values({ initiativeId: initiative.id, organizationId: orgIds.get(orgName)!, status, joinedAt, decidedAt: joinedAt })
          .orIgnore()
          .execute();
      }
    }
    await seedMembership(manager, admin.id);
    await seedGlossary(manager, admin.id);
    await seedMatchmaking(manager, passwordHash);
    await seedClearinghouse(manager);
    created = (await manager.count(OrganizationEntity)) > before;
    if (created) {
      // make the directory findable: the search sync drains these rows
      await manager.insert(SearchOutboxEntry, [
        ...[...orgIds.values()].map((documentId) => ({ kind: ORGANIZATION_KIND, documentId })),
        ...initiativeIds.map((documentId) => ({ kind: INITIATIVE_KIND, documentId })),
      ]);
    }
  });
  await seedSmelters(dataSource); // through the services, in an application context of its own (after the commit above)
  await seedConcerns(dataSource); // through the services too, after the smelters' declarations it routes by
  return { created: created || empty, signIns };
}
