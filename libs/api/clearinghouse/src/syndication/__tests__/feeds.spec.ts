import Parser from 'rss-parser';
import { writeAtom, writeRss, type FeedChannel } from '../index';
import { kinshasaCall, limaWebinar, parisGrant } from './fixtures';

const channel = (selfUrl: string): FeedChannel => ({
  title: 'Common Ground — calls for proposals',
  description: 'Open calls matching kind=CALL_FOR_PROPOSALS',
  selfUrl,
  siteUrl: 'https://commonground.example/opportunities?kind=CALL_FOR_PROPOSALS',
  language: 'en',
  updated: new Date('2026-03-06T12:00:00Z'),
});

const items = [kinshasaCall, limaWebinar, parisGrant];
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('writeRss', () => {
  it('is parsed back by rss-parser with titles, links, guids and dates', async () => {
    const xml = writeRss(channel('https://commonground.example/feeds/calls.rss'), items);
    expect(xml).toContain('<rss version="2.0"');
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe('Common Ground — calls for proposals');
    expect(feed.link).toBe('https://commonground.example/opportunities?kind=CALL_FOR_PROPOSALS');
    expect(feed.language).toBe('en');
    expect(feed.items).toHaveLength(3);
    for (const [i, item] of feed.items.entries()) {
      expect(item.title).toBe(items[i].title);
      expect(item.link).toBe(items[i].url);
      expect(item.guid).toBe(items[i].url);
      expect(item.isoDate).toBe(items[i].publishedAt.toISOString());
    }
  });

  it('puts the deadline in UTC and in the publisher zone in the description', async () => {
    const feed = await new Parser().parseString(writeRss(channel('https://x.example/f.rss'), [kinshasaCall, limaWebinar]));
    const kin = feed.items[0].content ?? '';
    expect(kin).toContain('2026-03-13 16:00 UTC');
    expect(kin).toContain('2026-03-13 17:00 Africa/Kinshasa (UTC+01:00)');
    const lima = feed.items[1].content ?? '';
    expect(lima).toContain('2026-04-01 04:59 UTC');
    expect(lima).toContain('2026-03-31 23:59 America/Lima (UTC-05:00)');
  });

  it('writes an empty channel', async () => {
    const feed = await new Parser().parseString(writeRss(channel('https://x.example/f.rss'), []));
    expect(feed.items).toEqual([]);
  });
});

describe('writeAtom', () => {
  it('is parsed back by rss-parser with ids, links and updated/published dates', async () => {
    const xml = writeAtom(channel('https://commonground.example/feeds/calls.atom'), items);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    type AtomItem = { id: string; author: string; updated: string; published: string };
    const feed = await new Parser<Record<string, never>, AtomItem>({ customFields: { item: ['updated', 'published'] } }).parseString(xml);
    expect(feed.title).toBe('Common Ground — calls for proposals');
    expect(feed.items).toHaveLength(3);
    for (const [i, item] of feed.items.entries()) {
      expect(decode(item.title ?? '')).toBe(items[i].title);
      expect(item.link).toBe(items[i].url);
      expect(item.id).toBe(items[i].url);
      expect(new Date(item.updated).toISOString()).toBe(items[i].updatedAt.toISOString());
      expect(new Date(item.published).toISOString()).toBe(items[i].publishedAt.toISOString());
      expect(item.author).toBe(items[i].publisherName);
    }
    expect(feed.items[2].summary).toContain('2026-04-10 17:00 Europe/Paris (UTC+02:00)');
  });

  it('escapes HTML in titles (type="html")', () => {
    const xml = writeAtom(channel('https://x.example/f.atom'), [kinshasaCall]);
    expect(xml).toContain('traceability &amp; &lt;pilots&gt;');
  });
});
