import { Alert, Badge, Button, EmptyState, LinkButton, Loading } from '@commonground/web-ui';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { InitiativeMembershipStatus, OrganizationRole } from '../gql/graphql';
import { useSession } from '../app/session';
import { apiErrors, type ApiError } from './errors';

const TITLE_KEYS = {
  BAD_USER_INPUT: 'errors.BAD_USER_INPUT',
  UNAUTHENTICATED: 'errors.UNAUTHENTICATED',
  FORBIDDEN: 'errors.FORBIDDEN',
  NOT_FOUND: 'errors.NOT_FOUND',
  CONFLICT: 'errors.CONFLICT',
  RATE_LIMITED: 'errors.RATE_LIMITED',
  PAYLOAD_TOO_LARGE: 'errors.PAYLOAD_TOO_LARGE',
  SEARCH_UNAVAILABLE: 'errors.SEARCH_UNAVAILABLE',
  NETWORK: 'errors.NETWORK',
  INTERNAL_SERVER_ERROR: 'errors.INTERNAL_SERVER_ERROR',
} as const;

/** Codes whose server message is worth showing under the translated title. */
const SHOW_MESSAGE = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'PAYLOAD_TOO_LARGE']);

/** A visible alert (role="alert") for API errors that do not belong to one field. */
export function ErrorAlert({ error, errors }: { error?: unknown; errors?: readonly ApiError[] }) {
  const { t } = useTranslation();
  const list = errors ?? apiErrors(error);
  if (!list.length) return null;
  const first = list[0]!;
  const titleKey = TITLE_KEYS[first.code as keyof typeof TITLE_KEYS] ?? TITLE_KEYS.INTERNAL_SERVER_ERROR;
  const messages = [...new Set(list.filter((e) => SHOW_MESSAGE.has(e.code) && e.message).map((e) => e.message))];
  const wait = list.find((e) => e.code === 'RATE_LIMITED' && e.retryAfterSeconds)?.retryAfterSeconds;
  return (
    <Alert tone="error" title={t(titleKey)}>
      {messages.length ? messages.map((message) => <p key={message}>{message}</p>) : null}
      {wait ? <p>{t('errors.retryIn', { count: Math.max(1, Math.ceil(wait / 60)) })}</p> : null}
    </Alert>
  );
}

/** The error of a page's main query: "not found" gets its own page, the rest an alert. */
export function QueryError({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  if (apiErrors(error).some((e) => e.code === 'NOT_FOUND')) return <NotFoundContent />;
  return (
    <>
      <ErrorAlert error={error} />
      {retry ? (
        <Button variant="secondary" onPress={retry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </>
  );
}

export function NotFoundContent() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <LinkButton href="/" variant="primary">
        {t('notFound.home')}
      </LinkButton>
    </>
  );
}

/** "Showing 20 of 57" and a "Load more" button while there is more; reports its own failures. */
export function LoadMore({ shown, total, hasNextPage, onLoadMore }: { shown: number; total: number; hasNextPage: boolean; onLoadMore: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  return (
    <div className="cg-load-more">
      {hasNextPage || shown < total ? (
        <p className="cg-muted cg-small" aria-live="polite">
          {t('common.showing', { shown, total })}
        </p>
      ) : null}
      <ErrorAlert error={error} />
      {hasNextPage ? (
        <Button
          variant="secondary"
          isDisabled={loading}
          onPress={async () => {
            setLoading(true);
            setError(undefined);
            try {
              await onLoadMore();
            } catch (e) {
              setError(e);
            } finally {
              setLoading(false);
            }
          }}
        >
          {loading ? t('common.loading') : t('common.loadMore')}
        </Button>
      ) : null}
    </div>
  );
}

export function VerifiedBadge({ verified }: { verified: boolean }) {
  const { t } = useTranslation();
  if (!verified) return null;
  return (
    <Badge tone="success" title={t('org.verifiedHelp')}>
      <span aria-hidden="true">✓ </span>
      {t('org.verified')}
    </Badge>
  );
}

export function RoleBadge({ role }: { role: OrganizationRole }) {
  const { t } = useTranslation();
  return <Badge tone={role === 'MEMBER' ? 'neutral' : 'info'}>{t(`roles.${role}`)}</Badge>;
}

const STATUS_TONES = { APPLIED: 'warning', ACTIVE: 'success', SUSPENDED: 'danger', LEFT: 'neutral' } as const;

export function MembershipStatusBadge({ status }: { status: InitiativeMembershipStatus }) {
  const { t } = useTranslation();
  return <Badge tone={STATUS_TONES[status]}>{t(`memberStatus.${status}`)}</Badge>;
}

export function useFormatDate() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (value: string | null | undefined, withTime = false) => {
    if (!value) return '';
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return value;
    return new Intl.DateTimeFormat(language, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' }).format(date);
  };
}

export function useDocumentTitle(title: string | null | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · Common Ground` : 'Common Ground';
  }, [title]);
}

/** Renders its children for a signed-in reader; sends anyone else to sign in and back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { viewer, loading } = useSession();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!viewer) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}

export { EmptyState };
