import type { FeedOpportunity } from '../types';

export const kinshasaCall: FeedOpportunity = {
  id: 'opp-kin-1',
  kind: 'CALL_FOR_PROPOSALS',
  title: 'Artisanal cobalt traceability & <pilots>',
  summary: 'Funding for traceability pilots in Lualaba.',
  language: 'en',
  url: 'https://commonground.example/opportunities/opp-kin-1',
  publisherName: 'Kinshasa Mining Fund',
  publishedAt: new Date('2026-02-01T08:00:00Z'),
  updatedAt: new Date('2026-02-02T09:30:00Z'),
  opensAt: new Date('2026-02-01T00:00:00Z'),
  // 17:00 in Kinshasa (UTC+1, no DST) = 16:00 UTC
  deadline: new Date('2026-03-13T16:00:00Z'),
  timeZone: 'Africa/Kinshasa',
};

export const limaWebinar: FeedOpportunity = {
  id: 'opp-lima-2',
  kind: 'WEBINAR',
  title: 'Copper and water: community monitoring',
  summary: null,
  language: 'es',
  url: 'https://commonground.example/opportunities/opp-lima-2',
  publisherName: 'Red Andina',
  publishedAt: new Date('2026-01-15T14:00:00Z'),
  updatedAt: new Date('2026-01-15T14:00:00Z'),
  opensAt: null,
  // 23:59 in Lima (UTC−5, no DST) = 04:59 UTC next day
  deadline: new Date('2026-04-01T04:59:00Z'),
  timeZone: 'America/Lima',
  // 10:00–11:30 Lima
  eventStart: new Date('2026-04-08T15:00:00Z'),
  eventEnd: new Date('2026-04-08T16:30:00Z'),
};

export const parisGrant: FeedOpportunity = {
  id: 'opp-par-3',
  kind: 'GRANT',
  title: 'Due diligence grants',
  summary: 'Grants for OECD due-diligence work.',
  language: 'fr',
  url: 'https://commonground.example/opportunities/opp-par-3',
  publisherName: 'Fondation Paris',
  publishedAt: new Date('2026-03-01T10:00:00Z'),
  updatedAt: new Date('2026-03-05T10:00:00Z'),
  opensAt: null,
  // 17:00 CEST (UTC+2, after the 29 March 2026 change) = 15:00 UTC
  deadline: new Date('2026-04-10T15:00:00Z'),
  timeZone: 'Europe/Paris',
};
