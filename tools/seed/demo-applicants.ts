// The applicants of the demo's donor matchmaking and the projects they seek
// funding for. Each organization has a country, the places it works in, and
// the minerals and themes it works on; each project is written for its
// applicant and stays inside them (tools/seed/__tests__/demo-applicants.spec.ts
// checks it). Pure data: no database, no NestJS.
import { isCountry, isCurrency, isMineral, isTheme, type OrganizationKind, type SizeBand } from '@commonground/shared-reference';

export type DemoProjectStage = 'CONCEPT' | 'PROPOSAL' | 'ONGOING';

export interface DemoApplicant {
  /** how projects name their applicant */
  key: string;
  name: string;
  kind: OrganizationKind;
  /** ISO 3166-1 alpha-2, where it is registered */
  country: string;
  sizeBand: SizeBand | null;
  /** the countries it works in, with the places there (for the reader; projects name them) */
  areas: Array<{ country: string; places: string[] }>;
  /** reference mineral ids (libs/shared/reference) */
  minerals: string[];
  /** reference theme slugs (libs/shared/reference) */
  themes: string[];
  /** the owner's account, for the applicants created here; absent for those tools/seed/demo-seed.ts creates */
  user?: { name: string; email: string };
}

export interface DemoProject {
  /** stable name that decisions, referrals, highlights and pledges point to */
  key: string;
  /** DemoApplicant.key */
  applicant: string;
  title: string;
  /** one or two sentences, shown on cards */
  summary: string;
  /** the full text: what is done, with whom, and what it leaves behind (never a repeat of the summary) */
  description: string;
  countries: string[];
  minerals: string[];
  themes: string[];
  stage: DemoProjectStage;
  /** in major units of `currency` */
  budget: number;
  currency: string;
  durationMonths: number;
  consentToReferral: boolean;
  /** PLATFORM (every signed-in organization) unless restricted to initiatives or organizations, by name */
  visibleTo?: { initiatives: string[] } | { organizations: string[] };
}

export const DEMO_APPLICANTS: DemoApplicant[] = [
  // created by tools/seed/demo-seed.ts
  {
    key: 'ccsk',
    name: 'Coopérative des Creuseurs du Sud-Kivu',
    kind: 'CIVIL_SOCIETY',
    country: 'CD',
    sizeBand: 'SMALL',
    areas: [{ country: 'CD', places: ['Kalehe (Nyabibwe)', 'Mwenga (Kamituga)', 'Shabunda'] }],
    minerals: ['tin', 'tantalum', 'tungsten', 'gold'],
    themes: ['formalization', 'access-to-finance', 'health-and-safety', 'gender', 'environment', 'community-engagement', 'traceability'],
  },
  {
    key: 'mujeres',
    name: 'Red de Mujeres Mineras del Perú',
    kind: 'CIVIL_SOCIETY',
    country: 'PE',
    sizeBand: 'MICRO',
    areas: [{ country: 'PE', places: ['Puno (La Rinconada, Ananea)', 'Madre de Dios', 'Arequipa (Chala, Secocha)'] }],
    minerals: ['gold'],
    themes: ['gender', 'formalization', 'mercury', 'access-to-finance', 'health-and-safety', 'child-labour'],
  },
  {
    key: 'division',
    name: 'Provincial Mining Division of South Kivu',
    kind: 'GOVERNMENT',
    country: 'CD',
    sizeBand: null,
    areas: [{ country: 'CD', places: ['South Kivu: Kalehe, Kabare, Mwenga, Shabunda, Fizi'] }],
    minerals: ['tin', 'tantalum', 'tungsten', 'gold'],
    themes: ['governance', 'formalization', 'traceability', 'security-and-human-rights', 'grievance-mechanisms', 'land-rights', 'community-engagement'],
  },
  {
    key: 'ismr',
    name: 'Institute for Sustainable Minerals Research',
    kind: 'RESEARCH',
    country: 'ZA',
    sizeBand: 'SMALL',
    areas: [
      { country: 'ZA', places: ['Johannesburg'] },
      { country: 'CD', places: ['Lualaba'] },
      { country: 'MG', places: ['Anosy', 'Androy', 'Ihorombe'] },
      { country: 'MZ', places: ['Cabo Delgado (Balama)'] },
      { country: 'ZW', places: ['Mashonaland East (Goromonzi)', 'Masvingo (Bikita)'] },
      { country: 'ZM', places: ['Copperbelt'] },
    ],
    minerals: ['mica', 'cobalt', 'copper', 'lithium', 'graphite'],
    themes: ['forced-labour', 'child-labour', 'environment', 'traceability', 'health-and-safety', 'community-engagement', 'grievance-mechanisms'],
  },
  // created by tools/seed/matchmaking-seed.ts
  {
    key: 'altiplano',
    name: 'Federación de Cooperativas Mineras Auríferas del Altiplano',
    kind: 'CIVIL_SOCIETY',
    country: 'BO',
    sizeBand: 'MEDIUM',
    areas: [{ country: 'BO', places: ['La Paz Altiplano', 'Larecaja (Tipuani, Guanay)', 'Oruro'] }],
    minerals: ['gold', 'tin'],
    themes: ['mercury', 'environment', 'formalization', 'health-and-safety', 'indigenous-peoples'],
    user: { name: 'Wilfredo Mamani', email: 'wilfredo@fecomaa.example.bo' },
  },
  {
    key: 'antioquia',
    name: 'Asociación de Pequeños Mineros de Oro de Antioquia',
    kind: 'CIVIL_SOCIETY',
    country: 'CO',
    sizeBand: 'SMALL',
    areas: [{ country: 'CO', places: ['Segovia', 'Remedios', 'Zaragoza', 'El Bagre'] }],
    minerals: ['gold'],
    themes: ['formalization', 'land-rights', 'environment', 'health-and-safety', 'security-and-human-rights', 'gender', 'access-to-finance'],
    user: { name: 'Yolanda Restrepo', email: 'yolanda@pequenosmineros.example.co' },
  },
  {
    key: 'tanjona',
    name: 'Association Tanjona Atsimo',
    kind: 'CIVIL_SOCIETY',
    country: 'MG',
    sizeBand: 'MICRO',
    areas: [{ country: 'MG', places: ['Anosy (Amboasary-Atsimo, Tranomaro)', 'Androy', 'Ihorombe'] }],
    minerals: ['mica'],
    themes: ['child-labour', 'community-engagement', 'health-and-safety', 'access-to-finance', 'formalization'],
    user: { name: 'Hanitra Rasoanaivo', email: 'hanitra@tanjona-atsimo.example.mg' },
  },
  {
    key: 'jagriti',
    name: 'Jagriti Bal Adhikar Sangathan',
    kind: 'CIVIL_SOCIETY',
    country: 'IN',
    sizeBand: 'SMALL',
    areas: [{ country: 'IN', places: ['Jharkhand (Koderma, Giridih)', 'Bihar (Nawada)'] }],
    minerals: ['mica'],
    themes: ['child-labour', 'forced-labour', 'community-engagement', 'access-to-finance', 'gender'],
    user: { name: 'Sunita Kumari', email: 'sunita@jagriti-bal.example.in' },
  },
  {
    key: 'babel',
    name: 'Forum Masyarakat Penambang Timah Bangka Belitung',
    kind: 'CIVIL_SOCIETY',
    country: 'ID',
    sizeBand: 'MICRO',
    areas: [{ country: 'ID', places: ['Bangka', 'Belitung'] }],
    minerals: ['tin'],
    themes: ['environment', 'health-and-safety', 'formalization', 'land-rights', 'community-engagement', 'traceability'],
    user: { name: 'Rudi Hartono', email: 'rudi@forum-timah-babel.example.id' },
  },
  {
    key: 'kolwezi',
    name: 'Coopérative Minière Artisanale Tujenge Kolwezi',
    kind: 'CIVIL_SOCIETY',
    country: 'CD',
    sizeBand: 'MEDIUM',
    areas: [{ country: 'CD', places: ['Lualaba: Kolwezi (Kasulo, Kanina), Mutoshi'] }],
    minerals: ['cobalt', 'copper'],
    themes: ['child-labour', 'health-and-safety', 'formalization', 'gender', 'grievance-mechanisms', 'community-engagement', 'traceability'],
    user: { name: 'Jean-Claude Mwamba Ilunga', email: 'jeanclaude@tujenge-kolwezi.example.cd' },
  },
];

