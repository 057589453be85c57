import { fillDeclarationTemplate, parseDeclaration, type ParsedDeclaration } from '../index';
import { EMRT_SPEC } from './fixtures';

describe('EMRT 2.1 saved in German', () => {
  let parsed: ParsedDeclaration;
  beforeAll(async () => {
    parsed = await parseDeclaration(await fillDeclarationTemplate(EMRT_SPEC, { kind: 'EMRT', language: 'de' }));
  });

  it('detects the template and reads the selected minerals, alphabetically', () => {
    expect(parsed.template).toEqual({ kind: 'EMRT', revision: '2.1', language: 'Deutsch', layoutSource: 'static' });
    expect(parsed.declaration.metals).toEqual(['COBALT', 'LITHIUM', 'MICA']);
    expect(parsed.declaration.companyName).toBe('Beispiel Lieferant GmbH');
    expect(parsed.declaration.effectiveDate).toEqual(new Date('2025-06-30T00:00:00Z'));
  });

  it('maps the per-metal rows to the selected minerals', () => {
    expect(parsed.answers.Q1).toEqual({
      COBALT: { answer: 'Yes', comment: null, cell: 'Declaration!D30' },
      LITHIUM: { answer: 'Yes', comment: null, cell: 'Declaration!D31' },
      MICA: { answer: 'Yes', comment: null, cell: 'Declaration!D32' },
    });
    expect(parsed.answers.C).toMatchObject({ COBALT: { cell: 'Declaration!D120' } });
    expect(parsed.answers.G).toMatchObject({ answer: 'Yes', cell: 'Declaration!D137' });
  });

  it('reads the smelter list and finds nothing to complain about', () => {
    expect(parsed.smelters.map((r) => [r.kind, r.metal, r.reportedName, r.reportedCountry])).toEqual([
      ['LISTED', 'COBALT', 'Chemaf Etoile', 'CONGO, DEMOCRATIC REPUBLIC OF THE'],
      ['NOT_LISTED', 'MICA', 'Jharkhand Mica Processing', 'INDIA'],
      ['NOT_YET_IDENTIFIED', 'LITHIUM', null, null],
    ]);
    expect(parsed.issues).toEqual([]);
  });
});
