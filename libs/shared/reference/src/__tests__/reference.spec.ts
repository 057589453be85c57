import {
  COUNTRIES,
  CURRENCIES,
  LANGUAGES,
  METALS,
  MINERALS,
  OECD_STEPS,
  ORGANIZATION_KINDS,
  ORGANIZATION_KIND_LABELS,
  REGIONS,
  SIZE_BANDS,
  SIZE_BAND_LABELS,
  SUPPORTED_LANGUAGES,
  THEMES,
  byName,
  countriesOfRegion,
  countryInRegion,
  countryMatches,
  countryName,
  formatMoney,
  getCountry,
  getRegion,
  isCountry,
  isCurrency,
  isLanguage,
  isMetal,
  isMineral,
  isOecdStep,
  isOrganizationKind,
  isRegion,
  isSizeBand,
  isTheme,
  label,
  metalToMineral,
  mineralName,
  mineralToMetal,
  minorUnits,
  oecdStepTitle,
  organizationKindOptions,
  regionName,
  regionsOfCountry,
  resolveLanguage,
  sizeBandLabel,
  splitAmount,
  subRegionsOf,
  themeName,
  type Localized,
} from '../index';

const LANGS = ['en', 'fr', 'es'] as const;
const fullyLocalized = (l: Localized) => LANGS.every((lang) => typeof l[lang] === 'string' && l[lang].trim().length > 0);

describe('languages and labels', () => {
  it('supports en, fr and es with their own names', () => {
    expect(SUPPORTED_LANGUAGES).toEqual(['en', 'fr', 'es']);
    expect(LANGUAGES.map((l) => l.nativeName)).toEqual(['English', 'Français', 'Español']);
    expect(isLanguage('fr')).toBe(true);
    expect(isLanguage('de')).toBe(false);
    expect(isLanguage('FR')).toBe(false);
  });

  it('falls back to English', () => {
    const text = { en: 'Gold', fr: 'Or', es: '' };
    expect(label(text, 'fr')).toBe('Or');
    expect(label(text, 'fr-CA')).toBe('Or');
    expect(label(text, 'es')).toBe('Gold');
    expect(label(text, 'de')).toBe('Gold');
    expect(label(text, undefined)).toBe('Gold');
    expect(resolveLanguage('ES-mx')).toBe('es');
    expect(resolveLanguage('')).toBe('en');
  });
});

describe('minerals', () => {
  it('has the 3TG and extended minerals with lowercase ids and names in every language', () => {
    expect(MINERALS.map((m) => m.id)).toEqual(['tin', 'tantalum', 'tungsten', 'gold', 'cobalt', 'copper', 'graphite', 'lithium', 'mica', 'nickel']);
    expect(MINERALS.filter((m) => m.group === '3TG').map((m) => m.id)).toEqual(['tin', 'tantalum', 'tungsten', 'gold']);
    for (const m of MINERALS) {
      expect(m.id).toBe(m.id.toLowerCase());
      expect(fullyLocalized(m.name)).toBe(true);
    }
  });

  it('validates ids and maps to the upper-case Metal enum', () => {
    expect(isMineral('cobalt')).toBe(true);
    expect(isMineral('Cobalt')).toBe(false);
    expect(isMineral('COBALT')).toBe(false);
    expect(isMineral('uranium')).toBe(false);
    expect(isMineral('constructor')).toBe(false);
    expect(mineralToMetal('tin')).toBe('TIN');
    expect(metalToMineral('TANTALUM')).toBe('tantalum');
    expect(metalToMineral('OTHER')).toBeUndefined();
    for (const m of MINERALS) expect(isMetal(m.metal)).toBe(true);
    expect(METALS).toContain('OTHER');
    expect(mineralName('tin', 'fr')).toBe('Étain');
    expect(mineralName('nope', 'fr')).toBeUndefined();
  });
});

