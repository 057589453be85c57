import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, LinkButton, Loading, PageHeader, SelectField, TextField } from '@commonground/web-ui';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { OrganizationKind } from '../../gql/graphql';
import { useSession } from '../../app/session';
import { LoadMore, QueryError, useDocumentTitle, VerifiedBadge } from '../../lib/components';
import { useReference } from '../../lib/reference';
import { OrganizationsQuery } from './organizations.documents';
import { useDebouncedSearchParam } from '../../lib/search-param';

const PAGE_SIZE = 20;
const ALL = 'ALL';

export function OrganizationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('org.directoryTitle'));
  const { viewer } = useSession();
  const reference = useReference();
  const [params, setParams] = useSearchParams();
  const [query, text, setText] = useDebouncedSearchParam();
  const kind = params.get('kind');


  const variables = { first: PAGE_SIZE, query: query || null, kinds: kind ? [kind as OrganizationKind] : null };
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(OrganizationsQuery, { variables, notifyOnNetworkStatusChange: true });
  const connection = (data ?? previousData)?.organizations;
  const filtered = Boolean(query || kind);

  const setKind = (value: string | null) => {
    const next = new URLSearchParams(params);
    if (value && value !== ALL) next.set('kind', value);
    else next.delete('kind');
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader
        title={t('org.directoryTitle')}
        description={t('org.directoryLead')}
        actions={viewer ? <LinkButton href="/organizations/new">{t('org.create')}</LinkButton> : null}
      />
      <div role="search" className="cg-filters" aria-label={t('org.searchLabel')}>
        <TextField label={t('org.search')} name="q" type="search" value={text} onChange={setText} placeholder={t('org.searchPlaceholder')} />
        <SelectField
          label={t('fields.kind')}
          name="kind"
          options={[{ id: ALL, label: t('org.allKinds') }, ...reference.kinds]}
          value={kind ?? ALL}
          onChange={setKind}
        />
      </div>
      <div aria-live="polite" className="cg-muted cg-small cg-result-count">
        {connection ? t('org.count', { count: connection.totalCount }) : null}
      </div>
      {error ? (
        <QueryError error={error} retry={() => void refetch()} />
      ) : !connection ? (
        <Loading />
      ) : connection.edges.length === 0 ? (
        <EmptyState
          title={filtered ? t('org.noMatch') : t('org.none')}
          action={
            filtered ? (
              <Button
                onPress={() => {
                  setText('');
                  setParams(new URLSearchParams(), { replace: true });
                }}
              >
                {t('common.clearFilters')}
              </Button>
            ) : null
          }
        />
      ) : (
        <>
          <ul className="cg-grid cg-cards" aria-busy={loading}>
            {connection.edges.map(({ node }) => (
              <li key={node.id} className="cg-card">
                <h2 className="cg-card__title">
                  <Link href={`/organizations/${node.slug}`}>{node.name}</Link>
                </h2>
                <p className="cg-list__meta">
                  {reference.kind(node.kind)}
                  {node.country ? ` · ${reference.country(node.country)}` : ''}
                </p>
                <VerifiedBadge verified={node.verified} />
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
