import ExcelJS from 'exceljs';
import { fillDeclarationTemplate, parseDeclaration, type ParsedDeclaration } from '../index';
import { SmelterIndex } from '../../matching/matcher';
import { CMRT_SPEC } from './fixtures';

// One French CMRT 6.5, written and read back: the full round trip a supplier's file takes.
describe('CMRT 6.5 saved in French', () => {
  let bytes: Buffer;
  let parsed: ParsedDeclaration;
  beforeAll(async () => {
    bytes = await fillDeclarationTemplate(CMRT_SPEC, { kind: 'CMRT', language: 'fr' });
    parsed = await parseDeclaration(bytes, { today: new Date('2025-12-31T00:00:00Z') });
  });

  it('has French cached labels, so nothing below can rely on English headers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const label = wb.getWorksheet('Declaration')!.getCell('B8').value as { result: string };
    expect(label.result).toMatch(/soci[ée]t[ée]|entreprise/i);
    expect(label.result).not.toMatch(/Company Name/);
  });

  it('detects the template from its structure', () => {
    expect(parsed.template).toEqual({ kind: 'CMRT', revision: '6.5', language: 'Français', layoutSource: 'static' });
  });

  it('reads the declaration', () => {
    expect(parsed.declaration).toMatchObject({
      companyName: 'Fournisseur Exemple SAS',
      scopeCode: 'B',
      declarationScope: 'B. Product (or List of Products)',
      contactName: 'Ana Contact',
      contactEmail: 'ana@example.com',
      authorizer: 'Bo Authorizer',
      authorizerTitle: 'CEO',
      effectiveDate: new Date('2025-06-30T00:00:00Z'),
      metals: ['TANTALUM', 'TIN', 'GOLD', 'TUNGSTEN'],
    });
    expect(parsed.products).toEqual([{ row: 6, responderNumber: 'P-1', responderName: 'Widget', requesterNumber: null, requesterName: null, comments: null }]);
  });

  it('reads per-metal and company-level answers with their cells', () => {
    expect(parsed.answers.Q1).toMatchObject({ GOLD: { answer: 'Yes', comment: 'plating', cell: 'Declaration!D28' }, TANTALUM: { answer: 'Yes' } });
    expect(parsed.answers.Q6).toMatchObject({ TIN: { answer: '100%', cell: 'Declaration!D57' } });
    expect(parsed.answers.H).toEqual({ answer: 'No', comment: 'not listed', cell: 'Declaration!D89' });
    expect(Object.keys(parsed.answers)).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
  });

  it('reads the smelter list, with "not listed" and "not yet identified" rows', () => {
    const rows = parsed.smelters;
    expect(rows.map((r) => [r.row, r.kind, r.metal, r.reportedName, r.reportedCid])).toEqual([
      [5, 'LISTED', 'GOLD', 'AGR Mathey', 'CID002030'],
      [6, 'LISTED', 'TIN', 'China Tin Group Co., Ltd.', 'CID001070'],
      [7, 'NOT_LISTED', 'TIN', 'Bangka Timah Smelting', null],
      [8, 'NOT_YET_IDENTIFIED', 'TUNGSTEN', null, null],
      [9, 'LISTED', 'TANTALUM', 'AGR Mathey', 'CID002030'],
      [10, 'LISTED', 'GOLD', 'Some Refinery', 'CID999999'],
      [11, 'LISTED', 'GOLD', 'AGR Mathey', 'CID002030'],
    ]);
    expect(rows[0]).toMatchObject({ reportedCountry: 'AUSTRALIA', city: 'Newburn', sourceOfId: 'RMI' });
    expect(rows[1]!.inputCid).toBe('CID001070');
    expect(rows[2]!.reportedCountry).toBe('INDONESIA');
  });

  it('reports what the Checker would, with sheet and cell', () => {
    const brief = parsed.issues.map((i) => [i.severity, i.code, i.ref]);
    expect(brief).toEqual([
      ['ERROR', 'CID_METAL_MISMATCH', 'Smelter List!F9'],
      ['WARNING', 'UNKNOWN_CID', 'Smelter List!F10'],
      ['WARNING', 'DUPLICATE', 'Smelter List!C11'],
    ]);
  });

  it('feeds the matcher: CID rows match exactly, the typed name goes through fuzzy matching, unidentified rows match nothing', () => {
    const index = SmelterIndex.fromReference();
    const results = parsed.smelters.map((r) =>
      r.kind === 'NOT_YET_IDENTIFIED' ? null : index.match({ cid: r.reportedCid, name: r.reportedName, country: r.reportedCountry, metal: r.metal }),
    );
    expect(results[0]!.match).toMatchObject({ method: 'CID', smelter: { id: 'CID002030' } });
    expect(results[2]!.match?.method ?? 'review').not.toBe('CID');
    expect(results[3]).toBeNull();
  });
});
