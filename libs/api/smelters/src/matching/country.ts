// Reported smelter countries arrive as RMI's upper-case English names
// ("CONGO, DEMOCRATIC REPUBLIC OF THE"), as ISO codes, or typed by hand in
// English, French or Spanish. toCountryCode maps all of them to ISO 3166-1 alpha-2.
import { COUNTRIES, SMELTERS, isCountry } from '@commonground/shared-reference';

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

// Common spellings the reference names do not cover.
const EXTRA: Record<string, string> = {
  usa: 'US', us: 'US', 'united states': 'US', america: 'US', uk: 'GB', 'great britain': 'GB', england: 'GB', 'south korea': 'KR',
  korea: 'KR', 'republic of korea': 'KR', russia: 'RU', taiwan: 'TW', 'prc': 'CN', "people s republic of china": 'CN', 'pr china': 'CN',
  vietnam: 'VN', 'viet nam': 'VN', drc: 'CD', 'dr congo': 'CD', 'democratic republic of congo': 'CD', 'democratic republic of the congo': 'CD',
  turkey: 'TR', turkiye: 'TR', bolivia: 'BO', laos: 'LA', 'czech republic': 'CZ', holland: 'NL', 'the netherlands': 'NL', iran: 'IR',
  'hong kong': 'HK', 'ivory coast': 'CI', 'cote d ivoire': 'CI', uae: 'AE', tanzania: 'TZ', syria: 'SY', moldova: 'MD', venezuela: 'VE',
};

const byName = new Map<string, string>();
for (const c of COUNTRIES) for (const n of Object.values(c.name)) byName.set(fold(n), c.code);
for (const s of SMELTERS) byName.set(fold(s.countryName), s.country);
for (const [k, v] of Object.entries(EXTRA)) byName.set(fold(k), v);

/** ISO 3166-1 alpha-2 for a code or a country name; null when it is empty or not recognized. */
export function toCountryCode(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && isCountry(trimmed.toUpperCase())) return trimmed.toUpperCase();
  return byName.get(fold(trimmed)) ?? null;
}
