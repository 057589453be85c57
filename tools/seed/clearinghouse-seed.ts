// Demo data of the funding-call clearinghouse: a year of opportunities (the
// past nine months and the next three, relative to the day the seed runs) of
// all nine kinds, published by the demo initiatives' secretariats and the
// donors, in English, French and Spanish (some with translations), with
// deadlines in the publishers' time zones, amounts, geography, minerals and
// themes; registrations (one webinar full with a waiting list),
// amplifications with notes, saved searches and deadline reminders.
// Choices that are not written out (days, hours) come from a seeded
// generator: the same day gives the same data. Idempotent: skipped when the
// first demo opportunity exists.
import { SearchOutboxEntry, Visibility } from '@commonground/api-core';
import {
  AmplificationEntity,
  DeadlineReminderEntity,
  DigestFrequency,
  OpportunityEntity,
  OpportunityKind,
  OpportunityStatus,
  OpportunityTextValue,
  RegistrationEntity,
  RegistrationStatus,
  SavedSearchEntity,
} from '@commonground/api-clearinghouse';
import { InitiativeEntity, OrganizationEntity, UserEntity, slugify } from '@commonground/api-identity';
import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';

type Lang = 'en' | 'fr' | 'es';
type Phase = 'open' | 'closed' | 'scheduled' | 'draft' | 'archived';
const K = OpportunityKind;

/** Publishers: organization name, the initiative it publishes for (secretariats), its time zone and owner's e-mail. */
const PUBLISHERS = {
  glrma: { org: 'Great Lakes Responsible Minerals Alliance Secretariat', initiative: 'Great Lakes Responsible Minerals Alliance', site: 'https://glrma.example.org', email: 'claudine@glrma.example.org' },
  eprs: { org: 'European Partnership for Responsible Sourcing Secretariat', initiative: 'European Partnership for Responsible Sourcing', site: 'https://eprs.example.eu', email: 'sanne@eprs.example.eu' },
  csa: { org: 'Cobalt Stewardship Alliance Secretariat', initiative: 'Cobalt Stewardship Alliance', site: 'https://cobalt-stewardship.example.org', email: 'lukas@cobalt-stewardship.example.org' },
  aagi: { org: 'Andean Artisanal Gold Initiative Secretariat', initiative: 'Andean Artisanal Gold Initiative', site: 'https://oro-andino.example.pe', email: 'rosa@oro-andino.example.pe' },
  nordic: { org: 'Nordic Fund for Mining Communities', initiative: null, site: 'https://nfmc.example.no', email: 'ingrid@nfmc.example.no' },
  terres: { org: 'Fondation Terres Solidaires', initiative: null, site: 'https://terres-solidaires.example.fr', email: 'camille@terres-solidaires.example.fr' },
  gmct: { org: 'Global Mining Communities Trust', initiative: null, site: 'https://gmct.example.org.uk', email: 'olivia@gmct.example.org.uk' },
  andes: { org: 'Andes Responsible Gold Foundation', initiative: null, site: 'https://andes-gold-foundation.example.ch', email: 'marta@andes-gold-foundation.example.ch' },
  amdf: { org: 'African Minerals Development Facility', initiative: null, site: 'https://amdf.example.org', email: 'sipho@amdf.example.org' },
  battery: { org: 'Battery Supply Chain Impact Fund', initiative: null, site: 'https://bscif.example.nl', email: 'joost@bscif.example.nl' },
  women: { org: 'Women in Mining Trust', initiative: null, site: 'https://wimtrust.example.ca', email: 'amelia@wimtrust.example.ca' },
  ismr: { org: 'Institute for Sustainable Minerals Research', initiative: null, site: 'https://ismr.example.ac.za', email: 'thandiwe@ismr.example.ac.za' },
} as const;
type Publisher = keyof typeof PUBLISHERS;

/** Title and summary; the first language given is the original. */
type Texts = Partial<Record<Lang, [title: string, summary: string]>>;

interface Spec {
  kind: OpportunityKind;
  by: Publisher;
  texts: Texts;
  phase: Phase;
  zone: string;
  minerals?: string[];
  themes?: string[];
  countries?: string[];
  regions?: string[];
  /** in major units */
  amount?: [min: number, max: number, currency: 'USD' | 'EUR' | 'GBP' | 'CHF'];
  seats?: number;
  eligible?: string[];
  eligibleCountries?: string[];
  /** default PUBLIC; INITIATIVE means the publisher's initiative; ORGANIZATIONS lists names */
  visibility?: 'PLATFORM' | 'INITIATIVE' | { organizations: string[] };
  /** where it takes place (events), for the body */
  where?: string;
}

