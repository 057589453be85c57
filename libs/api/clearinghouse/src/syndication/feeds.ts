import { Feed, type Item } from 'feed';
import { deadlineText } from './time';
import type { FeedChannel, FeedOpportunity, OpportunityKind } from './types';

const KIND_LABEL: Record<OpportunityKind, string> = {
  CALL_FOR_PROPOSALS: 'Call for proposals',
  REQUEST_FOR_ABSTRACTS: 'Request for abstracts',
  GRANT: 'Grant',
  TENDER: 'Tender',
  FELLOWSHIP: 'Fellowship',
  EVENT: 'Event',
  WEBINAR: 'Webinar',
  DELEGATION: 'Delegation',
  NEWS: 'News',
};

/** Item text goes into CDATA sections; "]]>" would end them early. */
function cdataSafe(text: string): string {
  return text.replace(/]]>/g, ']] >');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The HTML description of an item: the summary, the publisher and, when there is one,
 * the deadline both in UTC and in the publisher's local time with its IANA zone.
 */
export function describeOpportunity(item: FeedOpportunity): string {
  const parts: string[] = [];
  if (item.summary) parts.push(`<p>${escapeHtml(item.summary)}</p>`);
  parts.push(`<p>${escapeHtml(KIND_LABEL[item.kind])} · ${escapeHtml(item.publisherName)}</p>`);
  if (item.deadline) {
    const d = deadlineText(item.deadline, item.timeZone);
    parts.push(`<p>Deadline: ${escapeHtml(d.utc)} — ${escapeHtml(d.local)}</p>`);
  }
  if (item.eventStart) {
    const s = deadlineText(item.eventStart, item.timeZone);
    parts.push(`<p>Starts: ${escapeHtml(s.utc)} — ${escapeHtml(s.local)}</p>`);
  }
  return cdataSafe(parts.join(''));
}

function buildFeed(channel: FeedChannel, items: readonly FeedOpportunity[], forAtom: boolean): Feed {
  const feed = new Feed({
    id: channel.selfUrl,
    title: channel.title,
    description: channel.description,
    link: channel.siteUrl,
    language: channel.language,
    updated: channel.updated,
    feedLinks: { rss: channel.selfUrl, atom: channel.selfUrl },
    generator: 'Common Ground clearinghouse',
  });
  for (const o of items) {
    const item: Item = {
      // Atom marks the title type="html", so it is escaped there; RSS titles stay plain text.
      title: cdataSafe(forAtom ? escapeHtml(o.title) : o.title),
      // guid (RSS, isPermaLink="true") and id (Atom) are both the item's URL.
      link: o.url,
      date: o.updatedAt,
      published: o.publishedAt,
      description: describeOpportunity(o),
      category: [{ name: KIND_LABEL[o.kind], term: o.kind }],
    };
    // RSS <author> must be an e-mail address; the publisher is named in the description instead.
    if (forAtom) item.author = [{ name: o.publisherName }];
    feed.addItem(item);
  }
  return feed;
}

/** RSS 2.0: guid = item URL, pubDate = publishedAt, description includes the deadline (UTC and publisher's zone). */
export function writeRss(channel: FeedChannel, items: readonly FeedOpportunity[]): string {
  return buildFeed(channel, items, false).rss2();
}

/** Atom 1.0: id = item URL, updated = updatedAt, published = publishedAt, summary includes the deadline. */
export function writeAtom(channel: FeedChannel, items: readonly FeedOpportunity[]): string {
  return buildFeed(channel, items, true).atom1();
}
