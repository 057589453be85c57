import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, ConfirmButton, EmptyState, LinkButton, Loading, PageHeader, Section } from '@commonground/web-ui';
import { useId, useState } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SavedSearchesQuery as SavedSearchesData } from '../../gql/graphql';
import { ErrorAlert, QueryError, useDocumentTitle, useFormatDate } from '../../lib/components';
import { useFundingReference } from '../funding/funding-components';
import { useLanguageName } from '../glossary/glossary-helpers';
import { CreateFeedTokenMutation, DeleteSavedSearchMutation, RevokeFeedTokenMutation, SavedSearchesQuery } from './calls.documents';
import { evictCallLists } from './calls-components';
import { activeWindow, feedPath, filterFromJson, filterToParams, withToken, type CallsFilter } from './calls-filter';
import './calls.css';

type Saved = SavedSearchesData['savedSearches'][number];

/** "mercury, in Grants, Webinars; minerals: gold" — a saved search's filter in words. */
function useFilterSummary() {
  const { t } = useTranslation();
  const reference = useFundingReference();
  const languageName = useLanguageName();
  const formatDate = useFormatDate();
  return (filter: CallsFilter): string => {
    const parts: string[] = [];
    if (filter.query) parts.push(t('calls.summary.query', { query: filter.query }));
    if (filter.kinds.length) parts.push(t('calls.summary.kinds', { list: reference.list(filter.kinds.map((k) => t(`calls.kind.${k as 'GRANT'}`, { defaultValue: k }))) }));
    if (filter.statuses.length) parts.push(t('calls.summary.statuses', { list: reference.list(filter.statuses.map((s) => t(`calls.status.${s as 'PUBLISHED'}`, { defaultValue: s }))) }));
    if (filter.minerals.length) parts.push(t('calls.summary.minerals', { list: reference.list(filter.minerals.map(reference.mineral)) }));
    if (filter.themes.length) parts.push(t('calls.summary.themes', { list: reference.list(filter.themes.map(reference.theme)) }));
    if (filter.regions.length || filter.countries.length) parts.push(t('calls.summary.places', { list: reference.list([...filter.regions.map(reference.region), ...filter.countries.map(reference.country)]) }));
    if (filter.languages.length) parts.push(t('calls.summary.languages', { list: reference.list(filter.languages.map(languageName)) }));
    if (filter.publisherIds.length) parts.push(t('calls.summary.publishers', { count: filter.publisherIds.length }));
    const days = activeWindow(filter);
    if (days) parts.push(t('calls.facets.within', { count: days }));
    else if (filter.deadlineAfter || filter.deadlineBefore) parts.push(t('calls.summary.deadline', { from: formatDate(filter.deadlineAfter) || '…', to: formatDate(filter.deadlineBefore) || '…' }));
    return parts.length ? parts.join('; ') : t('calls.summary.everything');
  };
}

/** A feed address to copy: a read-only text box and a copy button. */
function CopyableUrl({ label, url }: { label: string; url: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="cg-copyable">
      <label htmlFor={id} className="cg-label">
        {label}
      </label>
      <div className="cg-copyable__row">
        <input id={id} className="cg-input" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <Button
          variant="secondary"
          onPress={async () => {
            try {
              await navigator.clipboard.writeText(url);
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
        >
          {t('calls.saved.copy')}
          <span className="cg-visually-hidden"> {label}</span>
        </Button>
      </div>
      <p className="cg-small cg-muted" aria-live="polite">
        {copied ? t('calls.saved.copied') : ''}
      </p>
    </div>
  );
}

const absolute = (path: string) => `${window.location.origin}${path}`;

/** /calls/saved — saved searches with their feeds, and the private feed token. */
export function SavedSearchesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('calls.saved.title'));
  const { data, loading, error, refetch } = useQuery(SavedSearchesQuery, { fetchPolicy: 'cache-and-network' });
  const [token, setToken] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (loading && !data) return <Loading />;
  if (error && !data) return <QueryError error={error} retry={() => void refetch()} />;
  const searches = data?.savedSearches ?? [];
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/calls">{t('calls.title')}</Link>}
        title={t('calls.saved.title')}
        description={t('calls.saved.lead')}
        actions={
          <LinkButton href="/calls" variant="secondary">
            {t('calls.saved.browse')}
          </LinkButton>
        }
      />
      {notice ? <Alert tone="success" title={notice} /> : null}
      <Section id="saved-searches" title={t('calls.saved.listTitle')}>
        {searches.length === 0 ? (
          <EmptyState
            title={t('calls.saved.none')}
            action={
              <LinkButton href="/calls" variant="primary">
                {t('calls.saved.browse')}
              </LinkButton>
            }
          >
            <p>{t('calls.saved.noneHelp')}</p>
          </EmptyState>
        ) : (
          <ul className="cg-cards cg-saved-list">
            {searches.map((s) => (
              <SavedSearchCard key={s.id} search={s} token={token} onDeleted={(name) => setNotice(t('calls.saved.deleted', { name }))} />
            ))}
          </ul>
        )}
      </Section>
      <FeedTokenSection live={data?.feedToken ?? null} token={token} onToken={setToken} />
    </>
  );
}

