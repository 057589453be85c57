import { COUNTRIES, MINERALS, REGIONS, THEMES, countryName, isRegion, label, mineralName, regionName, themeName } from '@commonground/shared-reference';
import type { ApolloCache } from '@apollo/client';
import { Badge, MeterBar, type BadgeTone, type Option } from '@commonground/web-ui';
import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isAdminRole, useSession } from '../../app/session';
import type { DecisionKind, FundingMatchReasonFragment, FundingNotificationFragment, PledgeStatus, ProjectStage } from '../../gql/graphql';
import { useFormatDate } from '../../lib/components';
import { useFormatDay, useMoney } from '../membership/membership-components';
import type { MoneyValue } from '../membership/money';

export const STAGES: readonly ProjectStage[] = ['CONCEPT', 'PROPOSAL', 'ONGOING'];

/** The points each criterion of a match can give (the scoring of the API). */
export const CRITERION_MAX = { THEMES: 35, GEOGRAPHY: 25, MINERALS: 15, TICKET: 15, CO_FUNDING: 10, STAGE: 0 } as const;
type Criterion = keyof typeof CRITERION_MAX;
const isCriterion = (value: string): value is Criterion => Object.prototype.hasOwnProperty.call(CRITERION_MAX, value);

const sorted = (options: Option[], language: string) => {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  return options.sort((a, b) => collator.compare(a.label, b.label));
};

/** Themes, minerals, countries and regions named in the interface language. */
export function useFundingReference() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    let listFormat: Intl.ListFormat | null = null;
    try {
      listFormat = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
    } catch {
      listFormat = null;
    }
    const theme = (slug: string) => themeName(slug, language) ?? slug;
    const mineral = (id: string) => mineralName(id, language) ?? id;
    const country = (code: string) => countryName(code, language) ?? code;
    const region = (code: string) => regionName(code, language) ?? code;
    return {
      language,
      themes: sorted(THEMES.map((t) => ({ id: t.slug, label: label(t.name, language) })), language),
      minerals: MINERALS.map((m) => ({ id: m.id, label: label(m.name, language) })),
      countries: sorted(COUNTRIES.map((c) => ({ id: c.code, label: label(c.name, language) })), language),
      regions: sorted(
        REGIONS.filter((r) => r.level !== 'world').map((r) => ({ id: r.code, label: label(r.name, language) })),
        language,
      ),
      theme,
      mineral,
      country,
      region,
      /** a country code or a UN M49 region code */
      area: (code: string) => (isRegion(code) ? region(code) : country(code)),
      list: (items: readonly string[]) => (listFormat ? listFormat.format(items) : items.join(', ')),
    };
  }, [language]);
}

/** The active organization, whether it is a donor, and whether the reader may act for it. */
export function useFundingRole() {
  const { viewer, activeRole } = useSession();
  const active = viewer?.activeOrganization ?? null;
  return {
    viewer,
    active,
    donor: active?.kind === 'DONOR',
    admin: isAdminRole(activeRole),
  };
}

export function StageBadge({ stage }: { stage: ProjectStage }) {
  const { t } = useTranslation();
  return <Badge tone="info">{t(`funding.stage.${stage}`)}</Badge>;
}

const DECISION_TONES: Record<DecisionKind, BadgeTone> = { INTERESTED: 'info', PLEDGED: 'success', DECLINED: 'neutral' };

export function DecisionBadge({ kind }: { kind: DecisionKind }) {
  const { t } = useTranslation();
  return <Badge tone={DECISION_TONES[kind]}>{t(`funding.decisionKind.${kind}`)}</Badge>;
}

const PLEDGE_TONES: Record<PledgeStatus, BadgeTone> = { PROPOSED: 'warning', CONFIRMED: 'success', WITHDRAWN: 'neutral' };

export function PledgeStatusBadge({ status }: { status: PledgeStatus }) {
  const { t } = useTranslation();
  return <Badge tone={PLEDGE_TONES[status]}>{t(`funding.pledgeStatus.${status}`)}</Badge>;
}

export function CatalyticBadge() {
  const { t } = useTranslation();
  return (
    <Badge tone="success">
      <span aria-hidden="true">★ </span>
      {t('funding.highlights.badge')}
    </Badge>
  );
}

/**
 * Text written by the API in English (match reasons, notifications): marked
 * as English so that screen readers pronounce it right in a French or Spanish page.
 */
