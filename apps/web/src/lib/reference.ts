import {
  COUNTRIES,
  countryName,
  label,
  mineralName,
  regionName,
  themeName,
  organizationKindLabel,
  organizationKindOptions,
  sizeBandLabel,
  sizeBandOptions,
  type OrganizationKind,
  type SizeBand,
} from '@commonground/shared-reference';
import type { Option } from '@commonground/web-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const countryCache = new Map<string, Option[]>();

/** Every ISO 3166-1 country, named and sorted in the reader's language. */
export function countryOptions(language: string): Option[] {
  let options = countryCache.get(language);
  if (!options) {
    const collator = new Intl.Collator(language, { sensitivity: 'base' });
    options = COUNTRIES.map((country) => ({ id: country.code, label: label(country.name, language) })).sort((a, b) =>
      collator.compare(a.label, b.label),
    );
    countryCache.set(language, options);
  }
  return options;
}

/** Reference data labelled in the interface language. */
export function useReference() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(
    () => ({
      language,
      countries: countryOptions(language),
      kinds: organizationKindOptions(language).map((o) => ({ id: o.value, label: o.label })),
      sizeBands: sizeBandOptions(language).map((o) => ({ id: o.value, label: o.label })),
      country: (code: string | null | undefined) => (code ? (countryName(code, language) ?? code) : null),
      region: (code: string) => regionName(code, language) ?? code,
      mineral: (id: string) => mineralName(id, language) ?? id,
      theme: (slug: string) => themeName(slug, language) ?? slug,
      kind: (kind: string) => organizationKindLabel(kind as OrganizationKind, language) ?? kind,
      sizeBand: (band: string | null | undefined) => (band ? (sizeBandLabel(band as SizeBand, language) ?? band) : null),
    }),
    [language],
  );
}