function SavedSearchCard({ search, token, onDeleted }: { search: Saved; token: string | null; onDeleted: (name: string) => void }) {
  const { t } = useTranslation();
  const summary = useFilterSummary();
  const formatDate = useFormatDate();
  const [remove, { loading }] = useMutation(DeleteSavedSearchMutation, { update: evictCallLists });
  const [error, setError] = useState<unknown>(undefined);
  const filter = filterFromJson(search.filter);
  const query = filterToParams(filter).toString();
  const url = (u: string) => (token ? withToken(u, token) : u);
  return (
    <li className="cg-card">
      <h3 className="cg-card__title">{search.name}</h3>
      <p className="cg-small">
        {t(`calls.frequency.${search.frequency}`)} · {t('calls.saved.since', { date: formatDate(search.createdAt) })}
        {search.lastDigestAt ? ` · ${t('calls.saved.lastDigest', { date: formatDate(search.lastDigestAt, true) })}` : ''}
      </p>
      <p>{summary(filter)}</p>
      <ErrorAlert error={error} />
      <div className="cg-row">
        <LinkButton href={`/calls${query ? `?${query}` : ''}`} variant="primary">
          {t('calls.saved.open')}
          <span className="cg-visually-hidden"> {search.name}</span>
        </LinkButton>
        <ConfirmButton
          label={
            <>
              {t('calls.saved.delete')}
              <span className="cg-visually-hidden"> {search.name}</span>
            </>
          }
          title={t('calls.saved.deleteTitle', { name: search.name })}
          message={t('calls.saved.deleteMessage')}
          confirmLabel={t('calls.saved.delete')}
          isDisabled={loading}
          onConfirm={async () => {
            setError(undefined);
            try {
              await remove({ variables: { id: search.id } });
              onDeleted(search.name);
            } catch (e) {
              setError(e);
            }
          }}
        />
      </div>
      <details className="cg-details">
        <summary>{t('calls.saved.feeds', { name: search.name })}</summary>
        {token ? <p className="cg-small">{t('calls.saved.feedsWithToken')}</p> : null}
        <CopyableUrl label={t('calls.saved.rssOf', { name: search.name })} url={url(search.rssUrl)} />
        <CopyableUrl label={t('calls.saved.atomOf', { name: search.name })} url={url(search.atomUrl)} />
        <CopyableUrl label={t('calls.saved.calendarOf', { name: search.name })} url={url(search.calendarUrl)} />
      </details>
    </li>
  );
}

function FeedTokenSection({ live, token, onToken }: { live: SavedSearchesData['feedToken']; token: string | null; onToken: (token: string | null) => void }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [create, creating] = useMutation(CreateFeedTokenMutation, { refetchQueries: ['SavedSearches'] });
  const [revoke, revoking] = useMutation(RevokeFeedTokenMutation, { refetchQueries: ['SavedSearches'] });
  const [error, setError] = useState<unknown>(undefined);
  const all: CallsFilter = filterFromJson({});
  const make = async () => {
    setError(undefined);
    try {
      const result = await create();
      onToken(result.data?.createFeedToken ?? null);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Section id="feed-token" title={t('calls.token.title')}>
      <p>{t('calls.token.help')}</p>
      <p className="cg-description">{t('calls.token.secret')}</p>
      <ErrorAlert error={error} />
      {token ? (
        <Alert tone="warning" title={t('calls.token.shownOnce')}>
          <CopyableUrl label={t('calls.token.token')} url={token} />
          <CopyableUrl label={t('calls.token.rss')} url={absolute(feedPath(all, 'rss', token))} />
          <CopyableUrl label={t('calls.token.atom')} url={absolute(feedPath(all, 'atom', token))} />
          <CopyableUrl label={t('calls.token.calendar')} url={absolute(feedPath(all, 'ics', token))} />
        </Alert>
      ) : null}
      {live ? (
        <>
          <p>
            {t('calls.token.live', { created: formatDate(live.createdAt, true) })}{' '}
            {live.lastUsedAt ? t('calls.token.lastUsed', { used: formatDate(live.lastUsedAt, true) }) : t('calls.token.neverUsed')}
          </p>
          <div className="cg-row">
            <ConfirmButton
              label={t('calls.token.replace')}
              title={t('calls.token.replaceTitle')}
              message={t('calls.token.replaceMessage')}
              confirmLabel={t('calls.token.replace')}
              confirmVariant="primary"
              isDisabled={creating.loading}
              onConfirm={make}
            />
            <ConfirmButton
              label={t('calls.token.revoke')}
              title={t('calls.token.revokeTitle')}
              message={t('calls.token.revokeMessage')}
              confirmLabel={t('calls.token.revoke')}
              isDisabled={revoking.loading}
              onConfirm={async () => {
                setError(undefined);
                try {
                  await revoke();
                  onToken(null);
                } catch (e) {
                  setError(e);
                }
              }}
            />
          </div>
        </>
      ) : (
        <Button variant="primary" isDisabled={creating.loading} onPress={() => void make()}>
          {t('calls.token.create')}
        </Button>
      )}
    </Section>
  );
}
