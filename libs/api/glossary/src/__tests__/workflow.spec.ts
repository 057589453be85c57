import { isConsultationOpen, textIn, textsOfRevision } from '../definition.service';
import { AlignmentStatus, DefinitionTextEntity } from '../glossary.entities';

const text = (language: string, revisionNumber: number, value: string, isOriginal = false) =>
  Object.assign(new DefinitionTextEntity(), { language, revisionNumber, text: value, isOriginal });

describe('texts of a revision', () => {
  const texts = [text('en', 1, 'first', true), text('fr', 1, 'premier'), text('en', 2, 'second', true), text('es', 3, 'tercero')];

  it('takes, per language, the latest text written for the revision or an earlier one', () => {
    expect(textsOfRevision(texts, 2)).toEqual([
      { language: 'en', text: 'second', outdated: false, isOriginal: true },
      { language: 'fr', text: 'premier', outdated: true, isOriginal: false },
    ]);
  });

  it('never shows a text written for a later revision', () => {
    expect(textsOfRevision(texts, 1).map((t) => t.text)).toEqual(['first', 'premier']);
  });

  it('falls back to the original language', () => {
    const r2 = textsOfRevision(texts, 2);
    expect(textIn(r2, 'fr')).toBe('premier');
    expect(textIn(r2, 'es')).toBe('second');
    expect(textIn([], 'en')).toBe('');
  });
});

describe('consultation', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  it.each([
    [AlignmentStatus.CONSULTATION, '2026-06-02T00:00:00Z', true],
    [AlignmentStatus.CONSULTATION, '2026-06-01T11:59:59Z', false],
    [AlignmentStatus.DRAFT, '2026-06-02T00:00:00Z', false],
    [AlignmentStatus.ADOPTED, '2026-06-02T00:00:00Z', false],
  ])('%s ending %s is open: %s', (status, endsAt, open) => {
    expect(isConsultationOpen({ status, consultationEndsAt: new Date(endsAt) }, now)).toBe(open);
  });
  it('is closed without an end date', () => {
    expect(isConsultationOpen({ status: AlignmentStatus.CONSULTATION, consultationEndsAt: null }, now)).toBe(false);
  });
});
