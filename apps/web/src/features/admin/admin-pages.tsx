import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, EmptyState, LinkifiedText, Loading, PageHeader, TextField } from '@commonground/web-ui';
import { useEffect, useState } from 'react';
import { Link, Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useSession } from '../../app/session';
import { ErrorAlert, LoadMore, QueryError, useDocumentTitle, useFormatDate, VerifiedBadge } from '../../lib/components';
import { useReference } from '../../lib/reference';
import { ActivityList } from './activity-list';
import { AdminOrganizationsQuery, MailOutboxQuery, VerifyOrganizationMutation } from './admin.documents';

const TABS = [
  { path: '/admin', key: 'admin.tabs.organizations' },
  { path: '/admin/mail', key: 'admin.tabs.mail' },
  { path: '/admin/activity', key: 'admin.tabs.activity' },
] as const;

export function AdminLayout() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const { pathname } = useLocation();
  useDocumentTitle(t('admin.title'));
  if (!viewer?.isPlatformAdmin) {
    return (
      <>
        <PageHeader title={t('admin.title')} />
        <Alert tone="error" title={t('errors.FORBIDDEN')}>
          <p>{t('admin.onlyPlatformAdmins')}</p>
        </Alert>
      </>
    );
  }
  const selected = TABS.find((tab) => tab.path === pathname.replace(/\/$/, ''))?.path ?? '/admin';
  return (
    <>
      <PageHeader title={t('admin.title')} description={t('admin.lead')} />
      <Tabs selectedKey={selected} className="cg-tabs">
        <TabList aria-label={t('admin.title')} className="cg-tablist">
          {TABS.map((tab) => (
            <Tab key={tab.path} id={tab.path} href={tab.path} className="cg-tab">
              {t(tab.key)}
            </Tab>
          ))}
        </TabList>
        <TabPanel id={selected}>
          <Outlet />
        </TabPanel>
      </Tabs>
    </>
  );
}

export function AdminOrganizationsPage() {
  const { t } = useTranslation();
  const reference = useReference();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(text.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [text]);
  const { data, previousData, error, refetch, fetchMore } = useQuery(AdminOrganizationsQuery, { variables: { first: 25, query: query || null }, fetchPolicy: 'cache-and-network' });
  const [verify] = useMutation(VerifyOrganizationMutation);
  const [busy, setBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const connection = (data ?? previousData)?.organizations;

  return (
    <section aria-labelledby="admin-organizations-title">
      <h2 id="admin-organizations-title">{t('admin.tabs.organizations')}</h2>
      <p className="cg-description">{t('admin.verifyHelp')}</p>
      <div role="search" className="cg-filters" aria-label={t('org.searchLabel')}>
        <TextField label={t('org.search')} name="adminSearch" type="search" value={text} onChange={setText} />
      </div>
      {notice ? <Alert tone="success" title={notice} /> : null}
      <ErrorAlert error={actionError} />
      {error ? (
        <QueryError error={error} retry={() => void refetch()} />
      ) : !connection ? (
        <Loading />
      ) : connection.edges.length === 0 ? (
        <EmptyState title={query ? t('org.noMatch') : t('org.none')} />
      ) : (
        <>
          <ul className="cg-list">
            {connection.edges.map(({ node }) => (
              <li key={node.id} className="cg-list__item">
                <div className="cg-list__main">
                  <Link href={`/organizations/${node.slug}`} className="cg-list__title">
                    {node.name}
                  </Link>{' '}
                  <VerifiedBadge verified={node.verified} />
                  <div className="cg-list__meta">
                    {reference.kind(node.kind)}
                    {node.country ? ` · ${reference.country(node.country)}` : ''}
                    {node.website ? ` · ${node.website}` : ''}
                  </div>
                </div>
                <div className="cg-list__actions">
                  {node.verified ? null : <Badge tone="warning">{t('org.notVerified')}</Badge>}
                  <Button
                    variant={node.verified ? 'secondary' : 'primary'}
                    isDisabled={busy !== null}
                    onPress={async () => {
                      setBusy(node.id);
                      setActionError(undefined);
                      setNotice(null);
                      try {
                        await verify({ variables: { id: node.id, verified: !node.verified } });
                        setNotice(node.verified ? t('admin.unverified', { organization: node.name }) : t('admin.verified', { organization: node.name }));
                      } catch (e) {
                        setActionError(e);
                      } finally {
                        setBusy(null);
                      }
                    }}
                  >
                    {node.verified ? t('admin.unverify') : t('admin.verify')}
                    <span className="cg-visually-hidden"> {node.name}</span>
                  </Button>
                </div>
              </li>
            ))}
          </ul>
          <LoadMore shown={connection.edges.length} total={connection.totalCount} hasNextPage={connection.pageInfo.hasNextPage} onLoadMore={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })} />
        </>
      )}
    </section>
  );
}

/** A link inside an e-mail: addresses of this site open inside the app. */
function MailLink({ href }: { href: string }) {
  let internal: string | null = null;
  try {
    const url = new URL(href);
    if (url.origin === window.location.origin || url.hostname === 'localhost' || url.hostname === '127.0.0.1') internal = `${url.pathname}${url.search}${url.hash}`;
  } catch {
    internal = null;
  }
  return internal ? <Link href={internal}>{href}</Link> : <a href={href} rel="noopener noreferrer">{href}</a>;
}

export function AdminMailPage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { data, loading, error, refetch, fetchMore } = useQuery(MailOutboxQuery, { variables: { first: 20 }, fetchPolicy: 'cache-and-network' });
  const connection = data?.mailOutbox;
  return (
    <section aria-labelledby="admin-mail-title">
      <div className="cg-section__header">
        <h2 id="admin-mail-title">{t('admin.tabs.mail')}</h2>
        <Button onPress={() => void refetch()} isDisabled={loading}>
          {t('common.refresh')}
        </Button>
      </div>
      <p className="cg-description">{t('admin.mailHelp')}</p>
      {error ? (
        <QueryError error={error} retry={() => void refetch()} />
      ) : !connection ? (
        <Loading />
      ) : connection.edges.length === 0 ? (
        <EmptyState title={t('admin.noMail')} />
      ) : (
        <>
          <ul className="cg-list">
            {connection.edges.map(({ node }) => (
              <li key={node.id}>
                <details className="cg-details">
                  <summary>
                    {node.subject} <span className="cg-muted cg-small">— {t('admin.mailTo', { to: node.to })}</span>
                  </summary>
                  <p className="cg-list__meta">
                    {t('admin.mailCreated', { date: formatDate(node.createdAt, true) })} ·{' '}
                    {node.sentAt ? t('admin.mailSent', { date: formatDate(node.sentAt, true), transport: node.transport }) : t('admin.mailNotSent')}
                  </p>
                  <LinkifiedText text={node.text} renderLink={(href) => <MailLink href={href} />} />
                </details>
              </li>
            ))}
          </ul>
          <LoadMore shown={connection.edges.length} total={connection.totalCount} hasNextPage={connection.pageInfo.hasNextPage} onLoadMore={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })} />
        </>
      )}
    </section>
  );
}

export function AdminActivityPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="admin-activity-title">
      <h2 id="admin-activity-title">{t('admin.tabs.activity')}</h2>
      <p className="cg-description">{t('admin.activityHelp')}</p>
      <ActivityList />
    </section>
  );
}
