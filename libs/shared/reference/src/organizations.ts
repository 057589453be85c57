import { freeze, label, type Localized } from './localized';

/** The `OrganizationKind` GraphQL enum, in the contract's order. */
export const ORGANIZATION_KINDS = ['SECRETARIAT', 'COMPANY', 'DONOR', 'CIVIL_SOCIETY', 'GOVERNMENT', 'SMELTER_REFINER', 'RESEARCH', 'OTHER'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** The `SizeBand` GraphQL enum, smallest first (head-count bands of the EU SME definition). */
export const SIZE_BANDS = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export const ORGANIZATION_KIND_LABELS: Readonly<Record<OrganizationKind, Localized>> = freeze({
  SECRETARIAT: { en: 'Initiative secretariat', fr: "Secrétariat d'initiative", es: 'Secretaría de iniciativa' },
  COMPANY: { en: 'Company', fr: 'Entreprise', es: 'Empresa' },
  DONOR: { en: 'Donor', fr: 'Bailleur de fonds', es: 'Donante' },
  CIVIL_SOCIETY: { en: 'Civil society organization', fr: 'Organisation de la société civile', es: 'Organización de la sociedad civil' },
  GOVERNMENT: { en: 'Government', fr: 'Gouvernement', es: 'Gobierno' },
  SMELTER_REFINER: { en: 'Smelter or refiner', fr: 'Fonderie ou affinerie', es: 'Fundición o refinería' },
  RESEARCH: { en: 'Research institution', fr: 'Institution de recherche', es: 'Institución de investigación' },
  OTHER: { en: 'Other', fr: 'Autre', es: 'Otro' },
});

export const SIZE_BAND_LABELS: Readonly<Record<SizeBand, Localized>> = freeze({
  MICRO: { en: 'Micro (fewer than 10 people)', fr: 'Micro (moins de 10 personnes)', es: 'Micro (menos de 10 personas)' },
  SMALL: { en: 'Small (10 to 49 people)', fr: 'Petite (10 à 49 personnes)', es: 'Pequeña (de 10 a 49 personas)' },
  MEDIUM: { en: 'Medium (50 to 249 people)', fr: 'Moyenne (50 à 249 personnes)', es: 'Mediana (de 50 a 249 personas)' },
  LARGE: { en: 'Large (250 people or more)', fr: 'Grande (250 personnes ou plus)', es: 'Grande (250 personas o más)' },
});

export function isOrganizationKind(value: unknown): value is OrganizationKind {
  return typeof value === 'string' && (ORGANIZATION_KINDS as readonly string[]).includes(value);
}

export function isSizeBand(value: unknown): value is SizeBand {
  return typeof value === 'string' && (SIZE_BANDS as readonly string[]).includes(value);
}

export function organizationKindLabel(kind: OrganizationKind, lang?: string | null): string {
  return label(ORGANIZATION_KIND_LABELS[kind], lang);
}

export function sizeBandLabel(band: SizeBand, lang?: string | null): string {
  return label(SIZE_BAND_LABELS[band], lang);
}

/** `{ value, label }` pairs in enum order, for a select. */
export function organizationKindOptions(lang?: string | null): { value: OrganizationKind; label: string }[] {
  return ORGANIZATION_KINDS.map((value) => ({ value, label: organizationKindLabel(value, lang) }));
}

/** `{ value, label }` pairs, smallest first, for a select. */
export function sizeBandOptions(lang?: string | null): { value: SizeBand; label: string }[] {
  return SIZE_BANDS.map((value) => ({ value, label: sizeBandLabel(value, lang) }));
}