const CSO = 'CIVIL_SOCIETY';
const SPECS: Spec[] = [
  // ---------------------------------------------------------------- Great Lakes alliance
  { kind: K.CALL_FOR_PROPOSALS, by: 'glrma', phase: 'open', zone: 'Africa/Lubumbashi', minerals: ['tin', 'tantalum', 'tungsten'], themes: ['traceability', 'governance'], countries: ['CD'], regions: ['017'], amount: [50_000, 250_000, 'USD'], eligible: [CSO, 'RESEARCH', 'COMPANY'], eligibleCountries: ['CD', 'RW', 'BI', 'UG'],
    texts: {
      fr: ['Appel à propositions : traçabilité de l’étain, du tantale et du tungstène au Sud-Kivu', 'L’Alliance finance des projets pilotes de traçabilité numérique des minerais 3T, du puits à l’exportateur, avec un suivi indépendant de la chaîne de possession et des incidents selon l’annexe II du Guide OCDE.'],
      en: ['Call for proposals: traceability of tin, tantalum and tungsten in South Kivu', 'The Alliance funds pilots of digital traceability of 3T minerals from the pit to the exporter, with independent monitoring of the chain of custody and of incidents under Annex II of the OECD Guidance.'],
    } },
  { kind: K.GRANT, by: 'glrma', phase: 'open', zone: 'Africa/Lubumbashi', minerals: ['tin', 'tantalum'], themes: ['health-and-safety', 'formalization'], countries: ['CD', 'RW'], amount: [5_000, 25_000, 'USD'], eligible: [CSO],
    texts: {
      fr: ['Petites subventions aux coopératives minières artisanales : santé et sécurité', 'Équipements de protection, étayage des galeries, premiers secours et formation des creuseurs : des subventions de 5 000 à 25 000 USD pour les coopératives enregistrées.'],
      en: ['Small grants for artisanal mining cooperatives: health and safety', 'Protective equipment, shoring of galleries, first aid and training for diggers: grants of USD 5,000 to 25,000 for registered cooperatives.'],
    } },
  { kind: K.TENDER, by: 'glrma', phase: 'closed', zone: 'Africa/Kigali', minerals: ['tin', 'tantalum', 'tungsten'], themes: ['traceability', 'governance'], countries: ['RW', 'BI'], amount: [80_000, 150_000, 'USD'], eligible: ['COMPANY', 'RESEARCH', CSO],
    texts: { en: ['Tender: independent third-party monitoring of 3T mine sites in Rwanda and Burundi', 'Terms of reference for a two-year mandate to visit validated mine sites, check bag-and-tag records against production and report incidents to the Alliance’s steering committee.'] } },
  { kind: K.EVENT, by: 'glrma', phase: 'open', zone: 'Africa/Lubumbashi', minerals: ['tin', 'tantalum', 'tungsten', 'gold'], themes: ['governance', 'security-and-human-rights'], countries: ['CD', 'RW', 'UG', 'BI'], regions: ['014', '017'], seats: 120, where: 'Goma',
    texts: {
      fr: ['Forum régional sur le devoir de diligence dans les Grands Lacs — Goma', 'Deux jours d’échanges entre administrations minières, coopératives, exportateurs et acheteurs sur la mise en œuvre du Guide OCDE et du mécanisme régional de certification de la CIRGL.'],
      en: ['Great Lakes regional forum on due diligence — Goma', 'Two days of exchange between mining administrations, cooperatives, exporters and buyers on implementing the OECD Guidance and the ICGLR regional certification mechanism.'],
    } },
  { kind: K.WEBINAR, by: 'glrma', phase: 'open', zone: 'Africa/Kigali', minerals: ['tin', 'tantalum', 'tungsten', 'gold'], themes: ['governance', 'security-and-human-rights'], regions: ['002'], seats: 6,
    texts: { en: ['Webinar: the OECD Due Diligence Guidance, Annex II risks in practice', 'A small-group clinic for compliance officers: how to recognise, assess and escalate Annex II risks (serious abuses, non-state armed groups, public security forces, bribery) in red-flag locations.'] } },
  { kind: K.NEWS, by: 'glrma', phase: 'open', zone: 'Africa/Kigali', minerals: ['tin', 'tantalum', 'tungsten'], themes: ['governance'], regions: ['014', '017'],
    texts: { en: ['The Alliance welcomes two new member companies', 'A European electronics maker and a Malaysian components supplier join the Alliance, bringing downstream demand for conflict-free 3T minerals from the region.'] } },
  { kind: K.DELEGATION, by: 'glrma', phase: 'open', zone: 'Africa/Lubumbashi', minerals: ['tin', 'tantalum'], themes: ['traceability', 'community-engagement'], countries: ['CD'], seats: 12, eligible: ['COMPANY', 'SMELTER_REFINER', 'DONOR'], where: 'Bukavu and Nyabibwe',
    texts: {
      en: ['Buyer delegation to tin and tantalum mine sites in South Kivu', 'Five days on the ground with the Alliance: validated mine sites, a traceability checkpoint, a cooperative’s general assembly and meetings with the provincial mining division.'],
      fr: ['Délégation d’acheteurs sur les sites d’étain et de tantale du Sud-Kivu', 'Cinq jours sur le terrain avec l’Alliance : sites miniers validés, un point de contrôle de traçabilité, l’assemblée générale d’une coopérative et des rencontres avec la division provinciale des mines.'],
    } },
  { kind: K.CALL_FOR_PROPOSALS, by: 'glrma', phase: 'open', zone: 'Africa/Lubumbashi', minerals: ['tin', 'tantalum', 'gold'], themes: ['community-engagement', 'grievance-mechanisms'], countries: ['CD'], regions: ['017'], amount: [20_000, 100_000, 'USD'], eligible: [CSO], visibility: 'INITIATIVE',
    texts: {
      fr: ['Fenêtre de cofinancement réservée aux membres : surveillance communautaire des sites miniers', 'Les membres de l’Alliance peuvent proposer des projets de surveillance communautaire des sites miniers (comités locaux, signalement par SMS, restitution publique) cofinancés à parts égales.'],
      en: ['Members-only co-funding window: community monitoring of mine sites', 'Alliance members may propose community monitoring of mine sites (local committees, SMS reporting, public feedback meetings), co-funded in equal shares.'],
    } },
  { kind: K.NEWS, by: 'glrma', phase: 'open', zone: 'Africa/Lubumbashi', minerals: ['tin', 'tantalum', 'tungsten'], themes: ['governance', 'traceability'], countries: ['CD'],
    texts: {
      fr: ['Nouvelle procédure de validation des sites miniers au Sud-Kivu', 'Les missions conjointes de qualification des sites se feront désormais avec la société civile et publieront leurs rapports sous trente jours.'],
      en: ['New mine-site validation procedure in South Kivu', 'Joint site qualification missions will now include civil society and publish their reports within thirty days.'],
    } },
  { kind: K.REQUEST_FOR_ABSTRACTS, by: 'glrma', phase: 'closed', zone: 'Africa/Kigali', minerals: ['tin', 'tantalum', 'tungsten', 'gold'], themes: ['security-and-human-rights', 'governance'], regions: ['014', '017'], eligible: ['RESEARCH', CSO],
    texts: { en: ['Call for papers: conflict financing and 3T trade flows after the EU Regulation', 'Abstracts of 300 words on how the EU Conflict Minerals Regulation changed trade routes, prices and armed-group revenues in the Great Lakes region.'] } },
  { kind: K.GRANT, by: 'glrma', phase: 'closed', zone: 'Africa/Kigali', minerals: ['tin', 'gold'], themes: ['grievance-mechanisms', 'community-engagement'], countries: ['RW', 'CD', 'BI'], amount: [10_000, 40_000, 'USD'], eligible: [CSO],
    texts: { en: ['Grievance mechanism seed fund for Great Lakes mining communities', 'Seed funding for community-run grievance channels at mine sites, with case tracking, confidentiality rules and a route to the buyers’ remediation processes.'] } },
  { kind: K.FELLOWSHIP, by: 'glrma', phase: 'scheduled', zone: 'Africa/Kigali', minerals: ['tin', 'tantalum', 'tungsten', 'gold'], themes: ['governance'], countries: ['CD', 'RW'], amount: [12_000, 12_000, 'USD'], eligible: ['GOVERNMENT'],
    texts: { en: ['Due diligence fellowship for Congolese and Rwandan mining officials', 'Six months of training and secondment to a partner administration for mid-career officials in charge of mine inspection and export controls.'] } },

  // ---------------------------------------------------------------- European Partnership
  { kind: K.CALL_FOR_PROPOSALS, by: 'eprs', phase: 'open', zone: 'Europe/Brussels', minerals: ['gold', 'tin', 'tantalum', 'tungsten'], themes: ['health-and-safety', 'formalization'], regions: ['002', '419', '035'], amount: [100_000, 500_000, 'EUR'], eligible: [CSO, 'RESEARCH', 'COMPANY'],
    texts: { en: ['EPRS call for proposals 2026: working conditions in artisanal and small-scale mines in conflict-affected areas', 'Projects that improve working conditions and help artisanal miners towards formal status in conflict-affected and high-risk areas, linked to responsible buyers.'] } },
  { kind: K.CALL_FOR_PROPOSALS, by: 'eprs', phase: 'closed', zone: 'Europe/Brussels', minerals: ['gold'], themes: ['access-to-finance', 'formalization'], regions: ['002', '419'], amount: [75_000, 300_000, 'EUR'], eligible: [CSO, 'COMPANY'],
    texts: { en: ['EPRS spring call: market access for responsibly produced artisanal gold', 'Support for exporters and cooperatives bringing due-diligence-ready artisanal gold to refiners: pre-finance, assay, export paperwork and buyer introductions.'] } },
  { kind: K.TENDER, by: 'eprs', phase: 'open', zone: 'Europe/Brussels', themes: ['governance'], amount: [60_000, 90_000, 'EUR'], eligible: ['COMPANY', 'RESEARCH'],
    texts: { en: ['Tender: evaluation of the EPRS grant portfolio 2021–2025', 'An independent evaluation of 42 projects: relevance, effectiveness, sustainability and the partnership’s added value, with field visits in three countries.'] } },
  { kind: K.EVENT, by: 'eprs', phase: 'open', zone: 'Europe/Brussels', themes: ['governance', 'community-engagement'], countries: ['BE'], seats: 80, where: 'Brussels',
    texts: { en: ['Annual EPRS partner meeting, Brussels', 'Members, grantees and EU institutions take stock of the year: results of the 2025 projects, the new strategy and a session with miners’ representatives.'] } },
  { kind: K.WEBINAR, by: 'eprs', phase: 'open', zone: 'Europe/Brussels', minerals: ['tin', 'tantalum', 'tungsten', 'gold'], themes: ['governance'], regions: ['150'], seats: 300,
    texts: {
      en: ['Webinar: the EU Conflict Minerals Regulation for small importers', 'Thresholds, the five steps of the OECD Guidance, third-party audits and reporting, explained for importers below the large-company scale, with time for questions.'],
      fr: ['Webinaire : le règlement européen sur les minerais de conflit pour les petits importateurs', 'Seuils, les cinq étapes du Guide OCDE, audits par des tiers et rapports, expliqués pour les petits importateurs, avec du temps pour les questions.'],
      es: ['Seminario web: el Reglamento europeo sobre minerales de conflicto para pequeños importadores', 'Umbrales, los cinco pasos de la Guía de la OCDE, auditorías de terceros e informes, explicados para pequeños importadores, con tiempo para preguntas.'],
    } },
  { kind: K.NEWS, by: 'eprs', phase: 'open', zone: 'Europe/Brussels', minerals: ['gold', 'tin'], themes: ['governance'], regions: ['002', '419'],
    texts: { en: ['EPRS publishes its 2025 impact report', '28,000 artisanal miners reached, 61 cooperatives on their way to formal status and 14 new buyers sourcing from supported mines.'] } },
  { kind: K.REQUEST_FOR_ABSTRACTS, by: 'eprs', phase: 'open', zone: 'Europe/Amsterdam', minerals: ['gold', 'tin', 'tantalum', 'tungsten'], themes: ['security-and-human-rights', 'community-engagement'], regions: ['002', '419', '035'], eligible: ['RESEARCH', CSO, 'COMPANY'],
    texts: { en: ['Call for case studies: responsible sourcing from conflict-affected areas', 'Short case studies (2,000 words) of companies that kept sourcing from red-flag areas with progressive improvement instead of disengaging.'] } },
  { kind: K.CALL_FOR_PROPOSALS, by: 'eprs', phase: 'draft', zone: 'Europe/Brussels', themes: ['gender', 'community-engagement'], regions: ['002', '419'], amount: [50_000, 250_000, 'EUR'], eligible: [CSO],
    texts: { en: ['2027 call on gender-responsive due diligence (draft)', 'Draft for the steering committee: projects that make due diligence see and address the risks women face at and around mine sites.'] } },
  { kind: K.CALL_FOR_PROPOSALS, by: 'eprs', phase: 'archived', zone: 'Europe/Brussels', minerals: ['gold'], themes: ['mercury', 'environment'], regions: ['002', '419'], amount: [50_000, 200_000, 'EUR'], eligible: [CSO, 'RESEARCH'],
    texts: { en: ['Call for proposals 2025: mercury reduction in artisanal gold mining', 'Closed and evaluated: projects that replace whole-ore amalgamation with gravity concentration and retorts, in line with the Minamata Convention.'] } },
  { kind: K.DELEGATION, by: 'eprs', phase: 'open', zone: 'Asia/Jakarta', minerals: ['tin'], themes: ['environment', 'health-and-safety'], countries: ['ID'], seats: 15, eligible: ['COMPANY', 'SMELTER_REFINER'], where: 'Bangka and Belitung',
    texts: { en: ['Industry delegation to tin smelters and mining areas in Bangka-Belitung', 'Visits to smelters, offshore and onshore artisanal tin mining and land rehabilitation sites, with the provincial government and local NGOs.'] } },

  // ---------------------------------------------------------------- Cobalt Stewardship Alliance
  { kind: K.CALL_FOR_PROPOSALS, by: 'csa', phase: 'open', zone: 'Africa/Lubumbashi', minerals: ['cobalt', 'copper'], themes: ['child-labour', 'community-engagement'], countries: ['CD'], amount: [100_000, 400_000, 'USD'], eligible: [CSO, 'RESEARCH'], eligibleCountries: ['CD'],
    texts: {
      en: ['Call for proposals: child-labour remediation in the cobalt communities of Lualaba', 'Case management for children found at artisanal cobalt sites, school enrolment and catch-up classes, and income support for their families, run with the provincial education and social affairs divisions.'],
      fr: ['Appel à propositions : remédiation du travail des enfants dans les communautés du cobalt du Lualaba', 'Suivi individuel des enfants trouvés sur les sites artisanaux de cobalt, scolarisation et cours de rattrapage, et soutien au revenu des familles, avec les divisions provinciales de l’éducation et des affaires sociales.'],
    } },
  { kind: K.TENDER, by: 'csa', phase: 'open', zone: 'Europe/Zurich', minerals: ['cobalt'], themes: ['traceability', 'governance'], regions: ['030', '017'], amount: [40_000, 80_000, 'USD'], eligible: ['COMPANY'], visibility: { organizations: ['Nordlicht Batteries AB', 'Pacific Components Sdn Bhd'] },
    texts: { en: ['Tender: joint on-site assessment of three cobalt refiners', 'Invited members only: a shared assessment of three refiners against the alliance’s cobalt standard, costs split between the buyers that use them.'] } },
  { kind: K.WEBINAR, by: 'csa', phase: 'open', zone: 'Europe/Zurich', minerals: ['cobalt', 'copper'], themes: ['grievance-mechanisms'], countries: ['CD'], seats: 100,
    texts: { en: ['Webinar: designing grievance mechanisms at artisanal cobalt sites', 'Practitioners from Kolwezi and Likasi share what made grievance channels trusted: languages, anonymity, response times and joint committees with buyers.'] } },
  { kind: K.EVENT, by: 'csa', phase: 'closed', zone: 'Africa/Lubumbashi', minerals: ['cobalt', 'copper'], themes: ['community-engagement', 'child-labour'], countries: ['CD'], seats: 60, where: 'Kolwezi',
    texts: {
      en: ['Kolwezi multi-stakeholder dialogue on artisanal cobalt', 'Cooperatives, the provincial government, mining companies and buyers discuss artisanal mining zones, child labour and security at the sites.'],
      fr: ['Dialogue multipartite de Kolwezi sur le cobalt artisanal', 'Coopératives, gouvernement provincial, entreprises minières et acheteurs échangent sur les zones d’exploitation artisanale, le travail des enfants et la sécurité sur les sites.'],
    } },
  { kind: K.NEWS, by: 'csa', phase: 'open', zone: 'Europe/Zurich', minerals: ['cobalt'], themes: ['traceability'], countries: ['CD'],
    texts: { en: ['Alliance pilots a shared register of artisanal cobalt sites in Lualaba', 'Members now see one register of visited sites, their risk ratings and follow-up actions, instead of each keeping their own.'] } },
  { kind: K.FELLOWSHIP, by: 'csa', phase: 'open', zone: 'Africa/Lubumbashi', minerals: ['cobalt'], themes: ['community-engagement', 'child-labour'], countries: ['CD'], amount: [18_000, 24_000, 'USD'],
    texts: { en: ['Field fellowship: community monitoring at cobalt mines', 'A twelve-month fellowship for a Congolese graduate to coordinate community monitors at artisanal cobalt sites and publish quarterly findings.'] } },
  { kind: K.GRANT, by: 'csa', phase: 'open', zone: 'Africa/Lubumbashi', minerals: ['cobalt'], themes: ['gender', 'access-to-finance'], countries: ['CD'], amount: [10_000, 30_000, 'USD'], eligible: [CSO], visibility: 'PLATFORM',
    texts: { en: ['Micro-grants for women-led cobalt processing cooperatives', 'Washing and sorting equipment, bookkeeping training and safe childcare for cooperatives led by women in Lualaba and Haut-Katanga.'] } },
  { kind: K.CALL_FOR_PROPOSALS, by: 'csa', phase: 'scheduled', zone: 'Africa/Lubumbashi', minerals: ['cobalt', 'copper'], themes: ['health-and-safety', 'formalization'], countries: ['CD'], amount: [150_000, 600_000, 'USD'], eligible: [CSO, 'COMPANY'],
    texts: {
      en: ['Call for proposals: safer artisanal cobalt mining zones', 'Ventilation, pit design, health posts and site management by cooperatives in the artisanal mining zones (ZEA) designated by the state.'],
      fr: ['Appel à propositions : des zones d’exploitation artisanale de cobalt plus sûres', 'Ventilation, conception des puits, postes de santé et gestion des sites par les coopératives dans les zones d’exploitation artisanale (ZEA) désignées par l’État.'],
    } },
  { kind: K.NEWS, by: 'csa', phase: 'open', zone: 'Europe/Zurich', minerals: ['cobalt'], themes: ['community-engagement'], countries: ['CD'],
    texts: {
      fr: ['Cobalt : publication des lignes directrices d’engagement communautaire', 'L’Alliance publie ses lignes directrices pour consulter les communautés riveraines avant toute intervention sur un site artisanal.'],
      en: ['Cobalt: community engagement guidelines published', 'The Alliance publishes its guidelines for consulting neighbouring communities before any intervention at an artisanal site.'],
    } },

  // ---------------------------------------------------------------- Andean initiative (Spanish)
  { kind: K.CALL_FOR_PROPOSALS, by: 'aagi', phase: 'open', zone: 'America/Lima', minerals: ['gold'], themes: ['formalization', 'mercury'], countries: ['PE'], amount: [30_000, 150_000, 'USD'], eligible: [CSO, 'COMPANY'], eligibleCountries: ['PE'],
    texts: {
      es: ['Convocatoria: formalización de la minería aurífera artesanal en Puno y Madre de Dios', 'Asistencia legal y técnica para que asociaciones de mineros artesanales completen su formalización: instrumento ambiental, derechos sobre el terreno y registro de compradores.'],
      en: ['Call for proposals: formalization of artisanal gold mining in Puno and Madre de Dios', 'Legal and technical assistance so that associations of artisanal miners complete their formalization: environmental permit, land rights and buyer registration.'],
    } },
  { kind: K.GRANT, by: 'aagi', phase: 'open', zone: 'America/La_Paz', minerals: ['gold'], themes: ['mercury', 'environment'], countries: ['BO'], amount: [20_000, 80_000, 'USD'], eligible: [CSO],
    texts: {
      es: ['Fondo para la reducción del mercurio en cooperativas auríferas de Bolivia', 'Equipos de concentración gravimétrica, retortas y capacitación para cooperativas de La Paz y Potosí que se comprometen a dejar la amalgamación de mineral entero.'],
      en: ['Mercury reduction fund for gold cooperatives in Bolivia', 'Gravity concentration equipment, retorts and training for cooperatives in La Paz and Potosí that commit to stop whole-ore amalgamation.'],
    } },
  { kind: K.EVENT, by: 'aagi', phase: 'open', zone: 'America/Lima', minerals: ['gold'], themes: ['gender'], countries: ['PE', 'BO', 'CO', 'EC'], regions: ['005'], seats: 150, where: 'Arequipa',
    texts: { es: ['Encuentro andino de mujeres mineras — Arequipa', 'Dos días para mujeres pallaqueras, mineras y dirigentes de cooperativas de Perú, Bolivia, Colombia y Ecuador: liderazgo, seguridad y acceso a compradores responsables.'] } },
  { kind: K.WEBINAR, by: 'aagi', phase: 'closed', zone: 'America/Lima', minerals: ['gold'], themes: ['traceability'], countries: ['PE', 'BO'], seats: 200,
    texts: { es: ['Seminario web: trazabilidad del oro artesanal hacia refinerías responsables', 'Cómo documentar el origen del oro desde la planta de beneficio hasta la refinería: registros, lotes, análisis y auditorías.'] } },
  { kind: K.NEWS, by: 'aagi', phase: 'open', zone: 'America/Lima', minerals: ['gold'], themes: ['formalization'], countries: ['PE'],
    texts: {
      es: ['Doce cooperativas auríferas de Puno completan su formalización', 'Con el apoyo de la Iniciativa, doce cooperativas obtuvieron su instrumento ambiental y venden ya a una refinería con debida diligencia.'],
      en: ['Twelve gold cooperatives in Puno complete their formalization', 'With the Initiative’s support, twelve cooperatives obtained their environmental permit and now sell to a refiner that carries out due diligence.'],
    } },
  { kind: K.TENDER, by: 'aagi', phase: 'closed', zone: 'America/Lima', minerals: ['gold'], themes: ['mercury', 'environment'], countries: ['PE'], amount: [40_000, 70_000, 'USD'], eligible: ['COMPANY', 'RESEARCH'],
    texts: { es: ['Licitación: estudio de línea de base sobre el uso de mercurio en Madre de Dios', 'Medición del mercurio usado y emitido en 60 operaciones artesanales, con muestreo de suelos y agua y entrevistas a mineros.'] } },
  { kind: K.REQUEST_FOR_ABSTRACTS, by: 'aagi', phase: 'open', zone: 'America/Lima', minerals: ['gold'], themes: ['indigenous-peoples', 'land-rights', 'environment'], countries: ['PE', 'BO', 'CO', 'EC', 'BR'], regions: ['005'], eligible: ['RESEARCH', CSO],
    texts: {
      es: ['Convocatoria de ponencias: minería artesanal y pueblos indígenas en la Amazonía', 'Resúmenes de 400 palabras sobre consulta previa, territorios y minería aurífera en la cuenca amazónica, para el congreso de la Iniciativa.'],
      en: ['Call for papers: artisanal mining and indigenous peoples in the Amazon', '400-word abstracts on prior consultation, territories and gold mining in the Amazon basin, for the Initiative’s conference.'],
    } },
  { kind: K.DELEGATION, by: 'aagi', phase: 'open', zone: 'America/Lima', minerals: ['gold'], themes: ['mercury', 'traceability'], countries: ['PE'], seats: 10, eligible: ['COMPANY', 'SMELTER_REFINER'], where: 'Puno',
    texts: {
      es: ['Misión de compradores a plantas de beneficio libres de mercurio en Puno', 'Cuatro días con cooperativas que procesan sin mercurio: visitas a las plantas, al laboratorio de ensayos y reuniones con la dirección regional de minería.'],
      en: ['Buyer mission to mercury-free processing plants in Puno', 'Four days with cooperatives that process without mercury: plant visits, the assay laboratory and meetings with the regional mining directorate.'],
    } },
  { kind: K.CALL_FOR_PROPOSALS, by: 'aagi', phase: 'draft', zone: 'America/Bogota', minerals: ['gold'], themes: ['formalization', 'security-and-human-rights'], countries: ['CO'], amount: [25_000, 100_000, 'USD'], eligible: [CSO],
    texts: { es: ['Borrador: convocatoria 2027 para cooperativas mineras de Antioquia', 'Borrador para el comité: formalización y seguridad de cooperativas auríferas en el nordeste antioqueño.'] } },

  // ---------------------------------------------------------------- donors
  { kind: K.GRANT, by: 'nordic', phase: 'open', zone: 'Europe/Oslo', minerals: ['tin', 'gold'], themes: ['access-to-finance', 'community-engagement'], regions: ['002'], amount: [50_000, 300_000, 'EUR'], eligible: [CSO],
    texts: { en: ['Nordic Fund grants 2026: livelihoods beyond artisanal mining', 'Savings groups, agriculture and small businesses for mining households, so that families depend less on a single pit.'] } },
  { kind: K.CALL_FOR_PROPOSALS, by: 'nordic', phase: 'closed', zone: 'Europe/Oslo', minerals: ['tin', 'gold'], themes: ['access-to-finance', 'formalization'], countries: ['UG', 'TZ', 'RW', 'KE'], regions: ['014'], amount: [40_000, 200_000, 'EUR'], eligible: [CSO, 'COMPANY'],
    texts: { en: ['Access to finance for mining cooperatives in East Africa', 'Revolving funds and partnerships with local banks and microfinance institutions so that cooperatives can buy equipment and pre-finance production.'] } },
  { kind: K.FELLOWSHIP, by: 'nordic', phase: 'open', zone: 'Europe/Oslo', themes: ['governance', 'community-engagement'], regions: ['002', '419'], amount: [40_000, 40_000, 'EUR'], eligible: ['RESEARCH'],
    texts: { en: ['Nordic research fellowship on responsible minerals', 'One year at a Nordic university for a researcher from a mining country, on a topic of responsible mineral supply chains.'] } },
  { kind: K.NEWS, by: 'nordic', phase: 'open', zone: 'Europe/Oslo', minerals: ['tin', 'tantalum', 'tungsten'], themes: ['traceability'], regions: ['014', '017'],
    texts: { en: ['Nordic Fund commits EUR 4 million to Great Lakes traceability', 'A four-year commitment to the Alliance’s traceability and community monitoring programmes, open to co-funding by other donors.'] } },
  { kind: K.CALL_FOR_PROPOSALS, by: 'terres', phase: 'open', zone: 'Europe/Paris', minerals: ['cobalt', 'copper'], themes: ['child-labour'], countries: ['CD'], amount: [20_000, 120_000, 'EUR'], eligible: [CSO],
    texts: {
      fr: ['Appel à projets : éducation et protection de l’enfance dans les zones minières du Katanga', 'Écoles de rattrapage, cantines scolaires et protection de l’enfance autour des sites de cuivre et de cobalt du Haut-Katanga et du Lualaba.'],
      en: ['Call for projects: education and child protection in the mining areas of Katanga', 'Catch-up schools, school meals and child protection around the copper and cobalt sites of Haut-Katanga and Lualaba.'],
    } },
  { kind: K.GRANT, by: 'terres', phase: 'closed', zone: 'Europe/Paris', minerals: ['gold'], themes: ['gender'], countries: ['BF', 'ML', 'CI', 'GN'], regions: ['011'], amount: [10_000, 50_000, 'EUR'], eligible: [CSO],
    texts: { fr: ['Fonds d’appui aux associations de femmes orpailleuses en Afrique de l’Ouest', 'Équipement, alphabétisation et accès au crédit pour les associations de femmes actives sur les sites d’orpaillage du Burkina Faso, du Mali, de Côte d’Ivoire et de Guinée.'] } },
  { kind: K.EVENT, by: 'terres', phase: 'open', zone: 'Europe/Paris', themes: ['grievance-mechanisms'], countries: ['FR'], seats: 60, where: 'Paris',
    texts: {
      fr: ['Journée d’étude : mécanismes de réclamation communautaires', 'Praticiens, entreprises et chercheurs comparent des mécanismes de réclamation de sites miniers : accessibilité, réponse, remédiation.'],
      en: ['Study day: community grievance mechanisms', 'Practitioners, companies and researchers compare grievance mechanisms at mine sites: accessibility, response, remedy.'],
    } },
  { kind: K.GRANT, by: 'terres', phase: 'scheduled', zone: 'Europe/Paris', minerals: ['tin', 'gold'], themes: ['environment', 'land-rights'], countries: ['CD'], amount: [30_000, 150_000, 'EUR'], eligible: [CSO],
    texts: { fr: ['Appel à projets 2027 : réhabilitation des sites miniers abandonnés au Sud-Kivu', 'Remblaiement, reboisement et retour à l’agriculture des terres minées, avec les communautés et les autorités coutumières.'] } },
  { kind: K.CALL_FOR_PROPOSALS, by: 'gmct', phase: 'open', zone: 'Europe/London', minerals: ['gold'], themes: ['environment', 'mercury'], countries: ['GH', 'PE', 'CO'], regions: ['011', '005'], amount: [25_000, 200_000, 'GBP'], eligible: [CSO, 'RESEARCH'],
    texts: { en: ['GMCT open call: environmental rehabilitation of artisanal gold sites', 'Land and river rehabilitation where artisanal gold mining has left pits, tailings and mercury, with the communities that will use the land.'] } },
  { kind: K.CALL_FOR_PROPOSALS, by: 'gmct', phase: 'open', zone: 'Asia/Kolkata', minerals: ['mica'], themes: ['child-labour', 'forced-labour'], countries: ['IN'], amount: [50_000, 250_000, 'GBP'], eligible: [CSO],
    texts: { en: ['Mica supply chains: tackling child labour in Jharkhand and Bihar', 'Village-level child protection, school enrolment and fair prices for mica collectors, with buyers committed to map their supply chains.'] } },
  { kind: K.FELLOWSHIP, by: 'gmct', phase: 'closed', zone: 'Europe/London', themes: ['community-engagement'], regions: ['002', '419', '142'], amount: [15_000, 30_000, 'GBP'], eligible: ['RESEARCH'],
    texts: { en: ['GMCT early-career fellowships in mining communities research', 'Fellowships for early-career researchers from mining countries to publish community-centred research with a UK partner.'] } },
  { kind: K.WEBINAR, by: 'gmct', phase: 'open', zone: 'America/Santiago', minerals: ['lithium'], themes: ['environment', 'indigenous-peoples'], countries: ['AR', 'BO', 'CL'], seats: 500,
    texts: { en: ['Webinar: lithium brine extraction and water use in the Lithium Triangle', 'Hydrologists and indigenous community representatives on what brine extraction does to the water of the salt flats, and what buyers should ask.'] } },
  { kind: K.GRANT, by: 'andes', phase: 'open', zone: 'America/Lima', minerals: ['gold'], themes: ['mercury'], countries: ['PE', 'BO'], amount: [20_000, 100_000, 'CHF'], eligible: [CSO, 'COMPANY'],
    texts: {
      es: ['Becas semilla para plantas de beneficio sin mercurio', 'Capital semilla para plantas de beneficio comunitarias que procesan el mineral sin mercurio en Perú y Bolivia.'],
      en: ['Seed grants for mercury-free processing plants', 'Seed capital for community processing plants that treat ore without mercury in Peru and Bolivia.'],
    } },
  { kind: K.NEWS, by: 'andes', phase: 'open', zone: 'Europe/Zurich', minerals: ['gold'], themes: ['mercury'], countries: ['PE'],
    texts: { en: ['The Foundation opens a liaison office in Lima', 'A small team in Lima will follow the Foundation’s grants in Peru and Bolivia and meet applicants in person.'] } },
  { kind: K.CALL_FOR_PROPOSALS, by: 'amdf', phase: 'open', zone: 'Africa/Johannesburg', minerals: ['cobalt', 'copper', 'gold'], themes: ['governance'], countries: ['CD', 'ZM', 'ZW', 'MZ'], regions: ['202'], amount: [100_000, 1_000_000, 'USD'], eligible: ['GOVERNMENT', CSO],
    texts: { en: ['Mineral governance support for provincial mining administrations', 'Cadastre, inspection and revenue-sharing systems for provincial mining administrations, with peer exchanges between countries.'] } },
  { kind: K.TENDER, by: 'amdf', phase: 'open', zone: 'Africa/Kinshasa', minerals: ['tin', 'tantalum'], themes: ['traceability', 'governance'], countries: ['CD'], amount: [150_000, 400_000, 'USD'], eligible: ['COMPANY'],
    texts: {
      en: ['Tender: digital export permits pilot for artisanal tin in the DRC', 'Design and pilot of a digital export permit linked to traceability records, with the national mining authorities in Kinshasa.'],
      fr: ['Appel d’offres : pilote de permis d’exportation numériques pour l’étain artisanal en RDC', 'Conception et pilote d’un permis d’exportation numérique relié aux registres de traçabilité, avec les autorités minières nationales à Kinshasa.'],
    } },
  { kind: K.REQUEST_FOR_ABSTRACTS, by: 'amdf', phase: 'closed', zone: 'Africa/Johannesburg', themes: ['governance', 'environment'], regions: ['002'], eligible: ['RESEARCH', CSO, 'GOVERNMENT'],
    texts: {
      en: ['African Mining Vision conference: call for abstracts', 'Abstracts on local value addition, artisanal mining policy and environmental governance for the African Mining Vision conference.'],
      fr: ['Conférence sur la Vision minière africaine : appel à résumés', 'Résumés sur la valeur ajoutée locale, les politiques de l’exploitation artisanale et la gouvernance environnementale pour la conférence sur la Vision minière africaine.'],
    } },
  { kind: K.CALL_FOR_PROPOSALS, by: 'battery', phase: 'open', zone: 'Europe/Amsterdam', minerals: ['graphite', 'nickel'], themes: ['traceability', 'environment'], countries: ['MZ', 'MG', 'ID', 'PH'], amount: [200_000, 800_000, 'EUR'], eligible: [CSO, 'RESEARCH', 'COMPANY'],
    texts: { en: ['Responsible graphite and nickel: due diligence beyond cobalt', 'Risk mapping, community engagement and traceability for graphite in Mozambique and Madagascar and nickel in Indonesia and the Philippines.'] } },
  { kind: K.GRANT, by: 'battery', phase: 'open', zone: 'America/Argentina/Buenos_Aires', minerals: ['lithium'], themes: ['environment', 'community-engagement'], countries: ['AR', 'BO', 'CL'], amount: [30_000, 150_000, 'EUR'], eligible: [CSO, 'RESEARCH'],
    texts: {
      en: ['Lithium and water: community water monitoring grants', 'Community-led monitoring of groundwater and wetlands near lithium brine operations, with open data and independent laboratories.'],
      es: ['Litio y agua: subvenciones para el monitoreo comunitario del agua', 'Monitoreo comunitario de aguas subterráneas y humedales cerca de las operaciones de salmuera de litio, con datos abiertos y laboratorios independientes.'],
    } },
  { kind: K.EVENT, by: 'battery', phase: 'scheduled', zone: 'Europe/Amsterdam', minerals: ['cobalt', 'lithium', 'graphite', 'nickel'], themes: ['traceability'], countries: ['NL'], seats: 250, where: 'Amsterdam',
    texts: { en: ['Battery Passport Summit: due diligence data for the EU Battery Regulation', 'What the battery passport will ask about supply-chain due diligence, and how producers, refiners and recyclers can share the data.'] } },
  { kind: K.GRANT, by: 'women', phase: 'open', zone: 'America/Toronto', minerals: ['gold', 'tin', 'cobalt'], themes: ['gender'], regions: ['002', '419'], amount: [5_000, 20_000, 'USD'], eligible: [CSO],
    texts: {
      en: ['Leadership grants for women in artisanal mining', 'Grants for associations of women miners to train leaders, run safe workspaces and negotiate with buyers and authorities.'],
      fr: ['Subventions de leadership pour les femmes dans l’exploitation minière artisanale', 'Des subventions pour les associations de femmes mineures : formation de dirigeantes, espaces de travail sûrs et négociation avec les acheteurs et les autorités.'],
      es: ['Subvenciones de liderazgo para mujeres en la minería artesanal', 'Subvenciones para asociaciones de mujeres mineras: formación de lideresas, espacios de trabajo seguros y negociación con compradores y autoridades.'],
    } },
  { kind: K.FELLOWSHIP, by: 'women', phase: 'closed', zone: 'America/Toronto', themes: ['gender', 'grievance-mechanisms'], regions: ['002', '419'], amount: [10_000, 10_000, 'USD'],
    texts: { en: ['Fellowship for grievance-mechanism practitioners', 'Six months of mentoring and a stipend for women who run or design grievance mechanisms in mining communities.'] } },
  { kind: K.REQUEST_FOR_ABSTRACTS, by: 'ismr', phase: 'open', zone: 'Africa/Johannesburg', themes: ['environment', 'governance', 'health-and-safety'], regions: ['002'], eligible: ['RESEARCH'],
    texts: { en: ['Call for abstracts: Sustainable Minerals Research Symposium 2027', 'Research on artisanal mining, mine closure, water and health in Africa; selected authors present in Johannesburg.'] } },
  { kind: K.WEBINAR, by: 'ismr', phase: 'closed', zone: 'Africa/Johannesburg', minerals: ['gold', 'tin'], themes: ['environment'], regions: ['002'], seats: 150,
    texts: { en: ['Webinar: satellite monitoring of artisanal mining sites', 'How open satellite imagery and machine learning map artisanal mining, deforestation and river damage, and the limits of remote monitoring.'] } },
  { kind: K.NEWS, by: 'ismr', phase: 'open', zone: 'Africa/Johannesburg', minerals: ['mica'], themes: ['child-labour'], countries: ['MG'],
    texts: { en: ['New study: child labour in Madagascar’s mica collection', 'A household survey of 1,200 families in southern Madagascar finds children in most collecting households and calls on buyers to act.'] } },
  { kind: K.NEWS, by: 'eprs', phase: 'open', zone: 'Europe/Brussels', minerals: ['gold'], themes: ['forced-labour', 'governance'], regions: ['150'],
    texts: { en: ['EU forced-labour ban: what it means for mineral importers', 'A short explainer on the new EU regulation prohibiting products made with forced labour, and how it relates to existing due diligence.'] } },
];

