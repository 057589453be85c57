import { normalizeName, nameTokens } from '../normalize';
import { jaroWinkler, tokenSetSimilarity, trigramDice } from '../similarity';
import { toCountryCode } from '../country';

const compact = (s: string) => normalizeName(s).compact;

describe('normalizeName', () => {
  it('ignores case, diacritics, punctuation and legal forms', () => {
    expect(compact('Wolfram Bergbau und Hütten AG')).toBe(compact('WOLFRAM BERGBAU UND HUTTEN'));
    expect(compact('PT Timah Tbk (Persero)')).toBe(compact('P.T. TIMAH (PERSERO) TBK'));
    expect(compact('Xiamen Tungsten Co., Ltd.')).toBe(compact('Xiamen Tungsten Company Limited'));
    expect(compact('Metalor Technologies S.A.')).toBe(compact('Metalor Technologies SA'));
    expect(compact('C. Hafner GmbH + Co. KG')).toBe(compact('C Hafner GmbH & Co KG'));
    expect(compact('Abington Reldan Metals, LLC')).toBe(compact('Abington Reldan Metals'));
  });

  it('joins initials and ignores pinyin spacing', () => {
    expect(compact('A.L.M.T. Corp.')).toBe('almt');
    expect(compact('Jiang Xi Tungsten')).toBe(compact('JiangXi Tungsten Co Ltd'));
    expect(compact('Gan Zhou Hai Chuang')).toBe(compact('Ganzhou Haichuang'));
  });

  it('drops Chinese company boilerplate but keeps the name', () => {
    expect(nameTokens('洛阳栾川钼业集团钨业有限公司')).toEqual(['洛阳栾川钼业', '钨业']);
    expect(compact('云南锡业股份有限公司')).toBe('云南锡业');
  });

  it('keeps a name made only of legal forms', () => {
    expect(normalizeName('The Company Ltd').key).toBe('the company ltd');
    expect(normalizeName('').compact).toBe('');
  });

  it('tells the distinctive tokens from the generic ones', () => {
    expect(normalizeName('Yunnan Tin Company Limited').distinctive).toEqual(['yunnan']);
    expect(normalizeName('Metal Smelting Refinery').distinctive).toEqual(['metal', 'smelting', 'refinery']);
  });
});

describe('similarities', () => {
  it('are 1 for equal strings and lower for different ones', () => {
    expect(trigramDice('timah', 'timah')).toBe(1);
    expect(trigramDice('timah', 'tiamh')).toBeLessThan(0.7);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('', 'x')).toBe(0);
    expect(tokenSetSimilarity(['ganzhou', 'haichuang'], ['ganzhou', 'haichaung'])).toBeGreaterThan(0.9);
    expect(tokenSetSimilarity(['ganzhou'], ['ganzhou', 'haichuang', 'tungsten'])).toBeCloseTo(1 / 3, 5);
  });
});

describe('toCountryCode', () => {
  it('reads codes, RMI names, English, French and Spanish names', () => {
    expect(toCountryCode('CD')).toBe('CD');
    expect(toCountryCode('cn')).toBe('CN');
    expect(toCountryCode('CONGO, DEMOCRATIC REPUBLIC OF THE')).toBe('CD');
    expect(toCountryCode('China')).toBe('CN');
    expect(toCountryCode('Chine')).toBe('CN');
    expect(toCountryCode('Perú')).toBe('PE');
    expect(toCountryCode('USA')).toBe('US');
    expect(toCountryCode('Atlantis')).toBeNull();
    expect(toCountryCode('')).toBeNull();
  });
});
