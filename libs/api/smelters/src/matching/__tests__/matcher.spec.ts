import { SMELTERS } from '@commonground/shared-reference';
import { AUTO_MATCH_THRESHOLD, SmelterIndex, reportedKey, type MatchableSmelter } from '../matcher';

// Deterministic pseudo-random numbers (mulberry32), so the evaluation is the same on every run.
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One typo: a deleted, doubled, swapped or replaced letter somewhere after the first two characters. */
function typo(name: string, rand: () => number): string {
  if (name.length < 6) return name;
  const i = 2 + Math.floor(rand() * (name.length - 3));
  switch (Math.floor(rand() * 4)) {
    case 0:
      return name.slice(0, i) + name.slice(i + 1);
    case 1:
      return name.slice(0, i) + name[i] + name.slice(i);
    case 2:
      return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
    default:
      return name.slice(0, i) + 'xqzk'[Math.floor(rand() * 4)] + name.slice(i + 1);
  }
}

const NOISE = [
  'Acme Widgets Ltd', 'Global Electronics Distribution GmbH', 'Sunrise Plastics Co., Ltd.', 'Northern Logistics LLC',
  'Blue River Packaging', 'Shenzhen Bright Circuit Board Co., Ltd.', 'Delta Cable Assembly S.A.', 'Pacific Paper Mills',
  'Smelter XYZ', 'Unknown supplier', 'Rotterdam Trading BV', 'Kowloon Components Ltd', 'Bavaria Auto Parts AG',
  'Andes Coffee Cooperative', 'Lagos Textile Works', 'Hanoi Footwear JSC', 'Toronto Software Inc.', 'Mumbai Pharma Pvt Ltd',
  'Nordic Furniture AB', 'Sahara Solar Panels', 'Guangzhou Toy Factory', 'Osaka Ceramics K.K.', 'Seoul Display Co.',
  'Melbourne Wine Estates Pty Ltd', 'Chicago Steel Fasteners Inc', 'Paris Fashion House SAS', 'Madrid Olive Oil S.L.',
];

describe('SmelterIndex', () => {
  const index = SmelterIndex.fromReference();

  it('matches by CID, by normalized alias, then fuzzily', () => {
    expect(index.match({ cid: 'CID002030', name: 'whatever', metal: 'GOLD' }).match).toMatchObject({ method: 'CID', confidence: 1 });
    // a CID of another metal is only a candidate
    const wrongMetal = index.match({ cid: 'CID002030', metal: 'TIN' });
    expect(wrongMetal.match).toBeNull();
    expect(wrongMetal.needsReview).toBe(true);

    const alias = index.match({ name: 'AGR MATHEY', country: 'Australia', metal: 'GOLD' });
    expect(alias.match).toMatchObject({ method: 'ALIAS', smelter: { id: 'CID002030' } });

    const fuzzy = index.match({ name: 'Wolfram Bergbau und Hueten', country: 'AT', metal: 'TUNGSTEN' });
    expect(fuzzy.candidates[0]).toMatchObject({ method: 'FUZZY', smelter: { id: 'CID002044' } });
  });

  it('lets the country decide between fuzzy candidates and marks disagreement for review', () => {
    const other = index.match({ name: 'AGR Mathey', country: 'Peru', metal: 'GOLD' });
    expect(other.match).toBeNull();
    expect(other.candidates[0]?.smelter.id).toBe('CID002030');
  });

  it('returns nothing for noise and an empty name', () => {
    expect(index.match({ name: '', metal: 'TIN' })).toEqual({ candidates: [], match: null, needsReview: false });
    for (const n of NOISE) expect(index.match({ name: n, metal: 'GOLD' }).match).toBeNull();
  });

  it('remembers decisions by a key that ignores spelling noise', () => {
    expect(reportedKey({ name: 'Xiamen Tungsten Co., Ltd.', country: 'China', metal: 'TUNGSTEN' })).toBe(
      reportedKey({ name: 'XIAMEN TUNGSTEN COMPANY LIMITED', country: 'CN', metal: 'TUNGSTEN' }),
    );
  });

  it('reaches precision >= 0.95 on held-out aliases, typos and noise', () => {
    // Split the aliases of every CID: the index knows some, the queries are the others.
    const rand = rng(42);
    const known: MatchableSmelter[] = [];
    const queries: { name: string; country: string; metal: MatchableSmelter['metal']; cid: string | null; kind: string }[] = [];
    for (const s of SMELTERS) {
      const names = [...new Set([s.standardName, ...s.aliases])];
      const keep = names.filter((_, i) => i === 0 || rand() < 0.5);
      for (const n of names.filter((x) => !keep.includes(x))) queries.push({ name: n, country: s.countryName, metal: s.metal, cid: s.cid, kind: 'held-out' });
      known.push({ id: s.cid, cid: s.cid, metal: s.metal, country: s.country, names: keep });
      if (rand() < 0.3) queries.push({ name: typo(keep[0]!, rand), country: s.country, metal: s.metal, cid: s.cid, kind: 'typo' });
    }
    for (const n of NOISE) for (const metal of ['GOLD', 'TIN', 'COBALT'] as const) queries.push({ name: n, country: 'CN', metal, cid: null, kind: 'noise' });
    const idx = new SmelterIndex(known);

    const stats: Record<string, { n: number; right: number; wrong: number; review: number }> = {};
    for (const q of queries) {
      const r = idx.match({ name: q.name, country: q.country, metal: q.metal });
      const s = (stats[q.kind] ??= { n: 0, right: 0, wrong: 0, review: 0 });
      s.n++;
      if (r.match) {
        if (r.match.smelter.id === q.cid) s.right++;
        else s.wrong++;
      } else if (r.candidates.some((c) => c.smelter.id === q.cid)) s.review++;
    }
    const all = Object.values(stats).reduce((a, b) => ({ n: a.n + b.n, right: a.right + b.right, wrong: a.wrong + b.wrong, review: a.review + b.review }));
    const positives = all.n - stats.noise!.n;
    const precision = all.right / (all.right + all.wrong);
    const recall = all.right / positives;
    const inCandidates = (all.right + all.review) / positives;
    console.info(
      `matcher @${AUTO_MATCH_THRESHOLD}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, ` +
        `true smelter among the candidates ${inCandidates.toFixed(3)}; ${JSON.stringify(stats)}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(stats.typo!.right / stats.typo!.n).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.5);
    expect(inCandidates).toBeGreaterThanOrEqual(0.7);
  });

  it('matches 10,000 names quickly', () => {
    const names = SMELTERS.flatMap((s) => s.aliases.map((a) => ({ name: a.toUpperCase() + ' Co', metal: s.metal, country: s.country })));
    const t0 = performance.now();
    let matched = 0;
    for (let i = 0; i < 10_000; i++) if (index.match(names[i % names.length]!).match) matched++;
    const ms = performance.now() - t0;
    console.info(`10,000 matches in ${ms.toFixed(0)} ms (${index.nameCount} registry names), ${matched} auto-matched`);
    expect(matched).toBeGreaterThan(9_000);
    expect(ms).toBeLessThan(10_000); // generous: CI machines vary; typically well under a second
  });
});