/** Body paragraphs by kind, per language. */
const HOW: Record<Lang, Record<OpportunityKind, string>> = {
  en: {
    CALL_FOR_PROPOSALS: 'Submit a concept note of at most five pages (context, activities, budget and partners). Shortlisted applicants are invited to a full proposal. Consortia with local organizations are encouraged.',
    REQUEST_FOR_ABSTRACTS: 'Send an abstract with the authors’ affiliations. Selected authors are told within four weeks of the deadline.',
    GRANT: 'Apply with the online form: your organization, the activities, a budget and the people responsible. Decisions are made within six weeks.',
    TENDER: 'The terms of reference are attached. Send a technical and a financial offer in separate files; questions are answered in writing until ten days before the deadline.',
    FELLOWSHIP: 'Send a CV, a motivation letter and two references. Interviews take place online.',
    EVENT: 'Registration is free; places are limited and confirmed in order of registration, then a waiting list opens.',
    WEBINAR: 'Registration is free. The link to join is sent the day before; the recording is shared with registered participants.',
    DELEGATION: 'Participants pay their own travel; the programme, local transport and security are organised by the host. Registrations are confirmed in order, then a waiting list opens.',
    NEWS: 'Read the full story on the publisher’s website.',
  },
  fr: {
    CALL_FOR_PROPOSALS: 'Envoyez une note conceptuelle de cinq pages au plus (contexte, activités, budget et partenaires). Les candidats présélectionnés sont invités à soumettre une proposition complète. Les consortiums avec des organisations locales sont encouragés.',
    REQUEST_FOR_ABSTRACTS: 'Envoyez un résumé avec les affiliations des auteurs. Les auteurs retenus sont informés dans les quatre semaines suivant la date limite.',
    GRANT: 'Déposez votre demande avec le formulaire en ligne : votre organisation, les activités, un budget et les responsables. Les décisions sont prises sous six semaines.',
    TENDER: 'Les termes de référence sont joints. Envoyez une offre technique et une offre financière dans des fichiers séparés ; les questions reçoivent une réponse écrite jusqu’à dix jours avant la date limite.',
    FELLOWSHIP: 'Envoyez un CV, une lettre de motivation et deux références. Les entretiens ont lieu en ligne.',
    EVENT: 'L’inscription est gratuite ; les places sont limitées et confirmées dans l’ordre d’inscription, puis une liste d’attente est ouverte.',
    WEBINAR: 'L’inscription est gratuite. Le lien de connexion est envoyé la veille ; l’enregistrement est partagé avec les inscrits.',
    DELEGATION: 'Les participants prennent en charge leur voyage ; le programme, les transports locaux et la sécurité sont organisés par l’hôte. Les inscriptions sont confirmées dans l’ordre, puis une liste d’attente est ouverte.',
    NEWS: 'Lisez l’article complet sur le site de l’éditeur.',
  },
  es: {
    CALL_FOR_PROPOSALS: 'Envíe una nota conceptual de cinco páginas como máximo (contexto, actividades, presupuesto y socios). Los preseleccionados serán invitados a presentar una propuesta completa. Se alientan los consorcios con organizaciones locales.',
    REQUEST_FOR_ABSTRACTS: 'Envíe un resumen con la afiliación de los autores. Los autores seleccionados serán informados dentro de las cuatro semanas siguientes al cierre.',
    GRANT: 'Postule con el formulario en línea: su organización, las actividades, un presupuesto y las personas responsables. Las decisiones se toman en seis semanas.',
    TENDER: 'Los términos de referencia están adjuntos. Envíe una oferta técnica y una económica en archivos separados; las consultas se responden por escrito hasta diez días antes del cierre.',
    FELLOWSHIP: 'Envíe un CV, una carta de motivación y dos referencias. Las entrevistas son en línea.',
    EVENT: 'La inscripción es gratuita; los cupos son limitados y se confirman por orden de inscripción, luego se abre una lista de espera.',
    WEBINAR: 'La inscripción es gratuita. El enlace se envía el día anterior; la grabación se comparte con los inscritos.',
    DELEGATION: 'Los participantes cubren su viaje; el programa, el transporte local y la seguridad están a cargo del anfitrión. Las inscripciones se confirman por orden y luego se abre una lista de espera.',
    NEWS: 'Lea la nota completa en el sitio del editor.',
  },
};

