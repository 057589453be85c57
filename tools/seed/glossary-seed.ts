// Demo glossary: the contested words of responsible sourcing, each with two or
// three definitions from different organizations (paraphrased, with their
// sources), one common definition in consultation, some adopted, and a set of
// shared principles on progressive sourcing from artisanal mining.
import { InitiativeEntity, OrganizationEntity, OrganizationMembershipEntity, slugify } from '@commonground/api-identity';
import {
  AlignmentStatus,
  DefinitionEntity,
  DefinitionKind,
  DefinitionRevisionEntity,
  DefinitionTextEntity,
  InitiativeTermEntity,
  PrincipleEntity,
  PrincipleSetEntity,
  PrincipleSetRevisionEntity,
  Stance,
  StanceEntity,
  TermEntity,
  TermLabelEntity,
  TermRelationEntity,
} from '@commonground/api-glossary';
import { SearchOutboxEntry, Visibility } from '@commonground/api-core';
import { EntityManager } from 'typeorm';

type L = { en: string; fr: string; es: string };
interface DemoDefinition {
  by: string;
  kind: DefinitionKind;
  citation?: { title: string; url?: string; year?: number };
  text: Partial<L> & { en: string };
  status?: AlignmentStatus;
  revisions?: Array<{ text: string; note: string }>;
}
interface DemoTerm {
  slug: string;
  labels: L;
  alt?: string[];
  category: string;
  minerals?: string[];
  themes?: string[];
  broader?: string[];
  related?: string[];
  definitions: DemoDefinition[];
}

const GL = 'Great Lakes Responsible Minerals Alliance';
const GLS = 'Great Lakes Responsible Minerals Alliance Secretariat';
const EPS = 'European Partnership for Responsible Sourcing Secretariat';
const OECD = { title: 'OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from Conflict-Affected and High-Risk Areas, 3rd edition', url: 'https://www.oecd.org/', year: 2016 };

