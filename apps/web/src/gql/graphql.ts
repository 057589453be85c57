/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

export type AccessLogEntry = {
  __typename?: 'AccessLogEntry';
  /** VIEW | DOWNLOAD */
  action: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  organization: Organization;
  reportId: Maybe<Scalars['ID']['output']>;
  user: User;
};

export type AccessRequest = Node & {
  __typename?: 'AccessRequest';
  audit: Audit;
  createdAt: Scalars['DateTime']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  purpose: Scalars['String']['output'];
  requester: Organization;
  status: AccessRequestStatus;
};

export type AccessRequestStatus =
  | 'APPROVED'
  | 'DENIED'
  | 'EXPIRED'
  | 'PENDING';

export type ActivityEntry = {
  __typename?: 'ActivityEntry';
  action: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  details: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  organization: Maybe<Organization>;
  targetId: Maybe<Scalars['String']['output']>;
  targetType: Maybe<Scalars['String']['output']>;
  user: Maybe<User>;
};

export type ActivityEntryConnection = {
  __typename?: 'ActivityEntryConnection';
  edges: Array<ActivityEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActivityEntryEdge = {
  __typename?: 'ActivityEntryEdge';
  cursor: Scalars['String']['output'];
  node: ActivityEntry;
};

export type AlignmentStatus =
  | 'ADOPTED'
  | 'CONSULTATION'
  | 'DRAFT'
  | 'SUPERSEDED';

export type Amplification = {
  __typename?: 'Amplification';
  createdAt: Scalars['DateTime']['output'];
  initiative: Maybe<Initiative>;
  note: Maybe<Scalars['String']['output']>;
  organization: Organization;
};

export type AssessmentStatus =
  | 'ACTIVE'
  | 'CONFORMANT'
  | 'NON_CONFORMANT'
  | 'NOT_ENROLLED'
  | 'UNKNOWN';

export type Attendee = {
  __typename?: 'Attendee';
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  organization: Maybe<Scalars['String']['output']>;
  registeredAt: Scalars['DateTime']['output'];
  registrationId: Scalars['ID']['output'];
  status: RegistrationStatus;
};

export type Audit = Node & {
  __typename?: 'Audit';
  auditor: Maybe<Scalars['String']['output']>;
  completedOn: Maybe<Scalars['DateTime']['output']>;
  /** empty for a viewer who sees the summary only */
  correctiveActions: Array<CorrectiveAction>;
  createdAt: Scalars['DateTime']['output'];
  /** seen (summary only) by every signed-in organization */
  discoverable: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** null for a viewer who sees the summary only */
  outcome: Maybe<Scalars['String']['output']>;
  owner: Organization;
  /** empty for a viewer outside the visibility without granted access */
  reports: Array<AuditReport>;
  smelter: Smelter;
  standard: AuditStandard;
  startedOn: Maybe<Scalars['DateTime']['output']>;
  /** null for a viewer who sees the summary only */
  summary: Maybe<Scalars['String']['output']>;
  type: AuditType;
  validUntil: Maybe<Scalars['DateTime']['output']>;
  /** the viewer reads it in full and downloads its reports */
  viewerCanDownload: Scalars['Boolean']['output'];
  /** the viewer's organization owns it */
  viewerIsOwner: Scalars['Boolean']['output'];
  visibility: VisibilityRule;
};

export type AuditConnection = {
  __typename?: 'AuditConnection';
  edges: Array<AuditEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEdge = {
  __typename?: 'AuditEdge';
  cursor: Scalars['String']['output'];
  node: Audit;
};

export type AuditInput = {
  auditor?: InputMaybe<Scalars['String']['input']>;
  completedOn?: InputMaybe<Scalars['DateTime']['input']>;
  correctiveActions?: InputMaybe<Array<CorrectiveActionInput>>;
  /** default true: other signed-in organizations see that it exists and may ask for access */
  discoverable?: InputMaybe<Scalars['Boolean']['input']>;
  outcome?: InputMaybe<Scalars['String']['input']>;
  smelterId: Scalars['ID']['input'];
  standard: AuditStandard;
  startedOn?: InputMaybe<Scalars['DateTime']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  type: AuditType;
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
  /** who reads it in full: ORGANIZATIONS (a list), INITIATIVE or PRIVATE */
  visibility: VisibilityInput;
};

export type AuditReport = {
  __typename?: 'AuditReport';
  createdAt: Scalars['DateTime']['output'];
  /** null when the viewer may not download */
  downloadUrl: Maybe<Scalars['String']['output']>;
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  sizeBytes: Scalars['Int']['output'];
};

export type AuditStandard =
  | 'ITSCI'
  | 'JDDS'
  | 'LBMA'
  | 'OTHER'
  | 'RJC'
  | 'RMAP';

export type AuditType =
  | 'FOLLOW_UP'
  | 'INITIAL'
  | 'REAUDIT';

export type Citation = {
  __typename?: 'Citation';
  title: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
  year: Maybe<Scalars['Int']['output']>;
};

export type CitationInput = {
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type CoFundingRound = Node & {
  __typename?: 'CoFundingRound';
  closesAt: Maybe<Scalars['DateTime']['output']>;
  confirmed: Money;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  invited: Array<Organization>;
  lead: Organization;
  project: Project;
  target: Money;
};

export type Comment = Node & {
  __typename?: 'Comment';
  author: User;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  organization: Maybe<Organization>;
};

export type CommentConnection = {
  __typename?: 'CommentConnection';
  edges: Array<CommentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CommentEdge = {
  __typename?: 'CommentEdge';
  cursor: Scalars['String']['output'];
  node: Comment;
};

export type Concern = Node & {
  __typename?: 'Concern';
  anonymous: Scalars['Boolean']['output'];
  category: ConcernCategory;
  country: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /** evidence files: all for case handlers; the shared ones for the organizations of the case; its own for the reporter */
  evidence: Array<ConcernEvidence>;
  happenedOn: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** how many of them joined the case */
  joinedCount: Scalars['Int']['output'];
  language: Scalars['String']['output'];
  latitude: Maybe<Scalars['Float']['output']>;
  longitude: Maybe<Scalars['Float']['output']>;
  mergedIntoId: Maybe<Scalars['ID']['output']>;
  /** the reference of the concern it was merged into */
  mergedIntoReference: Maybe<Scalars['String']['output']>;
  /** the thread; the reporter sees only the messages marked for it */
  messages: Array<ConcernMessage>;
  /** the outcome and actions taken, or the reason of a rejection */
  outcome: Maybe<Scalars['String']['output']>;
  place: Maybe<Scalars['String']['output']>;
  /** how many organizations it reached (a number only; which ones is for the case participants) */
  reachedCount: Scalars['Int']['output'];
  /** the organizations it reached, and why: for case handlers and those organizations; empty for the reporter */
  recipients: Array<ConcernRecipient>;
  /** human-readable, e.g. CG-2026-0042 */
  reference: Scalars['String']['output'];
  referredTo: Maybe<Scalars['String']['output']>;
  /** null unless the viewer is a case handler */
  reporterContact: Maybe<Scalars['String']['output']>;
  /** null unless the viewer is a case handler (or the reporter consented to share it with the organizations of the case) */
  reporterName: Maybe<Scalars['String']['output']>;
  /** the reporter consented to its name being shown to the organizations of the case */
  shareIdentityWithCompanies: Scalars['Boolean']['output'];
  smelter: Maybe<Smelter>;
  status: ConcernStatus;
  /** the viewer's organization may join the case (or lead it) */
  viewerCanJoin: Scalars['Boolean']['output'];
  /** the viewer is a case handler of this concern */
  viewerIsHandler: Scalars['Boolean']['output'];
  /** the viewer's organization leads the case */
  viewerIsLead: Scalars['Boolean']['output'];
  /** the viewer's organization was reached */
  viewerIsRecipient: Scalars['Boolean']['output'];
  /** the viewer reads it through the follow-up code */
  viewerIsReporter: Scalars['Boolean']['output'];
  /** the viewer's organization joined the case */
  viewerJoined: Scalars['Boolean']['output'];
};

export type ConcernCategory =
  | 'ARMED_GROUPS'
  | 'BRIBERY'
  | 'CHILD_LABOUR'
  | 'ENVIRONMENT'
  | 'FORCED_LABOUR'
  | 'HEALTH_AND_SAFETY'
  | 'LAND_AND_COMMUNITY_RIGHTS'
  | 'MONEY_LAUNDERING'
  | 'OTHER'
  | 'SECURITY_FORCES'
  | 'SERIOUS_ABUSES'
  | 'TAXES_AND_ROYALTIES';

export type ConcernConnection = {
  __typename?: 'ConcernConnection';
  edges: Array<ConcernEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ConcernCount = {
  __typename?: 'ConcernCount';
  /** concerns about it a case handler accepted */
  accepted: Scalars['Int']['output'];
  category: ConcernCategory;
  /** of those, responded to or closed */
  resolved: Scalars['Int']['output'];
};

export type ConcernEdge = {
  __typename?: 'ConcernEdge';
  cursor: Scalars['String']['output'];
  node: Concern;
};

export type ConcernEvidence = {
  __typename?: 'ConcernEvidence';
  /** REPORTER or HANDLER */
  addedBy: Scalars['String']['output'];
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** shared by a case handler with the organizations of the case */
  shared: Scalars['Boolean']['output'];
  sizeBytes: Scalars['Int']['output'];
  /** where a case participant downloads it (metadata already stripped) */
  url: Scalars['String']['output'];
};

export type ConcernFiled = {
  __typename?: 'ConcernFiled';
  concern: Concern;
  /** shown once; the reporter's only way back */
  followUpCode: Scalars['String']['output'];
};

export type ConcernInput = {
  anonymous: Scalars['Boolean']['input'];
  category: ConcernCategory;
  /** ISO 3166-1 alpha-2, for a mine site or area */
  country?: InputMaybe<Scalars['String']['input']>;
  description: Scalars['String']['input'];
  happenedOn?: InputMaybe<Scalars['DateTime']['input']>;
  language: Scalars['String']['input'];
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  /** seen only by case handlers */
  reporterContact?: InputMaybe<Scalars['String']['input']>;
  /** seen only by case handlers */
  reporterName?: InputMaybe<Scalars['String']['input']>;
  shareIdentityWithCompanies?: InputMaybe<Scalars['Boolean']['input']>;
  smelterId?: InputMaybe<Scalars['ID']['input']>;
};

export type ConcernMessage = {
  __typename?: 'ConcernMessage';
  at: Scalars['DateTime']['output'];
  /** "Reporter", "Case handler", or the organization's name */
  authorLabel: Scalars['String']['output'];
  body: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  visibleToReporter: Scalars['Boolean']['output'];
};

export type ConcernRecipient = {
  __typename?: 'ConcernRecipient';
  joined: Scalars['Boolean']['output'];
  joinedAt: Maybe<Scalars['DateTime']['output']>;
  /** COMPANY (its declarations report the smelter) or SECRETARIAT (of an initiative of such a company) */
  kind: Scalars['String']['output'];
  lead: Scalars['Boolean']['output'];
  organization: Organization;
  reachedAt: Scalars['DateTime']['output'];
  /** why it was reached, e.g. "your supplier Penang Solder Works reports this smelter in its CMRT 6.5" */
  reason: Scalars['String']['output'];
};

export type ConcernStatus =
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'RECEIVED'
  | 'REFERRED'
  | 'REJECTED'
  | 'RESPONDED'
  | 'TRIAGED';

export type CorrectiveAction = {
  __typename?: 'CorrectiveAction';
  description: Scalars['String']['output'];
  dueDate: Maybe<Scalars['DateTime']['output']>;
  /** OPEN | IN_PROGRESS | CLOSED */
  status: Scalars['String']['output'];
};

export type CorrectiveActionInput = {
  description: Scalars['String']['input'];
  dueDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** OPEN (default) | IN_PROGRESS | CLOSED */
  status?: InputMaybe<Scalars['String']['input']>;
};

export type CostPool = Node & {
  __typename?: 'CostPool';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  initiative: Initiative;
  joinDeadline: Maybe<Scalars['DateTime']['output']>;
  jointAuditId: Maybe<Scalars['ID']['output']>;
  participantCount: Scalars['Int']['output'];
  purpose: Scalars['String']['output'];
  /** Every share for the secretariat; your own share for a participant; none otherwise. */
  shares: Array<PoolShare>;
  status: PoolStatus;
  total: Money;
  /** what caps leave unpaid; zero when the total is covered */
  uncovered: Money;
  /** How the viewer's own share changed over time. */
  viewerShareHistory: Array<PoolShareChange>;
};

export type CostPoolInput = {
  initiativeId: Scalars['ID']['input'];
  inviteOrganizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  joinDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  jointAuditId?: InputMaybe<Scalars['ID']['input']>;
  purpose: Scalars['String']['input'];
  total: MoneyInput;
};

export type Coverage = {
  __typename?: 'Coverage';
  byMetal: Array<MetalCoverage>;
  conformant: Scalars['Int']['output'];
  smelterCount: Scalars['Int']['output'];
  smelters: Array<CoverageSmelter>;
  suppliers: Array<SupplierDeclaration>;
  withValidSharedAudit: Scalars['Int']['output'];
  withoutEvidence: Scalars['Int']['output'];
};

export type CoverageSmelter = {
  __typename?: 'CoverageSmelter';
  /** CONFORMANT | VALID_AUDIT | NONE */
  evidence: Scalars['String']['output'];
  smelter: Smelter;
  /** supplier companies whose current declarations report it */
  suppliers: Array<Scalars['String']['output']>;
};

export type CreateInitiativeInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreateOrganizationInput = {
  country?: InputMaybe<Scalars['String']['input']>;
  kind: OrganizationKind;
  name: Scalars['String']['input'];
  sizeBand?: InputMaybe<SizeBand>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type Decision = Node & {
  __typename?: 'Decision';
  createdAt: Scalars['DateTime']['output'];
  donor: Organization;
  id: Scalars['ID']['output'];
  kind: DecisionKind;
  project: Project;
  /** the donor's reason: shown to the donor only */
  reason: Maybe<Scalars['String']['output']>;
  worthy: Scalars['Boolean']['output'];
};

export type DecisionInput = {
  kind: DecisionKind;
  /** the referral note the referred donors read */
  note?: InputMaybe<Scalars['String']['input']>;
  pledge?: InputMaybe<MoneyInput>;
  projectId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  referToAllMatching?: InputMaybe<Scalars['Boolean']['input']>;
  referToOrganizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  worthy?: InputMaybe<Scalars['Boolean']['input']>;
};

export type DecisionKind =
  | 'DECLINED'
  | 'INTERESTED'
  | 'PLEDGED';

export type Declaration = Node & {
  __typename?: 'Declaration';
  /** question id -> { answer, comment, cell }, or per metal for the questions asked per metal */
  answers: Scalars['JSON']['output'];
  authorizer: Maybe<Scalars['String']['output']>;
  companyName: Scalars['String']['output'];
  contactEmail: Maybe<Scalars['String']['output']>;
  contactName: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  declarationScope: Maybe<Scalars['String']['output']>;
  effectiveDate: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** false once a newer declaration of the same supplier company was imported */
  isCurrent: Scalars['Boolean']['output'];
  issues: Array<ValidationIssue>;
  products: Scalars['JSON']['output'];
  revision: Scalars['String']['output'];
  scopeDescription: Maybe<Scalars['String']['output']>;
  smelterRows: Array<DeclaredSmelter>;
  template: TemplateKind;
};

export type DeclarationConnection = {
  __typename?: 'DeclarationConnection';
  edges: Array<DeclarationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DeclarationEdge = {
  __typename?: 'DeclarationEdge';
  cursor: Scalars['String']['output'];
  node: Declaration;
};

export type DeclarationImport = Node & {
  __typename?: 'DeclarationImport';
  createdAt: Scalars['DateTime']['output'];
  declaration: Maybe<Declaration>;
  /** the same bytes were imported before, by this import: nothing changed */
  duplicateOfImportId: Maybe<Scalars['ID']['output']>;
  error: Maybe<Scalars['String']['output']>;
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 0..1 */
  progress: Scalars['Float']['output'];
  /** rows of the workbook read so far */
  rowsRead: Scalars['Int']['output'];
  sha256: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
  state: ImportState;
};

export type DeclaredSmelter = {
  __typename?: 'DeclaredSmelter';
  confidence: Scalars['Float']['output'];
  /** waiting for a person in the review queue */
  inReview: Scalars['Boolean']['output'];
  matchMethod: MatchMethod;
  metal: Metal;
  reportedCid: Maybe<Scalars['String']['output']>;
  reportedCountry: Maybe<Scalars['String']['output']>;
  reportedName: Scalars['String']['output'];
  row: Scalars['Int']['output'];
  smelter: Maybe<Smelter>;
  /** "Smelter not yet identified": counted, matched to nothing */
  unidentified: Scalars['Boolean']['output'];
};

export type Definition = Node & {
  __typename?: 'Definition';
  adoptedRevision: Maybe<DefinitionRevision>;
  author: Organization;
  citation: Maybe<Citation>;
  comments: CommentConnection;
  consultationEndsAt: Maybe<Scalars['DateTime']['output']>;
  /** true while the consultation takes stances and comments */
  consultationOpen: Scalars['Boolean']['output'];
  currentRevision: DefinitionRevision;
  endorsements: Array<Endorsement>;
  id: Scalars['ID']['output'];
  initiative: Maybe<Initiative>;
  kind: DefinitionKind;
  revisions: Array<DefinitionRevision>;
  status: AlignmentStatus;
  term: Term;
};


export type DefinitionCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DefinitionInput = {
  citation?: InputMaybe<CitationInput>;
  initiativeId?: InputMaybe<Scalars['ID']['input']>;
  kind: DefinitionKind;
  termId: Scalars['ID']['input'];
  texts: Array<LocalizedTextInput>;
  visibility?: InputMaybe<VisibilityInput>;
};

export type DefinitionKind =
  | 'PROPOSED'
  | 'SOURCE';

export type DefinitionRevision = Node & {
  __typename?: 'DefinitionRevision';
  author: User;
  changeNote: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
  /** the language the revision was written in */
  originalLanguage: Scalars['String']['output'];
  /** The text in a language, falling back to the original. */
  text: Scalars['String']['output'];
  /** The text per language; translations made for an earlier revision are outdated. */
  texts: Array<LocalizedText>;
};


export type DefinitionRevisionTextArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

export type DigestFrequency =
  | 'DAILY'
  | 'INSTANT'
  | 'WEEKLY';

export type DonorMatch = {
  __typename?: 'DonorMatch';
  donor: DonorProfile;
  reasons: Array<MatchReason>;
  /** 0..100 */
  score: Scalars['Float']['output'];
};

export type DonorMatchConnection = {
  __typename?: 'DonorMatchConnection';
  edges: Array<DonorMatchEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DonorMatchEdge = {
  __typename?: 'DonorMatchEdge';
  cursor: Scalars['String']['output'];
  node: DonorMatch;
};

export type DonorPipeline = {
  __typename?: 'DonorPipeline';
  byDecision: Array<PipelineBucket>;
  byStage: Array<PipelineBucket>;
  byTheme: Array<PipelineBucket>;
};

export type DonorProfile = Node & {
  __typename?: 'DonorProfile';
  countries: Array<WeightedValue>;
  excludedCountries: Array<Scalars['String']['output']>;
  excludedThemes: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  minerals: Array<WeightedValue>;
  openToCoFunding: Scalars['Boolean']['output'];
  organization: Organization;
  regions: Array<WeightedValue>;
  stages: Array<ProjectStage>;
  themes: Array<WeightedValue>;
  ticketMax: Maybe<Money>;
  ticketMin: Maybe<Money>;
  windowClosesAt: Maybe<Scalars['DateTime']['output']>;
  windowOpensAt: Maybe<Scalars['DateTime']['output']>;
};

export type DonorProfileInput = {
  countries?: InputMaybe<Array<WeightedValueInput>>;
  excludedCountries?: InputMaybe<Array<Scalars['String']['input']>>;
  excludedThemes?: InputMaybe<Array<Scalars['String']['input']>>;
  minerals?: InputMaybe<Array<WeightedValueInput>>;
  openToCoFunding: Scalars['Boolean']['input'];
  regions?: InputMaybe<Array<WeightedValueInput>>;
  stages?: InputMaybe<Array<ProjectStage>>;
  themes: Array<WeightedValueInput>;
  ticketMax?: InputMaybe<MoneyInput>;
  ticketMin?: InputMaybe<MoneyInput>;
  windowClosesAt?: InputMaybe<Scalars['DateTime']['input']>;
  windowOpensAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type DuesLine = {
  __typename?: 'DuesLine';
  amount: Money;
  annualFee: Money;
  days: Scalars['Int']['output'];
  from: Scalars['DateTime']['output'];
  tierName: Scalars['String']['output'];
  to: Scalars['DateTime']['output'];
};

export type DuesStatement = {
  __typename?: 'DuesStatement';
  lines: Array<DuesLine>;
  /** one total per currency */
  totals: Array<Money>;
  year: Scalars['Int']['output'];
};

export type Endorsement = {
  __typename?: 'Endorsement';
  createdAt: Scalars['DateTime']['output'];
  /** false when the text changed after it was given */
  current: Scalars['Boolean']['output'];
  organization: Organization;
  reason: Maybe<Scalars['String']['output']>;
  revisionNumber: Scalars['Int']['output'];
  stance: Stance;
};

export type Facet = {
  __typename?: 'Facet';
  name: Scalars['String']['output'];
  values: Array<FacetValue>;
};

export type FacetValue = {
  __typename?: 'FacetValue';
  count: Scalars['Int']['output'];
  /** the value's name in the viewer's language (countries, regions, minerals, themes, publishers) */
  label: Maybe<Scalars['String']['output']>;
  value: Scalars['String']['output'];
};

export type FeedTokenInfo = {
  __typename?: 'FeedTokenInfo';
  createdAt: Scalars['DateTime']['output'];
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
};

export type FundingSummary = {
  __typename?: 'FundingSummary';
  budget: Money;
  confirmed: Money;
  gap: Money;
  /** confirmed share of the budget, 0..1 */
  progress: Scalars['Float']['output'];
  proposed: Money;
  /** dates of the exchange rates used */
  rateDates: Array<Scalars['String']['output']>;
};

export type GlossaryFormat =
  | 'CSV'
  | 'SKOS_JSONLD'
  | 'SKOS_TURTLE';

export type GrievanceOfficer = {
  __typename?: 'GrievanceOfficer';
  initiativeId: Scalars['ID']['output'];
  namedAt: Scalars['DateTime']['output'];
  user: User;
};

export type Highlight = {
  __typename?: 'Highlight';
  createdAt: Scalars['DateTime']['output'];
  donor: Organization;
  note: Maybe<Scalars['String']['output']>;
};

export type ImportReport = {
  __typename?: 'ImportReport';
  created: Scalars['Int']['output'];
  errors: Array<Scalars['String']['output']>;
  skipped: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
  /** things ignored, e.g. unknown properties */
  warnings: Array<Scalars['String']['output']>;
};

export type ImportState =
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type Initiative = Node & {
  __typename?: 'Initiative';
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** ACTIVE members */
  memberCount: Scalars['Int']['output'];
  members: InitiativeMemberConnection;
  name: Scalars['String']['output'];
  secretariat: Organization;
  slug: Scalars['String']['output'];
  /** The viewer's active organization's membership. */
  viewerMembership: Maybe<InitiativeMember>;
};


export type InitiativeMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type InitiativeConnection = {
  __typename?: 'InitiativeConnection';
  edges: Array<InitiativeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InitiativeEdge = {
  __typename?: 'InitiativeEdge';
  cursor: Scalars['String']['output'];
  node: Initiative;
};

export type InitiativeMember = {
  __typename?: 'InitiativeMember';
  initiative: Initiative;
  joinedAt: Maybe<Scalars['DateTime']['output']>;
  organization: Organization;
  status: InitiativeMembershipStatus;
};

export type InitiativeMemberConnection = {
  __typename?: 'InitiativeMemberConnection';
  edges: Array<InitiativeMemberEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InitiativeMemberEdge = {
  __typename?: 'InitiativeMemberEdge';
  cursor: Scalars['String']['output'];
  node: InitiativeMember;
};

export type InitiativeMembershipStatus =
  | 'ACTIVE'
  | 'APPLIED'
  | 'LEFT'
  | 'SUSPENDED';

export type Invitation = {
  __typename?: 'Invitation';
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  invitedBy: Maybe<User>;
  role: OrganizationRole;
  status: InvitationStatus;
};

export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  organization: Organization;
  role: OrganizationRole;
  status: InvitationStatus;
};

export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type InviteMemberInput = {
  email: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
  role: OrganizationRole;
};

export type JointAudit = Node & {
  __typename?: 'JointAudit';
  createdAt: Scalars['DateTime']['output'];
  estimatedCost: Maybe<Money>;
  id: Scalars['ID']['output'];
  proposer: Organization;
  /** each sponsor and its equal share of the estimated cost */
  shares: Array<JointAuditShare>;
  smelter: Smelter;
  sponsors: Array<Organization>;
  /** PROPOSED */
  status: Scalars['String']['output'];
  /** the viewer's organization sponsors it */
  viewerIsSponsor: Scalars['Boolean']['output'];
};

export type JointAuditShare = {
  __typename?: 'JointAuditShare';
  amount: Maybe<Money>;
  joinedAt: Scalars['DateTime']['output'];
  organization: Organization;
};

export type LocalizedText = {
  __typename?: 'LocalizedText';
  /** BCP 47, e.g. en, fr, es */
  language: Scalars['String']['output'];
  /** a translation made for an older revision */
  outdated: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
};

export type LocalizedTextInput = {
  language: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

export type MailMessageConnection = {
  __typename?: 'MailMessageConnection';
  edges: Array<MailMessageEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MailMessageEdge = {
  __typename?: 'MailMessageEdge';
  cursor: Scalars['String']['output'];
  node: MailMessageObject;
};

export type MailMessageObject = {
  __typename?: 'MailMessageObject';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  sentAt: Maybe<Scalars['DateTime']['output']>;
  subject: Scalars['String']['output'];
  text: Scalars['String']['output'];
  to: Scalars['String']['output'];
  transport: Scalars['String']['output'];
};

export type MatchMethod =
  | 'ALIAS'
  | 'CID'
  | 'FUZZY'
  | 'MANUAL'
  | 'NONE';

export type MatchReason = {
  __typename?: 'MatchReason';
  criterion: Scalars['String']['output'];
  detail: Scalars['String']['output'];
  points: Scalars['Float']['output'];
};

export type MatchReview = Node & {
  __typename?: 'MatchReview';
  candidates: Array<SmelterCandidate>;
  id: Scalars['ID']['output'];
  metal: Metal;
  reportedCountry: Maybe<Scalars['String']['output']>;
  reportedName: Scalars['String']['output'];
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** rows of current declarations waiting on this decision */
  rowCount: Scalars['Int']['output'];
};

export type Metal =
  | 'COBALT'
  | 'COPPER'
  | 'GOLD'
  | 'GRAPHITE'
  | 'LITHIUM'
  | 'MICA'
  | 'NICKEL'
  | 'OTHER'
  | 'TANTALUM'
  | 'TIN'
  | 'TUNGSTEN';

export type MetalCoverage = {
  __typename?: 'MetalCoverage';
  conformant: Scalars['Int']['output'];
  metal: Metal;
  smelterCount: Scalars['Int']['output'];
  withValidSharedAudit: Scalars['Int']['output'];
  withoutEvidence: Scalars['Int']['output'];
};

export type Money = {
  __typename?: 'Money';
  amountMinor: Scalars['Int']['output'];
  currency: Scalars['String']['output'];
};

export type MoneyInput = {
  amountMinor: Scalars['Int']['input'];
  currency: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  acceptInvitation: Viewer;
  /** Writes in the thread: the reporter with its follow-up code (always visible to it), or a case participant with its session. */
  addConcernMessage: Concern;
  addDefinition: Definition;
  adoptDefinition: Definition;
  adoptPrincipleSet: PrincipleSet;
  amplifyOpportunity: Opportunity;
  applyToInitiative: InitiativeMember;
  applyToTier: TierMembership;
  /** Takes it out of listings; it stays readable by its audience. */
  archiveOpportunity: Opportunity;
  /** Cancels a registration (yours, or any as the organizer); the first person waiting gets the seat. */
  cancelRegistration: Registration;
  closeCostPool: CostPool;
  commentOnDefinition: Comment;
  commentOnPrinciple: Comment;
  createAudit: Audit;
  /** A new private feed token (add ?token= to feed URLs); the previous one stops working. Shown once. */
  createFeedToken: Scalars['String']['output'];
  createInitiative: Initiative;
  /** Creates a draft; publishOpportunity publishes (or schedules) it. */
  createOpportunity: Opportunity;
  createOrganization: Organization;
  createPrincipleSet: PrincipleSet;
  createProject: Project;
  createTerm: Term;
  createTier: Tier;
  /** The owner approves (optionally until expiresAt) or denies; the requester is notified. */
  decideAccessRequest: AccessRequest;
  decideOnProject: Decision;
  decideTierApplication: TierMembership;
  deleteSavedSearch: Scalars['Boolean']['output'];
  /** Files a concern; signed out is fine. The follow-up code is in this answer only. */
  fileConcern: ConcernFiled;
  highlightProject: Project;
  /** Imports SKOS Turtle or CSV in one transaction: a file with errors imports nothing. */
  importGlossary: ImportReport;
  /** Platform administrators: update assessment statuses in bulk from a CSV with the columns cid,status[,as_of]. All or nothing; returns how many smelters changed. */
  importSmelterStatuses: Scalars['Int']['output'];
  /** Sends an invitation e-mail with a one-time link. */
  inviteMember: Scalars['Boolean']['output'];
  /** An organization the concern reached joins its case; with lead, it leads it (owners and administrators). */
  joinConcernCase: Concern;
  joinCostPool: CostPool;
  /** Joins as a sponsor; the estimated cost is split again equally. */
  joinJointAudit: JointAudit;
  markNotificationsRead: Scalars['Boolean']['output'];
  /** The secretariat moves a member to another tier from now on (fees are pro-rated to the day). */
  moveToTier: TierMembership;
  /** A secretariat names a grievance officer for its initiative: a member of the secretariat organization, by e-mail. Answers the officers. */
  nameGrievanceOfficer: Array<GrievanceOfficer>;
  openCoFundingRound: CoFundingRound;
  openConsultation: Definition;
  openCostPool: CostPool;
  openPrincipleConsultation: PrincipleSet;
  pledge: Pledge;
  /** Proposes a joint audit of a smelter without coverage; companies whose suppliers report it are told. */
  proposeJointAudit: JointAudit;
  /** Publishes a draft now, or schedules it when its publishAt lies ahead. */
  publishOpportunity: Opportunity;
  recordPoolPayment: CostPool;
  /** The secretariat pays back a participant's credit (after late joiners lowered its share). */
  refundPoolCredit: CostPool;
  /** Takes a seat, or a place on the waiting list when the event is full. */
  registerForOpportunity: Registration;
  /** A secretariat removes a grievance officer of its initiative. Answers the officers. */
  removeGrievanceOfficer: Array<GrievanceOfficer>;
  /** The publisher removes an uploaded document. */
  removeOpportunityFile: Scalars['Boolean']['output'];
  /** Asks the owner of a discoverable audit to read it in full; the owner is notified. */
  requestAuditAccess: AccessRequest;
  /** Confirms a smelter for a reported name (null smelterId rejects every candidate); remembered for later uploads. */
  resolveMatchReview: MatchReview;
  /** A stale basedOnRevision is refused with CONFLICT; the refused texts come back in the error. */
  reviseDefinition: Definition;
  /** A stale basedOnRevision is refused with CONFLICT; the refused principles come back in the error. */
  revisePrincipleSet: PrincipleSet;
  /** The reporter revokes its follow-up code; with issueNew, answers a new code (shown once), else null. */
  revokeConcernFollowUpCode: Maybe<Scalars['String']['output']>;
  revokeFeedToken: Scalars['Boolean']['output'];
  revokeInvitation: Scalars['Boolean']['output'];
  /** Saves a search; new matches arrive as alerts (in-app and e-mail) at the chosen frequency. */
  saveSearch: SavedSearch;
  /** Case handlers and the lead organization: IN_PROGRESS, RESPONDED, CLOSED (with the outcome and actions taken). */
  setConcernStatus: Concern;
  /** Sets the days before the deadline at which to be reminded (e-mail and in-app); [] removes them. */
  setDeadlineReminder: Scalars['Boolean']['output'];
  setInitiativeMemberStatus: InitiativeMember;
  /** Keeps the interface language of the user (en, fr, es). */
  setLocale: User;
  setMemberRole: OrganizationMember;
  setPledgeStatus: Pledge;
  setPrincipleSetStance: PrincipleSet;
  setStance: Definition;
  /** Case handlers: share an evidence file with the organizations of the case (shared: false stops sharing). */
  shareConcernEvidence: ConcernEvidence;
  signIn: Viewer;
  /** Ends the session everywhere its cookie is used. */
  signOut: Scalars['Boolean']['output'];
  signUp: Viewer;
  switchOrganization: Viewer;
  translateDefinition: Definition;
  /** Case handlers: accept (routes it), merge into another (mergeIntoId), refer (referTo), or reject (accept false alone; the note is the reason). */
  triageConcern: Concern;
  /** Follows the unsubscribe link of an alert or reminder e-mail; needs no session. */
  unsubscribe: UnsubscribeResult;
  updateAudit: Audit;
  updateOpportunity: Opportunity;
  updateOrganization: Organization;
  updateProject: Project;
  updateTerm: Term;
  updateTier: Tier;
  upsertDonorProfile: DonorProfile;
  /** Platform administrators vouch for an organization. */
  verifyOrganization: Organization;
};


export type MutationAcceptInvitationArgs = {
  token: Scalars['String']['input'];
};


export type MutationAddConcernMessageArgs = {
  body: Scalars['String']['input'];
  concernId?: InputMaybe<Scalars['ID']['input']>;
  followUpCode?: InputMaybe<Scalars['String']['input']>;
  visibleToReporter?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationAddDefinitionArgs = {
  input: DefinitionInput;
};


export type MutationAdoptDefinitionArgs = {
  definitionId: Scalars['ID']['input'];
  revisionNumber: Scalars['Int']['input'];
};


export type MutationAdoptPrincipleSetArgs = {
  id: Scalars['ID']['input'];
  revisionNumber: Scalars['Int']['input'];
};


export type MutationAmplifyOpportunityArgs = {
  id: Scalars['ID']['input'];
  initiativeId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationApplyToInitiativeArgs = {
  initiativeId: Scalars['ID']['input'];
};


export type MutationApplyToTierArgs = {
  tierId: Scalars['ID']['input'];
};


export type MutationArchiveOpportunityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelRegistrationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCloseCostPoolArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCommentOnDefinitionArgs = {
  body: Scalars['String']['input'];
  definitionId: Scalars['ID']['input'];
};


export type MutationCommentOnPrincipleArgs = {
  body: Scalars['String']['input'];
  principleId: Scalars['ID']['input'];
};


export type MutationCreateAuditArgs = {
  input: AuditInput;
};


export type MutationCreateInitiativeArgs = {
  input: CreateInitiativeInput;
};


export type MutationCreateOpportunityArgs = {
  input: OpportunityInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationCreatePrincipleSetArgs = {
  initiativeId?: InputMaybe<Scalars['ID']['input']>;
  principles: Array<PrincipleInput>;
  title: Scalars['String']['input'];
};


export type MutationCreateProjectArgs = {
  input: ProjectInput;
};


export type MutationCreateTermArgs = {
  initiativeId?: InputMaybe<Scalars['ID']['input']>;
  input: TermInput;
};


export type MutationCreateTierArgs = {
  initiativeId: Scalars['ID']['input'];
  input: TierInput;
};


export type MutationDecideAccessRequestArgs = {
  approve: Scalars['Boolean']['input'];
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationDecideOnProjectArgs = {
  input: DecisionInput;
};


export type MutationDecideTierApplicationArgs = {
  approve: Scalars['Boolean']['input'];
  organizationId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  tierId: Scalars['ID']['input'];
};


export type MutationDeleteSavedSearchArgs = {
  id: Scalars['ID']['input'];
};


export type MutationFileConcernArgs = {
  input: ConcernInput;
};


export type MutationHighlightProjectArgs = {
  note?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['ID']['input'];
};


export type MutationImportGlossaryArgs = {
  content: Scalars['String']['input'];
  format: GlossaryFormat;
  initiativeId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationImportSmelterStatusesArgs = {
  csv: Scalars['String']['input'];
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationJoinConcernCaseArgs = {
  id: Scalars['ID']['input'];
  lead?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationJoinCostPoolArgs = {
  id: Scalars['ID']['input'];
};


export type MutationJoinJointAuditArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMoveToTierArgs = {
  organizationId: Scalars['ID']['input'];
  tierId: Scalars['ID']['input'];
};


export type MutationNameGrievanceOfficerArgs = {
  email: Scalars['String']['input'];
  initiativeId: Scalars['ID']['input'];
};


export type MutationOpenCoFundingRoundArgs = {
  closesAt?: InputMaybe<Scalars['DateTime']['input']>;
  inviteOrganizationIds: Array<Scalars['ID']['input']>;
  projectId: Scalars['ID']['input'];
};


export type MutationOpenConsultationArgs = {
  definitionId: Scalars['ID']['input'];
  endsAt: Scalars['DateTime']['input'];
};


export type MutationOpenCostPoolArgs = {
  input: CostPoolInput;
};


export type MutationOpenPrincipleConsultationArgs = {
  endsAt: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
};


export type MutationPledgeArgs = {
  amount: MoneyInput;
  conditions?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['ID']['input'];
};


export type MutationProposeJointAuditArgs = {
  estimatedCost?: InputMaybe<MoneyInput>;
  smelterId: Scalars['ID']['input'];
};


export type MutationPublishOpportunityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordPoolPaymentArgs = {
  amount: MoneyInput;
  organizationId: Scalars['ID']['input'];
  poolId: Scalars['ID']['input'];
};


export type MutationRefundPoolCreditArgs = {
  amount: MoneyInput;
  organizationId: Scalars['ID']['input'];
  poolId: Scalars['ID']['input'];
};


export type MutationRegisterForOpportunityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveGrievanceOfficerArgs = {
  initiativeId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationRemoveOpportunityFileArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRequestAuditAccessArgs = {
  auditId: Scalars['ID']['input'];
  purpose: Scalars['String']['input'];
};


export type MutationResolveMatchReviewArgs = {
  id: Scalars['ID']['input'];
  smelterId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationReviseDefinitionArgs = {
  input: ReviseDefinitionInput;
};


export type MutationRevisePrincipleSetArgs = {
  basedOnRevision: Scalars['Int']['input'];
  changeNote?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  principles: Array<PrincipleInput>;
};


export type MutationRevokeConcernFollowUpCodeArgs = {
  code: Scalars['String']['input'];
  issueNew?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveSearchArgs = {
  input: SavedSearchInput;
};


export type MutationSetConcernStatusArgs = {
  id: Scalars['ID']['input'];
  outcome?: InputMaybe<Scalars['String']['input']>;
  status: ConcernStatus;
};


export type MutationSetDeadlineReminderArgs = {
  daysBefore: Array<Scalars['Int']['input']>;
  opportunityId: Scalars['ID']['input'];
};


export type MutationSetInitiativeMemberStatusArgs = {
  initiativeId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
  status: InitiativeMembershipStatus;
};


export type MutationSetLocaleArgs = {
  locale: Scalars['String']['input'];
};


export type MutationSetMemberRoleArgs = {
  organizationId: Scalars['ID']['input'];
  role: OrganizationRole;
  userId: Scalars['ID']['input'];
};


export type MutationSetPledgeStatusArgs = {
  id: Scalars['ID']['input'];
  status: PledgeStatus;
};


export type MutationSetPrincipleSetStanceArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  stance: Stance;
};


export type MutationSetStanceArgs = {
  definitionId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  stance: Stance;
};


export type MutationShareConcernEvidenceArgs = {
  evidenceId: Scalars['ID']['input'];
  shared?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationSwitchOrganizationArgs = {
  organizationId: Scalars['ID']['input'];
};


export type MutationTranslateDefinitionArgs = {
  definitionId: Scalars['ID']['input'];
  revisionNumber: Scalars['Int']['input'];
  text: LocalizedTextInput;
};


export type MutationTriageConcernArgs = {
  accept: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  mergeIntoId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  referTo?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUnsubscribeArgs = {
  token: Scalars['String']['input'];
};


export type MutationUpdateAuditArgs = {
  id: Scalars['ID']['input'];
  input: AuditInput;
};


export type MutationUpdateOpportunityArgs = {
  id: Scalars['ID']['input'];
  input: OpportunityInput;
};


export type MutationUpdateOrganizationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOrganizationInput;
};


export type MutationUpdateProjectArgs = {
  id: Scalars['ID']['input'];
  input: ProjectInput;
};


export type MutationUpdateTermArgs = {
  id: Scalars['ID']['input'];
  input: TermInput;
};


export type MutationUpdateTierArgs = {
  id: Scalars['ID']['input'];
  input: TierInput;
};


export type MutationUpsertDonorProfileArgs = {
  input: DonorProfileInput;
};


export type MutationVerifyOrganizationArgs = {
  id: Scalars['ID']['input'];
  verified: Scalars['Boolean']['input'];
};

export type Node = {
  id: Scalars['ID']['output'];
};

export type Notification = {
  __typename?: 'Notification';
  body: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  /** a path of the web client */
  link: Maybe<Scalars['String']['output']>;
  read: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
};

export type NotificationList = {
  __typename?: 'NotificationList';
  items: Array<Notification>;
  unreadCount: Scalars['Int']['output'];
};

export type Opportunity = Node & {
  __typename?: 'Opportunity';
  amountMax: Maybe<Money>;
  amountMin: Maybe<Money>;
  amplifications: Array<Amplification>;
  attachments: Array<OpportunityAttachment>;
  /** the organizer only: who registered, confirmed first, then the waiting list in order */
  attendees: Maybe<Array<Attendee>>;
  contact: Maybe<Scalars['String']['output']>;
  countries: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  deadline: Maybe<Scalars['DateTime']['output']>;
  eligibleCountries: Array<Scalars['String']['output']>;
  eligibleKinds: Array<OrganizationKind>;
  endsAt: Maybe<Scalars['DateTime']['output']>;
  /** documents uploaded with it (POST /api/opportunities/:id/files) */
  files: Array<OpportunityFile>;
  icsUrl: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  initiative: Maybe<Initiative>;
  kind: OpportunityKind;
  links: Array<Scalars['String']['output']>;
  minerals: Array<Scalars['String']['output']>;
  opensAt: Maybe<Scalars['DateTime']['output']>;
  publishAt: Maybe<Scalars['DateTime']['output']>;
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  publisher: Organization;
  regions: Array<Scalars['String']['output']>;
  /** confirmed seats */
  registrationCount: Scalars['Int']['output'];
  seatLimit: Maybe<Scalars['Int']['output']>;
  startsAt: Maybe<Scalars['DateTime']['output']>;
  status: OpportunityStatus;
  texts: Array<OpportunityText>;
  themes: Array<Scalars['String']['output']>;
  timeZone: Maybe<Scalars['String']['output']>;
  /** The title in this language, else the original. */
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** true when the viewer's organization publishes it (may edit) */
  viewerIsPublisher: Scalars['Boolean']['output'];
  viewerRegistration: Maybe<Registration>;
  /** the viewer's deadline reminders (days before) */
  viewerReminders: Array<Scalars['Int']['output']>;
  visibility: VisibilityRule;
  waitlistCount: Scalars['Int']['output'];
};


export type OpportunityTitleArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

export type OpportunityAttachment = {
  __typename?: 'OpportunityAttachment';
  title: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type OpportunityAttachmentInput = {
  title: Scalars['String']['input'];
  url: Scalars['String']['input'];
};

export type OpportunityConnection = {
  __typename?: 'OpportunityConnection';
  /** true when answered without the search engine (no typo tolerance) */
  degraded: Scalars['Boolean']['output'];
  edges: Array<OpportunityEdge>;
  facets: Array<Facet>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OpportunityEdge = {
  __typename?: 'OpportunityEdge';
  cursor: Scalars['String']['output'];
  node: Opportunity;
};

export type OpportunityFile = {
  __typename?: 'OpportunityFile';
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  sizeBytes: Scalars['Int']['output'];
  url: Scalars['String']['output'];
};

export type OpportunityFilter = {
  /** ISO 3166-1 alpha-2; matches opportunities for the country or a region containing it */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  deadlineAfter?: InputMaybe<Scalars['DateTime']['input']>;
  deadlineBefore?: InputMaybe<Scalars['DateTime']['input']>;
  kinds?: InputMaybe<Array<OpportunityKind>>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  minerals?: InputMaybe<Array<Scalars['String']['input']>>;
  publisherIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  query?: InputMaybe<Scalars['String']['input']>;
  /** UN M49 codes */
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** default: PUBLISHED */
  statuses?: InputMaybe<Array<OpportunityStatus>>;
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type OpportunityInput = {
  amountMax?: InputMaybe<MoneyInput>;
  amountMin?: InputMaybe<MoneyInput>;
  attachments?: InputMaybe<Array<OpportunityAttachmentInput>>;
  /** who to ask: a name, e-mail address or both */
  contact?: InputMaybe<Scalars['String']['input']>;
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  deadline?: InputMaybe<Scalars['DateTime']['input']>;
  eligibleCountries?: InputMaybe<Array<Scalars['String']['input']>>;
  eligibleKinds?: InputMaybe<Array<OrganizationKind>>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  initiativeId?: InputMaybe<Scalars['ID']['input']>;
  kind: OpportunityKind;
  links?: InputMaybe<Array<Scalars['String']['input']>>;
  minerals?: InputMaybe<Array<Scalars['String']['input']>>;
  opensAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** publish by itself at this time (publishOpportunity then schedules it) */
  publishAt?: InputMaybe<Scalars['DateTime']['input']>;
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  seatLimit?: InputMaybe<Scalars['Int']['input']>;
  /** events, webinars and delegations: when it starts */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  texts: Array<OpportunityTextInput>;
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** IANA time zone of the deadline, e.g. Africa/Kinshasa */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  visibility?: InputMaybe<VisibilityInput>;
};

export type OpportunityKind =
  | 'CALL_FOR_PROPOSALS'
  | 'DELEGATION'
  | 'EVENT'
  | 'FELLOWSHIP'
  | 'GRANT'
  | 'NEWS'
  | 'REQUEST_FOR_ABSTRACTS'
  | 'TENDER'
  | 'WEBINAR';

/** RELEVANCE needs search text; without it the newest come first. */
export type OpportunitySort =
  | 'DEADLINE'
  | 'NEWEST'
  | 'RELEVANCE';

export type OpportunityStatus =
  | 'ARCHIVED'
  | 'CLOSED'
  | 'DRAFT'
  | 'PUBLISHED'
  | 'SCHEDULED';

export type OpportunityText = {
  __typename?: 'OpportunityText';
  body: Maybe<Scalars['String']['output']>;
  isOriginal: Scalars['Boolean']['output'];
  language: Scalars['String']['output'];
  summary: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type OpportunityTextInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  isOriginal?: InputMaybe<Scalars['Boolean']['input']>;
  language: Scalars['String']['input'];
  summary?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type Organization = Node & {
  __typename?: 'Organization';
  /** ISO 3166-1 alpha-2 */
  country: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  initiatives: Array<InitiativeMember>;
  kind: OrganizationKind;
  name: Scalars['String']['output'];
  /** The initiatives this organization runs as their secretariat. */
  runsInitiatives: Array<Initiative>;
  sizeBand: Maybe<SizeBand>;
  slug: Scalars['String']['output'];
  verified: Scalars['Boolean']['output'];
  /** The signed-in user's role in it. */
  viewerRole: Maybe<OrganizationRole>;
  website: Maybe<Scalars['String']['output']>;
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type OrganizationKind =
  | 'CIVIL_SOCIETY'
  | 'COMPANY'
  | 'DONOR'
  | 'GOVERNMENT'
  | 'OTHER'
  | 'RESEARCH'
  | 'SECRETARIAT'
  | 'SMELTER_REFINER';

export type OrganizationMember = {
  __typename?: 'OrganizationMember';
  role: OrganizationRole;
  since: Scalars['DateTime']['output'];
  user: User;
};

export type OrganizationMembership = {
  __typename?: 'OrganizationMembership';
  organization: Organization;
  role: OrganizationRole;
};

export type OrganizationRole =
  | 'ADMIN'
  | 'MEMBER'
  | 'OWNER';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PipelineBucket = {
  __typename?: 'PipelineBucket';
  /** sum of the gaps, in EUR */
  gap: Money;
  key: Scalars['String']['output'];
  projects: Scalars['Int']['output'];
};

export type Pledge = Node & {
  __typename?: 'Pledge';
  amount: Money;
  conditions: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  donor: Organization;
  id: Scalars['ID']['output'];
  project: Project;
  status: PledgeStatus;
};

export type PledgeStatus =
  | 'CONFIRMED'
  | 'PROPOSED'
  | 'WITHDRAWN';

export type PoolShare = {
  __typename?: 'PoolShare';
  amount: Money;
  capped: Scalars['Boolean']['output'];
  /** paid beyond the current share (after late joiners re-split the pool) */
  credit: Money;
  /** still to pay */
  due: Money;
  joinedAt: Scalars['DateTime']['output'];
  organization: Organization;
  paid: Money;
  tier: Maybe<Tier>;
};

export type PoolShareChange = {
  __typename?: 'PoolShareChange';
  amount: Money;
  at: Scalars['DateTime']['output'];
  /** JOINED | RESPLIT */
  cause: Scalars['String']['output'];
  previous: Maybe<Money>;
};

export type PoolSharePreview = {
  __typename?: 'PoolSharePreview';
  /** the whole cost, paid alone */
  aloneCost: Money;
  capped: Scalars['Boolean']['output'];
  /** participants after joining */
  participantsAfterJoining: Scalars['Int']['output'];
  saving: Money;
  share: Money;
};

export type PoolStatus =
  | 'CLOSED'
  | 'OPEN';

export type Principle = Node & {
  __typename?: 'Principle';
  comments: CommentConnection;
  explanation: Maybe<Scalars['String']['output']>;
  footnotes: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  statement: Scalars['String']['output'];
  subPoints: Array<Scalars['String']['output']>;
};


export type PrincipleCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PrincipleInput = {
  explanation?: InputMaybe<Scalars['String']['input']>;
  footnotes?: InputMaybe<Array<Scalars['String']['input']>>;
  statement: Scalars['String']['input'];
  subPoints?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type PrincipleSet = Node & {
  __typename?: 'PrincipleSet';
  adoptedRevision: Maybe<PrincipleSetRevision>;
  consultationEndsAt: Maybe<Scalars['DateTime']['output']>;
  consultationOpen: Scalars['Boolean']['output'];
  currentRevision: PrincipleSetRevision;
  endorsements: Array<Endorsement>;
  id: Scalars['ID']['output'];
  initiative: Maybe<Initiative>;
  revisions: Array<PrincipleSetRevision>;
  status: AlignmentStatus;
  title: Scalars['String']['output'];
};

export type PrincipleSetRevision = Node & {
  __typename?: 'PrincipleSetRevision';
  changeNote: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
  principles: Array<Principle>;
};

export type Project = Node & {
  __typename?: 'Project';
  applicant: Organization;
  budget: Money;
  /** Rounds for the lead, the invited donors and the applicant. */
  coFundingRounds: Array<CoFundingRound>;
  confirmedFunding: Money;
  consentToReferral: Scalars['Boolean']['output'];
  countries: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Each donor sees its own decision with its reason; the applicant sees decisions without reasons. */
  decisions: Array<Decision>;
  description: Maybe<Scalars['String']['output']>;
  durationMonths: Maybe<Scalars['Int']['output']>;
  /** Budget, confirmed and proposed funding and the gap, converted with the dated rate table. */
  funding: FundingSummary;
  /** budget minus confirmed pledges, converted with the dated rate table */
  fundingGap: Money;
  highlights: Array<Highlight>;
  id: Scalars['ID']['output'];
  minerals: Array<Scalars['String']['output']>;
  partners: Array<Organization>;
  /** All pledges for the applicant; its own for a donor; confirmed pledges (without conditions) for other viewers. */
  pledges: Array<Pledge>;
  /** Referrers and referred donors see theirs with the note; the applicant sees who referred it to whom when it consented. */
  referrals: Array<Referral>;
  stage: ProjectStage;
  summary: Scalars['String']['output'];
  themes: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  visibility: VisibilityRule;
};

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

export type ProjectInput = {
  budget: MoneyInput;
  consentToReferral: Scalars['Boolean']['input'];
  countries: Array<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  durationMonths?: InputMaybe<Scalars['Int']['input']>;
  minerals?: InputMaybe<Array<Scalars['String']['input']>>;
  partnerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  stage: ProjectStage;
  summary: Scalars['String']['input'];
  themes: Array<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  visibility?: InputMaybe<VisibilityInput>;
};

export type ProjectMatch = {
  __typename?: 'ProjectMatch';
  project: Project;
  reasons: Array<MatchReason>;
  score: Scalars['Float']['output'];
};

export type ProjectMatchConnection = {
  __typename?: 'ProjectMatchConnection';
  edges: Array<ProjectMatchEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProjectMatchEdge = {
  __typename?: 'ProjectMatchEdge';
  cursor: Scalars['String']['output'];
  node: ProjectMatch;
};

export type ProjectStage =
  | 'CONCEPT'
  | 'ONGOING'
  | 'PROPOSAL';

export type Query = {
  __typename?: 'Query';
  /** Every full view and report download of one of the organization's audits, newest first. */
  accessLog: Array<AccessLogEntry>;
  /** incoming: requests for your audits; otherwise your organization’s requests. */
  accessRequests: Array<AccessRequest>;
  /** The activity log, newest first: an organization's owners and admins see their organization's entries; platform administrators see all. */
  activityLog: ActivityEntryConnection;
  audit: Maybe<Audit>;
  /** Audits the viewer sees: in full (visibility or granted access) or, when discoverable, their summary. */
  audits: AuditConnection;
  /** A concern, for its case handlers and the organizations it reached; null for everyone else. */
  concern: Maybe<Concern>;
  /** The reporter's view, signed out: null for a wrong or revoked code; wrong codes are counted and limited per address. */
  concernByFollowUpCode: Maybe<Concern>;
  /** Case handlers: every concern they handle (the queue: statuses [RECEIVED]); organizations: those that reached them. Newest first. */
  concerns: ConcernConnection;
  costPool: Maybe<CostPool>;
  /** Pools of your initiatives, and those you take part in or were invited to. */
  costPools: Array<CostPool>;
  /** The organization's smelters across all current supplier declarations, by evidence. */
  coverage: Coverage;
  declaration: Maybe<Declaration>;
  /** An import of the viewer's organization (poll it for progress). */
  declarationImport: Maybe<DeclarationImport>;
  /** Supplier declarations imported by the viewer's organization, newest first (superseded ones included, isCurrent false). */
  declarations: DeclarationConnection;
  /** Word-level difference of two revisions (of one definition, or two definitions of a term). */
  definitionDiff: Array<TextDiffPart>;
  /** Donors that fit a project best, with the score and its reasons. */
  donorMatches: DonorMatchConnection;
  /** The active donor's pipeline by stage, theme and decision (for charts). */
  donorPipeline: DonorPipeline;
  donorProfile: Maybe<DonorProfile>;
  /** An organization's dues for a calendar year (your own; the secretariat sees anyone's). */
  duesStatement: DuesStatement;
  /** An initiative's glossary or a selection of terms as SKOS Turtle, SKOS JSON-LD or CSV. */
  exportGlossary: Scalars['String']['output'];
  /** The viewer's private feed token, if one is live (the token itself is shown only when created). */
  feedToken: Maybe<FeedTokenInfo>;
  /** An initiative's grievance officers (its secretariat's owners and administrators). */
  grievanceOfficers: Array<GrievanceOfficer>;
  /** Projects highlighted as catalytic by donors, newest projects first. */
  highlightedProjects: ProjectConnection;
  initiative: Maybe<Initiative>;
  initiatives: InitiativeConnection;
  /** What an invitation link offers; null for an unknown token. */
  invitation: Maybe<InvitationPreview>;
  /** Pending invitations of an organization; for its administrators. */
  invitations: Array<Invitation>;
  /** Joint audits your organization sponsors, or of smelters your suppliers report. */
  jointAudits: Array<JointAudit>;
  /** Every e-mail the hub sent (newest first); for platform administrators. */
  mailOutbox: MailMessageConnection;
  /** The organization's open review items: reported names waiting for a person. */
  matchReviews: Array<MatchReview>;
  node: Maybe<Node>;
  /** The signed-in user's and the active organization's notifications, newest first. */
  notifications: NotificationList;
  /** Search and browse opportunities the viewer may see, with facet counts. Without statuses, published ones only. */
  opportunities: OpportunityConnection;
  opportunity: Maybe<Opportunity>;
  organization: Maybe<Organization>;
  /** The users of an organization; for its members. */
  organizationMembers: Array<OrganizationMember>;
  /** The public directory of organizations. */
  organizations: OrganizationConnection;
  /** The same with the saving against paying alone. */
  poolSharePreview: PoolSharePreview;
  /** What the viewer's organization would pay if it joined now. */
  previewPoolShare: Money;
  principleSet: Maybe<PrincipleSet>;
  principleSets: Array<PrincipleSet>;
  project: Maybe<Project>;
  /** Projects that fit the active donor organization's profile best. */
  projectMatches: ProjectMatchConnection;
  /** Projects the viewer may see, newest first. */
  projects: ProjectConnection;
  savedSearches: Array<SavedSearch>;
  /** One search box over everything the viewer may see. */
  search: SearchResult;
  /** A smelter by id or by CID (any spelling: CID000015, cid 15). */
  smelter: Maybe<Smelter>;
  /** Public: per category, how many concerns about the smelter were accepted and how many of those were resolved. */
  smelterConcernCounts: Array<ConcernCount>;
  /** The registry, by name; filter by metal, country, assessment status, or search names, aliases and CIDs. */
  smelters: SmelterConnection;
  term: Maybe<Term>;
  terms: TermConnection;
  /** Tier applications and periods, newest first: all for the secretariat, your own otherwise. */
  tierMemberships: Array<TierMembership>;
  /** An initiative's tiers, heaviest weight first. */
  tiers: Array<Tier>;
  /** The signed-in user; null when signed out. */
  viewer: Maybe<Viewer>;
  /** The viewer handles concerns: a platform administrator or a grievance officer. */
  viewerIsConcernCaseHandler: Scalars['Boolean']['output'];
};


export type QueryAccessLogArgs = {
  auditId: Scalars['ID']['input'];
};


export type QueryAccessRequestsArgs = {
  incoming: Scalars['Boolean']['input'];
};


export type QueryActivityLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAuditsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  smelterId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryConcernArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConcernByFollowUpCodeArgs = {
  code: Scalars['String']['input'];
};


export type QueryConcernsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<ConcernStatus>>;
};


export type QueryCostPoolArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCostPoolsArgs = {
  initiativeId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDeclarationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDeclarationImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDeclarationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDefinitionDiffArgs = {
  fromRevisionId: Scalars['ID']['input'];
  language?: InputMaybe<Scalars['String']['input']>;
  toRevisionId: Scalars['ID']['input'];
};


export type QueryDonorMatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  projectId: Scalars['ID']['input'];
};


export type QueryDonorProfileArgs = {
  organizationId: Scalars['ID']['input'];
};


export type QueryDuesStatementArgs = {
  initiativeId: Scalars['ID']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryExportGlossaryArgs = {
  format: GlossaryFormat;
  initiativeId?: InputMaybe<Scalars['ID']['input']>;
  termIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type QueryGrievanceOfficersArgs = {
  initiativeId: Scalars['ID']['input'];
};


export type QueryHighlightedProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInitiativeArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryInitiativesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryInvitationsArgs = {
  organizationId: Scalars['ID']['input'];
};


export type QueryMailOutboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMatchReviewsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OpportunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<OpportunitySort>;
};


export type QueryOpportunityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOrganizationMembersArgs = {
  organizationId: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<OrganizationKind>>;
  query?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPoolSharePreviewArgs = {
  poolId: Scalars['ID']['input'];
};


export type QueryPreviewPoolShareArgs = {
  poolId: Scalars['ID']['input'];
};


export type QueryPrincipleSetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPrincipleSetsArgs = {
  initiativeId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectMatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  query: Scalars['String']['input'];
};


export type QuerySmelterArgs = {
  cid?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySmelterConcernCountsArgs = {
  smelterId: Scalars['ID']['input'];
};


export type QuerySmeltersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  metals?: InputMaybe<Array<Metal>>;
  query?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<AssessmentStatus>>;
};


export type QueryTermArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTermsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  initiativeId?: InputMaybe<Scalars['ID']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<AlignmentStatus>;
};


export type QueryTierMembershipsArgs = {
  initiativeId: Scalars['ID']['input'];
};


export type QueryTiersArgs = {
  initiativeId: Scalars['ID']['input'];
};

export type Referral = Node & {
  __typename?: 'Referral';
  createdAt: Scalars['DateTime']['output'];
  fromDonor: Organization;
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  project: Project;
  toDonor: Organization;
};

export type Registration = Node & {
  __typename?: 'Registration';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  opportunity: Opportunity;
  organization: Maybe<Organization>;
  status: RegistrationStatus;
  user: User;
  /** place on the waiting list (1 = next to get a seat); null unless waitlisted */
  waitlistPosition: Maybe<Scalars['Int']['output']>;
};

export type RegistrationStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'WAITLISTED';

export type ReviseDefinitionInput = {
  basedOnRevision: Scalars['Int']['input'];
  changeNote?: InputMaybe<Scalars['String']['input']>;
  definitionId: Scalars['ID']['input'];
  texts: Array<LocalizedTextInput>;
};

export type SavedSearch = Node & {
  __typename?: 'SavedSearch';
  atomUrl: Scalars['String']['output'];
  calendarUrl: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  filter: Scalars['JSON']['output'];
  frequency: DigestFrequency;
  id: Scalars['ID']['output'];
  lastDigestAt: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  rssUrl: Scalars['String']['output'];
};

export type SavedSearchInput = {
  filter: OpportunityFilter;
  frequency: DigestFrequency;
  name: Scalars['String']['input'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  id: Scalars['ID']['output'];
  /** TERM | DEFINITION | OPPORTUNITY | PROJECT | SMELTER | AUDIT | ORGANIZATION | INITIATIVE */
  kind: Scalars['String']['output'];
  snippet: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type SearchResult = {
  __typename?: 'SearchResult';
  /** true when answered without the search engine */
  degraded: Scalars['Boolean']['output'];
  hits: Array<SearchHit>;
  totalCount: Scalars['Int']['output'];
};

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type SignUpInput = {
  country?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  /** join the inviting organization instead of creating one */
  invitationToken?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  organizationKind?: InputMaybe<OrganizationKind>;
  organizationName?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
};

export type SizeBand =
  | 'LARGE'
  | 'MEDIUM'
  | 'MICRO'
  | 'SMALL';

export type Smelter = Node & {
  __typename?: 'Smelter';
  aliases: Array<Scalars['String']['output']>;
  /** Audits of this smelter the viewer sees (in full, or the summary of discoverable ones). */
  audits: AuditConnection;
  cid: Maybe<Scalars['String']['output']>;
  city: Maybe<Scalars['String']['output']>;
  country: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  metal: Metal;
  name: Scalars['String']['output'];
  /** Supplier companies whose current declarations, imported by the viewer's organization, report this smelter. */
  reportedBy: Array<Scalars['String']['output']>;
  source: Scalars['String']['output'];
  stateProvince: Maybe<Scalars['String']['output']>;
  status: AssessmentStatus;
  statusAsOf: Maybe<Scalars['DateTime']['output']>;
};


export type SmelterAuditsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SmelterCandidate = {
  __typename?: 'SmelterCandidate';
  confidence: Scalars['Float']['output'];
  smelter: Smelter;
};

export type SmelterConnection = {
  __typename?: 'SmelterConnection';
  edges: Array<SmelterEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SmelterEdge = {
  __typename?: 'SmelterEdge';
  cursor: Scalars['String']['output'];
  node: Smelter;
};

export type Stance =
  | 'ENDORSE'
  | 'OBJECT';

export type SupplierDeclaration = {
  __typename?: 'SupplierDeclaration';
  companyName: Scalars['String']['output'];
  declarationId: Scalars['ID']['output'];
  effectiveDate: Maybe<Scalars['DateTime']['output']>;
  errors: Scalars['Int']['output'];
  importedAt: Scalars['DateTime']['output'];
  isCurrent: Scalars['Boolean']['output'];
  revision: Scalars['String']['output'];
  rowsInReview: Scalars['Int']['output'];
  smelterRows: Scalars['Int']['output'];
  /** effective date more than a year ago */
  stale: Scalars['Boolean']['output'];
  template: Scalars['String']['output'];
  unidentifiedRows: Scalars['Int']['output'];
  warnings: Scalars['Int']['output'];
};

export type TemplateKind =
  | 'AMRT'
  | 'CMRT'
  | 'CRT'
  | 'EMRT';

export type Term = Node & {
  __typename?: 'Term';
  altLabels: Array<LocalizedText>;
  broader: Array<Term>;
  category: Maybe<Scalars['String']['output']>;
  /** Every definition of the term the viewer may see, side by side. */
  definitions: Array<Definition>;
  id: Scalars['ID']['output'];
  /** The label in a language, falling back to English, then any. */
  label: Scalars['String']['output'];
  labels: Array<LocalizedText>;
  minerals: Array<Scalars['String']['output']>;
  narrower: Array<Term>;
  related: Array<Term>;
  slug: Scalars['String']['output'];
  themes: Array<Scalars['String']['output']>;
  /** Whether the viewer may edit the term (its organization created it). */
  viewerCanEdit: Scalars['Boolean']['output'];
};


export type TermLabelArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

export type TermConnection = {
  __typename?: 'TermConnection';
  edges: Array<TermEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TermEdge = {
  __typename?: 'TermEdge';
  cursor: Scalars['String']['output'];
  node: Term;
};

export type TermInput = {
  altLabels?: InputMaybe<Array<LocalizedTextInput>>;
  broaderIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  category?: InputMaybe<Scalars['String']['input']>;
  labels: Array<LocalizedTextInput>;
  minerals?: InputMaybe<Array<Scalars['String']['input']>>;
  relatedIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  slug?: InputMaybe<Scalars['String']['input']>;
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type TextDiffPart = {
  __typename?: 'TextDiffPart';
  /** EQUAL | INSERT | DELETE */
  kind: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type Tier = Node & {
  __typename?: 'Tier';
  annualFee: Money;
  auditLibraryAccess: Scalars['Boolean']['output'];
  benefits: Array<Scalars['String']['output']>;
  /** no single pool share above this */
  capAmount: Maybe<Money>;
  /** or above this share of the pool (0..100) */
  capPercent: Maybe<Scalars['Float']['output']>;
  eligibleKinds: Array<OrganizationKind>;
  eligibleSizeBands: Array<SizeBand>;
  id: Scalars['ID']['output'];
  initiative: Initiative;
  name: Scalars['String']['output'];
  /** Whether the viewer's active organization may apply, and why not. */
  viewerEligibility: Maybe<TierEligibility>;
  weight: Scalars['Float']['output'];
};

export type TierApplicationStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REFUSED';

export type TierEligibility = {
  __typename?: 'TierEligibility';
  eligible: Scalars['Boolean']['output'];
  reason: Maybe<Scalars['String']['output']>;
};

export type TierInput = {
  annualFee: MoneyInput;
  auditLibraryAccess?: InputMaybe<Scalars['Boolean']['input']>;
  benefits?: InputMaybe<Array<Scalars['String']['input']>>;
  capAmount?: InputMaybe<MoneyInput>;
  capPercent?: InputMaybe<Scalars['Float']['input']>;
  eligibleKinds?: InputMaybe<Array<OrganizationKind>>;
  eligibleSizeBands?: InputMaybe<Array<SizeBand>>;
  name: Scalars['String']['input'];
  weight: Scalars['Float']['input'];
};

export type TierMembership = {
  __typename?: 'TierMembership';
  appliedAt: Scalars['DateTime']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  organization: Organization;
  reason: Maybe<Scalars['String']['output']>;
  /** start of the approved period */
  since: Maybe<Scalars['DateTime']['output']>;
  status: TierApplicationStatus;
  tier: Tier;
  /** end of the period, when it ended */
  until: Maybe<Scalars['DateTime']['output']>;
};

export type UnsubscribeResult = {
  __typename?: 'UnsubscribeResult';
  description: Scalars['String']['output'];
  done: Scalars['Boolean']['output'];
};

export type UpdateOrganizationInput = {
  country?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  sizeBand?: InputMaybe<SizeBand>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type User = Node & {
  __typename?: 'User';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
  /** The user's organizations; shown to the user only. */
  memberships: Array<OrganizationMembership>;
  name: Scalars['String']['output'];
};

export type ValidationIssue = {
  __typename?: 'ValidationIssue';
  cell: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** ERROR | WARNING */
  severity: Scalars['String']['output'];
  sheet: Scalars['String']['output'];
};

export type Viewer = {
  __typename?: 'Viewer';
  activeOrganization: Maybe<Organization>;
  isPlatformAdmin: Scalars['Boolean']['output'];
  user: User;
};

export type Visibility =
  | 'INITIATIVE'
  | 'ORGANIZATIONS'
  | 'PLATFORM'
  | 'PRIVATE'
  | 'PUBLIC';

export type VisibilityInput = {
  initiativeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  level: Visibility;
  organizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type VisibilityRule = {
  __typename?: 'VisibilityRule';
  initiatives: Array<Initiative>;
  level: Visibility;
  organizations: Array<Organization>;
};

export type WeightedValue = {
  __typename?: 'WeightedValue';
  value: Scalars['String']['output'];
  weight: Scalars['Float']['output'];
};

export type WeightedValueInput = {
  value: Scalars['String']['input'];
  weight: Scalars['Float']['input'];
};

export type SwitchOrganizationMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type SwitchOrganizationMutation = { switchOrganization: { __typename?: 'Viewer', isPlatformAdmin: boolean, user: { __typename?: 'User', id: string, name: string, email: string, locale: string, memberships: Array<{ __typename?: 'OrganizationMembership', role: OrganizationRole, organization: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, verified: boolean } }> }, activeOrganization: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, verified: boolean } | null } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type ViewerFieldsFragment = { __typename?: 'Viewer', isPlatformAdmin: boolean, user: { __typename?: 'User', id: string, name: string, email: string, locale: string, memberships: Array<{ __typename?: 'OrganizationMembership', role: OrganizationRole, organization: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, verified: boolean } }> }, activeOrganization: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, verified: boolean } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { __typename?: 'Viewer', isPlatformAdmin: boolean, user: { __typename?: 'User', id: string, name: string, email: string, locale: string, memberships: Array<{ __typename?: 'OrganizationMembership', role: OrganizationRole, organization: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, verified: boolean } }> }, activeOrganization: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, verified: boolean } | null } | null };

export type SetLocaleMutationVariables = Exact<{
  locale: Scalars['String']['input'];
}>;


export type SetLocaleMutation = { setLocale: { __typename?: 'User', id: string, locale: string } };

export type AdminOrganizationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdminOrganizationsQuery = { organizations: { __typename?: 'OrganizationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'OrganizationEdge', cursor: string, node: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, country: string | null, website: string | null, verified: boolean } }> } };

export type VerifyOrganizationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  verified: Scalars['Boolean']['input'];
}>;


export type VerifyOrganizationMutation = { verifyOrganization: { __typename?: 'Organization', id: string, verified: boolean } };

export type MailOutboxQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MailOutboxQuery = { mailOutbox: { __typename?: 'MailMessageConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'MailMessageEdge', cursor: string, node: { __typename?: 'MailMessageObject', id: string, to: string, subject: string, text: string, createdAt: string, sentAt: string | null, transport: string } }> } };

export type ActivityLogQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ActivityLogQuery = { activityLog: { __typename?: 'ActivityEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'ActivityEntryEdge', cursor: string, node: { __typename?: 'ActivityEntry', id: string, at: string, action: string, targetType: string | null, targetId: string | null, details: unknown | null, user: { __typename?: 'User', id: string, name: string, email: string } | null, organization: { __typename?: 'Organization', id: string, name: string, slug: string } | null } }> } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { __typename?: 'Viewer', isPlatformAdmin: boolean, user: { __typename?: 'User', id: string, name: string, email: string, locale: string, memberships: Array<{ __typename?: 'OrganizationMembership', role: OrganizationRole, organization: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, verified: boolean } }> }, activeOrganization: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, verified: boolean } | null } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { __typename?: 'Viewer', isPlatformAdmin: boolean, user: { __typename?: 'User', id: string, name: string, email: string, locale: string, memberships: Array<{ __typename?: 'OrganizationMembership', role: OrganizationRole, organization: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, verified: boolean } }> }, activeOrganization: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, verified: boolean } | null } };

export type InvitationPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationPreviewQuery = { invitation: { __typename?: 'InvitationPreview', email: string, role: OrganizationRole, status: InvitationStatus, expiresAt: string, organization: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, country: string | null, verified: boolean } } | null };

export type AcceptInvitationMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type AcceptInvitationMutation = { acceptInvitation: { __typename?: 'Viewer', isPlatformAdmin: boolean, user: { __typename?: 'User', id: string, name: string, email: string, locale: string, memberships: Array<{ __typename?: 'OrganizationMembership', role: OrganizationRole, organization: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, verified: boolean } }> }, activeOrganization: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, verified: boolean } | null } };

export type SwitchFromProfileMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type SwitchFromProfileMutation = { switchOrganization: { __typename?: 'Viewer', isPlatformAdmin: boolean, user: { __typename?: 'User', id: string, name: string, email: string, locale: string, memberships: Array<{ __typename?: 'OrganizationMembership', role: OrganizationRole, organization: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, verified: boolean } }> }, activeOrganization: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, verified: boolean } | null } };

export type RemoveCallFileMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveCallFileMutation = { removeOpportunityFile: boolean };

export type CallCardFragment = { __typename?: 'Opportunity', id: string, kind: OpportunityKind, status: OpportunityStatus, deadline: string | null, timeZone: string | null, startsAt: string | null, publishedAt: string | null, title: string, texts: Array<{ __typename?: 'OpportunityText', language: string, isOriginal: boolean, title: string, summary: string | null }>, amountMin: { __typename?: 'Money', amountMinor: number, currency: string } | null, amountMax: { __typename?: 'Money', amountMinor: number, currency: string } | null, publisher: { __typename?: 'Organization', id: string, name: string, slug: string, verified: boolean }, initiative: { __typename?: 'Initiative', id: string, name: string, slug: string } | null, amplifications: Array<{ __typename?: 'Amplification', createdAt: string, note: string | null, organization: { __typename?: 'Organization', id: string, name: string, slug: string }, initiative: { __typename?: 'Initiative', id: string, name: string, slug: string } | null }> };

export type CallsQueryVariables = Exact<{
  filter?: InputMaybe<OpportunityFilter>;
  sort?: InputMaybe<OpportunitySort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
}>;


export type CallsQuery = { opportunities: { __typename?: 'OpportunityConnection', totalCount: number, degraded: boolean, facets: Array<{ __typename?: 'Facet', name: string, values: Array<{ __typename?: 'FacetValue', value: string, label: string | null, count: number }> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'OpportunityEdge', cursor: string, node: { __typename?: 'Opportunity', id: string, kind: OpportunityKind, status: OpportunityStatus, deadline: string | null, timeZone: string | null, startsAt: string | null, publishedAt: string | null, title: string, texts: Array<{ __typename?: 'OpportunityText', language: string, isOriginal: boolean, title: string, summary: string | null }>, amountMin: { __typename?: 'Money', amountMinor: number, currency: string } | null, amountMax: { __typename?: 'Money', amountMinor: number, currency: string } | null, publisher: { __typename?: 'Organization', id: string, name: string, slug: string, verified: boolean }, initiative: { __typename?: 'Initiative', id: string, name: string, slug: string } | null, amplifications: Array<{ __typename?: 'Amplification', createdAt: string, note: string | null, organization: { __typename?: 'Organization', id: string, name: string, slug: string }, initiative: { __typename?: 'Initiative', id: string, name: string, slug: string } | null }> } }> } };

export type CallQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  language?: InputMaybe<Scalars['String']['input']>;
}>;


export type CallQuery = { opportunity: { __typename?: 'Opportunity', opensAt: string | null, endsAt: string | null, publishAt: string | null, createdAt: string, updatedAt: string, eligibleKinds: Array<OrganizationKind>, eligibleCountries: Array<string>, countries: Array<string>, regions: Array<string>, minerals: Array<string>, themes: Array<string>, links: Array<string>, contact: string | null, seatLimit: number | null, registrationCount: number, waitlistCount: number, icsUrl: string, viewerIsPublisher: boolean, viewerReminders: Array<number>, id: string, kind: OpportunityKind, status: OpportunityStatus, deadline: string | null, timeZone: string | null, startsAt: string | null, publishedAt: string | null, title: string, texts: Array<{ __typename?: 'OpportunityText', language: string, isOriginal: boolean, title: string, summary: string | null, body: string | null }>, attachments: Array<{ __typename?: 'OpportunityAttachment', title: string, url: string }>, files: Array<{ __typename?: 'OpportunityFile', id: string, fileName: string, sizeBytes: number, url: string }>, viewerRegistration: { __typename?: 'Registration', id: string, status: RegistrationStatus, waitlistPosition: number | null } | null, attendees: Array<{ __typename?: 'Attendee', registrationId: string, name: string, email: string, organization: string | null, status: RegistrationStatus, registeredAt: string }> | null, visibility: { __typename?: 'VisibilityRule', level: Visibility, initiatives: Array<{ __typename?: 'Initiative', id: string, name: string, slug: string }>, organizations: Array<{ __typename?: 'Organization', id: string, name: string, slug: string }> }, amountMin: { __typename?: 'Money', amountMinor: number, currency: string } | null, amountMax: { __typename?: 'Money', amountMinor: number, currency: string } | null, publisher: { __typename?: 'Organization', id: string, name: string, slug: string, verified: boolean }, initiative: { __typename?: 'Initiative', id: string, name: string, slug: string } | null, amplifications: Array<{ __typename?: 'Amplification', createdAt: string, note: string | null, organization: { __typename?: 'Organization', id: string, name: string, slug: string }, initiative: { __typename?: 'Initiative', id: string, name: string, slug: string } | null }> } | null };

export type CreateCallMutationVariables = Exact<{
  input: OpportunityInput;
}>;


export type CreateCallMutation = { createOpportunity: { __typename?: 'Opportunity', id: string, status: OpportunityStatus } };

export type UpdateCallMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: OpportunityInput;
}>;


export type UpdateCallMutation = { updateOpportunity: { __typename?: 'Opportunity', id: string, status: OpportunityStatus } };

export type PublishCallMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishCallMutation = { publishOpportunity: { __typename?: 'Opportunity', id: string, status: OpportunityStatus, publishedAt: string | null, publishAt: string | null } };

export type ArchiveCallMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveCallMutation = { archiveOpportunity: { __typename?: 'Opportunity', id: string, status: OpportunityStatus } };

export type AmplifyCallMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  initiativeId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AmplifyCallMutation = { amplifyOpportunity: { __typename?: 'Opportunity', id: string } };

export type RegisterForCallMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RegisterForCallMutation = { registerForOpportunity: { __typename?: 'Registration', id: string, status: RegistrationStatus, waitlistPosition: number | null } };

export type CancelCallRegistrationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelCallRegistrationMutation = { cancelRegistration: { __typename?: 'Registration', id: string, status: RegistrationStatus } };

export type SetCallReminderMutationVariables = Exact<{
  opportunityId: Scalars['ID']['input'];
  daysBefore: Array<Scalars['Int']['input']> | Scalars['Int']['input'];
}>;


export type SetCallReminderMutation = { setDeadlineReminder: boolean };

export type SavedSearchesQueryVariables = Exact<{ [key: string]: never; }>;


export type SavedSearchesQuery = { savedSearches: Array<{ __typename?: 'SavedSearch', id: string, name: string, frequency: DigestFrequency, filter: unknown, rssUrl: string, atomUrl: string, calendarUrl: string, createdAt: string, lastDigestAt: string | null }>, feedToken: { __typename?: 'FeedTokenInfo', createdAt: string, lastUsedAt: string | null } | null };

export type SaveCallSearchMutationVariables = Exact<{
  input: SavedSearchInput;
}>;


export type SaveCallSearchMutation = { saveSearch: { __typename?: 'SavedSearch', id: string, name: string } };

export type DeleteSavedSearchMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteSavedSearchMutation = { deleteSavedSearch: boolean };

export type CreateFeedTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateFeedTokenMutation = { createFeedToken: string };

export type RevokeFeedTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeFeedTokenMutation = { revokeFeedToken: boolean };

export type UnsubscribeMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type UnsubscribeMutation = { unsubscribe: { __typename?: 'UnsubscribeResult', done: boolean, description: string } };

export type ConcernFieldsFragment = { __typename?: 'Concern', id: string, reference: string, status: ConcernStatus, category: ConcernCategory, description: string, language: string, country: string | null, place: string | null, latitude: number | null, longitude: number | null, happenedOn: string | null, createdAt: string, anonymous: boolean, reporterName: string | null, reporterContact: string | null, shareIdentityWithCompanies: boolean, referredTo: string | null, outcome: string | null, mergedIntoReference: string | null, reachedCount: number, joinedCount: number, viewerIsHandler: boolean, viewerIsReporter: boolean, viewerIsRecipient: boolean, viewerCanJoin: boolean, viewerIsLead: boolean, viewerJoined: boolean, smelter: { __typename?: 'Smelter', id: string, cid: string | null, name: string, country: string } | null, recipients: Array<{ __typename?: 'ConcernRecipient', reason: string, joined: boolean, lead: boolean, kind: string, organization: { __typename?: 'Organization', id: string, name: string, slug: string } }>, messages: Array<{ __typename?: 'ConcernMessage', id: string, at: string, authorLabel: string, body: string, visibleToReporter: boolean }>, evidence: Array<{ __typename?: 'ConcernEvidence', id: string, fileName: string, contentType: string, sizeBytes: number, shared: boolean, addedBy: string, url: string }> };

export type FileConcernMutationVariables = Exact<{
  input: ConcernInput;
}>;


export type FileConcernMutation = { fileConcern: { __typename?: 'ConcernFiled', followUpCode: string, concern: { __typename?: 'Concern', id: string, reference: string } } };

export type ConcernByCodeQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type ConcernByCodeQuery = { concernByFollowUpCode: { __typename?: 'Concern', id: string, reference: string, status: ConcernStatus, category: ConcernCategory, description: string, language: string, country: string | null, place: string | null, latitude: number | null, longitude: number | null, happenedOn: string | null, createdAt: string, anonymous: boolean, reporterName: string | null, reporterContact: string | null, shareIdentityWithCompanies: boolean, referredTo: string | null, outcome: string | null, mergedIntoReference: string | null, reachedCount: number, joinedCount: number, viewerIsHandler: boolean, viewerIsReporter: boolean, viewerIsRecipient: boolean, viewerCanJoin: boolean, viewerIsLead: boolean, viewerJoined: boolean, smelter: { __typename?: 'Smelter', id: string, cid: string | null, name: string, country: string } | null, recipients: Array<{ __typename?: 'ConcernRecipient', reason: string, joined: boolean, lead: boolean, kind: string, organization: { __typename?: 'Organization', id: string, name: string, slug: string } }>, messages: Array<{ __typename?: 'ConcernMessage', id: string, at: string, authorLabel: string, body: string, visibleToReporter: boolean }>, evidence: Array<{ __typename?: 'ConcernEvidence', id: string, fileName: string, contentType: string, sizeBytes: number, shared: boolean, addedBy: string, url: string }> } | null };

export type ConcernQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConcernQuery = { concern: { __typename?: 'Concern', id: string, reference: string, status: ConcernStatus, category: ConcernCategory, description: string, language: string, country: string | null, place: string | null, latitude: number | null, longitude: number | null, happenedOn: string | null, createdAt: string, anonymous: boolean, reporterName: string | null, reporterContact: string | null, shareIdentityWithCompanies: boolean, referredTo: string | null, outcome: string | null, mergedIntoReference: string | null, reachedCount: number, joinedCount: number, viewerIsHandler: boolean, viewerIsReporter: boolean, viewerIsRecipient: boolean, viewerCanJoin: boolean, viewerIsLead: boolean, viewerJoined: boolean, smelter: { __typename?: 'Smelter', id: string, cid: string | null, name: string, country: string } | null, recipients: Array<{ __typename?: 'ConcernRecipient', reason: string, joined: boolean, lead: boolean, kind: string, organization: { __typename?: 'Organization', id: string, name: string, slug: string } }>, messages: Array<{ __typename?: 'ConcernMessage', id: string, at: string, authorLabel: string, body: string, visibleToReporter: boolean }>, evidence: Array<{ __typename?: 'ConcernEvidence', id: string, fileName: string, contentType: string, sizeBytes: number, shared: boolean, addedBy: string, url: string }> } | null };

export type ConcernsQueryVariables = Exact<{
  statuses?: InputMaybe<Array<ConcernStatus> | ConcernStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConcernsQuery = { viewerIsConcernCaseHandler: boolean, concerns: { __typename?: 'ConcernConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'ConcernEdge', node: { __typename?: 'Concern', id: string, reference: string, status: ConcernStatus, category: ConcernCategory, createdAt: string, country: string | null, place: string | null, reachedCount: number, joinedCount: number, viewerJoined: boolean, viewerIsLead: boolean, smelter: { __typename?: 'Smelter', id: string, name: string } | null } }> } };

export type ConcernCaseHandlerQueryVariables = Exact<{ [key: string]: never; }>;


export type ConcernCaseHandlerQuery = { viewerIsConcernCaseHandler: boolean };

export type AddConcernMessageMutationVariables = Exact<{
  concernId?: InputMaybe<Scalars['ID']['input']>;
  followUpCode?: InputMaybe<Scalars['String']['input']>;
  body: Scalars['String']['input'];
  visibleToReporter?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type AddConcernMessageMutation = { addConcernMessage: { __typename?: 'Concern', id: string, reference: string, status: ConcernStatus, category: ConcernCategory, description: string, language: string, country: string | null, place: string | null, latitude: number | null, longitude: number | null, happenedOn: string | null, createdAt: string, anonymous: boolean, reporterName: string | null, reporterContact: string | null, shareIdentityWithCompanies: boolean, referredTo: string | null, outcome: string | null, mergedIntoReference: string | null, reachedCount: number, joinedCount: number, viewerIsHandler: boolean, viewerIsReporter: boolean, viewerIsRecipient: boolean, viewerCanJoin: boolean, viewerIsLead: boolean, viewerJoined: boolean, smelter: { __typename?: 'Smelter', id: string, cid: string | null, name: string, country: string } | null, recipients: Array<{ __typename?: 'ConcernRecipient', reason: string, joined: boolean, lead: boolean, kind: string, organization: { __typename?: 'Organization', id: string, name: string, slug: string } }>, messages: Array<{ __typename?: 'ConcernMessage', id: string, at: string, authorLabel: string, body: string, visibleToReporter: boolean }>, evidence: Array<{ __typename?: 'ConcernEvidence', id: string, fileName: string, contentType: string, sizeBytes: number, shared: boolean, addedBy: string, url: string }> } };

export type TriageConcernMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  accept: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  mergeIntoId?: InputMaybe<Scalars['ID']['input']>;
  referTo?: InputMaybe<Scalars['String']['input']>;
}>;


export type TriageConcernMutation = { triageConcern: { __typename?: 'Concern', id: string, reference: string, status: ConcernStatus, category: ConcernCategory, description: string, language: string, country: string | null, place: string | null, latitude: number | null, longitude: number | null, happenedOn: string | null, createdAt: string, anonymous: boolean, reporterName: string | null, reporterContact: string | null, shareIdentityWithCompanies: boolean, referredTo: string | null, outcome: string | null, mergedIntoReference: string | null, reachedCount: number, joinedCount: number, viewerIsHandler: boolean, viewerIsReporter: boolean, viewerIsRecipient: boolean, viewerCanJoin: boolean, viewerIsLead: boolean, viewerJoined: boolean, smelter: { __typename?: 'Smelter', id: string, cid: string | null, name: string, country: string } | null, recipients: Array<{ __typename?: 'ConcernRecipient', reason: string, joined: boolean, lead: boolean, kind: string, organization: { __typename?: 'Organization', id: string, name: string, slug: string } }>, messages: Array<{ __typename?: 'ConcernMessage', id: string, at: string, authorLabel: string, body: string, visibleToReporter: boolean }>, evidence: Array<{ __typename?: 'ConcernEvidence', id: string, fileName: string, contentType: string, sizeBytes: number, shared: boolean, addedBy: string, url: string }> } };

export type JoinConcernCaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  lead?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type JoinConcernCaseMutation = { joinConcernCase: { __typename?: 'Concern', id: string, reference: string, status: ConcernStatus, category: ConcernCategory, description: string, language: string, country: string | null, place: string | null, latitude: number | null, longitude: number | null, happenedOn: string | null, createdAt: string, anonymous: boolean, reporterName: string | null, reporterContact: string | null, shareIdentityWithCompanies: boolean, referredTo: string | null, outcome: string | null, mergedIntoReference: string | null, reachedCount: number, joinedCount: number, viewerIsHandler: boolean, viewerIsReporter: boolean, viewerIsRecipient: boolean, viewerCanJoin: boolean, viewerIsLead: boolean, viewerJoined: boolean, smelter: { __typename?: 'Smelter', id: string, cid: string | null, name: string, country: string } | null, recipients: Array<{ __typename?: 'ConcernRecipient', reason: string, joined: boolean, lead: boolean, kind: string, organization: { __typename?: 'Organization', id: string, name: string, slug: string } }>, messages: Array<{ __typename?: 'ConcernMessage', id: string, at: string, authorLabel: string, body: string, visibleToReporter: boolean }>, evidence: Array<{ __typename?: 'ConcernEvidence', id: string, fileName: string, contentType: string, sizeBytes: number, shared: boolean, addedBy: string, url: string }> } };

export type SetConcernStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: ConcernStatus;
  outcome?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetConcernStatusMutation = { setConcernStatus: { __typename?: 'Concern', id: string, reference: string, status: ConcernStatus, category: ConcernCategory, description: string, language: string, country: string | null, place: string | null, latitude: number | null, longitude: number | null, happenedOn: string | null, createdAt: string, anonymous: boolean, reporterName: string | null, reporterContact: string | null, shareIdentityWithCompanies: boolean, referredTo: string | null, outcome: string | null, mergedIntoReference: string | null, reachedCount: number, joinedCount: number, viewerIsHandler: boolean, viewerIsReporter: boolean, viewerIsRecipient: boolean, viewerCanJoin: boolean, viewerIsLead: boolean, viewerJoined: boolean, smelter: { __typename?: 'Smelter', id: string, cid: string | null, name: string, country: string } | null, recipients: Array<{ __typename?: 'ConcernRecipient', reason: string, joined: boolean, lead: boolean, kind: string, organization: { __typename?: 'Organization', id: string, name: string, slug: string } }>, messages: Array<{ __typename?: 'ConcernMessage', id: string, at: string, authorLabel: string, body: string, visibleToReporter: boolean }>, evidence: Array<{ __typename?: 'ConcernEvidence', id: string, fileName: string, contentType: string, sizeBytes: number, shared: boolean, addedBy: string, url: string }> } };

export type ShareConcernEvidenceMutationVariables = Exact<{
  evidenceId: Scalars['ID']['input'];
  shared?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ShareConcernEvidenceMutation = { shareConcernEvidence: { __typename?: 'ConcernEvidence', id: string, shared: boolean } };

export type RevokeFollowUpCodeMutationVariables = Exact<{
  code: Scalars['String']['input'];
  issueNew?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type RevokeFollowUpCodeMutation = { revokeConcernFollowUpCode: string | null };

export type SmelterConcernCountsQueryVariables = Exact<{
  smelterId: Scalars['ID']['input'];
}>;


export type SmelterConcernCountsQuery = { smelterConcernCounts: Array<{ __typename?: 'ConcernCount', category: ConcernCategory, accepted: number, resolved: number }> };

export type ConcernPresetSmelterQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConcernPresetSmelterQuery = { smelter: { __typename?: 'Smelter', id: string, name: string, cid: string | null, metal: Metal, country: string } | null };

export type FundingProjectSummaryFragment = { __typename?: 'Project', id: string, title: string, summary: string, stage: ProjectStage, countries: Array<string>, themes: Array<string>, minerals: Array<string>, createdAt: string, consentToReferral: boolean, budget: { __typename?: 'Money', amountMinor: number, currency: string }, confirmedFunding: { __typename?: 'Money', amountMinor: number, currency: string }, fundingGap: { __typename?: 'Money', amountMinor: number, currency: string }, applicant: { __typename?: 'Organization', id: string, name: string, slug: string, verified: boolean } };

export type FundingMatchReasonFragment = { __typename?: 'MatchReason', criterion: string, detail: string, points: number };

export type FundingProjectsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
}>;


export type FundingProjectsQuery = { projects: { __typename?: 'ProjectConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'ProjectEdge', cursor: string, node: { __typename?: 'Project', id: string, title: string, summary: string, stage: ProjectStage, countries: Array<string>, themes: Array<string>, minerals: Array<string>, createdAt: string, consentToReferral: boolean, budget: { __typename?: 'Money', amountMinor: number, currency: string }, confirmedFunding: { __typename?: 'Money', amountMinor: number, currency: string }, fundingGap: { __typename?: 'Money', amountMinor: number, currency: string }, applicant: { __typename?: 'Organization', id: string, name: string, slug: string, verified: boolean } } }> } };

export type FundingProjectMatchesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FundingProjectMatchesQuery = { projectMatches: { __typename?: 'ProjectMatchConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'ProjectMatchEdge', cursor: string, node: { __typename?: 'ProjectMatch', score: number, reasons: Array<{ __typename?: 'MatchReason', criterion: string, detail: string, points: number }>, project: { __typename?: 'Project', id: string, title: string, summary: string, stage: ProjectStage, countries: Array<string>, themes: Array<string>, minerals: Array<string>, createdAt: string, consentToReferral: boolean, decisions: Array<{ __typename?: 'Decision', id: string, kind: DecisionKind, worthy: boolean }>, budget: { __typename?: 'Money', amountMinor: number, currency: string }, confirmedFunding: { __typename?: 'Money', amountMinor: number, currency: string }, fundingGap: { __typename?: 'Money', amountMinor: number, currency: string }, applicant: { __typename?: 'Organization', id: string, name: string, slug: string, verified: boolean } } } }> } };

export type FundingHighlightedProjectsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FundingHighlightedProjectsQuery = { highlightedProjects: { __typename?: 'ProjectConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'ProjectEdge', cursor: string, node: { __typename?: 'Project', id: string, title: string, summary: string, stage: ProjectStage, countries: Array<string>, themes: Array<string>, minerals: Array<string>, createdAt: string, consentToReferral: boolean, highlights: Array<{ __typename?: 'Highlight', note: string | null, createdAt: string, donor: { __typename?: 'Organization', id: string, name: string, slug: string } }>, budget: { __typename?: 'Money', amountMinor: number, currency: string }, confirmedFunding: { __typename?: 'Money', amountMinor: number, currency: string }, fundingGap: { __typename?: 'Money', amountMinor: number, currency: string }, applicant: { __typename?: 'Organization', id: string, name: string, slug: string, verified: boolean } } }> } };

export type FundingDonorPipelineQueryVariables = Exact<{ [key: string]: never; }>;


export type FundingDonorPipelineQuery = { donorPipeline: { __typename?: 'DonorPipeline', byStage: Array<{ __typename?: 'PipelineBucket', key: string, projects: number, gap: { __typename?: 'Money', amountMinor: number, currency: string } }>, byTheme: Array<{ __typename?: 'PipelineBucket', key: string, projects: number, gap: { __typename?: 'Money', amountMinor: number, currency: string } }>, byDecision: Array<{ __typename?: 'PipelineBucket', key: string, projects: number, gap: { __typename?: 'Money', amountMinor: number, currency: string } }> } };

export type FundingNotificationFragment = { __typename?: 'Notification', id: string, kind: string, title: string, body: string | null, link: string | null, createdAt: string, read: boolean };

export type NotificationBellQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type NotificationBellQuery = { notifications: { __typename?: 'NotificationList', unreadCount: number, items: Array<{ __typename?: 'Notification', id: string, kind: string, title: string, body: string | null, link: string | null, createdAt: string, read: boolean }> } };

export type MarkNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkNotificationsReadMutation = { markNotificationsRead: boolean };

export type FundingProjectQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FundingProjectQuery = { project: { __typename?: 'Project', description: string | null, durationMonths: number | null, id: string, title: string, summary: string, stage: ProjectStage, countries: Array<string>, themes: Array<string>, minerals: Array<string>, createdAt: string, consentToReferral: boolean, partners: Array<{ __typename?: 'Organization', id: string, name: string, slug: string, verified: boolean }>, visibility: { __typename?: 'VisibilityRule', level: Visibility, initiatives: Array<{ __typename?: 'Initiative', id: string, name: string, slug: string }>, organizations: Array<{ __typename?: 'Organization', id: string, name: string, slug: string }> }, funding: { __typename?: 'FundingSummary', progress: number, rateDates: Array<string>, budget: { __typename?: 'Money', amountMinor: number, currency: string }, confirmed: { __typename?: 'Money', amountMinor: number, currency: string }, proposed: { __typename?: 'Money', amountMinor: number, currency: string }, gap: { __typename?: 'Money', amountMinor: number, currency: string } }, pledges: Array<{ __typename?: 'Pledge', id: string, status: PledgeStatus, conditions: string | null, createdAt: string, amount: { __typename?: 'Money', amountMinor: number, currency: string }, donor: { __typename?: 'Organization', id: string, name: string, slug: string } }>, highlights: Array<{ __typename?: 'Highlight', note: string | null, createdAt: string, donor: { __typename?: 'Organization', id: string, name: string, slug: string } }>, decisions: Array<{ __typename?: 'Decision', id: string, kind: DecisionKind, reason: string | null, worthy: boolean, createdAt: string, donor: { __typename?: 'Organization', id: string, name: string, slug: string } }>, referrals: Array<{ __typename?: 'Referral', id: string, note: string | null, createdAt: string, fromDonor: { __typename?: 'Organization', id: string, name: string, slug: string }, toDonor: { __typename?: 'Organization', id: string, name: string, slug: string } }>, coFundingRounds: Array<{ __typename?: 'CoFundingRound', id: string, createdAt: string, closesAt: string | null, target: { __typename?: 'Money', amountMinor: number, currency: string }, confirmed: { __typename?: 'Money', amountMinor: number, currency: string }, lead: { __typename?: 'Organization', id: string, name: string, slug: string }, invited: Array<{ __typename?: 'Organization', id: string, name: string, slug: string }> }>, budget: { __typename?: 'Money', amountMinor: number, currency: string }, confirmedFunding: { __typename?: 'Money', amountMinor: number, currency: string }, fundingGap: { __typename?: 'Money', amountMinor: number, currency: string }, applicant: { __typename?: 'Organization', id: string, name: string, slug: string, verified: boolean } } | null };

export type FundingDonorMatchesQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FundingDonorMatchesQuery = { donorMatches: { __typename?: 'DonorMatchConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'DonorMatchEdge', cursor: string, node: { __typename?: 'DonorMatch', score: number, reasons: Array<{ __typename?: 'MatchReason', criterion: string, detail: string, points: number }>, donor: { __typename?: 'DonorProfile', id: string, openToCoFunding: boolean, organization: { __typename?: 'Organization', id: string, name: string, slug: string, verified: boolean } } } }> } };

export type FundingCreateProjectMutationVariables = Exact<{
  input: ProjectInput;
}>;


export type FundingCreateProjectMutation = { createProject: { __typename?: 'Project', id: string, title: string } };

export type FundingUpdateProjectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ProjectInput;
}>;


export type FundingUpdateProjectMutation = { updateProject: { __typename?: 'Project', id: string, title: string } };

export type FundingDecideOnProjectMutationVariables = Exact<{
  input: DecisionInput;
}>;


export type FundingDecideOnProjectMutation = { decideOnProject: { __typename?: 'Decision', id: string, kind: DecisionKind, reason: string | null, worthy: boolean, createdAt: string } };

export type FundingHighlightProjectMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type FundingHighlightProjectMutation = { highlightProject: { __typename?: 'Project', id: string } };

export type FundingPledgeMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  amount: MoneyInput;
  conditions?: InputMaybe<Scalars['String']['input']>;
}>;


export type FundingPledgeMutation = { pledge: { __typename?: 'Pledge', id: string, status: PledgeStatus } };

export type FundingSetPledgeStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: PledgeStatus;
}>;


export type FundingSetPledgeStatusMutation = { setPledgeStatus: { __typename?: 'Pledge', id: string, status: PledgeStatus } };

export type FundingOpenCoFundingRoundMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  inviteOrganizationIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  closesAt?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type FundingOpenCoFundingRoundMutation = { openCoFundingRound: { __typename?: 'CoFundingRound', id: string } };

export type FundingDonorProfileQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type FundingDonorProfileQuery = { donorProfile: { __typename?: 'DonorProfile', id: string, stages: Array<ProjectStage>, openToCoFunding: boolean, excludedCountries: Array<string>, excludedThemes: Array<string>, windowOpensAt: string | null, windowClosesAt: string | null, themes: Array<{ __typename?: 'WeightedValue', value: string, weight: number }>, minerals: Array<{ __typename?: 'WeightedValue', value: string, weight: number }>, countries: Array<{ __typename?: 'WeightedValue', value: string, weight: number }>, regions: Array<{ __typename?: 'WeightedValue', value: string, weight: number }>, ticketMin: { __typename?: 'Money', amountMinor: number, currency: string } | null, ticketMax: { __typename?: 'Money', amountMinor: number, currency: string } | null } | null };

export type FundingUpsertDonorProfileMutationVariables = Exact<{
  input: DonorProfileInput;
}>;


export type FundingUpsertDonorProfileMutation = { upsertDonorProfile: { __typename?: 'DonorProfile', id: string } };

export type FundingOrganizationSearchQueryVariables = Exact<{
  query?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<OrganizationKind> | OrganizationKind>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type FundingOrganizationSearchQuery = { organizations: { __typename?: 'OrganizationConnection', edges: Array<{ __typename?: 'OrganizationEdge', node: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, country: string | null } }> } };

export type FundingOwnInitiativesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FundingOwnInitiativesQuery = { organization: { __typename?: 'Organization', id: string, initiatives: Array<{ __typename?: 'InitiativeMember', status: InitiativeMembershipStatus, initiative: { __typename?: 'Initiative', id: string, name: string } }>, runsInitiatives: Array<{ __typename?: 'Initiative', id: string, name: string }> } | null };

export type GlossaryTermLinkFragment = { __typename?: 'Term', id: string, slug: string, labels: Array<{ __typename?: 'LocalizedText', language: string, text: string }> };

export type GlossaryRevisionFragment = { __typename?: 'DefinitionRevision', id: string, number: number, changeNote: string | null, createdAt: string, originalLanguage: string, author: { __typename?: 'User', id: string, name: string }, texts: Array<{ __typename?: 'LocalizedText', language: string, text: string, outdated: boolean }> };

export type GlossaryCommentPageFragment = { __typename?: 'CommentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'CommentEdge', cursor: string, node: { __typename?: 'Comment', id: string, body: string, createdAt: string, author: { __typename?: 'User', id: string, name: string }, organization: { __typename?: 'Organization', id: string, name: string, slug: string } | null } }> };

export type GlossaryEndorsementFragment = { __typename?: 'Endorsement', stance: Stance, reason: string | null, revisionNumber: number, current: boolean, createdAt: string, organization: { __typename?: 'Organization', id: string, name: string, slug: string } };

export type GlossaryDefinitionFragment = { __typename?: 'Definition', id: string, kind: DefinitionKind, status: AlignmentStatus, consultationEndsAt: string | null, consultationOpen: boolean, author: { __typename?: 'Organization', id: string, name: string, slug: string }, initiative: { __typename?: 'Initiative', id: string, name: string, slug: string, secretariat: { __typename?: 'Organization', id: string } } | null, citation: { __typename?: 'Citation', title: string, url: string | null, year: number | null } | null, currentRevision: { __typename?: 'DefinitionRevision', id: string, number: number, changeNote: string | null, createdAt: string, originalLanguage: string, author: { __typename?: 'User', id: string, name: string }, texts: Array<{ __typename?: 'LocalizedText', language: string, text: string, outdated: boolean }> }, adoptedRevision: { __typename?: 'DefinitionRevision', id: string, number: number } | null, revisions: Array<{ __typename?: 'DefinitionRevision', id: string, number: number, changeNote: string | null, createdAt: string, originalLanguage: string, author: { __typename?: 'User', id: string, name: string }, texts: Array<{ __typename?: 'LocalizedText', language: string, text: string, outdated: boolean }> }>, endorsements: Array<{ __typename?: 'Endorsement', stance: Stance, reason: string | null, revisionNumber: number, current: boolean, createdAt: string, organization: { __typename?: 'Organization', id: string, name: string, slug: string } }>, comments: { __typename?: 'CommentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'CommentEdge', cursor: string, node: { __typename?: 'Comment', id: string, body: string, createdAt: string, author: { __typename?: 'User', id: string, name: string }, organization: { __typename?: 'Organization', id: string, name: string, slug: string } | null } }> } };

export type GlossaryTermsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  initiativeId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<AlignmentStatus>;
}>;


export type GlossaryTermsQuery = { terms: { __typename?: 'TermConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'TermEdge', cursor: string, node: { __typename?: 'Term', id: string, slug: string, category: string | null, minerals: Array<string>, themes: Array<string>, labels: Array<{ __typename?: 'LocalizedText', language: string, text: string }>, altLabels: Array<{ __typename?: 'LocalizedText', language: string, text: string }>, definitions: Array<{ __typename?: 'Definition', id: string, kind: DefinitionKind, status: AlignmentStatus }> } }> } };

export type GlossaryViewerOrganizationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GlossaryViewerOrganizationQuery = { organization: { __typename?: 'Organization', id: string, kind: OrganizationKind, initiatives: Array<{ __typename?: 'InitiativeMember', status: InitiativeMembershipStatus, initiative: { __typename?: 'Initiative', id: string, name: string, slug: string } }>, runsInitiatives: Array<{ __typename?: 'Initiative', id: string, name: string, slug: string }> } | null };

export type GlossaryInitiativeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GlossaryInitiativeQuery = { initiative: { __typename?: 'Initiative', id: string, name: string, slug: string } | null };

export type GlossaryPrincipleSetsQueryVariables = Exact<{
  initiativeId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type GlossaryPrincipleSetsQuery = { principleSets: Array<{ __typename?: 'PrincipleSet', id: string, title: string, status: AlignmentStatus, consultationOpen: boolean, consultationEndsAt: string | null, initiative: { __typename?: 'Initiative', id: string, name: string, slug: string } | null, currentRevision: { __typename?: 'PrincipleSetRevision', id: string, number: number, principles: Array<{ __typename?: 'Principle', id: string }> }, adoptedRevision: { __typename?: 'PrincipleSetRevision', id: string, number: number } | null }> };

export type GlossaryExportQueryVariables = Exact<{
  format: GlossaryFormat;
  initiativeId?: InputMaybe<Scalars['ID']['input']>;
  termIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type GlossaryExportQuery = { exportGlossary: string };

export type GlossaryImportMutationVariables = Exact<{
  format: GlossaryFormat;
  content: Scalars['String']['input'];
  initiativeId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type GlossaryImportMutation = { importGlossary: { __typename?: 'ImportReport', created: number, updated: number, skipped: number, errors: Array<string>, warnings: Array<string> } };

export type GlossaryTermQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type GlossaryTermQuery = { term: { __typename?: 'Term', id: string, slug: string, category: string | null, minerals: Array<string>, themes: Array<string>, labels: Array<{ __typename?: 'LocalizedText', language: string, text: string }>, altLabels: Array<{ __typename?: 'LocalizedText', language: string, text: string }>, broader: Array<{ __typename?: 'Term', id: string, slug: string, labels: Array<{ __typename?: 'LocalizedText', language: string, text: string }> }>, narrower: Array<{ __typename?: 'Term', id: string, slug: string, labels: Array<{ __typename?: 'LocalizedText', language: string, text: string }> }>, related: Array<{ __typename?: 'Term', id: string, slug: string, labels: Array<{ __typename?: 'LocalizedText', language: string, text: string }> }>, definitions: Array<{ __typename?: 'Definition', id: string, kind: DefinitionKind, status: AlignmentStatus, consultationEndsAt: string | null, consultationOpen: boolean, author: { __typename?: 'Organization', id: string, name: string, slug: string }, initiative: { __typename?: 'Initiative', id: string, name: string, slug: string, secretariat: { __typename?: 'Organization', id: string } } | null, citation: { __typename?: 'Citation', title: string, url: string | null, year: number | null } | null, currentRevision: { __typename?: 'DefinitionRevision', id: string, number: number, changeNote: string | null, createdAt: string, originalLanguage: string, author: { __typename?: 'User', id: string, name: string }, texts: Array<{ __typename?: 'LocalizedText', language: string, text: string, outdated: boolean }> }, adoptedRevision: { __typename?: 'DefinitionRevision', id: string, number: number } | null, revisions: Array<{ __typename?: 'DefinitionRevision', id: string, number: number, changeNote: string | null, createdAt: string, originalLanguage: string, author: { __typename?: 'User', id: string, name: string }, texts: Array<{ __typename?: 'LocalizedText', language: string, text: string, outdated: boolean }> }>, endorsements: Array<{ __typename?: 'Endorsement', stance: Stance, reason: string | null, revisionNumber: number, current: boolean, createdAt: string, organization: { __typename?: 'Organization', id: string, name: string, slug: string } }>, comments: { __typename?: 'CommentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'CommentEdge', cursor: string, node: { __typename?: 'Comment', id: string, body: string, createdAt: string, author: { __typename?: 'User', id: string, name: string }, organization: { __typename?: 'Organization', id: string, name: string, slug: string } | null } }> } }> } | null };

export type GlossaryDefinitionCommentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type GlossaryDefinitionCommentsQuery = { node:
    | { __typename?: 'AccessRequest', id: string }
    | { __typename?: 'Audit', id: string }
    | { __typename?: 'CoFundingRound', id: string }
    | { __typename?: 'Comment', id: string }
    | { __typename?: 'Concern', id: string }
    | { __typename?: 'CostPool', id: string }
    | { __typename?: 'Decision', id: string }
    | { __typename?: 'Declaration', id: string }
    | { __typename?: 'DeclarationImport', id: string }
    | { __typename?: 'Definition', id: string, comments: { __typename?: 'CommentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'CommentEdge', cursor: string, node: { __typename?: 'Comment', id: string, body: string, createdAt: string, author: { __typename?: 'User', id: string, name: string }, organization: { __typename?: 'Organization', id: string, name: string, slug: string } | null } }> } }
    | { __typename?: 'DefinitionRevision', id: string }
    | { __typename?: 'DonorProfile', id: string }
    | { __typename?: 'Initiative', id: string }
    | { __typename?: 'JointAudit', id: string }
    | { __typename?: 'MatchReview', id: string }
    | { __typename?: 'Opportunity', id: string }
    | { __typename?: 'Organization', id: string }
    | { __typename?: 'Pledge', id: string }
    | { __typename?: 'Principle', id: string }
    | { __typename?: 'PrincipleSet', id: string }
    | { __typename?: 'PrincipleSetRevision', id: string }
    | { __typename?: 'Project', id: string }
    | { __typename?: 'Referral', id: string }
    | { __typename?: 'Registration', id: string }
    | { __typename?: 'SavedSearch', id: string }
    | { __typename?: 'Smelter', id: string }
    | { __typename?: 'Term', id: string }
    | { __typename?: 'Tier', id: string }
    | { __typename?: 'User', id: string }
   | null };

export type GlossaryDefinitionDiffQueryVariables = Exact<{
  fromRevisionId: Scalars['ID']['input'];
  toRevisionId: Scalars['ID']['input'];
  language?: InputMaybe<Scalars['String']['input']>;
}>;


export type GlossaryDefinitionDiffQuery = { definitionDiff: Array<{ __typename?: 'TextDiffPart', kind: string, text: string }> };

export type GlossaryTermSearchQueryVariables = Exact<{
  query?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type GlossaryTermSearchQuery = { terms: { __typename?: 'TermConnection', edges: Array<{ __typename?: 'TermEdge', node: { __typename?: 'Term', id: string, slug: string, labels: Array<{ __typename?: 'LocalizedText', language: string, text: string }> } }> } };

export type CreateTermMutationVariables = Exact<{
  input: TermInput;
  initiativeId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CreateTermMutation = { createTerm: { __typename?: 'Term', id: string, slug: string } };

export type UpdateTermMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: TermInput;
}>;


export type UpdateTermMutation = { updateTerm: { __typename?: 'Term', id: string, slug: string } };

export type AddDefinitionMutationVariables = Exact<{
  input: DefinitionInput;
}>;


export type AddDefinitionMutation = { addDefinition: { __typename?: 'Definition', id: string } };

export type ReviseDefinitionMutationVariables = Exact<{
  input: ReviseDefinitionInput;
}>;


export type ReviseDefinitionMutation = { reviseDefinition: { __typename?: 'Definition', id: string, currentRevision: { __typename?: 'DefinitionRevision', id: string, number: number } } };

export type TranslateDefinitionMutationVariables = Exact<{
  definitionId: Scalars['ID']['input'];
  revisionNumber: Scalars['Int']['input'];
  text: LocalizedTextInput;
}>;


export type TranslateDefinitionMutation = { translateDefinition: { __typename?: 'Definition', id: string } };

export type OpenConsultationMutationVariables = Exact<{
  definitionId: Scalars['ID']['input'];
  endsAt: Scalars['DateTime']['input'];
}>;


export type OpenConsultationMutation = { openConsultation: { __typename?: 'Definition', id: string, status: AlignmentStatus, consultationEndsAt: string | null, consultationOpen: boolean } };

export type SetStanceMutationVariables = Exact<{
  definitionId: Scalars['ID']['input'];
  stance: Stance;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetStanceMutation = { setStance: { __typename?: 'Definition', id: string } };

export type AdoptDefinitionMutationVariables = Exact<{
  definitionId: Scalars['ID']['input'];
  revisionNumber: Scalars['Int']['input'];
}>;


export type AdoptDefinitionMutation = { adoptDefinition: { __typename?: 'Definition', id: string, status: AlignmentStatus } };

export type CommentOnDefinitionMutationVariables = Exact<{
  definitionId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;


export type CommentOnDefinitionMutation = { commentOnDefinition: { __typename?: 'Comment', id: string } };

export type GlossaryPrincipleFragment = { __typename?: 'Principle', id: string, position: number, statement: string, explanation: string | null, subPoints: Array<string>, footnotes: Array<string> };

export type GlossaryPrincipleSetQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  commentsFirst?: InputMaybe<Scalars['Int']['input']>;
}>;


export type GlossaryPrincipleSetQuery = { principleSet: { __typename?: 'PrincipleSet', id: string, title: string, status: AlignmentStatus, consultationEndsAt: string | null, consultationOpen: boolean, initiative: { __typename?: 'Initiative', id: string, name: string, slug: string, secretariat: { __typename?: 'Organization', id: string } } | null, currentRevision: { __typename?: 'PrincipleSetRevision', id: string, number: number }, adoptedRevision: { __typename?: 'PrincipleSetRevision', id: string, number: number } | null, revisions: Array<{ __typename?: 'PrincipleSetRevision', id: string, number: number, changeNote: string | null, createdAt: string, principles: Array<{ __typename?: 'Principle', id: string, position: number, statement: string, explanation: string | null, subPoints: Array<string>, footnotes: Array<string>, comments: { __typename?: 'CommentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'CommentEdge', cursor: string, node: { __typename?: 'Comment', id: string, body: string, createdAt: string, author: { __typename?: 'User', id: string, name: string }, organization: { __typename?: 'Organization', id: string, name: string, slug: string } | null } }> } }> }>, endorsements: Array<{ __typename?: 'Endorsement', stance: Stance, reason: string | null, revisionNumber: number, current: boolean, createdAt: string, organization: { __typename?: 'Organization', id: string, name: string, slug: string } }> } | null };

export type CreatePrincipleSetMutationVariables = Exact<{
  title: Scalars['String']['input'];
  initiativeId?: InputMaybe<Scalars['ID']['input']>;
  principles: Array<PrincipleInput> | PrincipleInput;
}>;


export type CreatePrincipleSetMutation = { createPrincipleSet: { __typename?: 'PrincipleSet', id: string } };

export type RevisePrincipleSetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  basedOnRevision: Scalars['Int']['input'];
  principles: Array<PrincipleInput> | PrincipleInput;
  changeNote?: InputMaybe<Scalars['String']['input']>;
}>;


export type RevisePrincipleSetMutation = { revisePrincipleSet: { __typename?: 'PrincipleSet', id: string, currentRevision: { __typename?: 'PrincipleSetRevision', id: string, number: number } } };

export type OpenPrincipleConsultationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  endsAt: Scalars['DateTime']['input'];
}>;


export type OpenPrincipleConsultationMutation = { openPrincipleConsultation: { __typename?: 'PrincipleSet', id: string, status: AlignmentStatus, consultationEndsAt: string | null, consultationOpen: boolean } };

export type SetPrincipleSetStanceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  stance: Stance;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetPrincipleSetStanceMutation = { setPrincipleSetStance: { __typename?: 'PrincipleSet', id: string } };

export type AdoptPrincipleSetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  revisionNumber: Scalars['Int']['input'];
}>;


export type AdoptPrincipleSetMutation = { adoptPrincipleSet: { __typename?: 'PrincipleSet', id: string, status: AlignmentStatus } };

export type CommentOnPrincipleMutationVariables = Exact<{
  principleId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;


export type CommentOnPrincipleMutation = { commentOnPrinciple: { __typename?: 'Comment', id: string } };

export type InitiativesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
}>;


export type InitiativesQuery = { initiatives: { __typename?: 'InitiativeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'InitiativeEdge', cursor: string, node: { __typename?: 'Initiative', id: string, name: string, slug: string, description: string | null, memberCount: number, secretariat: { __typename?: 'Organization', id: string, name: string, slug: string, verified: boolean }, viewerMembership: { __typename?: 'InitiativeMember', status: InitiativeMembershipStatus } | null } }> } };

export type InitiativeQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InitiativeQuery = { initiative: { __typename?: 'Initiative', id: string, name: string, slug: string, description: string | null, memberCount: number, secretariat: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, country: string | null, verified: boolean }, viewerMembership: { __typename?: 'InitiativeMember', status: InitiativeMembershipStatus, joinedAt: string | null } | null, members: { __typename?: 'InitiativeMemberConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'InitiativeMemberEdge', cursor: string, node: { __typename?: 'InitiativeMember', status: InitiativeMembershipStatus, joinedAt: string | null, organization: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, country: string | null, verified: boolean } } }> } } | null };

export type CreateInitiativeMutationVariables = Exact<{
  input: CreateInitiativeInput;
}>;


export type CreateInitiativeMutation = { createInitiative: { __typename?: 'Initiative', id: string, name: string, slug: string, description: string | null } };

export type ApplyToInitiativeMutationVariables = Exact<{
  initiativeId: Scalars['ID']['input'];
}>;


export type ApplyToInitiativeMutation = { applyToInitiative: { __typename?: 'InitiativeMember', status: InitiativeMembershipStatus, joinedAt: string | null } };

export type SetInitiativeMemberStatusMutationVariables = Exact<{
  initiativeId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
  status: InitiativeMembershipStatus;
}>;


export type SetInitiativeMemberStatusMutation = { setInitiativeMemberStatus: { __typename?: 'InitiativeMember', status: InitiativeMembershipStatus, joinedAt: string | null } };

export type TierFieldsFragment = { __typename?: 'Tier', id: string, name: string, eligibleKinds: Array<OrganizationKind>, eligibleSizeBands: Array<SizeBand>, weight: number, capPercent: number | null, benefits: Array<string>, auditLibraryAccess: boolean, annualFee: { __typename?: 'Money', amountMinor: number, currency: string }, capAmount: { __typename?: 'Money', amountMinor: number, currency: string } | null };

export type TierMembershipFieldsFragment = { __typename?: 'TierMembership', status: TierApplicationStatus, reason: string | null, since: string | null, until: string | null, appliedAt: string, decidedAt: string | null, organization: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, sizeBand: SizeBand | null }, tier: { __typename?: 'Tier', id: string, name: string } };

export type MembershipTiersQueryVariables = Exact<{
  initiativeId: Scalars['ID']['input'];
}>;


export type MembershipTiersQuery = { tiers: Array<{ __typename?: 'Tier', id: string, name: string, eligibleKinds: Array<OrganizationKind>, eligibleSizeBands: Array<SizeBand>, weight: number, capPercent: number | null, benefits: Array<string>, auditLibraryAccess: boolean, annualFee: { __typename?: 'Money', amountMinor: number, currency: string }, capAmount: { __typename?: 'Money', amountMinor: number, currency: string } | null }>, tierMemberships: Array<{ __typename?: 'TierMembership', status: TierApplicationStatus, reason: string | null, since: string | null, until: string | null, appliedAt: string, decidedAt: string | null, organization: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, sizeBand: SizeBand | null }, tier: { __typename?: 'Tier', id: string, name: string } }> };

export type MembershipOrganizationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MembershipOrganizationQuery = { organization: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, sizeBand: SizeBand | null } | null };

export type CreateTierMutationVariables = Exact<{
  initiativeId: Scalars['ID']['input'];
  input: TierInput;
}>;


export type CreateTierMutation = { createTier: { __typename?: 'Tier', id: string, name: string, eligibleKinds: Array<OrganizationKind>, eligibleSizeBands: Array<SizeBand>, weight: number, capPercent: number | null, benefits: Array<string>, auditLibraryAccess: boolean, annualFee: { __typename?: 'Money', amountMinor: number, currency: string }, capAmount: { __typename?: 'Money', amountMinor: number, currency: string } | null } };

export type UpdateTierMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: TierInput;
}>;


export type UpdateTierMutation = { updateTier: { __typename?: 'Tier', id: string, name: string, eligibleKinds: Array<OrganizationKind>, eligibleSizeBands: Array<SizeBand>, weight: number, capPercent: number | null, benefits: Array<string>, auditLibraryAccess: boolean, annualFee: { __typename?: 'Money', amountMinor: number, currency: string }, capAmount: { __typename?: 'Money', amountMinor: number, currency: string } | null } };

export type ApplyToTierMutationVariables = Exact<{
  tierId: Scalars['ID']['input'];
}>;


export type ApplyToTierMutation = { applyToTier: { __typename?: 'TierMembership', status: TierApplicationStatus, reason: string | null, since: string | null, until: string | null, appliedAt: string, decidedAt: string | null, organization: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, sizeBand: SizeBand | null }, tier: { __typename?: 'Tier', id: string, name: string } } };

export type DecideTierApplicationMutationVariables = Exact<{
  tierId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type DecideTierApplicationMutation = { decideTierApplication: { __typename?: 'TierMembership', status: TierApplicationStatus, reason: string | null, since: string | null, until: string | null, appliedAt: string, decidedAt: string | null, organization: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, sizeBand: SizeBand | null }, tier: { __typename?: 'Tier', id: string, name: string } } };

export type MoveToTierMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  tierId: Scalars['ID']['input'];
}>;


export type MoveToTierMutation = { moveToTier: { __typename?: 'TierMembership', status: TierApplicationStatus, reason: string | null, since: string | null, until: string | null, appliedAt: string, decidedAt: string | null, organization: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, sizeBand: SizeBand | null }, tier: { __typename?: 'Tier', id: string, name: string } } };

export type MembershipInitiativeQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type MembershipInitiativeQuery = { initiative: { __typename?: 'Initiative', id: string, name: string, slug: string, secretariat: { __typename?: 'Organization', id: string, name: string } } | null };

export type DuesStatementQueryVariables = Exact<{
  initiativeId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DuesStatementQuery = { duesStatement: { __typename?: 'DuesStatement', year: number, lines: Array<{ __typename?: 'DuesLine', tierName: string, from: string, to: string, days: number, annualFee: { __typename?: 'Money', amountMinor: number, currency: string }, amount: { __typename?: 'Money', amountMinor: number, currency: string } }>, totals: Array<{ __typename?: 'Money', amountMinor: number, currency: string }> } };

export type CostPoolSummaryFieldsFragment = { __typename?: 'CostPool', id: string, purpose: string, status: PoolStatus, joinDeadline: string | null, createdAt: string, participantCount: number, total: { __typename?: 'Money', amountMinor: number, currency: string }, uncovered: { __typename?: 'Money', amountMinor: number, currency: string } };

export type PoolShareFieldsFragment = { __typename?: 'PoolShare', capped: boolean, joinedAt: string, amount: { __typename?: 'Money', amountMinor: number, currency: string }, paid: { __typename?: 'Money', amountMinor: number, currency: string }, due: { __typename?: 'Money', amountMinor: number, currency: string }, credit: { __typename?: 'Money', amountMinor: number, currency: string }, organization: { __typename?: 'Organization', id: string, name: string, slug: string }, tier: { __typename?: 'Tier', id: string, name: string } | null };

export type CostPoolsQueryVariables = Exact<{
  initiativeId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CostPoolsQuery = { costPools: Array<{ __typename?: 'CostPool', id: string, purpose: string, status: PoolStatus, joinDeadline: string | null, createdAt: string, participantCount: number, shares: Array<{ __typename?: 'PoolShare', capped: boolean, joinedAt: string, amount: { __typename?: 'Money', amountMinor: number, currency: string }, paid: { __typename?: 'Money', amountMinor: number, currency: string }, due: { __typename?: 'Money', amountMinor: number, currency: string }, credit: { __typename?: 'Money', amountMinor: number, currency: string }, organization: { __typename?: 'Organization', id: string, name: string, slug: string }, tier: { __typename?: 'Tier', id: string, name: string } | null }>, total: { __typename?: 'Money', amountMinor: number, currency: string }, uncovered: { __typename?: 'Money', amountMinor: number, currency: string } }> };

export type CostPoolQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CostPoolQuery = { costPool: { __typename?: 'CostPool', id: string, purpose: string, status: PoolStatus, joinDeadline: string | null, createdAt: string, participantCount: number, initiative: { __typename?: 'Initiative', id: string, name: string, slug: string, secretariat: { __typename?: 'Organization', id: string, name: string }, viewerMembership: { __typename?: 'InitiativeMember', status: InitiativeMembershipStatus } | null }, shares: Array<{ __typename?: 'PoolShare', capped: boolean, joinedAt: string, amount: { __typename?: 'Money', amountMinor: number, currency: string }, paid: { __typename?: 'Money', amountMinor: number, currency: string }, due: { __typename?: 'Money', amountMinor: number, currency: string }, credit: { __typename?: 'Money', amountMinor: number, currency: string }, organization: { __typename?: 'Organization', id: string, name: string, slug: string }, tier: { __typename?: 'Tier', id: string, name: string } | null }>, viewerShareHistory: Array<{ __typename?: 'PoolShareChange', at: string, cause: string, previous: { __typename?: 'Money', amountMinor: number, currency: string } | null, amount: { __typename?: 'Money', amountMinor: number, currency: string } }>, total: { __typename?: 'Money', amountMinor: number, currency: string }, uncovered: { __typename?: 'Money', amountMinor: number, currency: string } } | null };

export type PoolSharePreviewQueryVariables = Exact<{
  poolId: Scalars['ID']['input'];
}>;


export type PoolSharePreviewQuery = { poolSharePreview: { __typename?: 'PoolSharePreview', capped: boolean, participantsAfterJoining: number, share: { __typename?: 'Money', amountMinor: number, currency: string }, aloneCost: { __typename?: 'Money', amountMinor: number, currency: string }, saving: { __typename?: 'Money', amountMinor: number, currency: string } } };

export type OpenCostPoolMutationVariables = Exact<{
  input: CostPoolInput;
}>;


export type OpenCostPoolMutation = { openCostPool: { __typename?: 'CostPool', id: string, purpose: string, status: PoolStatus, joinDeadline: string | null, createdAt: string, participantCount: number, total: { __typename?: 'Money', amountMinor: number, currency: string }, uncovered: { __typename?: 'Money', amountMinor: number, currency: string } } };

export type JoinCostPoolMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JoinCostPoolMutation = { joinCostPool: { __typename?: 'CostPool', id: string, purpose: string, status: PoolStatus, joinDeadline: string | null, createdAt: string, participantCount: number, total: { __typename?: 'Money', amountMinor: number, currency: string }, uncovered: { __typename?: 'Money', amountMinor: number, currency: string } } };

export type RecordPoolPaymentMutationVariables = Exact<{
  poolId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
  amount: MoneyInput;
}>;


export type RecordPoolPaymentMutation = { recordPoolPayment: { __typename?: 'CostPool', id: string, purpose: string, status: PoolStatus, joinDeadline: string | null, createdAt: string, participantCount: number, total: { __typename?: 'Money', amountMinor: number, currency: string }, uncovered: { __typename?: 'Money', amountMinor: number, currency: string } } };

export type CloseCostPoolMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloseCostPoolMutation = { closeCostPool: { __typename?: 'CostPool', id: string, purpose: string, status: PoolStatus, joinDeadline: string | null, createdAt: string, participantCount: number, total: { __typename?: 'Money', amountMinor: number, currency: string }, uncovered: { __typename?: 'Money', amountMinor: number, currency: string } } };

export type OrganizationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<OrganizationKind> | OrganizationKind>;
}>;


export type OrganizationsQuery = { organizations: { __typename?: 'OrganizationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'OrganizationEdge', cursor: string, node: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, country: string | null, sizeBand: SizeBand | null, verified: boolean } }> } };

export type OrganizationQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type OrganizationQuery = { organization: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, country: string | null, sizeBand: SizeBand | null, website: string | null, verified: boolean, viewerRole: OrganizationRole | null, initiatives: Array<{ __typename?: 'InitiativeMember', status: InitiativeMembershipStatus, joinedAt: string | null, initiative: { __typename?: 'Initiative', id: string, name: string, slug: string } }>, runsInitiatives: Array<{ __typename?: 'Initiative', id: string, name: string, slug: string, memberCount: number }> } | null };

export type OrganizationMembersQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type OrganizationMembersQuery = { organizationMembers: Array<{ __typename?: 'OrganizationMember', role: OrganizationRole, since: string, user: { __typename?: 'User', id: string, name: string, email: string } }> };

export type OrganizationInvitationsQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type OrganizationInvitationsQuery = { invitations: Array<{ __typename?: 'Invitation', id: string, email: string, role: OrganizationRole, status: InvitationStatus, expiresAt: string, createdAt: string, invitedBy: { __typename?: 'User', id: string, name: string } | null }> };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, country: string | null, sizeBand: SizeBand | null, website: string | null, verified: boolean } };

export type UpdateOrganizationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateOrganizationInput;
}>;


export type UpdateOrganizationMutation = { updateOrganization: { __typename?: 'Organization', id: string, name: string, slug: string, country: string | null, sizeBand: SizeBand | null, website: string | null, verified: boolean } };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { inviteMember: boolean };

export type SetMemberRoleMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
  role: OrganizationRole;
}>;


export type SetMemberRoleMutation = { setMemberRole: { __typename?: 'OrganizationMember', role: OrganizationRole, since: string, user: { __typename?: 'User', id: string } } };

export type RevokeInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeInvitationMutation = { revokeInvitation: boolean };

export type SwitchToOrganizationMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type SwitchToOrganizationMutation = { switchOrganization: { __typename?: 'Viewer', isPlatformAdmin: boolean, user: { __typename?: 'User', id: string, name: string, email: string, locale: string, memberships: Array<{ __typename?: 'OrganizationMembership', role: OrganizationRole, organization: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, verified: boolean } }> }, activeOrganization: { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, verified: boolean } | null } };

export type SearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SearchQuery = { search: { __typename?: 'SearchResult', totalCount: number, degraded: boolean, hits: Array<{ __typename?: 'SearchHit', kind: string, id: string, title: string, snippet: string | null, url: string }> } };

export type SmelterRowFragment = { __typename?: 'Smelter', id: string, cid: string | null, name: string, metal: Metal, country: string, status: AssessmentStatus, statusAsOf: string | null };

export type SmelterListQueryVariables = Exact<{
  query?: InputMaybe<Scalars['String']['input']>;
  metals?: InputMaybe<Array<Metal> | Metal>;
  countries?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  statuses?: InputMaybe<Array<AssessmentStatus> | AssessmentStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SmelterListQuery = { smelters: { __typename?: 'SmelterConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'SmelterEdge', node: { __typename?: 'Smelter', id: string, cid: string | null, name: string, metal: Metal, country: string, status: AssessmentStatus, statusAsOf: string | null } }> } };

export type AuditSummaryFragment = { __typename?: 'Audit', id: string, standard: AuditStandard, type: AuditType, auditor: string | null, startedOn: string | null, completedOn: string | null, validUntil: string | null, discoverable: boolean, viewerCanDownload: boolean, viewerIsOwner: boolean, createdAt: string, owner: { __typename?: 'Organization', id: string, name: string, slug: string }, smelter: { __typename?: 'Smelter', id: string, cid: string | null, name: string, metal: Metal } };

export type SmelterQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SmelterQuery = { smelter: { __typename?: 'Smelter', aliases: Array<string>, city: string | null, stateProvince: string | null, source: string, reportedBy: Array<string>, id: string, cid: string | null, name: string, metal: Metal, country: string, status: AssessmentStatus, statusAsOf: string | null, audits: { __typename?: 'AuditConnection', totalCount: number, edges: Array<{ __typename?: 'AuditEdge', node: { __typename?: 'Audit', summary: string | null, outcome: string | null, id: string, standard: AuditStandard, type: AuditType, auditor: string | null, startedOn: string | null, completedOn: string | null, validUntil: string | null, discoverable: boolean, viewerCanDownload: boolean, viewerIsOwner: boolean, createdAt: string, owner: { __typename?: 'Organization', id: string, name: string, slug: string }, smelter: { __typename?: 'Smelter', id: string, cid: string | null, name: string, metal: Metal } } }> } } | null };

export type DeclarationImportProgressQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeclarationImportProgressQuery = { declarationImport: { __typename?: 'DeclarationImport', id: string, fileName: string, state: ImportState, progress: number, rowsRead: number, error: string | null, duplicateOfImportId: string | null, sizeBytes: number, createdAt: string, declaration: { __typename?: 'Declaration', id: string, companyName: string, template: TemplateKind, revision: string, isCurrent: boolean } | null } | null };

export type DeclarationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DeclarationsQuery = { declarations: { __typename?: 'DeclarationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'DeclarationEdge', node: { __typename?: 'Declaration', id: string, companyName: string, template: TemplateKind, revision: string, effectiveDate: string | null, createdAt: string, isCurrent: boolean, issues: Array<{ __typename?: 'ValidationIssue', severity: string }> } }> } };

export type DeclarationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeclarationQuery = { declaration: { __typename?: 'Declaration', id: string, companyName: string, template: TemplateKind, revision: string, declarationScope: string | null, scopeDescription: string | null, effectiveDate: string | null, contactName: string | null, contactEmail: string | null, authorizer: string | null, createdAt: string, isCurrent: boolean, answers: unknown, products: unknown, issues: Array<{ __typename?: 'ValidationIssue', severity: string, sheet: string, cell: string | null, message: string }>, smelterRows: Array<{ __typename?: 'DeclaredSmelter', row: number, metal: Metal, reportedName: string, reportedCountry: string | null, reportedCid: string | null, matchMethod: MatchMethod, confidence: number, unidentified: boolean, inReview: boolean, smelter: { __typename?: 'Smelter', id: string, cid: string | null, name: string, status: AssessmentStatus } | null }> } | null };

export type MatchReviewsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MatchReviewsQuery = { matchReviews: Array<{ __typename?: 'MatchReview', id: string, reportedName: string, reportedCountry: string | null, metal: Metal, rowCount: number, resolvedAt: string | null, candidates: Array<{ __typename?: 'SmelterCandidate', confidence: number, smelter: { __typename?: 'Smelter', id: string, cid: string | null, name: string, metal: Metal, country: string, status: AssessmentStatus, statusAsOf: string | null } }> }> };

export type ReviewCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewCountQuery = { matchReviews: Array<{ __typename?: 'MatchReview', id: string, rowCount: number }> };

export type ResolveMatchReviewMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  smelterId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ResolveMatchReviewMutation = { resolveMatchReview: { __typename?: 'MatchReview', id: string, resolvedAt: string | null, rowCount: number } };

export type CoverageQueryVariables = Exact<{ [key: string]: never; }>;


export type CoverageQuery = { coverage: { __typename?: 'Coverage', smelterCount: number, conformant: number, withValidSharedAudit: number, withoutEvidence: number, byMetal: Array<{ __typename?: 'MetalCoverage', metal: Metal, smelterCount: number, conformant: number, withValidSharedAudit: number, withoutEvidence: number }>, smelters: Array<{ __typename?: 'CoverageSmelter', evidence: string, suppliers: Array<string>, smelter: { __typename?: 'Smelter', id: string, cid: string | null, name: string, metal: Metal, country: string, status: AssessmentStatus, statusAsOf: string | null } }>, suppliers: Array<{ __typename?: 'SupplierDeclaration', declarationId: string, companyName: string, template: string, revision: string, effectiveDate: string | null, importedAt: string, isCurrent: boolean, errors: number, warnings: number, smelterRows: number, unidentifiedRows: number, rowsInReview: number, stale: boolean }> } };

export type SmelterEvidenceQueryVariables = Exact<{ [key: string]: never; }>;


export type SmelterEvidenceQuery = { coverage: { __typename?: 'Coverage', smelters: Array<{ __typename?: 'CoverageSmelter', evidence: string, smelter: { __typename?: 'Smelter', id: string } }> } };

export type AuditsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  smelterId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AuditsQuery = { audits: { __typename?: 'AuditConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'AuditEdge', node: { __typename?: 'Audit', id: string, standard: AuditStandard, type: AuditType, auditor: string | null, startedOn: string | null, completedOn: string | null, validUntil: string | null, discoverable: boolean, viewerCanDownload: boolean, viewerIsOwner: boolean, createdAt: string, owner: { __typename?: 'Organization', id: string, name: string, slug: string }, smelter: { __typename?: 'Smelter', id: string, cid: string | null, name: string, metal: Metal } } }> } };

export type AuditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuditQuery = { audit: { __typename?: 'Audit', summary: string | null, outcome: string | null, id: string, standard: AuditStandard, type: AuditType, auditor: string | null, startedOn: string | null, completedOn: string | null, validUntil: string | null, discoverable: boolean, viewerCanDownload: boolean, viewerIsOwner: boolean, createdAt: string, correctiveActions: Array<{ __typename?: 'CorrectiveAction', description: string, dueDate: string | null, status: string }>, reports: Array<{ __typename?: 'AuditReport', id: string, fileName: string, sizeBytes: number, createdAt: string, downloadUrl: string | null }>, visibility: { __typename?: 'VisibilityRule', level: Visibility, initiatives: Array<{ __typename?: 'Initiative', id: string, name: string }>, organizations: Array<{ __typename?: 'Organization', id: string, name: string }> }, owner: { __typename?: 'Organization', id: string, name: string, slug: string }, smelter: { __typename?: 'Smelter', id: string, cid: string | null, name: string, metal: Metal } } | null };

export type AccessRequestFieldsFragment = { __typename?: 'AccessRequest', id: string, purpose: string, status: AccessRequestStatus, createdAt: string, decidedAt: string | null, expiresAt: string | null, requester: { __typename?: 'Organization', id: string, name: string, slug: string }, audit: { __typename?: 'Audit', id: string, standard: AuditStandard, type: AuditType, validUntil: string | null, owner: { __typename?: 'Organization', id: string, name: string }, smelter: { __typename?: 'Smelter', id: string, cid: string | null, name: string } } };

export type AccessRequestsQueryVariables = Exact<{
  incoming: Scalars['Boolean']['input'];
}>;


export type AccessRequestsQuery = { accessRequests: Array<{ __typename?: 'AccessRequest', id: string, purpose: string, status: AccessRequestStatus, createdAt: string, decidedAt: string | null, expiresAt: string | null, requester: { __typename?: 'Organization', id: string, name: string, slug: string }, audit: { __typename?: 'Audit', id: string, standard: AuditStandard, type: AuditType, validUntil: string | null, owner: { __typename?: 'Organization', id: string, name: string }, smelter: { __typename?: 'Smelter', id: string, cid: string | null, name: string } } }> };

export type AccessLogQueryVariables = Exact<{
  auditId: Scalars['ID']['input'];
}>;


export type AccessLogQuery = { accessLog: Array<{ __typename?: 'AccessLogEntry', action: string, at: string, reportId: string | null, organization: { __typename?: 'Organization', id: string, name: string }, user: { __typename?: 'User', id: string, name: string } }> };

export type CreateAuditMutationVariables = Exact<{
  input: AuditInput;
}>;


export type CreateAuditMutation = { createAudit: { __typename?: 'Audit', id: string } };

export type UpdateAuditMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AuditInput;
}>;


export type UpdateAuditMutation = { updateAudit: { __typename?: 'Audit', id: string } };

export type RequestAuditAccessMutationVariables = Exact<{
  auditId: Scalars['ID']['input'];
  purpose: Scalars['String']['input'];
}>;


export type RequestAuditAccessMutation = { requestAuditAccess: { __typename?: 'AccessRequest', id: string, purpose: string, status: AccessRequestStatus, createdAt: string, decidedAt: string | null, expiresAt: string | null, requester: { __typename?: 'Organization', id: string, name: string, slug: string }, audit: { __typename?: 'Audit', id: string, standard: AuditStandard, type: AuditType, validUntil: string | null, owner: { __typename?: 'Organization', id: string, name: string }, smelter: { __typename?: 'Smelter', id: string, cid: string | null, name: string } } } };

export type DecideAccessRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type DecideAccessRequestMutation = { decideAccessRequest: { __typename?: 'AccessRequest', id: string, purpose: string, status: AccessRequestStatus, createdAt: string, decidedAt: string | null, expiresAt: string | null, requester: { __typename?: 'Organization', id: string, name: string, slug: string }, audit: { __typename?: 'Audit', id: string, standard: AuditStandard, type: AuditType, validUntil: string | null, owner: { __typename?: 'Organization', id: string, name: string }, smelter: { __typename?: 'Smelter', id: string, cid: string | null, name: string } } } };

export type JointAuditFieldsFragment = { __typename?: 'JointAudit', id: string, status: string, createdAt: string, viewerIsSponsor: boolean, estimatedCost: { __typename?: 'Money', amountMinor: number, currency: string } | null, smelter: { __typename?: 'Smelter', id: string, cid: string | null, name: string, metal: Metal, country: string }, proposer: { __typename?: 'Organization', id: string, name: string, slug: string }, sponsors: Array<{ __typename?: 'Organization', id: string, name: string }>, shares: Array<{ __typename?: 'JointAuditShare', joinedAt: string, amount: { __typename?: 'Money', amountMinor: number, currency: string } | null, organization: { __typename?: 'Organization', id: string, name: string, slug: string } }> };

export type JointAuditsQueryVariables = Exact<{ [key: string]: never; }>;


export type JointAuditsQuery = { jointAudits: Array<{ __typename?: 'JointAudit', id: string, status: string, createdAt: string, viewerIsSponsor: boolean, estimatedCost: { __typename?: 'Money', amountMinor: number, currency: string } | null, smelter: { __typename?: 'Smelter', id: string, cid: string | null, name: string, metal: Metal, country: string }, proposer: { __typename?: 'Organization', id: string, name: string, slug: string }, sponsors: Array<{ __typename?: 'Organization', id: string, name: string }>, shares: Array<{ __typename?: 'JointAuditShare', joinedAt: string, amount: { __typename?: 'Money', amountMinor: number, currency: string } | null, organization: { __typename?: 'Organization', id: string, name: string, slug: string } }> }> };

export type ProposeJointAuditMutationVariables = Exact<{
  smelterId: Scalars['ID']['input'];
  estimatedCost?: InputMaybe<MoneyInput>;
}>;


export type ProposeJointAuditMutation = { proposeJointAudit: { __typename?: 'JointAudit', id: string, status: string, createdAt: string, viewerIsSponsor: boolean, estimatedCost: { __typename?: 'Money', amountMinor: number, currency: string } | null, smelter: { __typename?: 'Smelter', id: string, cid: string | null, name: string, metal: Metal, country: string }, proposer: { __typename?: 'Organization', id: string, name: string, slug: string }, sponsors: Array<{ __typename?: 'Organization', id: string, name: string }>, shares: Array<{ __typename?: 'JointAuditShare', joinedAt: string, amount: { __typename?: 'Money', amountMinor: number, currency: string } | null, organization: { __typename?: 'Organization', id: string, name: string, slug: string } }> } };

export type JoinJointAuditMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JoinJointAuditMutation = { joinJointAudit: { __typename?: 'JointAudit', id: string, status: string, createdAt: string, viewerIsSponsor: boolean, estimatedCost: { __typename?: 'Money', amountMinor: number, currency: string } | null, smelter: { __typename?: 'Smelter', id: string, cid: string | null, name: string, metal: Metal, country: string }, proposer: { __typename?: 'Organization', id: string, name: string, slug: string }, sponsors: Array<{ __typename?: 'Organization', id: string, name: string }>, shares: Array<{ __typename?: 'JointAuditShare', joinedAt: string, amount: { __typename?: 'Money', amountMinor: number, currency: string } | null, organization: { __typename?: 'Organization', id: string, name: string, slug: string } }> } };

export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const CallCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"isOriginal"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publisher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amplifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<CallCardFragment, unknown>;
export const ConcernFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"happenedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterContact"}},{"kind":"Field","name":{"kind":"Name","value":"shareIdentityWithCompanies"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoReference"}},{"kind":"Field","name":{"kind":"Name","value":"reachedCount"}},{"kind":"Field","name":{"kind":"Name","value":"joinedCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsHandler"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReporter"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsRecipient"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanJoin"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsLead"}},{"kind":"Field","name":{"kind":"Name","value":"viewerJoined"}},{"kind":"Field","name":{"kind":"Name","value":"smelter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"joined"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToReporter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ConcernFieldsFragment, unknown>;
export const FundingProjectSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingProjectSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"minerals"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentToReferral"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmedFunding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingGap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]} as unknown as DocumentNode<FundingProjectSummaryFragment, unknown>;
export const FundingMatchReasonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingMatchReason"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]} as unknown as DocumentNode<FundingMatchReasonFragment, unknown>;
export const FundingNotificationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingNotification"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]} as unknown as DocumentNode<FundingNotificationFragment, unknown>;
export const GlossaryTermLinkFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GlossaryTermLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Term"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<GlossaryTermLinkFragment, unknown>;
export const GlossaryRevisionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GlossaryRevision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DefinitionRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"originalLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"outdated"}}]}}]}}]} as unknown as DocumentNode<GlossaryRevisionFragment, unknown>;
export const GlossaryEndorsementFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GlossaryEndorsement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Endorsement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<GlossaryEndorsementFragment, unknown>;
export const GlossaryCommentPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GlossaryCommentPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GlossaryCommentPageFragment, unknown>;
export const GlossaryDefinitionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GlossaryDefinition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Definition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consultationEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"consultationOpen"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"secretariat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GlossaryRevision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptedRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GlossaryRevision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endorsements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GlossaryEndorsement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GlossaryCommentPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GlossaryRevision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DefinitionRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"originalLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"outdated"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GlossaryEndorsement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Endorsement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GlossaryCommentPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GlossaryDefinitionFragment, unknown>;
export const GlossaryPrincipleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GlossaryPrinciple"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Principle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"subPoints"}},{"kind":"Field","name":{"kind":"Name","value":"footnotes"}}]}}]} as unknown as DocumentNode<GlossaryPrincipleFragment, unknown>;
export const TierFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"annualFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleSizeBands"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"capAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capPercent"}},{"kind":"Field","name":{"kind":"Name","value":"benefits"}},{"kind":"Field","name":{"kind":"Name","value":"auditLibraryAccess"}}]}}]} as unknown as DocumentNode<TierFieldsFragment, unknown>;
export const TierMembershipFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TierMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TierMembershipFieldsFragment, unknown>;
export const CostPoolSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CostPoolSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostPool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncovered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<CostPoolSummaryFieldsFragment, unknown>;
export const PoolShareFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoolShareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoolShare"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"due"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PoolShareFieldsFragment, unknown>;
export const SmelterRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmelterRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Smelter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metal"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusAsOf"}}]}}]} as unknown as DocumentNode<SmelterRowFragment, unknown>;
export const AuditSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Audit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"auditor"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"discoverable"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDownload"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsOwner"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"smelter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metal"}}]}}]}}]} as unknown as DocumentNode<AuditSummaryFragment, unknown>;
export const AccessRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"smelter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccessRequestFieldsFragment, unknown>;
export const JointAuditFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JointAuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointAudit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsSponsor"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"smelter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metal"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<JointAuditFieldsFragment, unknown>;
export const SwitchOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SwitchOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]} as unknown as DocumentNode<SwitchOrganizationMutation, SwitchOrganizationMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const SetLocaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetLocale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLocale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<SetLocaleMutation, SetLocaleMutationVariables>;
export const AdminOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminOrganizationsQuery, AdminOrganizationsQueryVariables>;
export const VerifyOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"verified"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"verified"},"value":{"kind":"Variable","name":{"kind":"Name","value":"verified"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]} as unknown as DocumentNode<VerifyOrganizationMutation, VerifyOrganizationMutationVariables>;
export const MailOutboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailOutbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailOutbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"transport"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MailOutboxQuery, MailOutboxQueryVariables>;
export const ActivityLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivityLogQuery, ActivityLogQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const InvitationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const SwitchFromProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SwitchFromProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]} as unknown as DocumentNode<SwitchFromProfileMutation, SwitchFromProfileMutationVariables>;
export const RemoveCallFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCallFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOpportunityFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveCallFileMutation, RemoveCallFileMutationVariables>;
export const CallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Calls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunitySort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"degraded"}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallCard"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"isOriginal"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publisher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amplifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<CallsQuery, CallsQueryVariables>;
export const CallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Call"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallCard"}},{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"isOriginal"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCountries"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"minerals"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"links"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"seatLimit"}},{"kind":"Field","name":{"kind":"Name","value":"registrationCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsPublisher"}},{"kind":"Field","name":{"kind":"Name","value":"viewerReminders"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"isOriginal"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publisher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amplifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<CallQuery, CallQueryVariables>;
export const CreateCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateCallMutation, CreateCallMutationVariables>;
export const UpdateCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateCallMutation, UpdateCallMutationVariables>;
export const PublishCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishAt"}}]}}]}}]} as unknown as DocumentNode<PublishCallMutation, PublishCallMutationVariables>;
export const ArchiveCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ArchiveCallMutation, ArchiveCallMutationVariables>;
export const AmplifyCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmplifyCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amplifyOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"initiativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AmplifyCallMutation, AmplifyCallMutationVariables>;
export const RegisterForCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterForCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}}]} as unknown as DocumentNode<RegisterForCallMutation, RegisterForCallMutationVariables>;
export const CancelCallRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelCallRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelCallRegistrationMutation, CancelCallRegistrationMutationVariables>;
export const SetCallReminderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCallReminder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opportunityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"daysBefore"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDeadlineReminder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"opportunityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opportunityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"daysBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"daysBefore"}}}]}]}}]} as unknown as DocumentNode<SetCallReminderMutation, SetCallReminderMutationVariables>;
export const SavedSearchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedSearches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedSearches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}},{"kind":"Field","name":{"kind":"Name","value":"rssUrl"}},{"kind":"Field","name":{"kind":"Name","value":"atomUrl"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastDigestAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]} as unknown as DocumentNode<SavedSearchesQuery, SavedSearchesQueryVariables>;
export const SaveCallSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCallSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SavedSearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SaveCallSearchMutation, SaveCallSearchMutationVariables>;
export const DeleteSavedSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSavedSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSavedSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSavedSearchMutation, DeleteSavedSearchMutationVariables>;
export const CreateFeedTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFeedToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFeedToken"}}]}}]} as unknown as DocumentNode<CreateFeedTokenMutation, CreateFeedTokenMutationVariables>;
export const RevokeFeedTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeFeedToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeFeedToken"}}]}}]} as unknown as DocumentNode<RevokeFeedTokenMutation, RevokeFeedTokenMutationVariables>;
export const UnsubscribeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Unsubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<UnsubscribeMutation, UnsubscribeMutationVariables>;
export const FileConcernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileConcern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConcernInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpCode"}},{"kind":"Field","name":{"kind":"Name","value":"concern"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<FileConcernMutation, FileConcernMutationVariables>;
export const ConcernByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConcernByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concernByFollowUpCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"happenedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterContact"}},{"kind":"Field","name":{"kind":"Name","value":"shareIdentityWithCompanies"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoReference"}},{"kind":"Field","name":{"kind":"Name","value":"reachedCount"}},{"kind":"Field","name":{"kind":"Name","value":"joinedCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsHandler"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReporter"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsRecipient"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanJoin"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsLead"}},{"kind":"Field","name":{"kind":"Name","value":"viewerJoined"}},{"kind":"Field","name":{"kind":"Name","value":"smelter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"joined"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToReporter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ConcernByCodeQuery, ConcernByCodeQueryVariables>;
export const ConcernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Concern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"happenedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterContact"}},{"kind":"Field","name":{"kind":"Name","value":"shareIdentityWithCompanies"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoReference"}},{"kind":"Field","name":{"kind":"Name","value":"reachedCount"}},{"kind":"Field","name":{"kind":"Name","value":"joinedCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsHandler"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReporter"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsRecipient"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanJoin"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsLead"}},{"kind":"Field","name":{"kind":"Name","value":"viewerJoined"}},{"kind":"Field","name":{"kind":"Name","value":"smelter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"joined"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToReporter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ConcernQuery, ConcernQueryVariables>;
export const ConcernsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Concerns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConcernStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerIsConcernCaseHandler"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"reachedCount"}},{"kind":"Field","name":{"kind":"Name","value":"joinedCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerJoined"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsLead"}},{"kind":"Field","name":{"kind":"Name","value":"smelter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConcernsQuery, ConcernsQueryVariables>;
export const ConcernCaseHandlerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConcernCaseHandler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerIsConcernCaseHandler"}}]}}]} as unknown as DocumentNode<ConcernCaseHandlerQuery, ConcernCaseHandlerQueryVariables>;
export const AddConcernMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddConcernMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"concernId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"followUpCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"visibleToReporter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addConcernMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"concernId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"concernId"}}},{"kind":"Argument","name":{"kind":"Name","value":"followUpCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"followUpCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"visibleToReporter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"visibleToReporter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"happenedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterContact"}},{"kind":"Field","name":{"kind":"Name","value":"shareIdentityWithCompanies"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoReference"}},{"kind":"Field","name":{"kind":"Name","value":"reachedCount"}},{"kind":"Field","name":{"kind":"Name","value":"joinedCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsHandler"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReporter"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsRecipient"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanJoin"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsLead"}},{"kind":"Field","name":{"kind":"Name","value":"viewerJoined"}},{"kind":"Field","name":{"kind":"Name","value":"smelter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"joined"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToReporter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<AddConcernMessageMutation, AddConcernMessageMutationVariables>;
export const TriageConcernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TriageConcern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mergeIntoId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triageConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"accept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accept"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"mergeIntoId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mergeIntoId"}}},{"kind":"Argument","name":{"kind":"Name","value":"referTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"happenedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterContact"}},{"kind":"Field","name":{"kind":"Name","value":"shareIdentityWithCompanies"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoReference"}},{"kind":"Field","name":{"kind":"Name","value":"reachedCount"}},{"kind":"Field","name":{"kind":"Name","value":"joinedCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsHandler"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReporter"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsRecipient"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanJoin"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsLead"}},{"kind":"Field","name":{"kind":"Name","value":"viewerJoined"}},{"kind":"Field","name":{"kind":"Name","value":"smelter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"joined"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToReporter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<TriageConcernMutation, TriageConcernMutationVariables>;
export const JoinConcernCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinConcernCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lead"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinConcernCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"lead"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lead"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"happenedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterContact"}},{"kind":"Field","name":{"kind":"Name","value":"shareIdentityWithCompanies"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoReference"}},{"kind":"Field","name":{"kind":"Name","value":"reachedCount"}},{"kind":"Field","name":{"kind":"Name","value":"joinedCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsHandler"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReporter"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsRecipient"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanJoin"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsLead"}},{"kind":"Field","name":{"kind":"Name","value":"viewerJoined"}},{"kind":"Field","name":{"kind":"Name","value":"smelter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"joined"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToReporter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<JoinConcernCaseMutation, JoinConcernCaseMutationVariables>;
export const SetConcernStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetConcernStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConcernStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setConcernStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"happenedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterContact"}},{"kind":"Field","name":{"kind":"Name","value":"shareIdentityWithCompanies"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoReference"}},{"kind":"Field","name":{"kind":"Name","value":"reachedCount"}},{"kind":"Field","name":{"kind":"Name","value":"joinedCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsHandler"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReporter"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsRecipient"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanJoin"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsLead"}},{"kind":"Field","name":{"kind":"Name","value":"viewerJoined"}},{"kind":"Field","name":{"kind":"Name","value":"smelter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"joined"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToReporter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<SetConcernStatusMutation, SetConcernStatusMutationVariables>;
export const ShareConcernEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareConcernEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"evidenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shared"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareConcernEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"evidenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"evidenceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"shared"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shared"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}}]}}]}}]} as unknown as DocumentNode<ShareConcernEvidenceMutation, ShareConcernEvidenceMutationVariables>;
export const RevokeFollowUpCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeFollowUpCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"issueNew"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeConcernFollowUpCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"issueNew"},"value":{"kind":"Variable","name":{"kind":"Name","value":"issueNew"}}}]}]}}]} as unknown as DocumentNode<RevokeFollowUpCodeMutation, RevokeFollowUpCodeMutationVariables>;
export const SmelterConcernCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SmelterConcernCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"smelterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smelterConcernCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"smelterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"smelterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}}]}}]}}]} as unknown as DocumentNode<SmelterConcernCountsQuery, SmelterConcernCountsQueryVariables>;
export const ConcernPresetSmelterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConcernPresetSmelter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smelter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cid"}},{"kind":"Field","name":{"kind":"Name","value":"metal"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<ConcernPresetSmelterQuery, ConcernPresetSmelterQueryVariables>;
export const FundingProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingProjectSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingProjectSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"minerals"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentToReferral"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmedFunding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingGap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]} as unknown as DocumentNode<FundingProjectsQuery, FundingProjectsQueryVariables>;
export const FundingProjectMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingProjectMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingMatchReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingProjectSummary"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"worthy"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingMatchReason"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingProjectSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"minerals"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentToReferral"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmedFunding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingGap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]} as unknown as DocumentNode<FundingProjectMatchesQuery, FundingProjectMatchesQueryVariables>;
export const FundingHighlightedProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingHighlightedProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"highlightedProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingProjectSummary"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"donor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingProjectSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"minerals"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentToReferral"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmedFunding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingGap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]} as unknown as DocumentNode<FundingHighlightedProjectsQuery, FundingHighlightedProjectsQueryVariables>;
export const FundingDonorPipelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingDonorPipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"donorPipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FundingDonorPipelineQuery, FundingDonorPipelineQueryVariables>;
export const NotificationBellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationBell"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingNotification"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingNotification"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]} as unknown as DocumentNode<NotificationBellQuery, NotificationBellQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const FundingProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingProjectSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rateDates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pledges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"donor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"donor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"worthy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"donor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromDonor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toDonor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coFundingRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingProjectSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"minerals"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentToReferral"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmedFunding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingGap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]} as unknown as DocumentNode<FundingProjectQuery, FundingProjectQueryVariables>;
export const FundingDonorMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingDonorMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"donorMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingMatchReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"donor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openToCoFunding"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingMatchReason"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]} as unknown as DocumentNode<FundingDonorMatchesQuery, FundingDonorMatchesQueryVariables>;
export const FundingCreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundingCreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<FundingCreateProjectMutation, FundingCreateProjectMutationVariables>;
export const FundingUpdateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundingUpdateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<FundingUpdateProjectMutation, FundingUpdateProjectMutationVariables>;
export const FundingDecideOnProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundingDecideOnProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideOnProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"worthy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<FundingDecideOnProjectMutation, FundingDecideOnProjectMutationVariables>;
export const FundingHighlightProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundingHighlightProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"highlightProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FundingHighlightProjectMutation, FundingHighlightProjectMutationVariables>;
export const FundingPledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundingPledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conditions"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"conditions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conditions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FundingPledgeMutation, FundingPledgeMutationVariables>;
export const FundingSetPledgeStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundingSetPledgeStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PledgeStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPledgeStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FundingSetPledgeStatusMutation, FundingSetPledgeStatusMutationVariables>;
export const FundingOpenCoFundingRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundingOpenCoFundingRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inviteOrganizationIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"closesAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCoFundingRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"inviteOrganizationIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inviteOrganizationIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"closesAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"closesAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FundingOpenCoFundingRoundMutation, FundingOpenCoFundingRoundMutationVariables>;
export const FundingDonorProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingDonorProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"donorProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minerals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"openToCoFunding"}},{"kind":"Field","name":{"kind":"Name","value":"excludedCountries"}},{"kind":"Field","name":{"kind":"Name","value":"excludedThemes"}},{"kind":"Field","name":{"kind":"Name","value":"windowOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"windowClosesAt"}}]}}]}}]} as unknown as DocumentNode<FundingDonorProfileQuery, FundingDonorProfileQueryVariables>;
export const FundingUpsertDonorProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundingUpsertDonorProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DonorProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertDonorProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FundingUpsertDonorProfileMutation, FundingUpsertDonorProfileMutationVariables>;
export const FundingOrganizationSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingOrganizationSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FundingOrganizationSearchQuery, FundingOrganizationSearchQueryVariables>;
export const FundingOwnInitiativesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingOwnInitiatives"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"runsInitiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FundingOwnInitiativesQuery, FundingOwnInitiativesQueryVariables>;
export const GlossaryTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GlossaryTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlignmentStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"initiativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"minerals"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"altLabels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"definitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GlossaryTermsQuery, GlossaryTermsQueryVariables>;
export const GlossaryViewerOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GlossaryViewerOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"runsInitiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<GlossaryViewerOrganizationQuery, GlossaryViewerOrganizationQueryVariables>;
export const GlossaryInitiativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GlossaryInitiative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<GlossaryInitiativeQuery, GlossaryInitiativeQueryVariables>;
export const GlossaryPrincipleSetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GlossaryPrincipleSets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principleSets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"initiativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consultationOpen"}},{"kind":"Field","name":{"kind":"Name","value":"consultationEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"principles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptedRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<GlossaryPrincipleSetsQuery, GlossaryPrincipleSetsQueryVariables>;
export const GlossaryExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GlossaryExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"termIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportGlossary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"initiativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"termIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termIds"}}}]}]}}]} as unknown as DocumentNode<GlossaryExportQuery, GlossaryExportQueryVariables>;
export const GlossaryImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GlossaryImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importGlossary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"initiativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}}]} as unknown as DocumentNode<GlossaryImportMutation, GlossaryImportMutationVariables>;
export const GlossaryTermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GlossaryTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"minerals"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"altLabels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"broader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GlossaryTermLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"narrower"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GlossaryTermLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"related"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GlossaryTermLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"definitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GlossaryDefinition"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GlossaryRevision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DefinitionRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"originalLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"outdated"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GlossaryEndorsement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Endorsement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GlossaryCommentPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GlossaryTermLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Term"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GlossaryDefinition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Definition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consultationEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"consultationOpen"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"secretariat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GlossaryRevision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptedRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GlossaryRevision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endorsements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GlossaryEndorsement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GlossaryCommentPage"}}]}}]}}]} as unknown as DocumentNode<GlossaryTermQuery, GlossaryTermQueryVariables>;
export const GlossaryDefinitionCommentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GlossaryDefinitionComments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Definition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GlossaryCommentPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GlossaryCommentPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GlossaryDefinitionCommentsQuery, GlossaryDefinitionCommentsQueryVariables>;
export const GlossaryDefinitionDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GlossaryDefinitionDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromRevisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toRevisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"definitionDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromRevisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromRevisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toRevisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toRevisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<GlossaryDefinitionDiffQuery, GlossaryDefinitionDiffQueryVariables>;
export const GlossaryTermSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GlossaryTermSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GlossaryTermLink"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GlossaryTermLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Term"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<GlossaryTermSearchQuery, GlossaryTermSearchQueryVariables>;
export const CreateTermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TermInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"initiativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<CreateTermMutation, CreateTermMutationVariables>;
export const UpdateTermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TermInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<UpdateTermMutation, UpdateTermMutationVariables>;
export const AddDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefinitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddDefinitionMutation, AddDefinitionMutationVariables>;
export const ReviseDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseDefinitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<ReviseDefinitionMutation, ReviseDefinitionMutationVariables>;
export const TranslateDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TranslateDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"definitionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedTextInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"translateDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"definitionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"definitionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"revisionNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TranslateDefinitionMutation, TranslateDefinitionMutationVariables>;
export const OpenConsultationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"definitionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endsAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"definitionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"definitionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"endsAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endsAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consultationEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"consultationOpen"}}]}}]}}]} as unknown as DocumentNode<OpenConsultationMutation, OpenConsultationMutationVariables>;
export const SetStanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"definitionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stance"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Stance"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"definitionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"definitionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stance"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetStanceMutation, SetStanceMutationVariables>;
export const AdoptDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdoptDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"definitionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"definitionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"definitionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"revisionNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AdoptDefinitionMutation, AdoptDefinitionMutationVariables>;
export const CommentOnDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentOnDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"definitionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentOnDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"definitionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"definitionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CommentOnDefinitionMutation, CommentOnDefinitionMutationVariables>;
export const GlossaryPrincipleSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GlossaryPrincipleSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commentsFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consultationEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"consultationOpen"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"secretariat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptedRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"principles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GlossaryPrinciple"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commentsFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GlossaryCommentPage"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"endorsements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GlossaryEndorsement"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GlossaryPrinciple"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Principle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"subPoints"}},{"kind":"Field","name":{"kind":"Name","value":"footnotes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GlossaryCommentPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GlossaryEndorsement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Endorsement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<GlossaryPrincipleSetQuery, GlossaryPrincipleSetQueryVariables>;
export const CreatePrincipleSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePrincipleSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"principles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PrincipleInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPrincipleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"initiativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"principles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"principles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePrincipleSetMutation, CreatePrincipleSetMutationVariables>;
export const RevisePrincipleSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevisePrincipleSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basedOnRevision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"principles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PrincipleInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changeNote"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revisePrincipleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"basedOnRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basedOnRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"principles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"principles"}}},{"kind":"Argument","name":{"kind":"Name","value":"changeNote"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changeNote"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<RevisePrincipleSetMutation, RevisePrincipleSetMutationVariables>;
export const OpenPrincipleConsultationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenPrincipleConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endsAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openPrincipleConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"endsAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endsAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consultationEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"consultationOpen"}}]}}]}}]} as unknown as DocumentNode<OpenPrincipleConsultationMutation, OpenPrincipleConsultationMutationVariables>;
export const SetPrincipleSetStanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPrincipleSetStance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stance"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Stance"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPrincipleSetStance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"stance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stance"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetPrincipleSetStanceMutation, SetPrincipleSetStanceMutationVariables>;
export const AdoptPrincipleSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdoptPrincipleSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptPrincipleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"revisionNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AdoptPrincipleSetMutation, AdoptPrincipleSetMutationVariables>;
export const CommentOnPrincipleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentOnPrinciple"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"principleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentOnPrinciple"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"principleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"principleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CommentOnPrincipleMutation, CommentOnPrincipleMutationVariables>;
export const InitiativesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Initiatives"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"secretariat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InitiativesQuery, InitiativesQueryVariables>;
export const InitiativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Initiative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"secretariat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InitiativeQuery, InitiativeQueryVariables>;
export const CreateInitiativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInitiative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInitiativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInitiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<CreateInitiativeMutation, CreateInitiativeMutationVariables>;
export const ApplyToInitiativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyToInitiative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyToInitiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"initiativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}}]}}]}}]} as unknown as DocumentNode<ApplyToInitiativeMutation, ApplyToInitiativeMutationVariables>;
export const SetInitiativeMemberStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetInitiativeMemberStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InitiativeMembershipStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setInitiativeMemberStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"initiativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}}]}}]}}]} as unknown as DocumentNode<SetInitiativeMemberStatusMutation, SetInitiativeMemberStatusMutationVariables>;
export const MembershipTiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembershipTiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"initiativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tierMemberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"initiativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierMembershipFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"annualFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleSizeBands"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"capAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capPercent"}},{"kind":"Field","name":{"kind":"Name","value":"benefits"}},{"kind":"Field","name":{"kind":"Name","value":"auditLibraryAccess"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TierMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MembershipTiersQuery, MembershipTiersQueryVariables>;
export const MembershipOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembershipOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBand"}}]}}]}}]} as unknown as DocumentNode<MembershipOrganizationQuery, MembershipOrganizationQueryVariables>;
export const CreateTierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"initiativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"annualFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleSizeBands"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"capAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capPercent"}},{"kind":"Field","name":{"kind":"Name","value":"benefits"}},{"kind":"Field","name":{"kind":"Name","value":"auditLibraryAccess"}}]}}]} as unknown as DocumentNode<CreateTierMutation, CreateTierMutationVariables>;
export const UpdateTierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"annualFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleSizeBands"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"capAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capPercent"}},{"kind":"Field","name":{"kind":"Name","value":"benefits"}},{"kind":"Field","name":{"kind":"Name","value":"auditLibraryAccess"}}]}}]} as unknown as DocumentNode<UpdateTierMutation, UpdateTierMutationVariables>;
export const ApplyToTierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyToTier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tierId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyToTier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tierId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierMembershipFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TierMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApplyToTierMutation, ApplyToTierMutationVariables>;
export const DecideTierApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideTierApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tierId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideTierApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tierId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierMembershipFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TierMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DecideTierApplicationMutation, DecideTierApplicationMutationVariables>;
export const MoveToTierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveToTier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tierId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveToTier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"tierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tierId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierMembershipFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TierMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MoveToTierMutation, MoveToTierMutationVariables>;
export const MembershipInitiativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembershipInitiative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"secretariat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MembershipInitiativeQuery, MembershipInitiativeQueryVariables>;
export const DuesStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DuesStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duesStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"initiativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierName"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"annualFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<DuesStatementQuery, DuesStatementQueryVariables>;
export const CostPoolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostPools"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costPools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"initiativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CostPoolSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PoolShareFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CostPoolSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostPool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncovered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoolShareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoolShare"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"due"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CostPoolsQuery, CostPoolsQueryVariables>;
export const CostPoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostPool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CostPoolSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"secretariat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PoolShareFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerShareHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CostPoolSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostPool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncovered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoolShareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoolShare"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"due"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CostPoolQuery, CostPoolQueryVariables>;
export const PoolSharePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PoolSharePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"poolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poolSharePreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"poolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"poolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"participantsAfterJoining"}},{"kind":"Field","name":{"kind":"Name","value":"share"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aloneCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"saving"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<PoolSharePreviewQuery, PoolSharePreviewQueryVariables>;
export const OpenCostPoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCostPool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CostPoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCostPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CostPoolSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CostPoolSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostPool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncovered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<OpenCostPoolMutation, OpenCostPoolMutationVariables>;
export const JoinCostPoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinCostPool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinCostPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CostPoolSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CostPoolSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostPool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncovered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<JoinCostPoolMutation, JoinCostPoolMutationVariables>;
export const RecordPoolPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPoolPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"poolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPoolPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"poolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"poolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CostPoolSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CostPoolSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostPool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncovered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<RecordPoolPaymentMutation, RecordPoolPaymentMutationVariables>;
export const CloseCostPoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCostPool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCostPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CostPoolSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CostPoolSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostPool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncovered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<CloseCostPoolMutation, CloseCostPoolMutationVariables>;
export const OrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBand"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;
export const OrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBand"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"runsInitiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationQuery, OrganizationQueryVariables>;
export const OrganizationMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationMembersQuery, OrganizationMembersQueryVariables>;
export const OrganizationInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationInvitationsQuery, OrganizationInvitationsQueryVariables>;
export const CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBand"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBand"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const InviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const SetMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SetMemberRoleMutation, SetMemberRoleMutationVariables>;
export const RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const SwitchToOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SwitchToOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]} as unknown as DocumentNode<SwitchToOrganizationMutation, SwitchToOrganizationMutationVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"degraded"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const SmelterListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SmelterList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metals"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Metal"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countries"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smelters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"metals"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metals"}}},{"kind":"Argument","name":{"kind":"Name","value":"countries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countries"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SmelterRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmelterRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Smelter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metal"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusAsOf"}}]}}]} as unknown as DocumentNode<SmelterListQuery, SmelterListQueryVariables>;
export const SmelterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Smelter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smelter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SmelterRow"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"stateProvince"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}},{"kind":"Field","name":{"kind":"Name","value":"audits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditSummary"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmelterRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Smelter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metal"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusAsOf"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Audit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"auditor"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"discoverable"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDownload"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsOwner"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"smelter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metal"}}]}}]}}]} as unknown as DocumentNode<SmelterQuery, SmelterQueryVariables>;
export const DeclarationImportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeclarationImportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declarationImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOfImportId"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}}]}}]}}]}}]} as unknown as DocumentNode<DeclarationImportProgressQuery, DeclarationImportProgressQueryVariables>;
export const DeclarationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Declarations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declarations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeclarationsQuery, DeclarationsQueryVariables>;
export const DeclarationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Declaration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declaration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"declarationScope"}},{"kind":"Field","name":{"kind":"Name","value":"scopeDescription"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"authorizer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"products"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"cell"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"smelterRows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"metal"}},{"kind":"Field","name":{"kind":"Name","value":"reportedName"}},{"kind":"Field","name":{"kind":"Name","value":"reportedCountry"}},{"kind":"Field","name":{"kind":"Name","value":"reportedCid"}},{"kind":"Field","name":{"kind":"Name","value":"matchMethod"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"unidentified"}},{"kind":"Field","name":{"kind":"Name","value":"inReview"}},{"kind":"Field","name":{"kind":"Name","value":"smelter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeclarationQuery, DeclarationQueryVariables>;
export const MatchReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedName"}},{"kind":"Field","name":{"kind":"Name","value":"reportedCountry"}},{"kind":"Field","name":{"kind":"Name","value":"metal"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"smelter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SmelterRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmelterRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Smelter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metal"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusAsOf"}}]}}]} as unknown as DocumentNode<MatchReviewsQuery, MatchReviewsQueryVariables>;
export const ReviewCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}}]}}]}}]} as unknown as DocumentNode<ReviewCountQuery, ReviewCountQueryVariables>;
export const ResolveMatchReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveMatchReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"smelterId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveMatchReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"smelterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"smelterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}}]}}]}}]} as unknown as DocumentNode<ResolveMatchReviewMutation, ResolveMatchReviewMutationVariables>;
export const CoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smelterCount"}},{"kind":"Field","name":{"kind":"Name","value":"conformant"}},{"kind":"Field","name":{"kind":"Name","value":"withValidSharedAudit"}},{"kind":"Field","name":{"kind":"Name","value":"withoutEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"byMetal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metal"}},{"kind":"Field","name":{"kind":"Name","value":"smelterCount"}},{"kind":"Field","name":{"kind":"Name","value":"conformant"}},{"kind":"Field","name":{"kind":"Name","value":"withValidSharedAudit"}},{"kind":"Field","name":{"kind":"Name","value":"withoutEvidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"smelters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"suppliers"}},{"kind":"Field","name":{"kind":"Name","value":"smelter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SmelterRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declarationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"smelterRows"}},{"kind":"Field","name":{"kind":"Name","value":"unidentifiedRows"}},{"kind":"Field","name":{"kind":"Name","value":"rowsInReview"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmelterRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Smelter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metal"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusAsOf"}}]}}]} as unknown as DocumentNode<CoverageQuery, CoverageQueryVariables>;
export const SmelterEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SmelterEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smelters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"smelter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SmelterEvidenceQuery, SmelterEvidenceQueryVariables>;
export const AuditsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Audits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"smelterId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"smelterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"smelterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Audit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"auditor"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"discoverable"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDownload"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsOwner"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"smelter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metal"}}]}}]}}]} as unknown as DocumentNode<AuditsQuery, AuditsQueryVariables>;
export const AuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Audit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditSummary"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Audit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"auditor"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"discoverable"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDownload"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsOwner"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"smelter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metal"}}]}}]}}]} as unknown as DocumentNode<AuditQuery, AuditQueryVariables>;
export const AccessRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"incoming"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"incoming"},"value":{"kind":"Variable","name":{"kind":"Name","value":"incoming"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"smelter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccessRequestsQuery, AccessRequestsQueryVariables>;
export const AccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"auditId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"auditId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"auditId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccessLogQuery, AccessLogQueryVariables>;
export const CreateAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateAuditMutation, CreateAuditMutationVariables>;
export const UpdateAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateAuditMutation, UpdateAuditMutationVariables>;
export const RequestAuditAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAuditAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"auditId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAuditAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"auditId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"auditId"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"smelter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RequestAuditAccessMutation, RequestAuditAccessMutationVariables>;
export const DecideAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiresAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"smelter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DecideAccessRequestMutation, DecideAccessRequestMutationVariables>;
export const JointAuditsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JointAudits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointAudits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JointAuditFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JointAuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointAudit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsSponsor"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"smelter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metal"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<JointAuditsQuery, JointAuditsQueryVariables>;
export const ProposeJointAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeJointAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"smelterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"estimatedCost"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeJointAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"smelterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"smelterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"estimatedCost"},"value":{"kind":"Variable","name":{"kind":"Name","value":"estimatedCost"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JointAuditFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JointAuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointAudit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsSponsor"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"smelter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metal"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<ProposeJointAuditMutation, ProposeJointAuditMutationVariables>;
export const JoinJointAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinJointAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinJointAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JointAuditFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JointAuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointAudit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsSponsor"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"smelter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metal"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<JoinJointAuditMutation, JoinJointAuditMutationVariables>;