describe('countries', () => {
  it('has the 249 ISO 3166-1 countries, each named in the three languages and placed in M49', () => {
    expect(COUNTRIES).toHaveLength(249);
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(249);
    for (const c of COUNTRIES) {
      expect(c.code).toMatch(/^[A-Z]{2}$/);
      expect(c.m49).toMatch(/^\d{3}$/);
      expect(fullyLocalized(c.name)).toBe(true);
      const areas = regionsOfCountry(c.code);
      expect(areas[areas.length - 1]).toBe('001');
      for (const area of areas) expect(isRegion(area)).toBe(true);
      if (c.code === 'AQ') {
        // M49 puts Antarctica in the World only
        expect(c.region).toBeNull();
        expect(areas).toEqual(['001']);
        continue;
      }
      expect(getRegion(c.region!)?.level).toBe('region');
      expect(getRegion(c.subRegion!)?.level).toBe('sub-region');
      expect(getRegion(c.subRegion!)?.parent).toBe(c.region);
      if (c.intermediateRegion) expect(getRegion(c.intermediateRegion)?.parent).toBe(c.subRegion);
    }
  });

  it('places the mining and sourcing countries in their M49 regions', () => {
    expect(regionsOfCountry('CD')).toEqual(['017', '202', '002', '001']);
    expect(countryInRegion('CD', '017')).toBe(true);
    expect(countryInRegion('CD', '002')).toBe(true);
    expect(countryInRegion('CD', '014')).toBe(false);
    expect(regionsOfCountry('RW')).toEqual(['014', '202', '002', '001']);
    expect(regionsOfCountry('PE')).toEqual(['005', '419', '019', '001']);
    expect(countryInRegion('PE', '419')).toBe(true);
    expect(countryInRegion('BO', '005')).toBe(true);
    expect(regionsOfCountry('ID')).toEqual(['035', '142', '001']);
    expect(regionsOfCountry('CN')).toEqual(['030', '142', '001']);
    expect(regionsOfCountry('DE')).toEqual(['155', '150', '001']);
    expect(regionsOfCountry('US')).toEqual(['021', '019', '001']);
    expect(regionsOfCountry('AU')).toEqual(['053', '009', '001']);
    expect(regionsOfCountry('ZA')).toEqual(['018', '202', '002', '001']);
    expect(regionsOfCountry('MX')).toEqual(['013', '419', '019', '001']);
    expect(getCountry('CD')).toMatchObject({ m49: '180', region: '002', subRegion: '202', intermediateRegion: '017' });
    expect(getCountry('PE')?.m49).toBe('604');
  });

  it('answers false or empty for unknown codes', () => {
    for (const code of ['XX', 'XK', 'cd', 'COD', '', 'constructor', '180']) expect(isCountry(code)).toBe(false);
    expect(isCountry(undefined)).toBe(false);
    expect(isCountry(180)).toBe(false);
    expect(regionsOfCountry('XX')).toEqual([]);
    expect(countryInRegion('XX', '001')).toBe(false);
    expect(countryInRegion('CD', '999')).toBe(false);
    expect(countryName('XX', 'en')).toBeUndefined();
  });

  it('names countries in every language', () => {
    expect(countryName('CD', 'en')).toBe('Democratic Republic of the Congo');
    expect(countryName('CD', 'fr')).toBe('République démocratique du Congo');
    expect(countryName('PE', 'es')).toBe('Perú');
    expect(countryName('DE', 'de')).toBe('Germany');
    const sorted = [...COUNTRIES].sort(byName('fr')).map((c) => c.code);
    expect(sorted.indexOf('ZA')).toBeLessThan(sorted.indexOf('AL')); // Afrique du Sud before Albanie
  });

  it('matches a country against a country or a region code', () => {
    expect(countryMatches('CD', 'CD')).toBe(true);
    expect(countryMatches('CD', '202')).toBe(true);
    expect(countryMatches('CD', 'RW')).toBe(false);
    expect(countryMatches('XX', 'XX')).toBe(false);
  });
});