const WHERE: Record<Lang, (place: string) => string> = {
  en: (p) => `It takes place in ${p}.`,
  fr: (p) => `Il se tient à ${p}.`,
  es: (p) => `Se realiza en ${p}.`,
};

/** mulberry32: a small deterministic generator, so that the demo is the same from one run to the next. */
function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)), pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] };
}

const DAY = 86_400_000;

/** Milliseconds to add to UTC to get the wall time in `zone` at `instant`. */
function zoneOffset(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - Math.floor(instant / 1000) * 1000;
}

/** The instant of wall time `hour:minute` in `zone`, on the calendar day (in that zone) of `day`. */
export function atLocalTime(day: Date, hour: number, minute: number, zone: string): Date {
  const local = new Date(day.getTime() + zoneOffset(day.getTime(), zone));
  const wall = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), hour, minute);
  let instant = wall - zoneOffset(wall, zone);
  instant = wall - zoneOffset(instant, zone); // once more across a DST change
  return new Date(instant);
}

const REGISTRABLE: readonly OpportunityKind[] = [K.EVENT, K.WEBINAR, K.DELEGATION];

interface Timeline {
  status: OpportunityStatus;
  createdAt: Date;
  publishedAt: Date | null;
  publishAt: Date | null;
  opensAt: Date | null;
  deadline: Date | null;
  startsAt: Date | null;
  endsAt: Date | null;
  closedAt: Date | null;
  archivedAt: Date | null;
}