const TERMS: DemoTerm[] = [
  {
    slug: 'artisanal-and-small-scale-mining',
    labels: { en: 'Artisanal and small-scale mining', fr: 'Exploitation minière artisanale et à petite échelle', es: 'Minería artesanal y en pequeña escala' },
    alt: ['ASM'],
    category: 'mining',
    themes: ['formalization'],
    definitions: [
      { by: EPS, kind: DefinitionKind.SOURCE, citation: OECD, text: { en: 'Mining done by individuals, groups, families or cooperatives with little or no mechanisation, often informal, both in the formal and the informal sector.', fr: "Exploitation menée par des individus, des groupes, des familles ou des coopératives avec peu ou pas de mécanisation, souvent informelle." } },
      { by: 'Coopérative des Creuseurs du Sud-Kivu', kind: DefinitionKind.SOURCE, citation: { title: 'Statuts de la coopérative', year: 2019 }, text: { en: 'The work of diggers who extract ore by hand or with simple tools, on sites they hold through a cooperative or a customary arrangement.', fr: "Le travail des creuseurs qui extraient le minerai à la main ou avec des outils simples, sur des sites détenus par une coopérative ou un arrangement coutumier." } },
    ],
  },
  {
    slug: 'formalization',
    labels: { en: 'Formalization', fr: 'Formalisation', es: 'Formalización' },
    alt: ['formalisation'],
    category: 'mining',
    themes: ['formalization', 'governance'],
    related: ['artisanal-and-small-scale-mining', 'legitimacy'],
    definitions: [
      { by: EPS, kind: DefinitionKind.SOURCE, citation: { title: 'EPRM position paper on formalization', year: 2021 }, text: { en: 'The process by which artisanal miners obtain the legal titles, registrations and permits that the law of their country requires.' } },
      { by: 'Red de Mujeres Mineras del Perú', kind: DefinitionKind.SOURCE, citation: { title: 'Agenda de las mujeres mineras', year: 2022 }, text: { en: 'A gradual path in which miners gain legal recognition, safer work and fair access to markets, without losing their livelihood along the way.', es: 'Un camino gradual en el que los mineros obtienen reconocimiento legal, trabajo más seguro y acceso justo a los mercados, sin perder su sustento en el camino.' } },
      {
        by: GLS,
        kind: DefinitionKind.PROPOSED,
        status: AlignmentStatus.CONSULTATION,
        text: { en: 'A progressive process through which artisanal and small-scale miners come under the legal framework of their country.' },
        revisions: [{ text: 'A progressive process through which artisanal and small-scale miners come under the legal and institutional framework of their country, with support that keeps their livelihoods intact.', note: 'Updated after the April alignment meeting: adds institutional support and livelihoods.' }],
      },
    ],
  },
  {
    slug: 'legitimacy',
    labels: { en: 'Legitimacy', fr: 'Légitimité', es: 'Legitimidad' },
    category: 'governance',
    themes: ['governance'],
    definitions: [
      { by: EPS, kind: DefinitionKind.SOURCE, citation: OECD, text: { en: 'Artisanal mining is legitimate when it is carried out in conformity with applicable laws, or, where the legal framework is not enforced, when miners act in good faith to work within it.' } },
      { by: 'Institute for Sustainable Minerals Research', kind: DefinitionKind.SOURCE, citation: { title: 'Working paper on legitimacy in ASM supply chains', year: 2023 }, text: { en: 'The acceptance of a mining activity by the local community, the State and buyers, which may exist before every legal requirement is met.' } },
    ],
  },
  {
    slug: 'progressivity',
    labels: { en: 'Progressivity', fr: 'Progressivité', es: 'Progresividad' },
    category: 'due-diligence',
    themes: ['formalization'],
    related: ['formalization'],
    definitions: [
      { by: GLS, kind: DefinitionKind.PROPOSED, status: AlignmentStatus.ADOPTED, text: { en: 'Buyers stay engaged with suppliers that make measurable improvements over time, rather than disengaging at the first risk found.', fr: "Les acheteurs restent engagés avec les fournisseurs qui améliorent leurs pratiques de façon mesurable dans le temps, plutôt que de se désengager au premier risque constaté." } },
      { by: 'Volta Electronics GmbH', kind: DefinitionKind.SOURCE, citation: { title: 'Volta supplier code of conduct', year: 2024 }, text: { en: 'Improvement plans with time-bound milestones agreed with a supplier before any decision to suspend trade.' } },
    ],
  },
  {
    slug: 'due-diligence',
    labels: { en: 'Due diligence', fr: 'Devoir de diligence', es: 'Debida diligencia' },
    category: 'due-diligence',
    themes: ['governance'],
    definitions: [
      { by: EPS, kind: DefinitionKind.SOURCE, citation: OECD, text: { en: 'An ongoing, proactive and reactive process through which companies identify, prevent, mitigate and account for how they address the actual and potential adverse impacts of their activities and sourcing decisions.' } },
      { by: GLS, kind: DefinitionKind.PROPOSED, status: AlignmentStatus.ADOPTED, text: { en: 'The five-step, risk-based process by which members identify and address risks in their mineral supply chains, shared among members to avoid duplicated assessments.', fr: 'Le processus en cinq étapes, fondé sur les risques, par lequel les membres identifient et traitent les risques de leurs chaînes d’approvisionnement, partagé entre membres pour éviter les évaluations en double.' } },
    ],
  },
  {
    slug: 'conflict-affected-and-high-risk-area',
    labels: { en: 'Conflict-affected and high-risk area', fr: 'Zone de conflit ou à haut risque', es: 'Zona de conflicto o de alto riesgo' },
    alt: ['CAHRA'],
    category: 'risk',
    themes: ['security-and-human-rights'],
    definitions: [
      { by: EPS, kind: DefinitionKind.SOURCE, citation: OECD, text: { en: 'An area in a state of armed conflict or fragile post-conflict, or with weak or non-existent governance and security, where widespread and systematic violations of international law, including human rights abuses, occur.' } },
      { by: 'Nordlicht Batteries AB', kind: DefinitionKind.SOURCE, citation: { title: 'Nordlicht risk methodology', year: 2025 }, text: { en: 'Any sourcing region rated high or very high on our country-risk index, updated every quarter.' } },
    ],
  },
  {
    slug: 'smelter',
    labels: { en: 'Smelter', fr: 'Fonderie', es: 'Fundición' },
    alt: ['refiner', 'smelter or refiner'],
    category: 'supply-chain',
    minerals: ['tin', 'tantalum', 'tungsten', 'gold'],
    themes: ['traceability'],
    definitions: [
      { by: EPS, kind: DefinitionKind.SOURCE, citation: { title: 'Responsible Minerals Initiative, Conflict Minerals Reporting Template glossary', year: 2023 }, text: { en: 'A facility that processes mineral ore or concentrate, or recycled material, into a refined metal; the choke point of 3TG supply chains.' } },
      { by: 'Refinería Andina del Sur S.A.', kind: DefinitionKind.SOURCE, citation: { title: 'Company profile', year: 2024 }, text: { en: 'The plant where doré and concentrates are refined to investment-grade metal, and where chain-of-custody documents are consolidated.', es: 'La planta donde el doré y los concentrados se refinan hasta metal de grado de inversión, y donde se consolidan los documentos de cadena de custodia.' } },
    ],
  },
  {
    slug: 'traceability',
    labels: { en: 'Traceability', fr: 'Traçabilité', es: 'Trazabilidad' },
    category: 'supply-chain',
    themes: ['traceability'],
    broader: ['due-diligence'],
    related: ['smelter'],
    definitions: [
      { by: 'Kivu Tin Trading SARL', kind: DefinitionKind.SOURCE, citation: { title: 'Procédures de traçabilité', year: 2023 }, text: { en: 'Tagging and documenting every bag of ore from the mine site to export, so that its origin can be shown to buyers.', fr: "Étiqueter et documenter chaque sac de minerai du site minier jusqu'à l'exportation, afin de pouvoir en prouver l'origine aux acheteurs." } },
      { by: GLS, kind: DefinitionKind.PROPOSED, status: AlignmentStatus.ADOPTED, text: { en: 'The ability to follow minerals through each step of the supply chain, from the mine to the smelter, with records that allow independent verification.' } },
    ],
  },
];

