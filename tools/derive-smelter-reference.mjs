#!/usr/bin/env node
// Derives the smelter registry seed (libs/shared/reference/src/data/smelters.json)
// from the "Smelter Look-up" sheets of the RMI templates. Run by a developer when
// RMI publishes new templates; the output is committed, so CI never needs the
// templates' look-up sheets at run time.
//
//   node tools/derive-smelter-reference.mjs [template.xlsx ...]
//
// Defaults to the copies in tests/fixtures/rmi/. Layout of "Smelter Look-up"
// (CMRT 6.x, EMRT 2.x): header row 4, data from row 5; A metal (English), B
// smelter look-up name (an alias), C standard smelter name, D country (upper-case
// English name as in the hidden sheet "C"), E CID, F source of the ID, G street (empty in
// these revisions, not kept), H city, I state/province. Each template also lists, per metal, two pseudo rows:
// B "Smelter not listed" (no CID) and B "Smelter not yet identified" (C "Unknown",
// no CID); they are skipped here.
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [join(root, 'tests/fixtures/rmi/RMI_CMRT_6.5.xlsx'), join(root, 'tests/fixtures/rmi/RMI_EMRT_2.1.xlsx')];
const out = join(root, 'libs/shared/reference/src/data/smelters.json');

// RMI country spellings that are not in a template's own "C" sheet (or differ from it).
// Keep this table explicit: an unmapped name fails the run.
const COUNTRY_OVERRIDES = {
  'CONGO, DEMOCRATIC REPUBLIC OF THE': 'CD',
  'TAIWAN, PROVINCE OF CHINA': 'TW',
  'TAIWAN': 'TW',
  'KOREA, REPUBLIC OF': 'KR',
  'RUSSIAN FEDERATION': 'RU',
  'VIET NAM': 'VN',
  'BOLIVIA (PLURINATIONAL STATE OF)': 'BO',
  'UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND': 'GB',
  'UNITED STATES OF AMERICA': 'US',
  'TURKIYE': 'TR',
  'TÜRKIYE': 'TR',
};

const METAL_BY_NAME = {
  tantalum: 'TANTALUM', tin: 'TIN', tungsten: 'TUNGSTEN', gold: 'GOLD',
  cobalt: 'COBALT', copper: 'COPPER', graphite: 'GRAPHITE', lithium: 'LITHIUM',
  mica: 'MICA', nickel: 'NICKEL',
};
const NOT_LISTED = 'smelter not listed';
const NOT_IDENTIFIED = 'smelter not yet identified';

const validCodes = new Set(JSON.parse(readFileSync(join(root, 'libs/shared/reference/src/data/countries.json'), 'utf8')).map((c) => c.code));

function text(cell) {
  let v = cell.value;
  if (v && typeof v === 'object') {
    if ('richText' in v) v = v.richText.map((r) => r.text).join('');
    else if ('result' in v) v = v.result;
    else if ('text' in v) v = v.text;
  }
  if (v === null || v === undefined || typeof v === 'object') return '';
  return String(v).replace(/\s+/g, ' ').trim();
}

const byCid = new Map();
const unmapped = new Set();
const overridden = new Set();
const stats = [];

for (const file of files) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const countries = new Map();
  wb.getWorksheet('C')?.eachRow((row, r) => {
    if (r > 1 && text(row.getCell(1)) && text(row.getCell(2))) countries.set(text(row.getCell(2)).toUpperCase(), text(row.getCell(1)));
  });
  const ws = wb.getWorksheet('Smelter Look-up');
  if (!ws) throw new Error(`${file}: no "Smelter Look-up" sheet`);
  let rows = 0;
  const cids = new Set();
  const pseudo = [];
  for (let r = 5; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const metalName = text(row.getCell(1));
    const lookup = text(row.getCell(2));
    if (!metalName && !lookup) continue;
    rows++;
    const metal = METAL_BY_NAME[metalName.toLowerCase()];
    if (!metal) throw new Error(`${file} row ${r}: unknown metal "${metalName}"`);
    const cid = text(row.getCell(5)).toUpperCase();
    if (lookup.toLowerCase() === NOT_LISTED || lookup.toLowerCase() === NOT_IDENTIFIED) {
      pseudo.push(`${metalName}: ${lookup}`);
      continue;
    }
    if (!/^CID\d{6}$/.test(cid)) throw new Error(`${file} row ${r}: bad CID "${cid}" for "${lookup}"`);
    cids.add(cid);
    const countryName = text(row.getCell(4));
    const upper = countryName.toUpperCase();
    if (!countries.has(upper) && COUNTRY_OVERRIDES[upper]) overridden.add(countryName);
    const country = COUNTRY_OVERRIDES[upper] ?? countries.get(upper) ?? null;
    if (!country || !validCodes.has(country)) unmapped.add(countryName);
    let rec = byCid.get(cid);
    if (!rec) {
      rec = {
        cid,
        metal,
        standardName: text(row.getCell(3)) || lookup,
        aliases: [],
        country: country ?? '',
        countryName,
        city: text(row.getCell(8)) || null,
        state: text(row.getCell(9)) || null,
        source: text(row.getCell(6)) || 'RMI',
      };
      byCid.set(cid, rec);
    } else if (rec.metal !== metal) {
      throw new Error(`${cid} is listed for ${rec.metal} and ${metal}`);
    }
    if (!rec.aliases.includes(lookup)) rec.aliases.push(lookup);
  }
  stats.push(`${basename(file)}: ${rows} look-up rows, ${cids.size} CIDs, pseudo rows: ${pseudo.length} (${[...new Set(pseudo.map((p) => p.split(': ')[1]))].join(', ')})`);
}

if (unmapped.size) {
  console.error(`Unmapped country names (add them to COUNTRY_OVERRIDES): ${[...unmapped].join('; ')}`);
  process.exit(1);
}

const records = [...byCid.values()].sort((a, b) => a.cid.localeCompare(b.cid));
for (const r of records) r.aliases.sort((a, b) => a.localeCompare(b));
// One record a line: compact, and diffs stay readable when RMI updates the list.
writeFileSync(out, `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
console.log(stats.join('\n'));
if (overridden.size) console.log(`Country names mapped by COUNTRY_OVERRIDES: ${[...overridden].join('; ')}`);
console.log(`${records.length} smelters written to ${out}`);
