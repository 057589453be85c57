import { COUNTRIES, METALS, SMELTERS, SMELTER_METALS, getSmelterByCid, isCountry, normalizeCid, smeltersOfMetal } from '../index';

describe('smelter registry seed', () => {
  it('holds one record per CID of the CMRT 6.5 and EMRT 2.1 look-up sheets', () => {
    expect(SMELTERS).toHaveLength(349 + 305);
    expect(new Set(SMELTERS.map((s) => s.cid)).size).toBe(SMELTERS.length);
    expect(smeltersOfMetal('GOLD').length + smeltersOfMetal('TIN').length + smeltersOfMetal('TANTALUM').length + smeltersOfMetal('TUNGSTEN').length).toBe(349);
  });

  it('has valid CIDs, metals, ISO countries and at least one alias per record', () => {
    const metals = new Set<string>(METALS);
    for (const s of SMELTERS) {
      expect(s.cid).toMatch(/^CID\d{6}$/);
      expect(metals.has(s.metal)).toBe(true);
      expect(isCountry(s.country)).toBe(true);
      expect(s.aliases.length).toBeGreaterThan(0);
      expect(s.standardName).not.toBe('');
    }
    expect(COUNTRIES.length).toBeGreaterThan(200);
    // written out in smelters.ts (so the web bundle can drop the data); must agree with the data
    expect(SMELTER_METALS).toEqual(METALS.filter((m) => SMELTERS.some((s) => s.metal === m)));
  });

  it('never lists the look-up pseudo entries as smelters', () => {
    const names = SMELTERS.flatMap((s) => s.aliases.map((a) => a.toLowerCase()));
    expect(names).not.toContain('smelter not listed');
    expect(names).not.toContain('smelter not yet identified');
  });

  it('finds a smelter by CID in any usual spelling', () => {
    expect(getSmelterByCid('CID000015')).toMatchObject({ metal: 'GOLD', standardName: 'Advanced Chemical Company', country: 'US' });
    expect(getSmelterByCid('cid 15')?.cid).toBe('CID000015');
    expect(getSmelterByCid('CID999999')).toBeUndefined();
    expect(normalizeCid('CID-002030')).toBe('CID002030');
    expect(normalizeCid('Advanced')).toBeNull();
    // aliases of the same CID are grouped: "AGR Mathey" is an alias of the Perth Mint
    expect(getSmelterByCid('CID002030')?.aliases).toContain('AGR Mathey');
    expect(getSmelterByCid('CID003264')?.country).toBe('CD');
  });

  it('is frozen', () => {
    expect(Object.isFrozen(SMELTERS)).toBe(true);
    expect(Object.isFrozen(SMELTERS[0]!.aliases)).toBe(true);
  });
});
