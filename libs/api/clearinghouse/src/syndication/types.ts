/** Kinds of clearinghouse opportunity (SPEC §2). */
export type OpportunityKind =
  | 'CALL_FOR_PROPOSALS'
  | 'REQUEST_FOR_ABSTRACTS'
  | 'GRANT'
  | 'TENDER'
  | 'FELLOWSHIP'
  | 'EVENT'
  | 'WEBINAR'
  | 'DELEGATION'
  | 'NEWS';

/** Lifecycle status of an opportunity. */
export type OpportunityStatus = 'DRAFT' | 'SCHEDULED' | 'PUBLISHED' | 'CLOSED' | 'ARCHIVED';

/** What the feed and calendar writers need to know about one opportunity. */
export interface FeedOpportunity {
  id: string;
  kind: OpportunityKind;
  /** The text shown, already chosen for the reader's language. */
  title: string;
  summary: string | null;
  language: string;
  /** Absolute web link to the opportunity page. */
  url: string;
  publisherName: string;
  publishedAt: Date;
  updatedAt: Date;
  opensAt: Date | null;
  deadline: Date | null;
  /** IANA zone of the publisher, e.g. 'Africa/Kinshasa'. */
  timeZone: string | null;
  /** For EVENT / WEBINAR / DELEGATION. */
  eventStart?: Date | null;
  eventEnd?: Date | null;
}

/** A feed's channel (RSS) / feed (Atom) metadata. */
export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the feed itself (rel="self"); also the Atom feed id. */
  selfUrl: string;
  /** Absolute URL of the HTML page showing the same listing. */
  siteUrl: string;
  language?: string;
  updated: Date;
}

export type DigestFrequency = 'INSTANT' | 'DAILY' | 'WEEKLY';
