import { useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { mineralName, termCategoryName, themeName } from '@commonground/shared-reference';
import { Badge } from '@commonground/web-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isAdminRole, useSession } from '../../app/session';
import type { AlignmentStatus, DefinitionKind, Stance } from '../../gql/graphql';
import { currentLanguage, isLanguage, LANGUAGES, type Language } from '../../i18n';
import { GlossaryViewerOrganizationQuery } from './glossary.documents';

export const CONTENT_LANGUAGES = LANGUAGES.map((l) => l.code);

/**
 * The language glossary content is read in: `?lang=fr|es|en` when given (a
 * stable link to one language), otherwise the interface language.
 */
export function useContentLanguage(): { language: Language; fromLink: boolean } {
  const [params] = useSearchParams();
  const { i18n } = useTranslation();
  const asked = params.get('lang');
  // i18n.resolvedLanguage keeps the value fresh when the reader switches the interface language
  const ui = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : currentLanguage();
  return isLanguage(asked) ? { language: asked, fromLink: true } : { language: ui, fromLink: false };
}

/** The name of a language in the interface language ("anglais" in French). */
export function useLanguageName() {
  const { i18n } = useTranslation();
  const ui = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([ui], { type: 'language' });
    } catch {
      names = null;
    }
    return (code: string) => names?.of(code) ?? code;
  }, [ui]);
}

export interface Localized {
  language: string;
  text: string;
}

export interface Picked {
  text: string;
  language: string;
  /** shown in another language than the one asked for */
  fallback: boolean;
}

/** A term's label in a language, else in English, else in any language it has. */
export function pickLabel(labels: readonly Localized[], language: string, fallbackText = ''): Picked {
  const exact = labels.find((l) => l.language === language);
  if (exact) return { text: exact.text, language, fallback: false };
  const other = labels.find((l) => l.language === 'en') ?? labels[0];
  if (other) return { text: other.text, language: other.language, fallback: true };
  return { text: fallbackText, language, fallback: false };
}

/** A term's label, marked with the language it is shown in when that is not the one asked for. */
export function TermLabel({ labels, language, fallbackText }: { labels: readonly Localized[]; language: string; fallbackText?: string }) {
  const languageName = useLanguageName();
  const picked = pickLabel(labels, language, fallbackText);
  return (
    <>
      <span lang={picked.language}>{picked.text}</span>
      {picked.fallback ? <span className="cg-glossary-fallback"> ({languageName(picked.language)})</span> : null}
    </>
  );
}

export interface RevisionTexts {
  originalLanguage: string;
  texts: ReadonlyArray<{ language: string; text: string; outdated: boolean }>;
}

export interface PickedText extends Picked {
  /** a translation made for an earlier revision */
  outdated: boolean;
}

/** A revision's text in a language, else in the language it was written in. */
export function pickText(revision: RevisionTexts, language: string): PickedText {
  const exact = revision.texts.find((t) => t.language === language);
  if (exact) return { text: exact.text, language, fallback: false, outdated: exact.outdated };
  const original = revision.texts.find((t) => t.language === revision.originalLanguage) ?? revision.texts[0];
  return { text: original?.text ?? '', language: original?.language ?? revision.originalLanguage, fallback: true, outdated: false };
}

const STATUS_TONES = { DRAFT: 'neutral', CONSULTATION: 'warning', ADOPTED: 'success', SUPERSEDED: 'neutral' } as const;

export function StatusBadge({ status }: { status: AlignmentStatus }) {
  const { t } = useTranslation();
  return <Badge tone={STATUS_TONES[status]}>{t(`glossary.status.${status}`)}</Badge>;
}

export function KindBadge({ kind }: { kind: DefinitionKind }) {
  const { t } = useTranslation();
  return <Badge tone={kind === 'PROPOSED' ? 'info' : 'neutral'}>{t(`glossary.kind.${kind}`)}</Badge>;
}

export function StanceBadge({ stance }: { stance: Stance }) {
  const { t } = useTranslation();
  return (
    <Badge tone={stance === 'ENDORSE' ? 'success' : 'danger'}>
      <span aria-hidden="true">{stance === 'ENDORSE' ? '✓ ' : '✗ '}</span>
      {t(`glossary.stance.${stance}`)}
    </Badge>
  );
}