const GREAT_LAKES = 'Great Lakes Responsible Minerals Alliance';
const ANDEAN = 'Andean Artisanal Gold Initiative';
const EPRS = 'European Partnership for Responsible Sourcing';

export const DEMO_PROJECTS: DemoProject[] = [
  // ---------------------------------------------------------------- Coopérative des Creuseurs du Sud-Kivu
  {
    key: 'ccsk-nyabibwe-registration',
    applicant: 'ccsk',
    title: 'Registering the 1,200 diggers of the Nyabibwe tin sites as cooperative members',
    summary: 'Member cards, a register of shares and monthly bookkeeping so that the cooperative’s cassiterite from Kalehe can be sold through the validated chain.',
    description:
      'Most diggers at Nyabibwe work for the cooperative without being its members: they have no vote, no share of the sales and no protection when a shaft collapses. ' +
      'Over two years we will hold enrolment days at each of the six sites, issue photo member cards, keep a register of shares and train two bookkeepers to produce the monthly accounts the mining authority asks for. ' +
      'Site validation and the renewal of the cooperative’s authorization depend on these records; a paralegal from Bukavu accompanies the general assemblies that elect the new board.',
    countries: ['CD'],
    minerals: ['tin', 'tantalum'],
    themes: ['formalization', 'access-to-finance'],
    stage: 'PROPOSAL',
    budget: 420_000,
    currency: 'EUR',
    durationMonths: 24,
    consentToReferral: true,
  },
  {
    key: 'ccsk-kamituga-rehabilitation',
    applicant: 'ccsk',
    title: 'Giving mined-out gold pits around Kamituga back to farmers',
    summary: 'Backfilling, terracing and cassava and bean plots on 40 hectares of abandoned alluvial workings, chosen with the villages that own the land.',
    description:
      'Decades of alluvial digging have left open pits and bare spoil heaps along the streams around Kamituga; children drown in them in the rainy season and the fields are gone. ' +
      'Village committees choose the plots, cooperative members are paid to backfill and terrace them, and an agronomist from the territory’s agriculture office runs demonstration plots of cassava, beans and fruit trees. ' +
      'The land goes back to its customary owners with a written agreement; a second phase would fence the remaining active pits.',
    countries: ['CD'],
    minerals: ['gold'],
    themes: ['environment', 'community-engagement'],
    stage: 'ONGOING',
    budget: 180_000,
    currency: 'EUR',
    durationMonths: 18,
    consentToReferral: true,
  },
  {
    key: 'ccsk-shaft-safety',
    applicant: 'ccsk',
    title: 'Timbering and ventilation for the cassiterite shafts of Kalehe',
    summary: 'Mine timber, hand-cranked ventilators and a trained safety officer for each of twelve underground workings where collapses killed nine diggers last year.',
    description:
      'Shafts in Kalehe reach 40 metres with no support and no fresh air. The cooperative will buy eucalyptus timber from local growers, equip every shaft deeper than ten metres with a ventilator, and train twelve safety officers with the provincial mining service (SAEMAPE). ' +
      'Each accident and near miss is written down and discussed at the monthly site meeting; the first-aid kits and a stretcher stay at the site.',
    countries: ['CD'],
    minerals: ['tin'],
    themes: ['health-and-safety'],
    stage: 'PROPOSAL',
    budget: 95_000,
    currency: 'USD',
    durationMonths: 12,
    consentToReferral: true,
    visibleTo: { initiatives: [GREAT_LAKES] },
  },
  {
    key: 'ccsk-mwenga-women-washers',
    applicant: 'ccsk',
    title: 'A savings group and fair pay for the women who wash gold gravel in Mwenga',
    summary: 'Women who carry and wash gravel at the cooperative’s gold sites get a written daily rate, a village savings and loan group and a seat on the site committee.',
    description:
      'About 300 women work at the washing points of Mwenga, paid in gravel rather than money and excluded from the site committees. ' +
      'We will agree a written daily rate with the pit bosses, set up three savings and loan groups run by the women themselves, and reserve two seats for them on each site committee. ' +
      'A women’s officer of the cooperative follows up every quarter and reports the pay actually received.',
    countries: ['CD'],
    minerals: ['gold'],
    themes: ['gender', 'access-to-finance'],
    stage: 'CONCEPT',
    budget: 38_000,
    currency: 'EUR',
    durationMonths: 12,
    consentToReferral: false,
  },
  {
    key: 'ccsk-prefinance-fund',
    applicant: 'ccsk',
    title: 'A revolving fund so the cooperative stops selling its tin and tungsten below price',
    summary: 'Pre-finance of production against delivery, so that members no longer borrow from traders who buy their cassiterite and wolframite at a discount.',
    description:
      'Between two sales the diggers borrow food and tools from négociants and repay in minerals, well below the Bukavu comptoir price. ' +
      'A fund of USD 200,000 will lend to work teams against their next delivery, at a published rate, with repayments recorded in the cooperative’s books and checked by an external auditor each year. ' +
      'Team leaders take a six-week course in costing and credit before their first loan.',
    countries: ['CD'],
    minerals: ['tin', 'tungsten'],
    themes: ['access-to-finance', 'formalization'],
    stage: 'PROPOSAL',
    budget: 310_000,
    currency: 'USD',
    durationMonths: 36,
    consentToReferral: true,
  },

  // ---------------------------------------------------------------- Red de Mujeres Mineras del Perú
  {
    key: 'mujeres-pallaqueras-rinconada',
    applicant: 'mujeres',
    title: 'Pallaqueras of La Rinconada: from picking waste rock to a registered association',
    summary: 'Legal and technical help so that the women who pick gold-bearing rock from the waste heaps of La Rinconada register an association and enter the REINFO process.',
    description:
      'At 5,000 metres, hundreds of pallaqueras sort the waste rock the mining contracts leave behind, without permission, pay or insurance. ' +
      'The network will register an association, negotiate a written agreement with the concession holders for access to the heaps, and file the members’ entries in the national register of informal miners (REINFO). ' +
      'A lawyer and a mining engineer from Juliaca accompany them through the environmental instrument the formalization requires.',
    countries: ['PE'],
    minerals: ['gold'],
    themes: ['formalization', 'gender'],
    stage: 'PROPOSAL',
    budget: 460_000,
    currency: 'PEN',
    durationMonths: 24,
    consentToReferral: true,
  },
  {
    key: 'mujeres-ananea-daycare',
    applicant: 'mujeres',
    title: 'Day-care centres for the children of women miners in Ananea',
    summary: 'Two day-care centres near the mining camps of Ananea, so that mothers who work the night shift no longer take their children to the mine.',
    description:
      'Children of women miners in Ananea spend the day in the camps, and many start carrying rock before they are twelve. ' +
      'Two centres run by mothers trained as carers will take 80 children from 6 in the morning to 8 in the evening, with meals, a health check and school homework. ' +
      'The district municipality has offered the buildings; the network seeks the running costs of the first two years while it negotiates their inclusion in the national Cuna Más programme.',
    countries: ['PE'],
    minerals: ['gold'],
    themes: ['child-labour', 'gender'],
    stage: 'CONCEPT',
    budget: 60_000,
    currency: 'USD',
    durationMonths: 24,
    consentToReferral: true,
    visibleTo: { initiatives: [ANDEAN] },
  },
  {
    key: 'mujeres-madre-de-dios-retorts',
    applicant: 'mujeres',
    title: 'A women-run retort service in Madre de Dios',
    summary: 'Women’s associations of Huepetuhe run closed retorts and mercury vapour traps for the amalgam of neighbouring operations, charging a fee per burn.',
    description:
      'Amalgam is burnt in the open in the kitchens of Huepetuhe and Laberinto, and the women and children breathe the vapour. ' +
      'The project equips three service points with retorts and activated-carbon traps, trains the women who run them, and measures mercury in the air of the homes before and after. ' +
      'The fee covers the running costs after the first year; the recovered mercury is sent for safe storage through the regional environment office.',
    countries: ['PE'],
    minerals: ['gold'],
    themes: ['mercury', 'health-and-safety', 'gender'],
    stage: 'PROPOSAL',
    budget: 95_000,
    currency: 'USD',
    durationMonths: 18,
    consentToReferral: true,
  },
  {
    key: 'mujeres-arequipa-credit',
    applicant: 'mujeres',
    title: 'A credit line for women’s mining associations on Arequipa’s southern coast',
    summary: 'Loans for ore-crushing equipment and working capital to eleven women’s associations around Chala and Secocha, through a local savings cooperative.',
    description:
      'Banks do not lend to small mining associations, and the women of Chala and Secocha sell their ore to plant owners who set the price. ' +
      'With a guarantee fund held by a savings and credit cooperative of Arequipa, the associations can borrow to buy a small crusher, pay for assays and wait for a better price. ' +
      'Loans started in the first semester; the project now adds financial training and a shared assay service.',
    countries: ['PE'],
    minerals: ['gold'],
    themes: ['access-to-finance', 'gender'],
    stage: 'ONGOING',
    budget: 350_000,
    currency: 'PEN',
    durationMonths: 30,
    consentToReferral: false,
  },

  // ---------------------------------------------------------------- Provincial Mining Division of South Kivu
  {
    key: 'division-checkpoint-monitoring',
    applicant: 'division',
    title: 'Independent monitoring of the 3T tagging checkpoints in Kalehe and Kabare',
    summary: 'Civil-society monitors visit the tagging checkpoints and trading posts at random and publish what they find, with a joint committee that must answer each incident.',
    description:
      'The bag tags of the traceability system are only as good as the checkpoints where they are applied. ' +
      'The Division will set up a monitoring committee of civil society, the cooperatives and the mining police; six trained monitors make unannounced visits, log incidents on a phone form, and the committee publishes a quarterly report with the follow-up of each incident. ' +
      'The design follows Annex II of the OECD Guidance and is meant to be repeated in Mwenga and Shabunda.',
    countries: ['CD'],
    minerals: ['tin', 'tantalum', 'tungsten'],
    themes: ['traceability', 'governance', 'community-engagement'],
    stage: 'PROPOSAL',
    budget: 850_000,
    currency: 'USD',
    durationMonths: 36,
    consentToReferral: true,
  },
  {
    key: 'division-site-validation',
    applicant: 'division',
    title: 'Qualification missions for sixty artisanal mine sites of South Kivu',
    summary: 'Joint missions of the Division, civil society and the Alliance visit sixty sites and publish each green, yellow or red rating within thirty days.',
    description:
      'Buyers can only source from validated sites, and a third of the sites in the province have never been visited. ' +
      'The project pays for the missions (vehicles, per diems, security) and for the publication of each site report, and trains two mining engineers of the Division in the validation procedure. ' +
      'Sites rated yellow receive a follow-up visit within six months.',
    countries: ['CD'],
    minerals: ['tin', 'tantalum', 'tungsten', 'gold'],
    themes: ['governance', 'traceability'],
    stage: 'ONGOING',
    budget: 1_200_000,
    currency: 'USD',
    durationMonths: 36,
    consentToReferral: true,
  },
  {
    key: 'division-shabunda-security',
    applicant: 'division',
    title: 'Voluntary Principles training for the mining police posted in Shabunda',
    summary: 'Training of the mining police and the army units posted near Shabunda’s gold and tin sites, with an incident register reviewed each month by the Division and civil society.',
    description:
      'Illegal taxation and abuse by armed men at mine sites is the first risk buyers name in Shabunda. ' +
      'Trainers of the national human rights commission will give five sessions on the Voluntary Principles on Security and Human Rights to the mining police and the units posted near sites; every incident at a site goes into a register that a monthly meeting reviews. ' +
      'The Division reports the cases referred to the military prosecutor.',
    countries: ['CD'],
    minerals: ['gold', 'tin'],
    themes: ['security-and-human-rights', 'governance'],
    stage: 'PROPOSAL',
    budget: 260_000,
    currency: 'EUR',
    durationMonths: 18,
    consentToReferral: true,
    visibleTo: { organizations: ['Nordic Fund for Mining Communities', 'African Minerals Development Facility'] },
  },
  {
    key: 'division-mwenga-zones',
    applicant: 'division',
    title: 'Demarcating artisanal mining zones in Mwenga and Fizi',
    summary: 'Surveys, consultation of the customary chiefs and the files that ask the Ministry to declare four artisanal exploitation zones (ZEA).',
    description:
      'Cooperatives can only hold rights inside a declared artisanal zone, and none exists in Mwenga or Fizi although thousands dig gold there. ' +
      'The Division will survey four candidate areas, consult the customary chiefs and landholders on their boundaries, check them against the industrial titles of the cadastre, and submit the files to the Ministry of Mines in Kinshasa. ' +
      'The maps and the minutes of each consultation will be public.',
    countries: ['CD'],
    minerals: ['gold'],
    themes: ['land-rights', 'formalization', 'governance'],
    stage: 'CONCEPT',
    budget: 180_000,
    currency: 'USD',
    durationMonths: 18,
    consentToReferral: true,
  },
  {
    key: 'division-grievance-hotline',
    applicant: 'division',
    title: 'A free hotline and field mediators for mine-site grievances in Kalehe',
    summary: 'A toll-free number in Swahili, Mashi and French, and three mediators who take complaints from miners and neighbours to the site committees.',
    description:
      'Complaints about land, pay and abuse at mine sites now go nowhere or to whoever holds a gun. ' +
      'The hotline records each complaint, gives the caller a number, and a mediator visits within ten days; unresolved cases go to a monthly meeting of the Division, the territory and civil society. ' +
      'Anonymous figures by type and outcome are published each quarter.',
    countries: ['CD'],
    minerals: ['tin', 'tantalum'],
    themes: ['grievance-mechanisms', 'community-engagement'],
    stage: 'PROPOSAL',
    budget: 140_000,
    currency: 'EUR',
    durationMonths: 24,
    consentToReferral: false,
  },

  // ---------------------------------------------------------------- Institute for Sustainable Minerals Research
  {
    key: 'ismr-mica-household-survey',
    applicant: 'ismr',
    title: 'Who collects Madagascar’s mica? A household survey in Anosy, Androy and Ihorombe',
    summary: 'A representative survey of 1,500 households in the mica-producing communes of southern Madagascar on children’s work, debts to collectors and income.',
    description:
      'Estimates of child labour in Malagasy mica range from a few thousand to over ten thousand children; nobody has surveyed the communes where it is collected. ' +
      'Enumerators from the communities, trained with the University of Toliara, will interview 1,500 households, and the Institute will map the chain from the pit to the exporters in Fort-Dauphin. ' +
      'Results go first to the communities and the Ministry of Mines, then to buyers, with a public dataset.',
    countries: ['MG'],
    minerals: ['mica'],
    themes: ['child-labour', 'forced-labour'],
    stage: 'ONGOING',
    budget: 2_400_000,
    currency: 'ZAR',
    durationMonths: 18,
    consentToReferral: true,
  },
  {
    key: 'ismr-balama-baseline',
    applicant: 'ismr',
    title: 'Dust, water and relocation: a community baseline around the Balama graphite mine',
    summary: 'Air, water and livelihood measurements in the villages around Balama, before the mine’s expansion, agreed with the villages and shared with them.',
    description:
      'The graphite of Balama supplies battery anodes, and its planned expansion will move fields and water points of neighbouring villages. ' +
      'With a Mozambican partner the Institute will measure dust and water quality in eight villages through two seasons, record the land and crops at stake, and hand each village its own results. ' +
      'The baseline is the reference for any later claim; the method will be published for use at other graphite sites.',
    countries: ['MZ'],
    minerals: ['graphite'],
    themes: ['environment', 'community-engagement'],
    stage: 'PROPOSAL',
    budget: 310_000,
    currency: 'USD',
    durationMonths: 24,
    consentToReferral: true,
  },
  {
    key: 'ismr-cobalt-traceability-evaluation',
    applicant: 'ismr',
    title: 'Does cobalt traceability reach the pit? An evaluation of three schemes in Lualaba',
    summary: 'A field evaluation of what three chain-of-custody schemes for artisanal cobalt actually record between the pit, the trading depots and the processors.',
    description:
      'Buyers rely on traceability schemes for artisanal cobalt without evidence of what they capture. ' +
      'Researchers will follow 200 consignments from the artisanal zones of Kolwezi to the processors, compare what each scheme records with what was observed, and ask miners whether the schemes’ grievance channels are known and used. ' +
      'The report and its data are published; the three schemes have agreed to comment before publication.',
    countries: ['CD'],
    minerals: ['cobalt', 'copper'],
    themes: ['traceability', 'grievance-mechanisms'],
    stage: 'PROPOSAL',
    budget: 380_000,
    currency: 'EUR',
    durationMonths: 20,
    consentToReferral: true,
  },
  {
    key: 'ismr-zimbabwe-lithium',
    applicant: 'ismr',
    title: 'Artisanal lithium digging in Goromonzi and Bikita: a risk map for buyers',
    summary: 'Where, by whom and under what conditions lepidolite and petalite are dug by hand in Zimbabwe, and which of those risks reach battery supply chains.',
    description:
      'Since 2022 thousands of people have dug lithium ore by hand in Zimbabwe, sold to traders and exporters that buyers cannot see. ' +
      'The study visits the digging areas of Goromonzi and Bikita, interviews diggers, traders and local authorities, and maps safety, child-labour and land risks against the export routes. ' +
      'A short guide for buyers and a briefing for the Ministry of Mines close the project.',
    countries: ['ZW'],
    minerals: ['lithium'],
    themes: ['health-and-safety', 'child-labour'],
    stage: 'CONCEPT',
    budget: 120_000,
    currency: 'USD',
    durationMonths: 10,
    consentToReferral: true,
    visibleTo: { initiatives: [EPRS] },
  },
  {
    key: 'ismr-copperbelt-tailings',
    applicant: 'ismr',
    title: 'Re-mined tailings and river water on the Zambian Copperbelt',
    summary: 'Monthly sampling of the Kafue’s tributaries below three tailings dams that are being re-processed for copper and cobalt, with the riverside communities.',
    description:
      'Old tailings dams of the Copperbelt are being re-mined for the cobalt they still hold, and the communities downstream report dead fish and stained fields. ' +
      'Community monitors trained by the Institute take monthly samples at twelve points, a laboratory in Kitwe analyses them, and the results are discussed each quarter with the operators and the Zambia Environmental Management Agency. ' +
      'The sampling began last year; this phase adds sediment and crop sampling.',
    countries: ['ZM'],
    minerals: ['copper', 'cobalt'],
    themes: ['environment', 'community-engagement'],
    stage: 'ONGOING',
    budget: 220_000,
    currency: 'GBP',
    durationMonths: 24,
    consentToReferral: false,
  },

  // ---------------------------------------------------------------- Federación de Cooperativas Mineras Auríferas del Altiplano
  {
    key: 'altiplano-mercury-free-plant',
    applicant: 'altiplano',
    title: 'A shared mercury-free gold plant for eight cooperatives of the La Paz Altiplano',
    summary: 'Shaking tables, a centrifugal concentrator and a direct-smelting furnace in one plant that eight member cooperatives use instead of amalgamating on site.',
    description:
      'Each of the federation’s cooperatives on the Altiplano amalgamates its concentrate in the open, and together they release an estimated 1.5 tonnes of mercury a year. ' +
      'The federation builds one processing plant on land given by a member cooperative, trains two operators from each cooperative, and charges a fee per tonne that pays for its running. ' +
      'Recovery rates are measured against amalgamation on the same ore, and the cooperatives that use the plant hand in their mercury stock.',
    countries: ['BO'],
    minerals: ['gold'],
    themes: ['mercury', 'environment', 'formalization'],
    stage: 'ONGOING',
    budget: 240_000,
    currency: 'USD',
    durationMonths: 30,
    consentToReferral: true,
  },
  {
    key: 'altiplano-river-mercury',
    applicant: 'altiplano',
    title: 'Mercury in fish and hair along the Tipuani and Kaka rivers',
    summary: 'Fish and hair samples from riverside Leco and Mosetén communities downstream of cooperative gold workings, with results returned to each family.',
    description:
      'Indigenous communities downstream of Tipuani and Guanay eat river fish daily, and earlier studies found mercury in their hair above the WHO reference. ' +
      'The federation commissions a university laboratory to sample fish and hair twice a year, returns the results to each family with advice on which fish to avoid, and uses them to set reduction targets for its member cooperatives upstream. ' +
      'The indigenous organizations of the area co-sign the sampling protocol.',
    countries: ['BO'],
    minerals: ['gold'],
    themes: ['mercury', 'environment', 'indigenous-peoples'],
    stage: 'PROPOSAL',
    budget: 900_000,
    currency: 'BOB',
    durationMonths: 24,
    consentToReferral: true,
  },
  {
    key: 'altiplano-oruro-silicosis',
    applicant: 'altiplano',
    title: 'Wet drilling and silicosis screening in the tin cooperatives of Oruro',
    summary: 'Water-fed drills, dust masks and chest X-rays for 600 members of the federation’s tin cooperatives in Oruro, with the regional social-security hospital.',
    description:
      'Silicosis ends the working life of tin miners in Oruro before they are fifty. ' +
      'The project replaces dry drilling with water-fed drills in the cooperatives’ main levels, supplies fitted masks, and pays for chest X-rays of every member with the regional hospital, which registers the cases for a disability pension. ' +
      'Dust is measured in the levels before and after.',
    countries: ['BO'],
    minerals: ['tin'],
    themes: ['health-and-safety'],
    stage: 'CONCEPT',
    budget: 150_000,
    currency: 'USD',
    durationMonths: 18,
    consentToReferral: true,
  },
  {
    key: 'altiplano-environmental-licences',
    applicant: 'altiplano',
    title: 'Environmental licences for forty gold cooperatives of Larecaja',
    summary: 'Technical teams prepare the environmental files that forty member cooperatives need to keep their mining contracts with the state mining administration.',
    description:
      'Under the 2014 mining law a cooperative without an environmental licence loses its contract, and most of the federation’s members in Larecaja have none. ' +
      'Two technical teams visit each cooperative, prepare its environmental file, and train a member to keep the monitoring it commits to; the federation follows the files through the departmental government. ' +
      'Twenty-two files have been submitted so far.',
    countries: ['BO'],
    minerals: ['gold'],
    themes: ['formalization', 'environment'],
    stage: 'ONGOING',
    budget: 600_000,
    currency: 'BOB',
    durationMonths: 24,
    consentToReferral: false,
  },

  // ---------------------------------------------------------------- Asociación de Pequeños Mineros de Oro de Antioquia
  {
    key: 'antioquia-operating-contracts',
    applicant: 'antioquia',
    title: 'Operating contracts with title holders for small miners of Segovia and Remedios',
    summary: 'Legal support to negotiate operating sub-contracts between 300 small miners and the holders of the mining titles they work in, as Colombian law allows.',
    description:
      'In Segovia and Remedios most small miners work inside titles held by others and are treated as illegal, with their equipment at risk of destruction. ' +
      'The association’s lawyers negotiate sub-contracts with the title holders, help each unit meet the technical and environmental conditions, and register the contracts with the National Mining Agency. ' +
      'A mediation panel with the municipalities handles disputes over boundaries.',
    countries: ['CO'],
    minerals: ['gold'],
    themes: ['formalization', 'land-rights'],
    stage: 'PROPOSAL',
    budget: 210_000,
    currency: 'USD',
    durationMonths: 24,
    consentToReferral: true,
  },
  {
    key: 'antioquia-zaragoza-tailings',
    applicant: 'antioquia',
    title: 'After mercury: lined tailings ponds and safe cyanide handling in Zaragoza’s processing plants',
    summary: 'Since mercury was banned, small plants leach with cyanide; the project lines their tailings ponds and trains their workers to handle and destroy cyanide.',
    description:
      'Colombia banned mercury in mining in 2018, and the small processing plants (entables) of Zaragoza turned to cyanide without lined ponds or detox. ' +
      'The association co-finances the lining of twelve ponds, trains the operators in handling, storage and destruction of cyanide, and monitors the water of the streams below with the regional environmental authority. ' +
      'The first four plants were lined last year.',
    countries: ['CO'],
    minerals: ['gold'],
    themes: ['environment', 'health-and-safety'],
    stage: 'ONGOING',
    budget: 330_000,
    currency: 'USD',
    durationMonths: 24,
    consentToReferral: true,
  },
  {
    key: 'antioquia-el-bagre-security',
    applicant: 'antioquia',
    title: 'Extortion at the mine: a protocol for small miners and gold buyers in El Bagre',
    summary: 'A confidential way for miners to report extortion by armed groups, and a protocol that tells gold buyers what to do with the reports.',
    description:
      'Armed groups charge small miners of El Bagre a levy per gram and per machine; buyers who learn of it stop buying, and the miners bear the loss. ' +
      'With the Ombudsman’s office, the association sets up a confidential reporting channel and writes, with two buyers and a refinery, a protocol of graduated responses that does not punish the miners who report. ' +
      'The protocol is tested for a year and then published.',
    countries: ['CO'],
    minerals: ['gold'],
    themes: ['security-and-human-rights'],
    stage: 'PROPOSAL',
    budget: 160_000,
    currency: 'EUR',
    durationMonths: 18,
    consentToReferral: true,
  },
  {
    key: 'antioquia-barequeras-savings',
    applicant: 'antioquia',
    title: 'Savings and credit for the barequeras of the Nechí river',
    summary: 'Savings groups and small loans for women who pan for gold on the Nechí, with help to register as barequeras in the municipal registry.',
    description:
      'Women panning on the banks of the Nechí sell each day’s gold to the nearest buyer and have nothing when the river rises. ' +
      'The association forms savings groups, registers the women in the municipal registry of subsistence miners so they can sell legally, and lends to those who want to add a second income in the rainy season. ' +
      'The first groups will be started in Zaragoza and El Bagre.',
    countries: ['CO'],
    minerals: ['gold'],
    themes: ['gender', 'access-to-finance'],
    stage: 'CONCEPT',
    budget: 45_000,
    currency: 'USD',
    durationMonths: 12,
    consentToReferral: true,
  },

  // ---------------------------------------------------------------- Association Tanjona Atsimo
  {
    key: 'tanjona-school-canteens',
    applicant: 'tanjona',
    title: 'School canteens to bring mica-collecting children back to class in Tranomaro',
    summary: 'A daily meal at six primary schools of the mica communes, and teachers who follow each child who has left school for the pits.',
    description:
      'In the drought years children of Tranomaro leave school to collect mica with their parents, because the pits pay for food. ' +
      'The association supplies a daily meal at six schools, hires two assistants who visit the families of absent children, and pays the school fees of the poorest households. ' +
      'Attendance is counted every month with the school directors.',
    countries: ['MG'],
    minerals: ['mica'],
    themes: ['child-labour', 'community-engagement'],
    stage: 'CONCEPT',
    budget: 70_000,
    currency: 'EUR',
    durationMonths: 24,
    consentToReferral: true,
  },
  {
    key: 'tanjona-mica-grading',
    applicant: 'tanjona',
    title: 'A collectors’ association that sells mica by grade, not by the sack',
    summary: 'Mica collectors of Amboasary-Atsimo form an association, learn to sort their mica by grade and sell it at a weighed, posted price.',
    description:
      'Collectors sell mica by the sack to intermediaries who fix both the weight and the price. ' +
      'The association trains collectors to sort by size and quality, buys two scales for the collection points and posts the prices paid by the exporters in Fort-Dauphin each week. ' +
      'It registers as a legal association and opens a savings account so that members can wait for a better price.',
    countries: ['MG'],
    minerals: ['mica'],
    themes: ['access-to-finance', 'formalization'],
    stage: 'PROPOSAL',
    budget: 110_000,
    currency: 'EUR',
    durationMonths: 24,
    consentToReferral: true,
  },
  {
    key: 'tanjona-pit-first-aid',
    applicant: 'tanjona',
    title: 'Water, masks and first aid at the mica pits of Androy',
    summary: 'Drinking water, dust masks and trained first-aiders at twenty mica pits where collapses and dehydration are the main causes of injury.',
    description:
      'Pits in Androy are dug by hand to ten metres in loose ground, in a region where water is trucked in. ' +
      'The association places water tanks at twenty pits, distributes masks and trains two first-aiders per pit with the district health centre, which records every injury it treats. ' +
      'The records tell the communes which pits should be closed.',
    countries: ['MG'],
    minerals: ['mica'],
    themes: ['health-and-safety'],
    stage: 'ONGOING',
    budget: 55_000,
    currency: 'EUR',
    durationMonths: 12,
    consentToReferral: false,
  },

  // ---------------------------------------------------------------- Jagriti Bal Adhikar Sangathan
  {
    key: 'jagriti-child-friendly-villages',
    applicant: 'jagriti',
    title: 'Child-friendly mica villages in Koderma and Giridih',
    summary: 'Enrolment drives, bridge classes and village child-protection committees in forty mica-collecting villages, so that no child collects scrap mica.',
    description:
      'In the forest villages of Koderma and Giridih whole families collect scrap mica from old dumps, and children miss school for weeks. ' +
      'Village child-protection committees list every child out of school, bridge classes bring them back to grade level, and the committees follow attendance with the school management committees. ' +
      'Twenty villages reached no child in collection last year; the project extends the approach to forty.',
    countries: ['IN'],
    minerals: ['mica'],
    themes: ['child-labour', 'community-engagement'],
    stage: 'ONGOING',
    budget: 240_000,
    currency: 'GBP',
    durationMonths: 36,
    consentToReferral: true,
  },
  {
    key: 'jagriti-nawada-advances',
    applicant: 'jagriti',
    title: 'Breaking the advance: debts that bind mica collectors in Nawada',
    summary: 'A study and a response to the cash advances by which traders tie mica-collecting families of Nawada to sell only to them, at their price.',
    description:
      'Families in Nawada take cash advances from mica traders for weddings and illness and repay them in mica for years, a pattern that meets the ILO indicators of forced labour. ' +
      'The organization documents the advances in twenty villages, links the families to government schemes and a cooperative bank that can refinance the debts, and brings the findings to the exporters who buy from those traders. ' +
      'The legal aid clinic of the district helps families whose traders refuse to settle.',
    countries: ['IN'],
    minerals: ['mica'],
    themes: ['forced-labour', 'access-to-finance'],
    stage: 'PROPOSAL',
    budget: 175_000,
    currency: 'USD',
    durationMonths: 24,
    consentToReferral: true,
  },
  {
    key: 'jagriti-women-collectives',
    applicant: 'jagriti',
    title: 'Self-help groups of women mica collectors selling to processors',
    summary: 'Women’s self-help groups pool their scrap mica, store it, and sell it directly to the processing units of Koderma instead of to the village trader.',
    description:
      'Women do most of the collecting and get the lowest price, because they sell small quantities to the trader who comes to the village. ' +
      'Fifteen self-help groups will pool their mica in a shared store, keep their own accounts, and negotiate as a group with the processing units of Koderma town. ' +
      'The groups also link members to the state’s livelihood mission for a second income.',
    countries: ['IN'],
    minerals: ['mica'],
    themes: ['gender', 'access-to-finance'],
    stage: 'CONCEPT',
    budget: 40_000,
    currency: 'EUR',
    durationMonths: 12,
    consentToReferral: true,
  },

  // ---------------------------------------------------------------- Forum Masyarakat Penambang Timah Bangka Belitung
  {
    key: 'babel-kolong-restoration',
    applicant: 'babel',
    title: 'Turning abandoned tin pits into fish ponds and gardens in Bangka',
    summary: 'Abandoned tin pits (kolong) are reshaped, their water tested, and handed to village groups for fish farming and pepper gardens.',
    description:
      'Thousands of flooded pits left by tin mining scar Bangka, and families drink and bathe in their acidic water. ' +
      'The forum tests the water of each pit, reshapes the banks of those that are safe, stocks them with fish and plants the surrounding sand with pepper and cashew, managed by village groups under an agreement with the village head. ' +
      'Pits that fail the water test are fenced and marked.',
    countries: ['ID'],
    minerals: ['tin'],
    themes: ['environment', 'community-engagement'],
    stage: 'ONGOING',
    budget: 260_000,
    currency: 'USD',
    durationMonths: 30,
    consentToReferral: true,
  },
  {
    key: 'babel-dredge-divers',
    applicant: 'babel',
    title: 'Safety for the tin divers of Belitung’s floating dredges',
    summary: 'Air compressors checked, dive hours limited and emergency boats on call for the divers who work the suction hoses of small offshore tin dredges.',
    description:
      'Divers on the floating dredges (TI apung) off Belitung breathe through hoses from paint compressors and die of decompression sickness and drowning. ' +
      'The forum agrees dive-time limits with the dredge owners, replaces the worst compressors, trains the crews in rescue, and keeps an emergency boat on call with the fishermen’s association. ' +
      'The owners who sign up register their dredges with the district, the first step to a people’s mining permit.',
    countries: ['ID'],
    minerals: ['tin'],
    themes: ['health-and-safety', 'formalization'],
    stage: 'PROPOSAL',
    budget: 140_000,
    currency: 'USD',
    durationMonths: 18,
    consentToReferral: true,
  },
  {
    key: 'babel-peoples-mining-areas',
    applicant: 'babel',
    title: 'People’s mining areas and permits for Bangka’s informal tin miners',
    summary: 'Maps, consultations and files for the provincial government to designate people’s mining areas (WPR), where small tin miners can hold permits and sell traceable tin.',
    description:
      'Most tin on Bangka is dug by small miners without a permit, sold to collectors and mixed into the smelters’ supply. ' +
      'The forum maps the areas already mined by communities, consults the land users, and prepares the files for their designation as people’s mining areas; miners inside them can then apply for permits and sell with a record of origin. ' +
      'The files and maps are shared with the smelters that buy from the areas.',
    countries: ['ID'],
    minerals: ['tin'],
    themes: ['formalization', 'land-rights', 'traceability'],
    stage: 'PROPOSAL',
    budget: 300_000,
    currency: 'EUR',
    durationMonths: 24,
    consentToReferral: true,
  },

  // ---------------------------------------------------------------- Coopérative Minière Artisanale Tujenge Kolwezi
  {
    key: 'kolwezi-child-remediation',
    applicant: 'kolwezi',
    title: 'Child-labour remediation at the Kasulo artisanal cobalt site',
    summary: 'Children found working at Kasulo are taken into case management, returned to school and their families given an income, with the school inspectorate and the social services.',
    description:
      'The cooperative controls access to its site at Kasulo, and its monitors still find children washing and sorting ore on its edges. ' +
      'Each child found is referred to a case worker, enrolled in school or a vocational course, and the family is offered a paid place in the cooperative or a small business grant; the case worker visits monthly for a year. ' +
      'Buyers sourcing from the site share the costs and receive anonymized case reports.',
    countries: ['CD'],
    minerals: ['cobalt'],
    themes: ['child-labour', 'community-engagement'],
    stage: 'ONGOING',
    budget: 520_000,
    currency: 'EUR',
    durationMonths: 36,
    consentToReferral: true,
  },
  {
    key: 'kolwezi-neighbourhood-grievances',
    applicant: 'kolwezi',
    title: 'A grievance desk run with the neighbourhoods of Kasulo and Kanina',
    summary: 'Houses cracked by digging, flooded streets and unpaid workers: a desk where residents and miners lodge complaints that the cooperative must answer within thirty days.',
    description:
      'The artisanal sites of Kolwezi lie inside residential neighbourhoods, and residents have no one to complain to but the police. ' +
      'A desk staffed by a cooperative member and a resident elected by the neighbourhood records complaints, and a joint committee with the neighbourhood chiefs decides on repairs and compensation. ' +
      'The register of complaints and answers is posted at the desk every month.',
    countries: ['CD'],
    minerals: ['cobalt', 'copper'],
    themes: ['grievance-mechanisms', 'community-engagement'],
    stage: 'PROPOSAL',
    budget: 90_000,
    currency: 'USD',
    durationMonths: 24,
    consentToReferral: true,
  },
  {
    key: 'kolwezi-women-washers',
    applicant: 'kolwezi',
    title: 'Protective equipment and a union for women cobalt washers in Kolwezi',
    summary: 'Women who wash and sort cobalt ore get boots, gloves and masks, a health check, and a women’s section in the cooperative to defend their pay.',
    description:
      'Washing and sorting ore is the work left to women at Kolwezi’s sites, barefoot in contaminated water and paid by the bag. ' +
      'The project equips 400 women, pays for a yearly health check with a clinic in Kolwezi, and supports the founding of a women’s section with a seat on the cooperative’s board. ' +
      'The section negotiates a piece rate posted at each washing point.',
    countries: ['CD'],
    minerals: ['cobalt'],
    themes: ['gender', 'health-and-safety'],
    stage: 'CONCEPT',
    budget: 50_000,
    currency: 'USD',
    durationMonths: 12,
    consentToReferral: true,
  },
  {
    key: 'kolwezi-mutoshi-access-control',
    applicant: 'kolwezi',
    title: 'Registering diggers and controlling access to the Mutoshi artisanal zone',
    summary: 'Badges for every registered digger, one controlled gate, and a record of each bag of ore leaving the zone, so that buyers can source from it.',
    description:
      'The Mutoshi zone was set aside for artisanal mining on a concession, and buyers will only source from it if they know who digs there and what leaves it. ' +
      'The cooperative registers its members with photo badges, staffs the gate with guards trained in human rights, and weighs and tags every bag of ore at the exit. ' +
      'The records are checked by an independent monitor every quarter.',
    countries: ['CD'],
    minerals: ['cobalt', 'copper'],
    themes: ['formalization', 'traceability'],
    stage: 'ONGOING',
    budget: 450_000,
    currency: 'USD',
    durationMonths: 24,
    consentToReferral: true,
  },
];