/** Dates of one opportunity: the past nine months and the next three, by phase. */
function timeline(spec: Spec, now: Date, rnd: ReturnType<typeof seeded>): Timeline {
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const localDeadline = (days: number) => {
    const [hour, minute] = rnd.pick([[17, 0], [23, 59], [12, 0], [18, 0]]);
    return atLocalTime(at(days), hour, minute, spec.zone);
  };
  const registrable = REGISTRABLE.includes(spec.kind);
  const news = spec.kind === K.NEWS;
  const S = OpportunityStatus;
  let status: OpportunityStatus;
  let published: number | null = null; // days from now
  let publishAt: number | null = null;
  let deadline: number | null = null;
  switch (spec.phase) {
    case 'open':
      status = S.PUBLISHED;
      published = -(news ? rnd.int(2, 265) : rnd.int(1, 110));
      // a fifth close within a week ("closing soon"); registrations close within six weeks
      deadline = news ? null : rnd.next() < 0.2 ? rnd.int(2, 7) : registrable ? rnd.int(8, 42) : rnd.int(8, 88);
      break;
    case 'closed':
      status = S.CLOSED;
      published = -rnd.int(90, 265);
      deadline = Math.min(published + rnd.int(25, 75), -rnd.int(3, 30));
      break;
    case 'scheduled':
      status = S.SCHEDULED;
      publishAt = rnd.int(3, 35);
      deadline = publishAt + rnd.int(30, 55);
      break;
    case 'draft':
      status = S.DRAFT;
      deadline = rnd.int(45, 85);
      break;
    case 'archived':
      status = S.ARCHIVED;
      published = -rnd.int(250, 270);
      deadline = published + 45;
      break;
  }
  const publishedAt = published === null ? null : atLocalTime(at(published), rnd.int(8, 11), rnd.int(0, 59), spec.zone);
  const publishAtDate = publishAt === null ? null : atLocalTime(at(publishAt), 9, 0, spec.zone);
  let deadlineDate = deadline === null ? null : localDeadline(deadline);
  let startsAt: Date | null = null;
  let endsAt: Date | null = null;
  if (registrable && deadline !== null) {
    // registration closes before it starts: webinars the day before, events and delegations a week before
    const lead = spec.kind === K.WEBINAR ? 1 : rnd.int(5, 10);
    const hour = spec.kind === K.WEBINAR ? rnd.pick([10, 14, 15]) : 9;
    startsAt = atLocalTime(at(deadline + lead), hour, 0, spec.zone);
    const length = spec.kind === K.WEBINAR ? 90 * 60_000 : spec.kind === K.EVENT ? DAY + 8 * 3_600_000 : 4 * DAY + 8 * 3_600_000;
    endsAt = new Date(startsAt.getTime() + length);
    deadlineDate = atLocalTime(at(deadline), 23, 59, spec.zone);
  }
  const opensAt = news ? null : (publishedAt ?? publishAtDate);
  // written a few days before publication (drafts and scheduled ones: a few days ago)
  const createdAt = new Date((publishedAt ?? now).getTime() - rnd.int(1, 6) * DAY - rnd.int(0, 600) * 60_000);
  const closedAt = status === S.CLOSED || status === S.ARCHIVED ? new Date(deadlineDate!.getTime() + rnd.int(1, 5) * 60_000) : null;
  const archivedAt = status === S.ARCHIVED ? new Date(closedAt!.getTime() + rnd.int(60, 90) * DAY) : null;
  return { status, createdAt, publishedAt, publishAt: publishAtDate, opensAt, deadline: deadlineDate, startsAt, endsAt, closedAt, archivedAt };
}

