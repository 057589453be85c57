// String similarities for the fuzzy matcher, each in 0..1. Small and dependency
// free: the registry holds a few thousand names, so the matcher's cost is in
// candidate generation (trigram index), not in these functions.

/** Character trigrams of a string padded with two spaces in front and one behind, as a multiset. */
export function trigrams(s: string): Map<string, number> {
  const padded = `  ${s} `;
  const out = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const g = padded.slice(i, i + 3);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Sørensen–Dice coefficient of two trigram multisets. */
export function diceOf(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let common = 0;
  let na = 0;
  let nb = 0;
  for (const n of a.values()) na += n;
  for (const n of b.values()) nb += n;
  if (na + nb === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [g, n] of small) common += Math.min(n, large.get(g) ?? 0);
  return (2 * common) / (na + nb);
}

export function trigramDice(a: string, b: string): number {
  if (a === b) return a ? 1 : 0;
  return diceOf(trigrams(a), trigrams(b));
}

/** Jaro–Winkler similarity (prefix scale 0.1, up to 4 characters). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a ? 1 : 0;
  const la = a.length;
  const lb = b.length;
  if (!la || !lb) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const ma = new Uint8Array(la);
  const mb = new Uint8Array(lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (!mb[j] && a[i] === b[j]) {
        ma[i] = 1;
        mb[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (!matches) return 0;
  let t = 0;
  for (let i = 0, j = 0; i < la; i++) {
    if (!ma[i]) continue;
    while (!mb[j]) j++;
    if (a[i] !== b[j]) t++;
    j++;
  }
  const jaro = (matches / la + matches / lb + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * Soft token-set similarity: each token of the shorter set is paired with its
 * most similar token of the other (Jaro–Winkler, pairs under 0.85 count 0), the
 * sum is divided by the size of the larger set. Typos inside a word still count,
 * extra words lower the score.
 */
export function tokenSetSimilarity(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  let total = 0;
  for (const t of small) {
    let best = 0;
    for (const u of large) {
      const s = t === u ? 1 : jaroWinkler(t, u);
      if (s > best) best = s;
      if (best === 1) break;
    }
    if (best >= 0.85) total += best;
  }
  return total / new Set(large).size;
}

/**
 * Weighted soft Dice over two token lists: every token is paired with its most
 * similar token on the other side (Jaro–Winkler, pairs under 0.85 count 0), and
 * the pair scores are averaged with the tokens' weights. Generic words ("metals",
 * "smelting") get a low weight, so they neither make two names alike nor apart;
 * a typo inside any word still pairs it with the right one.
 */
export function weightedTokenSimilarity(a: readonly string[], b: readonly string[], weight: (token: string) => number): number {
  if (!a.length || !b.length) return 0;
  const side = (xs: readonly string[], ys: readonly string[]) => {
    let got = 0;
    let total = 0;
    for (const t of xs) {
      const w = weight(t);
      total += w;
      let best = 0;
      for (const u of ys) {
        const s = t === u ? 1 : jaroWinkler(t, u);
        if (s > best) best = s;
        if (best === 1) break;
      }
      if (best >= 0.85) got += w * best;
    }
    return [got, total] as const;
  };
  const [ga, ta] = side(a, b);
  const [gb, tb] = side(b, a);
  return ta + tb === 0 ? 0 : (ga + gb) / (ta + tb);
}
