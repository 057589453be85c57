import { useQuery } from '@apollo/client/react';
import { Badge, EmptyState, LinkButton, Loading, PageHeader, TableWrap } from '@commonground/web-ui';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { LoadMore, QueryError, useDocumentTitle } from '../../lib/components';
import { useFormatDay } from '../membership/membership-components';
import { AuditsQuery } from './smelters.documents';
import { CidText } from './smelters-components';
import './smelters.css';

const PAGE_SIZE = 25;

/** /smelters/audits — the audits the viewer sees: in full, or the summary of discoverable ones. */
export function AuditsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('smelters.audits.title'));
  const { viewer } = useSession();
  const day = useFormatDay();
  const { data, previousData, error, refetch, fetchMore } = useQuery(AuditsQuery, { variables: { first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const connection = (data ?? previousData)?.audits;
  return (
    <>
      <PageHeader
        title={t('smelters.audits.title')}
        description={t('smelters.audits.lead')}
        actions={
          viewer?.activeOrganization ? (
            <LinkButton href="/smelters/audits/new" variant="primary">
              {t('smelters.smelter.createAudit')}
            </LinkButton>
          ) : null
        }
      />
      {error && !connection ? (
        <QueryError error={error} retry={() => void refetch()} />
      ) : !connection ? (
        <Loading />
      ) : connection.edges.length === 0 ? (
        <EmptyState title={t('smelters.audits.none')} />
      ) : (
        <>
          <TableWrap label={t('smelters.audits.title')}>
            <table className="cg-table">
              <caption className="cg-visually-hidden">{t('smelters.audits.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('smelters.audit.smelter')}</th>
                  <th scope="col">{t('smelters.fields.cid')}</th>
                  <th scope="col">{t('smelters.auditForm.standard')}</th>
                  <th scope="col">{t('smelters.auditForm.type')}</th>
                  <th scope="col">{t('smelters.audit.owner')}</th>
                  <th scope="col">{t('smelters.auditForm.validUntil')}</th>
                  <th scope="col">{t('smelters.audits.access')}</th>
                </tr>
              </thead>
              <tbody>
                {connection.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <th scope="row">
                      <Link href={`/smelters/audits/${node.id}`}>{t('smelters.audits.auditOf', { smelter: node.smelter.name })}</Link>
                    </th>
                    <td>
                      <CidText cid={node.smelter.cid} />
                    </td>
                    <td>{t(`smelters.standard.${node.standard}`)}</td>
                    <td>{t(`smelters.auditType.${node.type}`)}</td>
                    <td>{node.owner.name}</td>
                    <td>{node.validUntil ? day(node.validUntil) : '—'}</td>
                    <td>
                      {node.viewerIsOwner ? (
                        <Badge tone="info">{t('smelters.audit.yours')}</Badge>
                      ) : node.viewerCanDownload ? (
                        <Badge tone="success">{t('smelters.audit.fullAccess')}</Badge>
                      ) : (
                        <Badge tone="neutral">{t('smelters.audits.summaryOnly')}</Badge>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <LoadMore shown={connection.edges.length} total={connection.totalCount} hasNextPage={connection.pageInfo.hasNextPage} onLoadMore={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })} />
        </>
      )}
    </>
  );
}
