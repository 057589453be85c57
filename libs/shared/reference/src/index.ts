// @commonground/shared-reference: the reference data shipped with the product
// and the identifiers the API accepts for it. Used by the API (CommonJS) and the
// web client (Vite): no Node-only APIs here.

export {
  SUPPORTED_LANGUAGES,
  DEFAULT_LANGUAGE,
  isLanguage,
  resolveLanguage,
  label,
  byName,
  type Language,
  type Localized,
} from './localized';
export { LANGUAGES, type LanguageInfo } from './languages';
export {
  MINERAL_IDS,
  MINERALS,
  METALS,
  isMineral,
  getMineral,
  mineralsOfGroup,
  mineralName,
  isMetal,
  mineralToMetal,
  metalToMineral,
  type Mineral,
  type MineralId,
  type MineralGroup,
  type Metal,
} from './minerals';
export {
  WORLD,
  COUNTRIES,
  REGIONS,
  isCountry,
  isRegion,
  getCountry,
  getRegion,
  regionsOfCountry,
  countryInRegion,
  countryMatches,
  countriesOfRegion,
  subRegionsOf,
  countryName,
  regionName,
  type Country,
  type Region,
  type RegionLevel,
} from './geography';
export { THEME_SLUGS, THEMES, isTheme, getTheme, themeName, type Theme, type ThemeSlug } from './themes';
export { TERM_CATEGORY_SLUGS, TERM_CATEGORIES, normalizeTermCategory, termCategoryName, type TermCategory, type TermCategorySlug } from './term-categories';
export { OECD_STEPS, isOecdStep, oecdStepTitle, type OecdStep, type OecdStepNumber } from './oecd';
export { CURRENCIES, isCurrency, minorUnits, formatMoney, splitAmount, type Currency } from './currencies';
export {
  ORGANIZATION_KINDS,
  SIZE_BANDS,
  ORGANIZATION_KIND_LABELS,
  SIZE_BAND_LABELS,
  isOrganizationKind,
  isSizeBand,
  organizationKindLabel,
  sizeBandLabel,
  organizationKindOptions,
  sizeBandOptions,
  type OrganizationKind,
  type SizeBand,
} from './organizations';
export {
  SMELTERS,
  SMELTER_METALS,
  SMELTER_NOT_LISTED,
  SMELTER_NOT_YET_IDENTIFIED,
  getSmelterByCid,
  normalizeCid,
  smeltersOfMetal,
  type SmelterReference,
} from './smelters';
