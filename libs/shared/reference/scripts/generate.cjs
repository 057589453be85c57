#!/usr/bin/env node
// Generates the country and region tables of @commonground/shared-reference.
//
//   node libs/shared/reference/scripts/generate.cjs
//
// Run once when a source changes, review the diff, commit the JSON. The library
// imports only the generated JSON: i18n-iso-countries and world-countries are
// never loaded at run time, so the web bundle carries 249 names, not 100 locales.
//
// Sources:
//   - ISO 3166-1 alpha-2 codes: world-countries (status "officially-assigned";
//     the user-assigned XK Kosovo is left out), checked against i18n-iso-countries.
//   - names in en / fr / es: i18n-iso-countries (first, i.e. official, name).
//   - M49 numeric code: world-countries ccn3, checked against i18n-iso-countries.
//   - M49 regions and membership: hand-written in ./m49.cjs from the UNSD table,
//     cross-checked against the region names of world-countries where they agree.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const countries = require('i18n-iso-countries');
const world = require('world-countries');
const { REGIONS, MEMBERS } = require('./m49.cjs');

const LANGUAGES = ['en', 'fr', 'es'];
for (const lang of LANGUAGES) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));

// Short names where i18n-iso-countries gives a long official or an inverted
// form ("Moldova, Republic of"): lists and selects read and sort by these.
const NAME_OVERRIDES = {
  CD: { es: 'República Democrática del Congo' },
  CF: { fr: 'République centrafricaine' },
  CI: { en: "Côte d'Ivoire" },
  CN: { en: 'China' },
  CZ: { en: 'Czechia', fr: 'Tchéquie', es: 'Chequia' },
  DO: { fr: 'République dominicaine' },
  FM: { en: 'Micronesia' },
  GM: { en: 'Gambia' },
  IR: { en: 'Iran' },
  KP: { es: 'Corea del Norte' },
  KR: { es: 'Corea del Sur' },
  LA: { en: 'Laos', es: 'Laos' },
  MD: { en: 'Moldova' },
  MK: { en: 'North Macedonia' },
  SY: { en: 'Syria', es: 'Siria' },
  TW: { en: 'Taiwan' },
  TZ: { en: 'Tanzania', fr: 'Tanzanie' },
  US: { en: 'United States' },
  VG: { en: 'British Virgin Islands' },
  VI: { en: 'U.S. Virgin Islands' },
};

const errors = [];
const fail = (message) => errors.push(message);

// --- regions -----------------------------------------------------------------
const regionByCode = new Map(REGIONS.map((r) => [r.code, r]));
for (const r of REGIONS) {
  if (!/^\d{3}$/.test(r.code)) fail(`region ${r.code}: not a 3-digit code`);
  if (r.parent !== null && !regionByCode.has(r.parent)) fail(`region ${r.code}: unknown parent ${r.parent}`);
  for (const lang of LANGUAGES) if (!r.name[lang]) fail(`region ${r.code}: no ${lang} name`);
}

function chain(code) {
  const out = [];
  for (let c = code; c !== null; c = regionByCode.get(c).parent) out.push(c);
  return out; // most specific first, '001' last
}

// --- membership --------------------------------------------------------------
const areaOf = new Map();
for (const [area, codes] of Object.entries(MEMBERS)) {
  if (!regionByCode.has(area)) fail(`membership: unknown area ${area}`);
  for (const code of codes) {
    if (areaOf.has(code)) fail(`membership: ${code} in ${areaOf.get(code)} and ${area}`);
    areaOf.set(code, area);
  }
}

// --- countries ---------------------------------------------------------------
const official = world.filter((c) => c.status === 'officially-assigned');
const isoCodes = new Set(Object.keys(countries.getAlpha2Codes()));
const rows = [];
for (const wc of official.sort((a, b) => a.cca2.localeCompare(b.cca2))) {
  const code = wc.cca2;
  if (!isoCodes.has(code)) fail(`${code}: not in i18n-iso-countries`);
  const m49 = wc.ccn3;
  if (!/^\d{3}$/.test(m49 ?? '')) fail(`${code}: no numeric code`);
  if (countries.alpha2ToNumeric(code) !== m49) fail(`${code}: numeric ${m49} vs ${countries.alpha2ToNumeric(code)}`);
  const name = {};
  for (const lang of LANGUAGES) {
    name[lang] = NAME_OVERRIDES[code]?.[lang] ?? countries.getName(code, lang);
    if (!name[lang]) fail(`${code}: no ${lang} name`);
  }
  const area = areaOf.get(code);
  if (!area) {
    fail(`${code}: in no M49 area`);
    continue;
  }
  // [intermediate-region?, sub-region, region, world]
  const up = chain(area);
  const levelCode = (level) => up.find((c) => regionByCode.get(c).level === level) ?? null;
  rows.push({
    code,
    m49,
    name,
    region: levelCode('region'),
    subRegion: levelCode('sub-region'),
    intermediateRegion: levelCode('intermediate-region'),
  });
  areaOf.delete(code);
}
for (const code of areaOf.keys()) fail(`membership: ${code} is not an ISO 3166-1 code`);
if (rows.length !== 249) fail(`expected 249 countries, got ${rows.length}`);

// --- cross-check with world-countries where its names are M49 names -----------
const WC_SUBREGION = {
  'Northern Africa': '015', 'Eastern Africa': '014', 'Middle Africa': '017', 'Southern Africa': '018',
  'Western Africa': '011', Caribbean: '029', 'Central America': '013', 'South America': '005',
  'North America': '021', 'Central Asia': '143', 'Eastern Asia': '030', 'South-Eastern Asia': '035',
  'Southern Asia': '034', 'Western Asia': '145', 'Eastern Europe': '151', 'Northern Europe': '154',
  'Southern Europe': '039', 'Western Europe': '155', 'Australia and New Zealand': '053',
  Melanesia: '054', Micronesia: '057', Polynesia: '061',
};
const byCode = new Map(rows.map((r) => [r.code, r]));
const disagreements = [];
for (const wc of official) {
  const expected = WC_SUBREGION[wc.subregion];
  const row = byCode.get(wc.cca2);
  if (!row) continue;
  const ours = row.intermediateRegion ?? row.subRegion;
  if (expected && expected !== ours && !(expected === '154' && row.intermediateRegion === '830')) {
    disagreements.push(`${wc.cca2} ${wc.subregion} (${expected}) vs M49 ${ours}`);
  } else if (!expected) {
    disagreements.push(`${wc.cca2} ${wc.region}/${wc.subregion || '-'} (not an M49 name) -> M49 ${ours ?? 'none'}`);
  }
}

if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}

const out = path.join(__dirname, '..', 'src', 'data');
fs.mkdirSync(out, { recursive: true });
const lines = (items) => `[\n${items.map((x) => `  ${JSON.stringify(x)}`).join(',\n')}\n]\n`;
fs.writeFileSync(path.join(out, 'countries.json'), lines(rows));
fs.writeFileSync(path.join(out, 'regions.json'), lines(REGIONS));
console.log(`wrote ${rows.length} countries and ${REGIONS.length} regions to ${path.relative(process.cwd(), out)}`);
if (disagreements.length) {
  console.log(`\nworld-countries region names that differ from M49 (review by hand; M49 wins):`);
  console.log(disagreements.map((d) => `  ${d}`).join('\n'));
}