describe('regions', () => {
  const required = ['001', '002', '015', '202', '014', '017', '018', '011', '019', '419', '029', '013', '005', '021', '142', '143', '030', '035', '034', '145', '150', '151', '154', '039', '155', '009', '053', '054', '057', '061'];

  it('has the M49 regions and sub-regions, named in the three languages, with parents', () => {
    for (const code of required) expect(isRegion(code)).toBe(true);
    for (const r of REGIONS) {
      expect(r.code).toMatch(/^\d{3}$/);
      expect(fullyLocalized(r.name)).toBe(true);
      if (r.code === '001') expect(r.parent).toBeNull();
      else expect(isRegion(r.parent)).toBe(true);
    }
    expect(getRegion('017')?.parent).toBe('202');
    expect(getRegion('419')?.parent).toBe('019');
    expect(subRegionsOf('002')).toEqual(['015', '202']);
    expect(regionName('419', 'en')).toBe('Latin America and the Caribbean');
    expect(regionName('002', 'fr')).toBe('Afrique');
    expect(regionName('005', 'es')).toBe('América del Sur');
  });

  it('lists the countries of a region at any depth', () => {
    expect(countriesOfRegion('001')).toHaveLength(249);
    expect(countriesOfRegion('017')).toEqual(expect.arrayContaining(['CD', 'CG', 'CM', 'AO']));
    expect(countriesOfRegion('002')).toEqual(expect.arrayContaining(['CD', 'RW', 'ZA', 'EG']));
    expect(countriesOfRegion('002')).not.toContain('PE');
    expect(countriesOfRegion('419')).toEqual(expect.arrayContaining(['PE', 'BO', 'MX', 'CU']));
    for (const r of REGIONS) for (const c of countriesOfRegion(r.code)) expect(countryInRegion(c, r.code)).toBe(true);
    expect(countriesOfRegion('999')).toEqual([]);
    for (const code of ['999', '2', 'CD', '', 'constructor']) expect(isRegion(code)).toBe(false);
  });
});