/** Categories, minerals and themes named in the interface language. */
export function useTagNames() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const mineral = (id: string) => mineralName(id, language) ?? id;
    const theme = (slug: string) => themeName(slug, language) ?? slug;
    const category = (value: string) => termCategoryName(value, language);
    return {
      mineral,
      theme,
      category,
      /** A term's category, minerals and themes as one line, each name once ("Governance" is often both a category and a theme). */
      line: (term: { category?: string | null; minerals: string[]; themes: string[] }) =>
        [...new Set([term.category ? category(term.category) : null, ...term.minerals.map(mineral), ...term.themes.map(theme)].filter((n): n is string => !!n))].join(' · '),
    };
  }, [language]);
}

/** What the API sends back with a CONFLICT on a stale revision. */
export interface ConflictDetails {
  message: string;
  currentRevision: number;
  currentTexts: Localized[];
  refusedTexts: Localized[];
  refusedPrinciples: Array<{ statement: string; explanation?: string | null; subPoints?: string[] | null; footnotes?: string[] | null }>;
  refusedChangeNote: string | null;
}

const asLocalized = (value: unknown): Localized[] =>
  Array.isArray(value) ? value.filter((v): v is Localized => !!v && typeof v.language === 'string' && typeof v.text === 'string') : [];

/** The details of a CONFLICT error (a save based on a stale revision), or null. */
export function conflictOf(error: unknown): ConflictDetails | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const found = error.errors.find((e) => e.extensions?.code === 'CONFLICT' && typeof e.extensions?.currentRevision === 'number');
  if (!found) return null;
  const x = found.extensions as Record<string, unknown>;
  return {
    message: found.message,
    currentRevision: x.currentRevision as number,
    currentTexts: asLocalized(x.currentTexts),
    refusedTexts: asLocalized(x.refusedTexts),
    refusedPrinciples: Array.isArray(x.refusedPrinciples) ? (x.refusedPrinciples as ConflictDetails['refusedPrinciples']).filter((p) => p && typeof p.statement === 'string') : [],
    refusedChangeNote: typeof x.refusedChangeNote === 'string' ? x.refusedChangeNote : null,
  };
}

/** Offers a text as a file to save (a Blob behind a temporary link). */
export function downloadText(content: string, filename: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "2026-05-31" -> the end of that day in the reader's time zone; null when not a date. */
export function endOfDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A date input's value for a day from now. */
export function dayInput(daysFromNow: number): string {
  const d = new Date(Date.now() + daysFromNow * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export interface InitiativeRef {
  id: string;
  name: string;
  slug: string;
}

/**
 * What the viewer may do in the glossary, from the active organization: the
 * initiatives it is an active member of, those it runs, and its role.
 */
export function useGlossaryRoles() {
  const { viewer, activeRole } = useSession();
  const active = viewer?.activeOrganization ?? null;
  const { data, loading } = useQuery(GlossaryViewerOrganizationQuery, { variables: { id: active?.id ?? '' }, skip: !active });
  const organization = data?.organization ?? null;
  return useMemo(() => {
    const runs: InitiativeRef[] = organization?.runsInitiatives ?? [];
    const memberOf: InitiativeRef[] = (organization?.initiatives ?? []).filter((m) => m.status === 'ACTIVE').map((m) => m.initiative);
    const admin = isAdminRole(activeRole);
    const all = [...runs, ...memberOf.filter((m) => !runs.some((r) => r.id === m.id))];
    return {
      viewer,
      active,
      loading: loading && !organization,
      admin,
      /** a secretariat organization (any of its users creates terms) */
      secretariat: active?.kind === 'SECRETARIAT',
      runs,
      memberOf,
      /** the initiatives of the active organization, those it runs first */
      initiatives: all,
      runsInitiative: (id: string | null | undefined) => !!id && runs.some((r) => r.id === id),
      /** an owner or administrator of the initiative's secretariat */
      secretariatAdminOf: (secretariatId: string | null | undefined) => !!active && !!secretariatId && active.id === secretariatId && admin,
      /** may take a stance in an initiative's consultation: an owner or administrator of a member (or of the secretariat) */
      takesStanceIn: (initiativeId: string | null | undefined) => admin && (!initiativeId || all.some((i) => i.id === initiativeId)),
    };
  }, [organization, loading, activeRole, viewer, active]);
}

export type GlossaryRoles = ReturnType<typeof useGlossaryRoles>;

/** Splits a text area into its non-empty lines. */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** "line 12: message" -> { line: 12, message } (import reports name lines this way). */
export function splitLine(problem: string): { line: number | null; message: string } {
  const match = /^line (\d+):\s*(.*)$/is.exec(problem);
  return match ? { line: Number(match[1]), message: match[2]! } : { line: null, message: problem };
}
