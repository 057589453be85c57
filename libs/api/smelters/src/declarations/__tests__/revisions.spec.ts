// Every published template in tests/fixtures/rmi, filled as a supplier would,
// is detected as its kind and revision from the workbook's structure (CRT 2.21
// prints "Revision 2.2" like its predecessor), and read completely; a revision
// newer than any this hub knows imports with its revision as written and a warning.
import ExcelJS from 'exceljs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Metal } from '@commonground/shared-reference';
import { fillDeclarationTemplate, fillWorkbook, findRepoRoot, parseDeclaration, setPrintedRevision, type DeclarationSpec, type ParsedDeclaration, type TemplateKind } from '../index';

const dir = join(findRepoRoot(__dirname)!, 'tests/fixtures/rmi');
const templates = readdirSync(dir)
  .map((file) => /^RMI_(CMRT|EMRT|CRT|AMRT)_([\d.]+)\.xlsx$/.exec(file))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ file: m[0], kind: m[1] as TemplateKind, revision: m[2]! }));

const METAL_OF: Record<TemplateKind, { metal: Metal; cid: string; name: string }> = {
  CMRT: { metal: 'GOLD', cid: 'CID002030', name: 'Western Australian Mint (T/a The Perth Mint)' },
  EMRT: { metal: 'COBALT', cid: 'CID003264', name: 'Chemaf Etoile' },
  CRT: { metal: 'COBALT', cid: 'CID003264', name: 'Chemaf Etoile' },
  AMRT: { metal: 'MICA', cid: '', name: '' },
};

function specFor(kind: TemplateKind): DeclarationSpec {
  const m = METAL_OF[kind];
  return {
    companyName: `${kind} Supplier Ltd.`,
    ...(kind === 'EMRT' ? { metals: ['COBALT'] as Metal[] } : {}),
    smelters: [
      { metal: m.metal, cid: m.cid },
      { metal: m.metal, notListed: { name: 'Unlisted Refinery', country: 'CHINA' } },
      { metal: m.metal, notYetIdentified: true },
    ],
  };
}

describe('every published template', () => {
  it('covers the four templates of the reference folder', () => {
    expect(templates.map((t) => `${t.kind} ${t.revision}`).sort()).toEqual(expect.arrayContaining(['CMRT 6.5', 'CRT 2.2', 'CRT 2.21', 'EMRT 2.1']));
  });

  describe.each(templates)('$kind $revision', ({ file, kind, revision }) => {
    let parsed: ParsedDeclaration;
    beforeAll(async () => {
      parsed = await parseDeclaration(await fillDeclarationTemplate(specFor(kind), { kind, templatePath: join(dir, file), language: 'fr' }), { today: new Date('2026-01-01T00:00:00Z') });
    });

    it('is detected from its structure', () => {
      expect(parsed.template).toMatchObject({ kind, revision, language: 'Français' });
    });

    it('is read whole, without a complaint', () => {
      const m = METAL_OF[kind];
      expect(parsed.declaration.companyName).toBe(`${kind} Supplier Ltd.`);
      expect(parsed.declaration.metals).toContain(m.metal);
      expect(parsed.answers.Q1).toMatchObject({ [m.metal]: { answer: 'Yes', cell: expect.stringMatching(/^Declaration!D\d+$/) } });
      expect(parsed.smelters.map((r) => [r.row, r.kind, r.metal, r.reportedName])).toEqual([
        [5, 'LISTED', m.metal, m.name],
        [6, 'NOT_LISTED', m.metal, 'Unlisted Refinery'],
        [7, 'NOT_YET_IDENTIFIED', m.metal, null],
      ]);
      expect(parsed.issues.filter((i) => i.severity === 'ERROR')).toEqual([]);
      expect(parsed.issues.map((i) => i.code)).not.toContain('NEWER_REVISION');
    });
  });
});

describe('a revision newer than any this hub knows', () => {
  async function futureOf(kind: TemplateKind, printed: string): Promise<ParsedDeclaration> {
    const t = templates.filter((x) => x.kind === kind).pop()!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, t.file));
    fillWorkbook(wb, specFor(kind), { kind });
    setPrintedRevision(wb, printed);
    return parseDeclaration(new Uint8Array(await wb.xlsx.writeBuffer()));
  }

  it.each([
    ['CMRT', '7.0'],
    ['EMRT', '2.2'],
    ['CRT', '3.0'],
  ] as const)('%s %s imports with its revision as written and a warning', async (kind, printed) => {
    const parsed = await futureOf(kind, printed);
    expect(parsed.template).toMatchObject({ kind, revision: printed });
    expect(parsed.issues).toContainEqual(expect.objectContaining({ severity: 'WARNING', code: 'NEWER_REVISION', sheet: 'Declaration' }));
    expect(parsed.issues.filter((i) => i.severity === 'ERROR')).toEqual([]);
    expect(parsed.smelters).toHaveLength(3);
  });

  it('an older revision than the newest is no news', async () => {
    const parsed = await futureOf('CMRT', '6.4');
    expect(parsed.template.revision).toBe('6.4');
    expect(parsed.issues.map((i) => i.code)).not.toContain('NEWER_REVISION');
  });
});