describe('themes', () => {
  it('has the required kebab-case slugs, named in the three languages', () => {
    const slugs = THEMES.map((t) => t.slug);
    for (const slug of ['formalization', 'traceability', 'child-labour', 'forced-labour', 'mercury', 'environment', 'gender', 'access-to-finance', 'governance', 'community-engagement', 'grievance-mechanisms', 'security-and-human-rights']) {
      expect(slugs).toContain(slug);
      expect(isTheme(slug)).toBe(true);
    }
    for (const t of THEMES) {
      expect(t.slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(fullyLocalized(t.name)).toBe(true);
    }
    expect(isTheme('child labour')).toBe(false);
    expect(isTheme('Child-Labour')).toBe(false);
    expect(themeName('child-labour', 'fr')).toBe('Travail des enfants');
  });
});

describe('OECD due diligence guidance', () => {
  it('has the five steps, titled in the three languages', () => {
    expect(OECD_STEPS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
    for (const s of OECD_STEPS) expect(fullyLocalized(s.title)).toBe(true);
    expect(oecdStepTitle(2, 'en')).toBe('Identify and assess risks in the supply chain');
    expect(isOecdStep(5)).toBe(true);
    expect(isOecdStep(6)).toBe(false);
    expect(isOecdStep(1.5)).toBe(false);
  });
});

describe('currencies and money', () => {
  it('knows the minor units of ISO 4217 currencies', () => {
    expect(minorUnits('USD')).toBe(2);
    expect(minorUnits('EUR')).toBe(2);
    expect(minorUnits('JPY')).toBe(0);
    expect(minorUnits('XAF')).toBe(0);
    expect(minorUnits('XOF')).toBe(0);
    expect(minorUnits('KWD')).toBe(3);
    expect(minorUnits('CDF')).toBe(2);
    expect(minorUnits('RWF')).toBe(0);
    expect(minorUnits('CLF')).toBe(4);
    expect(() => minorUnits('XYZ')).toThrow(RangeError);
    expect(CURRENCIES.length).toBeGreaterThan(150);
    for (const c of CURRENCIES) expect(c.code).toMatch(/^[A-Z]{3}$/);
  });

  it('validates currency codes', () => {
    for (const code of ['USD', 'EUR', 'GBP', 'CHF', 'CNY', 'ZAR', 'PEN', 'BOB', 'IDR', 'AUD']) expect(isCurrency(code)).toBe(true);
    for (const code of ['usd', 'XXX', 'XAU', 'HRK', '', 'constructor']) expect(isCurrency(code)).toBe(false);
    expect(isCurrency(undefined)).toBe(false);
  });

  it('splits an amount to the minor unit with nothing lost', () => {
    expect(splitAmount(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitAmount(1000, [0.5, 0.25, 0.25])).toEqual([500, 250, 250]);
    expect(splitAmount(10, [0, 1, 2])).toEqual([0, 3, 7]);
    expect(splitAmount(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(splitAmount(0, [1, 2])).toEqual([0, 0]);
    for (const [amount, weights] of [[1_000_001, [3, 7, 11, 13]], [99_999_999_999, [0.1, 0.2, 0.7]], [7, [1, 1, 1, 1, 1, 1, 1, 1, 1]]] as const) {
      const parts = splitAmount(amount, weights);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(amount);
      for (const p of parts) expect(Number.isInteger(p)).toBe(true);
    }
    expect(() => splitAmount(1.5, [1])).toThrow(RangeError);
    expect(() => splitAmount(100, [])).toThrow(RangeError);
    expect(() => splitAmount(100, [0, 0])).toThrow(RangeError);
    expect(() => splitAmount(100, [1, -1])).toThrow(RangeError);
  });

  it('formats integer minor units for display', () => {
    expect(formatMoney(123456, 'USD', 'en')).toBe('$1,234.56');
    expect(formatMoney(1234, 'JPY', 'en')).toBe('¥1,234');
    expect(formatMoney(1234, 'KWD', 'en')).toMatch(/1\.234/);
  });
});

describe('organization kinds and size bands', () => {
  it('match the GraphQL enums and are labelled in the three languages', () => {
    expect(ORGANIZATION_KINDS).toEqual(['SECRETARIAT', 'COMPANY', 'DONOR', 'CIVIL_SOCIETY', 'GOVERNMENT', 'SMELTER_REFINER', 'RESEARCH', 'OTHER']);
    expect(SIZE_BANDS).toEqual(['MICRO', 'SMALL', 'MEDIUM', 'LARGE']);
    for (const k of ORGANIZATION_KINDS) expect(fullyLocalized(ORGANIZATION_KIND_LABELS[k])).toBe(true);
    for (const b of SIZE_BANDS) expect(fullyLocalized(SIZE_BAND_LABELS[b])).toBe(true);
    expect(isOrganizationKind('DONOR')).toBe(true);
    expect(isOrganizationKind('donor')).toBe(false);
    expect(isSizeBand('LARGE')).toBe(true);
    expect(isSizeBand('HUGE')).toBe(false);
    expect(organizationKindOptions('es')[1]).toEqual({ value: 'COMPANY', label: 'Empresa' });
    expect(sizeBandLabel('MICRO', 'fr')).toMatch(/^Micro/);
  });
});

describe('immutability', () => {
  it('does not let a consumer change the shared tables', () => {
    expect(Object.isFrozen(COUNTRIES)).toBe(true);
    expect(Object.isFrozen(COUNTRIES[0].name)).toBe(true);
    expect(Object.isFrozen(MINERALS[0])).toBe(true);
    const areas = regionsOfCountry('CD');
    areas.push('999');
    expect(regionsOfCountry('CD')).toEqual(['017', '202', '002', '001']);
  });
});
