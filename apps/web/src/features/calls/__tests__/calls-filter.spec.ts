import { activeWindow, deadlineWindow, feedPath, filterFromJson, filterFromParams, filterToParams, isEmptyFilter, toApiFilter, windowDays, withToken } from '../calls-filter';

describe('the calls filter in the URL', () => {
  it('reads repeated and comma-separated parameters, and writes them back the feeds’ way', () => {
    const filter = filterFromParams(new URLSearchParams('q=gold%20mercury&kind=GRANT&kind=WEBINAR&mineral=gold,tin&country=CD&publisher=p1&sort=DEADLINE'));
    expect(filter).toMatchObject({ query: 'gold mercury', kinds: ['GRANT', 'WEBINAR'], minerals: ['gold', 'tin'], countries: ['CD'], publisherIds: ['p1'] });
    expect(filterToParams(filter).toString()).toBe('q=gold+mercury&kind=GRANT&kind=WEBINAR&mineral=gold&mineral=tin&country=CD&publisher=p1');
  });

  it('leaves out empty lists for the API, and ignores dates it cannot read', () => {
    const filter = filterFromParams(new URLSearchParams('theme=mercury&deadlineAfter=nonsense&deadlineBefore=2027-01-01T00:00:00.000Z'));
    expect(toApiFilter(filter)).toEqual({ themes: ['mercury'], deadlineBefore: '2027-01-01T00:00:00.000Z' });
    expect(isEmptyFilter(filterFromParams(new URLSearchParams('sort=NEWEST')))).toBe(true);
  });

  it('builds feed paths for a filter, with a private token when given', () => {
    const filter = filterFromParams(new URLSearchParams('kind=GRANT&q=cobalt'));
    expect(feedPath(filter, 'rss')).toBe('/feeds/opportunities.rss?q=cobalt&kind=GRANT');
    expect(feedPath(filterFromParams(new URLSearchParams()), 'atom')).toBe('/feeds/opportunities.atom');
    expect(feedPath(filter, 'ics', 'abc')).toBe('/feeds/opportunities.ics?q=cobalt&kind=GRANT&token=abc');
    expect(withToken('https://hub.example/feeds/opportunities.rss', 't 1')).toBe('https://hub.example/feeds/opportunities.rss?token=t%201');
    expect(withToken('https://hub.example/feeds/opportunities.rss?kind=GRANT', 'x')).toBe('https://hub.example/feeds/opportunities.rss?kind=GRANT&token=x');
  });

  it('maps a deadline window to a range from now, and recognizes it', () => {
    const now = new Date('2027-03-01T10:00:00.000Z');
    const range = deadlineWindow(30, now);
    expect(range).toEqual({ deadlineAfter: '2027-03-01T10:00:00.000Z', deadlineBefore: '2027-03-31T10:00:00.000Z' });
    expect(activeWindow(range)).toBe(30);
    expect(activeWindow({ deadlineAfter: range.deadlineAfter, deadlineBefore: '2027-03-05T10:00:00.000Z' })).toBeNull();
    expect(windowDays('7d')).toBe(7);
    expect(windowDays('soon')).toBeNull();
  });

  it('reads a saved search’s filter JSON', () => {
    expect(filterFromJson({ query: 'tin', kinds: ['GRANT'], statuses: ['CLOSED'], bogus: 1 })).toMatchObject({ query: 'tin', kinds: ['GRANT'], statuses: ['CLOSED'], minerals: [] });
    expect(filterFromJson(null).query).toBe('');
  });
});
