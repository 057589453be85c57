import { useQuery } from '@apollo/client/react';
import { Button, ComboBoxField, EmptyState, Loading, PageHeader, SelectField, TableWrap, TextField } from '@commonground/web-ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../app/session';
import type { AssessmentStatus, Metal } from '../../gql/graphql';
import { LoadMore, QueryError, useDocumentTitle } from '../../lib/components';
import { useReference } from '../../lib/reference';
import { useDebouncedSearchParam } from '../../lib/search-param';
import { SmelterListQuery } from './smelters.documents';
import { CidText, MetalName, METALS, SmelterLink, SmelterStatus, STATUSES } from './smelters-components';
import './smelters.css';

const PAGE_SIZE = 25;
const ALL = 'ALL';

/** /smelters — the registry: search names, aliases and CIDs; filter by metal, country and status. */
export function RegistryPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('smelters.registry.title'));
  const { viewer } = useSession();
  const reference = useReference();
  const [params, setParams] = useSearchParams();
  const [query, text, setText] = useDebouncedSearchParam();
  const metal = METALS.includes(params.get('metal') as Metal) ? (params.get('metal') as Metal) : null;
  const status = STATUSES.includes(params.get('status') as AssessmentStatus) ? (params.get('status') as AssessmentStatus) : null;
  const country = params.get('country');
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(SmelterListQuery, {
    variables: { query: query || null, metals: metal ? [metal] : null, countries: country ? [country] : null, statuses: status ? [status] : null, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.smelters;
  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value && value !== ALL) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const filtered = !!(query || metal || status || country);
  const clear = () => {
    setText('');
    setParams(new URLSearchParams());
  };

  return (
    <>
      <PageHeader title={t('smelters.registry.title')} description={t('smelters.registry.lead')} />
      {!viewer?.activeOrganization ? <p className="cg-description">{t('smelters.registry.signedOutHelp')}</p> : null}
      <div role="search" aria-label={t('smelters.registry.searchLabel')} className="cg-filters cg-smelter-filters">
        <TextField label={t('smelters.registry.search')} name="q" type="search" value={text} onChange={setText} placeholder={t('smelters.registry.searchPlaceholder')} />
        <SelectField
          label={t('smelters.fields.metal')}
          name="metal"
          options={[{ id: ALL, label: t('smelters.registry.allMetals') }, ...METALS.map((m) => ({ id: m, label: t(`smelters.metal.${m}`) }))]}
          value={metal ?? ALL}
          onChange={(v) => setParam('metal', v)}
        />
        <ComboBoxField label={t('smelters.fields.country')} name="country" options={reference.countries} value={country} onChange={(v) => setParam('country', v)} placeholder={t('smelters.registry.anyCountry')} />
        <SelectField
          label={t('smelters.fields.status')}
          name="status"
          options={[{ id: ALL, label: t('smelters.registry.allStatuses') }, ...STATUSES.map((s) => ({ id: s, label: t(`smelters.status.${s}`) }))]}
          value={status ?? ALL}
          onChange={(v) => setParam('status', v)}
        />
      </div>
      <section aria-labelledby="registry-results-title" className="cg-section">
        <div className="cg-section__header">
          <h2 id="registry-results-title">{t('smelters.registry.results')}</h2>
          {filtered ? (
            <Button variant="quiet" onPress={clear}>
              {t('common.clearFilters')}
            </Button>
          ) : null}
        </div>
        <p aria-live="polite" className="cg-muted cg-small">
          {connection ? t('smelters.registry.count', { count: connection.totalCount }) : null}
        </p>
        {error ? (
          <QueryError error={error} retry={() => void refetch()} />
        ) : !connection ? (
          <Loading />
        ) : connection.edges.length === 0 ? (
          <EmptyState title={t('smelters.registry.none')} />
        ) : (
          <>
            <TableWrap label={t('smelters.registry.results')}>
              <table className="cg-table" aria-busy={loading}>
                <caption className="cg-visually-hidden">{t('smelters.registry.results')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('smelters.fields.cid')}</th>
                    <th scope="col">{t('smelters.fields.name')}</th>
                    <th scope="col">{t('smelters.fields.metal')}</th>
                    <th scope="col">{t('smelters.fields.country')}</th>
                    <th scope="col">{t('smelters.fields.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {connection.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <td>
                        <CidText cid={node.cid} />
                      </td>
                      <th scope="row">
                        <SmelterLink smelter={node} />
                      </th>
                      <td>
                        <MetalName metal={node.metal} />
                      </td>
                      <td>{reference.country(node.country)}</td>
                      <td>
                        <SmelterStatus status={node.status} asOf={node.statusAsOf} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            <LoadMore shown={connection.edges.length} total={connection.totalCount} hasNextPage={connection.pageInfo.hasNextPage} onLoadMore={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })} />
          </>
        )}
      </section>
    </>
  );
}
