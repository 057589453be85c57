import ExcelJS from 'exceljs';
import { detectTemplate, discoverLayout, fillWorkbook, knownLayout, parseWorkbook, readTranslations, templatePath } from '../index';

// Blank templates, loaded once and changed in memory (no write: that is what the round-trip specs do).
describe.each(['CMRT', 'EMRT'] as const)('%s blank template', (kind) => {
  const wb = new ExcelJS.Workbook();
  beforeAll(() => wb.xlsx.readFile(templatePath(kind)));

  it('is detected as shipped: Chinese display language, static layout', () => {
    const { info } = detectTemplate(wb);
    expect(info).toEqual({ kind, revision: kind === 'CMRT' ? '6.5' : '2.1', language: '中文 Chinese', layoutSource: 'static' });
  });

  it("has a translation sheet from which the same layout can be discovered (the path for revisions without a table)", () => {
    const known = knownLayout(kind, kind === 'CMRT' ? '6.5' : '2.1')!;
    const found = discoverLayout(kind, readTranslations(wb)!, known)!;
    expect(found.fields).toEqual(known.fields);
    expect(found.questions).toEqual(known.questions);
    expect(found.fixedMetals).toEqual(known.fixedMetals);
  });

  it('parses unfilled, reporting the required fields by cell', () => {
    const parsed = parseWorkbook(wb);
    expect(parsed.smelters).toEqual([]);
    const required = parsed.issues.filter((i) => i.code === 'REQUIRED').map((i) => i.ref);
    expect(required).toEqual(
      expect.arrayContaining(kind === 'CMRT' ? ['Declaration!D8', 'Declaration!D9', 'Declaration!D15', 'Declaration!D16', 'Declaration!D22'] : ['Declaration!D8', 'Declaration!D19', 'Declaration!D26']),
    );
    expect(parsed.issues.some((i) => i.code === 'UNANSWERED' && i.ref === (kind === 'CMRT' ? 'Declaration!D26' : 'Declaration!D30'))).toBe(true);
  });

  it('reports bad entries with their cells', () => {
    fillWorkbook(
      wb,
      {
        companyName: null,
        scope: 'C',
        contact: { email: 'not-an-email' },
        smelters: [
          { metal: kind === 'CMRT' ? 'TIN' : 'COBALT', notListed: { name: 'Mystery Smelter', country: '' } },
          { metal: kind === 'CMRT' ? 'GOLD' : 'NICKEL', cid: 'CID00X', lookupName: 'Whatever' },
        ],
      },
      { kind },
    );
    const list = wb.getWorksheet('Smelter List')!;
    list.getCell('B7').value = 'Platinum';
    list.getCell('C7').value = 'Platinum Refinery';
    const refs = parseWorkbook(wb).issues.map((i) => `${i.severity} ${i.code} ${i.ref}`);
    expect(refs).toEqual(
      expect.arrayContaining([
        'ERROR REQUIRED Declaration!D8',
        `ERROR INVALID_EMAIL Declaration!${kind === 'CMRT' ? 'D16' : 'D20'}`,
        'ERROR REQUIRED Declaration!D10',
        'ERROR REQUIRED Smelter List!E5',
        'ERROR INVALID_CID Smelter List!F6',
        'ERROR UNKNOWN_METAL Smelter List!B7',
      ]),
    );
  });

  it('falls back to the discovered layout for a revision without a table', () => {
    wb.getWorksheet('Declaration')!.getCell('J3').value = `Revision ${kind === 'CMRT' ? '5.12' : '1.3'}\nJanuary 1, 2023`;
    const { info, layout } = detectTemplate(wb);
    expect(info).toMatchObject({ revision: kind === 'CMRT' ? '5.12' : '1.3', layoutSource: 'discovered' });
    expect(layout.questions).toEqual(knownLayout(kind, kind === 'CMRT' ? '6' : '2')!.questions);
  });
});