/**
 * What makes the demo data unbelievable, as sentences (empty when it is fine):
 * duplicate keys or titles, a description that repeats its summary, a project
 * outside its applicant's countries, minerals or themes, an unknown reference id.
 */
export function demoDataProblems(applicants: readonly DemoApplicant[] = DEMO_APPLICANTS, projects: readonly DemoProject[] = DEMO_PROJECTS): string[] {
  const problems: string[] = [];
  const duplicates = (values: string[]) => [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
  for (const key of duplicates(applicants.map((a) => a.key))) problems.push(`applicant key ${key} is used twice`);
  for (const name of duplicates(applicants.map((a) => a.name))) problems.push(`applicant ${name} is listed twice`);
  for (const key of duplicates(projects.map((p) => p.key))) problems.push(`project key ${key} is used twice`);
  for (const title of duplicates(projects.map((p) => p.title.trim().toLowerCase()))) problems.push(`title "${title}" is used twice`);
  for (const summary of duplicates(projects.map((p) => p.summary.trim().toLowerCase()))) problems.push(`summary "${summary}" is used twice`);
  for (const a of applicants) {
    if (!isCountry(a.country)) problems.push(`applicant ${a.key}: unknown country ${a.country}`);
    for (const area of a.areas) if (!isCountry(area.country)) problems.push(`applicant ${a.key}: unknown working country ${area.country}`);
    for (const m of a.minerals) if (!isMineral(m)) problems.push(`applicant ${a.key}: unknown mineral ${m}`);
    for (const t of a.themes) if (!isTheme(t)) problems.push(`applicant ${a.key}: unknown theme ${t}`);
  }
  const byKey = new Map(applicants.map((a) => [a.key, a]));
  for (const p of projects) {
    const a = byKey.get(p.applicant);
    if (!a) {
      problems.push(`project ${p.key}: unknown applicant ${p.applicant}`);
      continue;
    }
    const summary = p.summary.trim().toLowerCase();
    const description = p.description.trim().toLowerCase();
    if (!summary || !description || !p.title.trim()) problems.push(`project ${p.key}: a title, summary or description is empty`);
    else if (description.includes(summary)) problems.push(`project ${p.key}: the description repeats the summary`);
    if (summary === p.title.trim().toLowerCase()) problems.push(`project ${p.key}: the summary repeats the title`);
    if (p.countries.length === 0 || p.minerals.length === 0 || p.themes.length === 0) problems.push(`project ${p.key}: needs countries, minerals and themes`);
    const working = a.areas.map((area) => area.country);
    for (const c of p.countries) {
      if (!isCountry(c)) problems.push(`project ${p.key}: unknown country ${c}`);
      else if (!working.includes(c)) problems.push(`project ${p.key}: ${a.name} does not work in ${c}`);
    }
    for (const m of p.minerals) {
      if (!isMineral(m)) problems.push(`project ${p.key}: unknown mineral ${m}`);
      else if (!a.minerals.includes(m)) problems.push(`project ${p.key}: ${a.name} does not work on ${m}`);
    }
    for (const t of p.themes) {
      if (!isTheme(t)) problems.push(`project ${p.key}: unknown theme ${t}`);
      else if (!a.themes.includes(t)) problems.push(`project ${p.key}: ${a.name} does not work on ${t}`);
    }
    if (!isCurrency(p.currency)) problems.push(`project ${p.key}: unknown currency ${p.currency}`);
    if (!(p.budget > 0) || !(p.durationMonths > 0)) problems.push(`project ${p.key}: budget and duration must be positive`);
    if (p.visibleTo && Object.values(p.visibleTo)[0].length === 0) problems.push(`project ${p.key}: a restricted visibility names nobody`);
  }
  return problems;
}
