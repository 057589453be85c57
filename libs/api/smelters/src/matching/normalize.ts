// Smelter name normalization. Suppliers type the same smelter as
// "PT Timah Tbk (Persero)", "PT. TIMAH (PERSERO) TBK", "Timah"; "Jiangxi Tungsten
// Co., Ltd." or "JIANG XI TUNGSTEN CO LTD". The keys below make such spellings
// equal, or at least close: case, diacritics, punctuation and legal forms go,
// single letters are joined (A.L.M.T. -> almt), and the compact key ignores
// spaces altogether (pinyin is written "Jiangxi" and "Jiang Xi" alike).

/** Legal forms and company-kind words that say nothing about which smelter it is. */
const LEGAL_FORMS = new Set([
  // English
  'co', 'company', 'corp', 'corporation', 'inc', 'incorporated', 'ltd', 'limited', 'llc', 'llp', 'lp', 'plc', 'pty', 'pvt', 'private', 'public',
  // German, Dutch, Nordic
  'gmbh', 'ag', 'kg', 'mbh', 'ohg', 'bv', 'nv', 'ab', 'oy', 'oyj', 'as', 'asa',
  // Romance
  'sa', 'sas', 'sarl', 'spa', 'srl', 'sl', 'sau', 'ltda', 'sab', 'cv', 'de', 'rl', 'eireli', 'me',
  // Indonesian, Malaysian, Thai, Indian, Japanese, Korean
  'pt', 'tbk', 'persero', 'bhd', 'sdn', 'pcl', 'kk', 'kabushiki', 'kaisha', 'yk',
  // Russian, Kazakh, etc.
  'jsc', 'ojsc', 'pjsc', 'cjsc', 'ooo', 'oao', 'zao', 'pao', 'ao', 'too',
  // Chinese company boilerplate in pinyin
  'youxian', 'gongsi', 'youxiangongsi', 'jituan',
  'the', 'and', 'of',
]);

/**
 * Industry words that many smelters share. They stay in the keys (removing them
 * would make "Yunnan Tin" and "Yunnan Copper" equal) but count little in the
 * token similarity of the fuzzy matcher.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'smelting', 'smelter', 'smelters', 'smeltery', 'refinery', 'refineries', 'refining', 'refiner', 'refiners', 'mining', 'mine', 'mines',
  'metal', 'metals', 'metallurgy', 'metallurgical', 'material', 'materials', 'industry', 'industries', 'industrial', 'group', 'holding',
  'holdings', 'nonferrous', 'non', 'ferrous', 'new', 'technology', 'technologies', 'tech', 'science', 'chemical', 'chemicals',
  'resources', 'resource', 'international', 'development', 'products', 'product', 'trading', 'enterprise', 'enterprises',
  'precious', 'mineral', 'minerals', 'processing', 'factory', 'plant', 'works', 'province', 'sheng', 'city', 'shi',
  'tin', 'tantalum', 'tungsten', 'gold', 'cobalt', 'copper', 'graphite', 'lithium', 'mica', 'nickel',
]);

const TYPO_PRONE_FORMS = ['co', 'ltd', 'corp', 'inc', 'llc', 'gmbh', 'limited', 'company', 'corporation'];

/** True when `t` is one edit (insertion, deletion, substitution, transposition) away from a common legal form. */
function isLegalFormTypo(t: string): boolean {
  return t.length >= 3 && TYPO_PRONE_FORMS.some((f) => Math.abs(f.length - t.length) <= 1 && withinOneEdit(t, f));
}

function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** Lower case, no diacritics, `&` as "and", everything else that is not a letter or digit as a space. */
function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd')
    .replace(/&/g, ' and ')
    // Han, kana and hangul runs are tokens of their own; "有限公司" and the like go below.
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const CJK_BOILERPLATE = /(股份有限公司|有限责任公司|有限公司|集团|公司|株式会社|有限會社|주식회사)/gu;

/** The tokens of a name with legal forms removed; single letters are joined (`a l m t` -> `almt`). */
export function nameTokens(name: string): string[] {
  const folded = fold(name.replace(CJK_BOILERPLATE, ' '));
  if (!folded) return [];
  const raw = folded.split(' ');
  const joined: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    // "S.A.", "A.L.M.T.", "P.T." arrive as runs of one-letter tokens
    if (t.length === 1 && /\p{L}/u.test(t)) {
      let run = t;
      while (i + 1 < raw.length && raw[i + 1]!.length === 1 && /\p{L}/u.test(raw[i + 1]!)) run += raw[++i]!;
      joined.push(run);
    } else joined.push(t);
  }
  // Legal forms close the name; a typo there ("Co., Lzd.", "Coo.") should not make a new word.
  let end = joined.length;
  while (end > 1 && (LEGAL_FORMS.has(joined[end - 1]!) || isLegalFormTypo(joined[end - 1]!))) end--;
  const kept = joined.filter((t, i) => i < end && !LEGAL_FORMS.has(t));
  // A name made only of legal forms ("The Company Ltd") keeps its words rather than vanishing.
  return kept.length ? kept : joined;
}

export interface NormalizedName {
  /** Tokens without legal forms, space-separated: `jiangxi tungsten`. */
  key: string;
  /** The key without spaces: `jiangxitungsten` (pinyin spacing, "A L M T" and the like agree). */
  compact: string;
  tokens: readonly string[];
  /** Tokens that identify the smelter (not GENERIC_WORDS); the tokens themselves if all are generic. */
  distinctive: readonly string[];
}

export function normalizeName(name: string): NormalizedName {
  const tokens = nameTokens(name);
  const distinctive = tokens.filter((t) => !GENERIC_WORDS.has(t));
  const key = tokens.join(' ');
  return { key, compact: key.replace(/ /g, ''), tokens, distinctive: distinctive.length ? distinctive : tokens };
}
