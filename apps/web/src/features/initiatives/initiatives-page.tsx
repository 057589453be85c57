import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, LinkButton, Loading, PageHeader, TextField } from '@commonground/web-ui';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isAdminRole, useSession } from '../../app/session';
import { LoadMore, MembershipStatusBadge, QueryError, useDocumentTitle, VerifiedBadge } from '../../lib/components';
import { InitiativesQuery } from './initiatives.documents';
import { useDebouncedSearchParam } from '../../lib/search-param';

const PAGE_SIZE = 20;

/** Whether the reader may start an initiative: an owner or administrator acting for a secretariat. */
export function useCanCreateInitiative(): boolean {
  const { viewer, activeRole } = useSession();
  return viewer?.activeOrganization?.kind === 'SECRETARIAT' && isAdminRole(activeRole);
}

export function InitiativesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('initiative.directoryTitle'));
  const canCreate = useCanCreateInitiative();
  const [, setParams] = useSearchParams();
  const [query, text, setText] = useDebouncedSearchParam();


  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(InitiativesQuery, {
    variables: { first: PAGE_SIZE, query: query || null },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.initiatives;

  return (
    <>
      <PageHeader
        title={t('initiative.directoryTitle')}
        description={t('initiative.directoryLead')}
        actions={canCreate ? <LinkButton href="/initiatives/new">{t('initiative.create')}</LinkButton> : null}
      />
      <div role="search" className="cg-filters" aria-label={t('initiative.searchLabel')}>
        <TextField label={t('initiative.search')} name="q" type="search" value={text} onChange={setText} placeholder={t('initiative.searchPlaceholder')} />
      </div>
      <div aria-live="polite" className="cg-muted cg-small cg-result-count">
        {connection ? t('initiative.count', { count: connection.totalCount }) : null}
      </div>
      {error ? (
        <QueryError error={error} retry={() => void refetch()} />
      ) : !connection ? (
        <Loading />
      ) : connection.edges.length === 0 ? (
        <EmptyState
          title={query ? t('initiative.noMatch') : t('initiative.none')}
          action={
            query ? (
              <Button
                onPress={() => {
                  setText('');
                  setParams(new URLSearchParams(), { replace: true });
                }}
              >
                {t('common.clearFilters')}
              </Button>
            ) : canCreate ? (
              <LinkButton href="/initiatives/new" variant="primary">
                {t('initiative.create')}
              </LinkButton>
            ) : null
          }
        />
      ) : (
        <>
          <ul className="cg-grid cg-cards" aria-busy={loading}>
            {connection.edges.map(({ node }) => (
              <li key={node.id} className="cg-card">
                <h2 className="cg-card__title">
                  <Link href={`/initiatives/${node.slug}`}>{node.name}</Link>
                </h2>
                <p className="cg-list__meta">
                  {t('initiative.runBy', { secretariat: node.secretariat.name })} <VerifiedBadge verified={node.secretariat.verified} />
                </p>
                {node.description ? <p className="cg-clamp">{node.description}</p> : null}
                <p className="cg-row cg-small">
                  <span>{t('initiative.memberCount', { count: node.memberCount })}</span>
                  {node.viewerMembership ? <MembershipStatusBadge status={node.viewerMembership.status} /> : null}
                </p>
              </li>
            ))}
          </ul>
          <LoadMore
            shown={connection.edges.length}
            total={connection.totalCount}
            hasNextPage={connection.pageInfo.hasNextPage}
            onLoadMore={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
          />
        </>
      )}
    </>
  );
}