const PRINCIPLES = [
  { statement: 'Stay engaged, improve together', explanation: 'Members prefer continued engagement and improvement plans to disengagement when risks are found at artisanal sites.', subPoints: ['Agree milestones with suppliers', 'Suspend only when severe abuses continue'] },
  { statement: 'Recognise the path to formalization', explanation: 'Miners acting in good faith to meet legal requirements are treated as legitimate partners.', footnotes: ['See the definition of legitimacy in the shared glossary.'] },
  { statement: 'Share the cost of evidence', explanation: 'Audits, assessments and site visits are shared among members instead of repeated.', subPoints: ['Pooled audits', 'Open audit library for members'] },
  { statement: 'Listen to the people nearest the mine', explanation: 'Communities and miners’ organisations are consulted on programmes that affect them, in their language.' },
  { statement: 'Report progress openly', explanation: 'Members publish what they learned and what changed, including what did not work.' },
  { statement: 'Do no harm to livelihoods', explanation: 'Responsible sourcing measures must not push miners out of work or into more dangerous channels.' },
];

export async function seedGlossary(manager: EntityManager, authorUserId: string): Promise<void> {
  if (await manager.existsBy(TermEntity, { slug: 'formalization' })) return; // already seeded
  const orgId = async (name: string) => (await manager.findOneByOrFail(OrganizationEntity, { slug: slugify(name) })).id;
  const gl = await manager.findOneByOrFail(InitiativeEntity, { slug: slugify(GL) });
  // each text is written by a user of the organization that wrote it
  const userOf = async (organizationId: string) =>
    (await manager.findOne(OrganizationMembershipEntity, { where: { organizationId }, order: { createdAt: 'ASC' } }))?.userId ?? authorUserId;
  const termIds = new Map<string, string>();
  for (const t of TERMS) {
    const owner = await orgId(t.definitions.find((d) => d.kind === DefinitionKind.PROPOSED)?.by ?? GLS);
    const term = await manager.save(TermEntity, manager.create(TermEntity, { slug: t.slug, category: t.category, minerals: t.minerals ?? [], themes: t.themes ?? [], ownerOrganizationId: owner }));
    termIds.set(t.slug, term.id);
    await manager.insert(TermLabelEntity, [
      ...(['en', 'fr', 'es'] as const).map((language, position) => ({ termId: term.id, language, kind: 'PREF' as const, text: t.labels[language], position })),
      ...(t.alt ?? []).map((text, position) => ({ termId: term.id, language: 'en', kind: 'ALT' as const, text, position })),
    ]);
    await manager.insert(InitiativeTermEntity, { initiativeId: gl.id, termId: term.id });
  }
  for (const t of TERMS) {
    const id = termIds.get(t.slug)!;
    for (const b of t.broader ?? []) await manager.insert(TermRelationEntity, { termId: id, otherTermId: termIds.get(b)!, kind: 'BROADER' });
    for (const r of t.related ?? []) {
      await manager.createQueryBuilder().insert().into(TermRelationEntity).values([{ termId: id, otherTermId: termIds.get(r)!, kind: 'RELATED' }, { termId: termIds.get(r)!, otherTermId: id, kind: 'RELATED' }]).orIgnore().execute();
    }
    for (const d of t.definitions) {
      const proposed = d.kind === DefinitionKind.PROPOSED;
      const status = d.status ?? AlignmentStatus.DRAFT;
      const revisions = 1 + (d.revisions?.length ?? 0);
      const writer = await userOf(await orgId(d.by));
      const definition = await manager.save(
        DefinitionEntity,
        manager.create(DefinitionEntity, {
          termId: id,
          kind: d.kind,
          ownerOrganizationId: await orgId(d.by),
          initiativeId: proposed ? gl.id : null,
          citationTitle: d.citation?.title ?? null,
          citationUrl: d.citation?.url ?? null,
          citationYear: d.citation?.year ?? null,
          status,
          consultationEndsAt: status === AlignmentStatus.CONSULTATION ? new Date(Date.now() + 21 * 86_400_000) : null,
          currentRevision: revisions,
          adoptedRevision: status === AlignmentStatus.ADOPTED ? revisions : null,
          visibility: proposed && status !== AlignmentStatus.ADOPTED ? Visibility.INITIATIVE : Visibility.PUBLIC,
          visibilityInitiativeIds: proposed && status !== AlignmentStatus.ADOPTED ? [gl.id] : [],
          visibilityOrganizationIds: [],
        }),
      );
      await manager.insert(DefinitionRevisionEntity, { definitionId: definition.id, number: 1, changeNote: null, authorUserId: writer, originalLanguage: 'en' });
      await manager.insert(
        DefinitionTextEntity,
        Object.entries(d.text).map(([language, text]) => ({ definitionId: definition.id, language, revisionNumber: 1, text: text!, isOriginal: language === 'en', authorUserId: writer })),
      );
      for (const [i, r] of (d.revisions ?? []).entries()) {
        await manager.insert(DefinitionRevisionEntity, { definitionId: definition.id, number: i + 2, changeNote: r.note, authorUserId: writer, originalLanguage: 'en' });
        await manager.insert(DefinitionTextEntity, { definitionId: definition.id, language: 'en', revisionNumber: i + 2, text: r.text, isOriginal: true, authorUserId: writer });
      }
      if (status === AlignmentStatus.CONSULTATION) {
        // one endorsement of the first revision (now shown as "endorsed an earlier revision"), one objection of the current
        await manager.insert(StanceEntity, { targetType: 'DEFINITION', targetId: definition.id, organizationId: await orgId('Volta Electronics GmbH'), stance: Stance.ENDORSE, reason: null, revisionNumber: 1, userId: authorUserId });
        await manager.insert(StanceEntity, { targetType: 'DEFINITION', targetId: definition.id, organizationId: await orgId('Coopérative des Creuseurs du Sud-Kivu'), stance: Stance.OBJECT, reason: 'Cooperatives need a transition period written into the definition.', revisionNumber: revisions, userId: authorUserId });
      }
      await manager.insert(SearchOutboxEntry, { kind: 'DEFINITION', documentId: definition.id });
    }
    await manager.insert(SearchOutboxEntry, { kind: 'TERM', documentId: id });
  }
  const set = await manager.save(
    PrincipleSetEntity,
    manager.create(PrincipleSetEntity, {
      title: 'Shared principles for progressive, responsible sourcing from artisanal mining',
      initiativeId: gl.id,
      ownerOrganizationId: gl.secretariatOrganizationId,
      status: AlignmentStatus.ADOPTED,
      currentRevision: 2,
      adoptedRevision: 2,
      visibility: Visibility.PUBLIC,
      visibilityInitiativeIds: [],
      visibilityOrganizationIds: [],
    }),
  );
  for (const [number, principles, note] of [
    [1, PRINCIPLES.slice(0, 5), null],
    [2, PRINCIPLES, 'Updated after the April alignment meeting: adds the principle on livelihoods.'],
  ] as const) {
    const revision = await manager.save(PrincipleSetRevisionEntity, manager.create(PrincipleSetRevisionEntity, { setId: set.id, number, changeNote: note, authorUserId }));
    await manager.insert(
      PrincipleEntity,
      principles.map((p, i) => ({ revisionId: revision.id, position: i + 1, statement: p.statement, explanation: p.explanation, subPoints: 'subPoints' in p ? [...p.subPoints!] : [], footnotes: 'footnotes' in p ? [...p.footnotes!] : [] })),
    );
  }
}