export function ApiText({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <span lang={(i18n.resolvedLanguage ?? 'en') === 'en' ? undefined : 'en'}>{children}</span>;
}

/** A few figures side by side (a description list). */
export function Figures({ items }: { items: ReadonlyArray<{ term: ReactNode; value: ReactNode; highlight?: boolean } | null | false> }) {
  return (
    <dl className="cg-figures">
      {items.filter(Boolean).map((item, i) =>
        item ? (
          <div key={i} className={item.highlight ? 'cg-figure cg-figure--highlight' : 'cg-figure'}>
            <dt>{item.term}</dt>
            <dd>{item.value}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}

const percentOf = (part: number, whole: number) => (whole > 0 ? Math.min(100, Math.max(0, (part / whole) * 100)) : 0);

/** The confirmed share of a budget as a bar, proposed funding hatched after it, with the same in words. */
export function FundingProgress({
  title,
  budget,
  confirmed,
  proposed,
  gap,
  rateDates,
  size = 'medium',
  labelHidden,
}: {
  title: string;
  budget: MoneyValue;
  confirmed: MoneyValue;
  proposed?: MoneyValue | null;
  gap: MoneyValue;
  rateDates?: readonly string[];
  size?: 'small' | 'medium';
  labelHidden?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const formatDay = useFormatDay();
  const reference = useFundingReference();
  const percent = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en', { maximumFractionDigits: 0 }).format(percentOf(confirmed.amountMinor, budget.amountMinor));
  const valueText = t('funding.progress.valueText', { confirmed: money.format(confirmed), budget: money.format(budget), percent });
  return (
    <div className="cg-funding-progress">
      <MeterBar
        label={t('funding.progress.label', { title })}
        visibleLabel={t('funding.progress.short')}
        labelHidden={labelHidden}
        value={confirmed.amountMinor}
        maxValue={budget.amountMinor}
        valueText={valueText}
        tone="success"
        size={size}
        extra={proposed && proposed.amountMinor > 0 ? [{ value: proposed.amountMinor, tone: 'pending' }] : undefined}
      />
      <p className="cg-small cg-funding-progress__legend">
        <span className="cg-funding-key cg-funding-key--confirmed" aria-hidden="true" />
        {t('funding.progress.confirmed', { amount: money.format(confirmed) })}
        {proposed && proposed.amountMinor > 0 ? (
          <>
            {' · '}
            <span className="cg-funding-key cg-funding-key--proposed" aria-hidden="true" />
            {t('funding.progress.proposed', { amount: money.format(proposed) })}
          </>
        ) : null}
        {' · '}
        <strong>{t('funding.progress.gap', { amount: money.format(gap) })}</strong>
      </p>
      {rateDates && rateDates.length ? <p className="cg-small cg-muted">{t('funding.progress.rates', { dates: reference.list(rateDates.map((d) => formatDay(d))) })}</p> : null}
    </div>
  );
}

/** A match score out of 100, as a bar. */
export function ScoreMeter({ score, label: text }: { score: number; label?: string }) {
  const { t, i18n } = useTranslation();
  const value = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en', { maximumFractionDigits: 1 }).format(score);
  return <MeterBar label={text ?? t('funding.match.score')} visibleLabel={text ? t('funding.match.score') : undefined} value={score} maxValue={100} valueText={t('funding.match.scoreText', { score: value })} size="small" className="cg-score" />;
}

/** Why a match has its score: each criterion with its points and the API's explanation. */
export function MatchReasons({ reasons, id }: { reasons: readonly FundingMatchReasonFragment[]; id: string }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en', { maximumFractionDigits: 1 });
  return (
    <details className="cg-details cg-match-reasons">
      <summary id={`${id}-why`}>{t('funding.match.why')}</summary>
      <ul className="cg-match-reasons__list" aria-labelledby={`${id}-why`}>
        {reasons.map((reason) => {
          const criterion = isCriterion(reason.criterion) ? reason.criterion : null;
          const max = criterion ? CRITERION_MAX[criterion] : null;
          return (
            <li key={reason.criterion}>
              <span className="cg-match-reasons__criterion">{criterion ? t(`funding.criterion.${criterion}`) : reason.criterion}</span>{' '}
              <span className="cg-match-reasons__points">
                {max === 0 ? t('funding.match.rule') : max !== null ? t('funding.match.points', { points: number.format(reason.points), max: number.format(max) }) : t('funding.match.pointsOnly', { points: number.format(reason.points) })}
              </span>
              <br />
              <span className="cg-small">
                <ApiText>{reason.detail}</ApiText>
              </span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}

export function OrganizationLink({ organization }: { organization: { name: string; slug: string } }) {
  return <Link href={`/organizations/${organization.slug}`}>{organization.name}</Link>;
}

/** "Peru, Bolivia · Gold · Mercury, Formalization" */
export function ProjectTags({ project }: { project: { countries: readonly string[]; minerals: readonly string[]; themes: readonly string[] } }) {
  const { t } = useTranslation();
  const reference = useFundingReference();
  return (
    <dl className="cg-project-tags cg-small">
      <div>
        <dt>{t('funding.project.countries')}</dt>
        <dd>{reference.list(project.countries.map(reference.country))}</dd>
      </div>
      {project.minerals.length ? (
        <div>
          <dt>{t('funding.project.minerals')}</dt>
          <dd>{reference.list(project.minerals.map(reference.mineral))}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t('funding.project.themes')}</dt>
        <dd>{reference.list(project.themes.map(reference.theme))}</dd>
      </div>
    </dl>
  );
}

/** A date-only input value (YYYY-MM-DD) from an ISO date-time, read in UTC. */
export const dayOf = (value: string | null | undefined) => (value ? value.slice(0, 10) : '');

/** After a change to projects, decisions or pledges: lists of projects are read afresh when shown next. */
export function evictFundingLists(cache: ApolloCache) {
  for (const fieldName of ['projects', 'projectMatches', 'highlightedProjects', 'donorPipeline', 'donorMatches']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

/** One notification: its title (a link when it has one), its text and when it came. */
export function NotificationItem({ item, onNavigate }: { item: FundingNotificationFragment; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <li className={item.read ? 'cg-notification' : 'cg-notification cg-notification--unread'}>
      <p className="cg-notification__title">
        {!item.read ? <span className="cg-visually-hidden">{t('funding.notifications.unread')} </span> : null}
        {item.link ? (
          <Link href={item.link} onPress={onNavigate}>
            <ApiText>{item.title}</ApiText>
          </Link>
        ) : (
          <ApiText>{item.title}</ApiText>
        )}
      </p>
      {item.body ? (
        <p className="cg-small">
          <ApiText>{item.body}</ApiText>
        </p>
      ) : null}
      <p className="cg-small cg-muted">
        <time dateTime={item.createdAt}>{formatDate(item.createdAt, true)}</time>
      </p>
    </li>
  );
}