function textsOf(spec: Spec): OpportunityTextValue[] {
  const langs = Object.keys(spec.texts) as Lang[];
  return langs.map((language, i) => {
    const [title, summary] = spec.texts[language]!;
    const body = [summary, spec.where ? WHERE[language](spec.where) : null, HOW[language][spec.kind]].filter(Boolean).join('\n\n');
    return { language, title, summary, body, isOriginal: i === 0 };
  });
}

const slugOf = (title: string) => slugify(title).slice(0, 60).replace(/-+$/, '');

/** Seeds the clearinghouse demo (inside the demo seed's transaction). */
export async function seedClearinghouse(manager: EntityManager, now = new Date()): Promise<number> {
  const marker = textsOf(SPECS[0])[0].title;
  const [seededAlready] = await manager.query(`SELECT 1 FROM opportunities WHERE texts @> $1::jsonb LIMIT 1`, [JSON.stringify([{ title: marker }])]);
  if (seededAlready) return 0;

  const orgId = new Map<string, string>();
  const orgByName = async (name: string): Promise<string | null> => {
    if (!orgId.has(name)) {
      const org = await manager.findOneBy(OrganizationEntity, { slug: slugify(name) });
      if (!org) return null;
      orgId.set(name, org.id);
    }
    return orgId.get(name)!;
  };
  const initiativeId = async (name: string | null) => (name ? ((await manager.findOneBy(InitiativeEntity, { slug: slugify(name) }))?.id ?? null) : null);
  const userByEmail = async (email: string) => manager.findOneBy(UserEntity, { email });
  const membershipOrg = async (userId: string): Promise<string | null> => {
    const [row] = await manager.query(`SELECT organization_id FROM organization_memberships WHERE user_id = $1 ORDER BY created_at, organization_id LIMIT 1`, [userId]);
    return row?.organization_id ?? null;
  };

  const rnd = seeded(20_260_301);
  const rows: Array<Partial<OpportunityEntity>> = [];
  for (const spec of SPECS) {
    const publisher = PUBLISHERS[spec.by];
    // the matchmaking seed adds some donors; a database seeded before it lacks them: the Trust publishes instead
    const owner = (await orgByName(publisher.org)) ?? (await orgByName(PUBLISHERS.gmct.org));
    if (!owner) throw new Error(`clearinghouse seed: organization "${publisher.org}" not found (run the demo seed)`);
    const creator = await userByEmail(publisher.email);
    const initiative = await initiativeId(publisher.initiative);
    const t = timeline(spec, now, rnd);
    const texts = textsOf(spec);
    const slug = slugOf(texts[0].title);
    let visibility = Visibility.PUBLIC;
    let visibilityInitiativeIds: string[] = [];
    let visibilityOrganizationIds: string[] = [];
    if (spec.visibility === 'PLATFORM') visibility = Visibility.PLATFORM;
    else if (spec.visibility === 'INITIATIVE' && initiative) [visibility, visibilityInitiativeIds] = [Visibility.INITIATIVE, [initiative]];
    else if (typeof spec.visibility === 'object') {
      const ids: string[] = [];
      for (const name of spec.visibility.organizations) {
        const id = await orgByName(name);
        if (id) ids.push(id);
      }
      [visibility, visibilityOrganizationIds] = [Visibility.ORGANIZATIONS, ids];
    }
    const news = spec.kind === K.NEWS;
    const withDocuments = spec.kind === K.TENDER || spec.kind === K.CALL_FOR_PROPOSALS;
    rows.push({
      kind: spec.kind,
      status: t.status,
      ownerOrganizationId: owner,
      initiativeId: initiative,
      texts,
      opensAt: t.opensAt,
      deadline: t.deadline,
      timeZone: spec.zone,
      startsAt: t.startsAt,
      endsAt: t.endsAt,
      amountMinMinor: spec.amount ? spec.amount[0] * 100 : null,
      amountMaxMinor: spec.amount ? spec.amount[1] * 100 : null,
      currency: spec.amount?.[2] ?? null,
      eligibleKinds: spec.eligible ?? [],
      eligibleCountries: spec.eligibleCountries ?? [],
      countries: spec.countries ?? [],
      regions: spec.regions ?? [],
      minerals: spec.minerals ?? [],
      themes: spec.themes ?? [],
      links: [`${publisher.site}/${news ? 'news' : 'opportunities'}/${slug}`],
      attachments: withDocuments
        ? [
            { title: spec.kind === K.TENDER ? 'Terms of reference' : 'Guidelines for applicants', url: `${publisher.site}/documents/${slug}.pdf` },
            { title: spec.kind === K.TENDER ? 'Financial offer template' : 'Budget template', url: `${publisher.site}/documents/${slug}-budget.xlsx` },
          ]
        : [],
      contact: news ? null : `${creator?.name ?? publisher.org} <${publisher.email}>`,
      seatLimit: spec.seats ?? null,
      publishAt: t.publishAt,
      publishedAt: t.publishedAt,
      closedAt: t.closedAt,
      archivedAt: t.archivedAt,
      createdByUserId: creator?.id ?? null,
      createdAt: t.createdAt,
      updatedAt: t.archivedAt ?? t.closedAt ?? t.publishedAt ?? t.createdAt,
      visibility,
      visibilityInitiativeIds,
      visibilityOrganizationIds,
    });
  }
  const inserted = await manager.insert(OpportunityEntity, rows);
  const ids = inserted.identifiers.map((i) => i.id as string);
  const byTitle = (start: string) => {
    const i = SPECS.findIndex((s) => Object.values(s.texts).some(([title]) => title.startsWith(start)));
    if (i < 0) throw new Error(`clearinghouse seed: no opportunity titled "${start}…"`);
    return { id: ids[i], row: rows[i] };
  };

  // registrations: a full webinar with a waiting list, and seats taken elsewhere
  const register = async (start: string, confirmed: string[], waitlisted: string[] = [], cancelled: string[] = []) => {
    const { id, row } = byTitle(start);
    // spread between publication and now (or the registration deadline), in the order given: seats first, then the waiting list
    const from = row.publishedAt!.getTime();
    const until = Math.min(now.getTime(), row.deadline!.getTime());
    const step = (until - from) / (confirmed.length + waitlisted.length + cancelled.length + 1);
    let t = from;
    const values: Array<Partial<RegistrationEntity>> = [];
    for (const [emails, status] of [[confirmed, RegistrationStatus.CONFIRMED], [cancelled, RegistrationStatus.CANCELLED], [waitlisted, RegistrationStatus.WAITLISTED]] as const) {
      for (const email of emails) {
        const user = await userByEmail(email);
        if (!user) continue;
        t += step * (0.5 + rnd.next());
        const createdAt = new Date(Math.min(Math.round(t), until - 60_000));
        values.push({
          opportunityId: id,
          userId: user.id,
          organizationId: await membershipOrg(user.id),
          status,
          createdAt,
          confirmedAt: status === RegistrationStatus.WAITLISTED ? null : createdAt,
          cancelledAt: status === RegistrationStatus.CANCELLED ? new Date(Math.min(createdAt.getTime() + 2 * DAY, until - 30_000)) : null,
        });
      }
    }
    if (values.length) await manager.insert(RegistrationEntity, values);
  };
  await register(
    'Webinar: the OECD Due Diligence Guidance, Annex II',
    ['anna@volta-electronics.example.de', 'amani@kivutin.example.cd', 'esperance@ccsk.example.cd', 'patrick@mines-sudkivu.example.cd', 'tobias@volta-electronics.example.de', 'erik@nordlicht-batteries.example.se'],
    ['nurul@pacific-components.example.my', 'lea@atelier-martin.example.fr', 'diego@refineria-andina.example.pe'],
  );
  await register('Forum régional sur le devoir de diligence', ['amani@kivutin.example.cd', 'esperance@ccsk.example.cd', 'patrick@mines-sudkivu.example.cd', 'ingrid@nfmc.example.no', 'anna@volta-electronics.example.de']);
  await register('Buyer delegation to tin and tantalum', ['anna@volta-electronics.example.de', 'ingrid@nfmc.example.no', 'nurul@pacific-components.example.my'], [], ['erik@nordlicht-batteries.example.se']);
  await register('Encuentro andino de mujeres mineras', ['lucia@mujeresmineras.example.pe', 'rosa@oro-andino.example.pe', 'diego@refineria-andina.example.pe']);
  await register('Webinar: the EU Conflict Minerals Regulation', ['lea@atelier-martin.example.fr', 'amani@kivutin.example.cd', 'nurul@pacific-components.example.my', 'thandiwe@ismr.example.ac.za']);
  await register('Kolwezi multi-stakeholder dialogue', ['erik@nordlicht-batteries.example.se', 'joost@bscif.example.nl', 'olivia@gmct.example.org.uk', 'camille@terres-solidaires.example.fr']);

  // amplifications: other organizations re-share with a note
  const amplify = async (start: string, organization: string, note: string, initiative: string | null = null) => {
    const { id, row } = byTitle(start);
    const organizationId = await orgByName(organization);
    if (!organizationId || organizationId === row.ownerOrganizationId) return;
    await manager.insert(AmplificationEntity, {
      opportunityId: id,
      organizationId,
      initiativeId: await initiativeId(initiative),
      note,
      createdAt: new Date(Math.min(row.publishedAt!.getTime() + rnd.int(1, 12) * DAY, now.getTime() - 3_600_000)),
    });
  };
  await amplify('Appel à propositions : traçabilité', 'Nordic Fund for Mining Communities', 'We co-fund this call: applicants can combine it with our livelihoods grants.');
  await amplify('Appel à propositions : traçabilité', 'Coopérative des Creuseurs du Sud-Kivu', 'Nos coopératives membres cherchent des partenaires pour répondre en consortium.');
  await amplify('EPRS call for proposals 2026', 'Great Lakes Responsible Minerals Alliance Secretariat', 'Open to Alliance members working in the Great Lakes region.', 'Great Lakes Responsible Minerals Alliance');
  await amplify('EPRS call for proposals 2026', 'Fondation Terres Solidaires', 'Un appel important pour nos partenaires en RDC et au Burkina Faso.');
  await amplify('Call for proposals: child-labour remediation', 'Battery Supply Chain Impact Fund', 'Remediation is core to our mandate: we can co-fund strong proposals.');
  await amplify('Call for proposals: child-labour remediation', 'Fondation Terres Solidaires', 'Complète notre appel sur l’éducation au Katanga.');
  await amplify('Convocatoria: formalización de la minería aurífera', 'Andes Responsible Gold Foundation', 'Formalization first: our mercury-free seed grants can follow.');
  await amplify('Convocatoria: formalización de la minería aurífera', 'Red de Mujeres Mineras del Perú', 'Invitamos a las asociaciones de pallaqueras a postular.');
  await amplify('Mica supply chains', 'European Partnership for Responsible Sourcing Secretariat', 'Relevant for members sourcing mica for cosmetics and electronics.', 'European Partnership for Responsible Sourcing');
  await amplify('Leadership grants for women', 'Red de Mujeres Mineras del Perú', 'Una oportunidad para nuestras dirigentes.');
  await amplify('Leadership grants for women', 'Coopérative des Creuseurs du Sud-Kivu', 'Pour les associations de femmes de nos sites.');
  await amplify('Webinar: the EU Conflict Minerals Regulation', 'Cobalt Stewardship Alliance Secretariat', 'Useful for members importing tin solder and tantalum capacitors.');

  // saved searches and reminders of demo users
  const token = () => randomBytes(24).toString('base64url');
  const saved: Array<[email: string, name: string, filter: Record<string, unknown>, frequency: DigestFrequency]> = [
    ['esperance@ccsk.example.cd', 'Cobalt traceability in the DRC', { minerals: ['cobalt'], countries: ['CD'], query: 'traceability' }, DigestFrequency.DAILY],
    ['esperance@ccsk.example.cd', 'Appels et subventions en français', { kinds: ['CALL_FOR_PROPOSALS', 'GRANT'], languages: ['fr'] }, DigestFrequency.WEEKLY],
    ['lucia@mujeresmineras.example.pe', 'Oro en Perú y Bolivia', { minerals: ['gold'], countries: ['PE', 'BO'] }, DigestFrequency.DAILY],
    ['anna@volta-electronics.example.de', 'Traceability calls and tenders', { themes: ['traceability'], kinds: ['CALL_FOR_PROPOSALS', 'TENDER'] }, DigestFrequency.WEEKLY],
    ['ingrid@nfmc.example.no', 'Formalization in Africa', { themes: ['formalization'], regions: ['002'] }, DigestFrequency.INSTANT],
  ];
  for (const [email, name, filter, frequency] of saved) {
    const user = await userByEmail(email);
    if (!user) continue;
    await manager.save(SavedSearchEntity, manager.create(SavedSearchEntity, { userId: user.id, organizationId: await membershipOrg(user.id), name, filter, frequency, lastDigestAt: now, unsubscribeToken: token() }));
  }
  const reminders: Array<[email: string, start: string, days: number[]]> = [
    ['esperance@ccsk.example.cd', 'Appel à propositions : traçabilité', [7, 1]],
    ['esperance@ccsk.example.cd', 'Appel à projets : éducation et protection', [14]],
    ['lucia@mujeresmineras.example.pe', 'Convocatoria: formalización de la minería aurífera', [14, 3]],
    ['anna@volta-electronics.example.de', 'Tender: evaluation of the EPRS grant portfolio', [7]],
  ];
  for (const [email, start, days] of reminders) {
    const user = await userByEmail(email);
    if (!user) continue;
    const { id } = byTitle(start);
    const organizationId = await membershipOrg(user.id);
    await manager.insert(
      DeadlineReminderEntity,
      days.map((daysBefore) => ({ userId: user.id, organizationId, opportunityId: id, daysBefore, sentAt: null, unsubscribeToken: token() })),
    );
  }

  // make them findable: the search sync drains these rows
  await manager.insert(SearchOutboxEntry, ids.map((documentId) => ({ kind: 'OPPORTUNITY', documentId })));
  return ids.length;
}
