import type { ApolloCache } from '@apollo/client';
import { Badge, type BadgeTone } from '@commonground/web-ui';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CallCardFragment, OpportunityKind, OpportunityStatus } from '../../gql/graphql';
import { VerifiedBadge } from '../../lib/components';
import { useMoney } from '../membership/membership-components';
import type { MoneyValue } from '../membership/money';
import { browserTimeZone, formatDeadline } from './zoned-time';

const STATUS_TONES: Record<OpportunityStatus, BadgeTone> = { DRAFT: 'neutral', SCHEDULED: 'warning', PUBLISHED: 'success', CLOSED: 'neutral', ARCHIVED: 'neutral' };

export function KindBadge({ kind }: { kind: OpportunityKind }) {
  const { t } = useTranslation();
  return <Badge tone="info">{t(`calls.kind.${kind}`)}</Badge>;
}

export function CallStatusBadge({ status }: { status: OpportunityStatus }) {
  const { t } = useTranslation();
  return <Badge tone={STATUS_TONES[status]}>{t(`calls.status.${status}`)}</Badge>;
}

/** The interface language (en, fr, es), which is also the language texts are asked in. */
export function useUiLanguage(): string {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage ?? 'en';
}

/** "Closes 15 March 2027 at 17:00 (your time) · 18:00 Africa/Kinshasa" */
export function DeadlineText({ deadline, timeZone, prefix = true }: { deadline: string; timeZone: string | null | undefined; prefix?: boolean }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const texts = formatDeadline(deadline, timeZone, browserTimeZone(), language);
  const passed = new Date(deadline).getTime() < Date.now();
  const viewer = t('calls.deadline.yourTime', { time: texts.viewer });
  const body = texts.publisher ? `${viewer} · ${texts.publisher}` : viewer;
  return <span className="cg-call-deadline">{prefix ? t(passed ? 'calls.deadline.closed' : 'calls.deadline.closes', { when: body }) : body}</span>;
}

/** "€10,000.00 – €50,000.00", "up to €50,000.00", "from €10,000.00" */
export function useAmountRange() {
  const { t } = useTranslation();
  const money = useMoney();
  return (min: MoneyValue | null | undefined, max: MoneyValue | null | undefined): string | null => {
    if (min && max) return min.amountMinor === max.amountMinor ? money.format(min) : t('calls.amount.range', { min: money.format(min), max: money.format(max) });
    if (max) return t('calls.amount.upTo', { max: money.format(max) });
    if (min) return t('calls.amount.from', { min: money.format(min) });
    return null;
  };
}

/** The text of a call in a language, else the original, else the first. */
export function pickText<T extends { language: string; isOriginal: boolean }>(texts: readonly T[], language: string): T | undefined {
  return texts.find((x) => x.language === language) ?? texts.find((x) => x.isOriginal) ?? texts[0];
}

/** "Amplified by A, B (for Initiative)" */
export function AmplifiedBy({ amplifications }: { amplifications: CallCardFragment['amplifications'] }) {
  const { t } = useTranslation();
  if (!amplifications.length) return null;
  return (
    <p className="cg-small cg-call-amplified">
      <span aria-hidden="true">↗ </span>
      {t('calls.card.amplifiedBy')}{' '}
      {amplifications.map((a, i) => (
        <span key={`${a.organization.id}-${a.initiative?.id ?? ''}`}>
          {i > 0 ? ', ' : ''}
          <Link href={`/organizations/${a.organization.slug}`}>{a.organization.name}</Link>
          {a.initiative ? ` (${t('calls.card.forInitiative', { initiative: a.initiative.name })})` : null}
        </span>
      ))}
    </p>
  );
}

/** One result on /calls. */
export function CallCard({ call }: { call: CallCardFragment }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const amount = useAmountRange()(call.amountMin, call.amountMax);
  const text = pickText(call.texts, language);
  const titleLanguage = call.texts.find((x) => x.title === call.title)?.language;
  return (
    <li className="cg-card cg-call-card">
      <p className="cg-call-card__badges">
        <KindBadge kind={call.kind} /> {call.status !== 'PUBLISHED' ? <CallStatusBadge status={call.status} /> : null}
      </p>
      <h3 className="cg-card__title">
        <Link href={`/calls/${call.id}`} lang={titleLanguage && titleLanguage !== language ? titleLanguage : undefined}>
          {call.title}
        </Link>
      </h3>
      <p className="cg-list__meta">
        {t('calls.card.by')} <Link href={`/organizations/${call.publisher.slug}`}>{call.publisher.name}</Link> <VerifiedBadge verified={call.publisher.verified} />
        {call.initiative ? <> · {t('calls.card.forInitiative', { initiative: call.initiative.name })}</> : null}
      </p>
      {text?.summary ? (
        <p className="cg-clamp" lang={text.language !== language ? text.language : undefined}>
          {text.summary}
        </p>
      ) : null}
      {call.deadline ? (
        <p className="cg-small">
          <DeadlineText deadline={call.deadline} timeZone={call.timeZone} />
        </p>
      ) : null}
      {amount ? <p className="cg-small">{amount}</p> : null}
      <AmplifiedBy amplifications={call.amplifications} />
    </li>
  );
}

/** After a change, lists of calls are read again. */
export function evictCallLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'opportunities' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'savedSearches' });
  cache.gc();
}
