import { Badge } from '@commonground/web-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isAdminRole, useSession } from '../../app/session';
import type { PoolStatus, TierApplicationStatus } from '../../gql/graphql';
import { amountInputValue, exampleAmount, formatMoneyValue, parseAmount, parseDecimal, type MoneyValue, type ParseFailure } from './money';

/** Money for people and from people, in the interface language. */
export function useMoney() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const amountError = (reason: ParseFailure, currency: string): string => {
      switch (reason) {
        case 'empty':
          return t('validation.required');
        case 'negative':
          return t('money.negative');
        case 'tooManyDecimals':
          return t('money.tooManyDecimals', { currency, example: exampleAmount(currency, language) });
        case 'tooLarge':
          return t('money.tooLarge');
        default:
          return t('money.invalid', { example: exampleAmount(currency, language) });
      }
    };
    return {
      language,
      format: (money: MoneyValue | null | undefined) => (money ? formatMoneyValue(money, language) : ''),
      /** minor units from a typed amount, or a translated message */
      parse: (text: string, currency: string): { ok: true; minor: number } | { ok: false; error: string } => {
        const result = parseAmount(text, currency, language);
        return result.ok ? { ok: true, minor: result.value } : { ok: false, error: amountError(result.reason, currency) };
      },
      parseNumber: (text: string) => parseDecimal(text, language),
      inputValue: (money: MoneyValue) => amountInputValue(money.amountMinor, money.currency, language),
    };
  }, [t, language]);
}

/** Dates of the dues (UTC calendar days). */
export function useFormatDay() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    return (value: string | Date) => format.format(typeof value === 'string' ? new Date(value) : value);
  }, [language]);
}

const TIER_TONES = { PENDING: 'warning', APPROVED: 'success', REFUSED: 'danger' } as const;

export function TierStatusBadge({ status, ended }: { status: TierApplicationStatus; ended?: boolean }) {
  const { t } = useTranslation();
  if (status === 'APPROVED' && ended) return <Badge tone="neutral">{t('tiers.status.ENDED')}</Badge>;
  return <Badge tone={TIER_TONES[status]}>{t(`tiers.status.${status}`)}</Badge>;
}

/** Open, or closed (by the secretariat or because its deadline to join passed). */
export function isPoolOpen(pool: { status: PoolStatus; joinDeadline?: string | null }): boolean {
  return pool.status === 'OPEN' && !(pool.joinDeadline && new Date(pool.joinDeadline).getTime() <= Date.now());
}

export function PoolStatusBadge({ pool }: { pool: { status: PoolStatus; joinDeadline?: string | null } }) {
  const { t } = useTranslation();
  return isPoolOpen(pool) ? <Badge tone="success">{t('pools.status.OPEN')}</Badge> : <Badge tone="neutral">{t('pools.status.CLOSED')}</Badge>;
}

/** How the viewer's active organization stands towards an initiative. */
export function useInitiativeRole(secretariatId: string | null | undefined) {
  const { viewer, activeRole } = useSession();
  const active = viewer?.activeOrganization ?? null;
  const admin = isAdminRole(activeRole);
  const ofSecretariat = !!active && active.id === secretariatId;
  return {
    viewer,
    active,
    admin,
    /** acting for the secretariat (any role) */
    ofSecretariat,
    /** an owner or administrator of the secretariat: decides */
    secretariat: ofSecretariat && admin,
  };
}
