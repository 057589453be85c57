import { useQuery } from '@apollo/client/react';
import { EmptyState, Loading } from '@commonground/web-ui';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LoadMore, QueryError, useFormatDate } from '../../lib/components';
import { ActivityLogQuery } from './admin.documents';

/** "POOL_PAYMENT_RECORDED" as "Pool payment recorded": only for entries older than their label. */
function humanize(code: string): string {
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function detailsText(details: unknown): string {
  if (details == null) return '';
  if (typeof details !== 'object') return String(details);
  return Object.entries(details as Record<string, unknown>)
    .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .join(', ');
}

/** The activity log: for a platform administrator everything, for an organization administrator their organization. */
export function ActivityList({ pageSize = 50, compact }: { pageSize?: number; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  const { data, loading, error, refetch, fetchMore } = useQuery(ActivityLogQuery, { variables: { first: pageSize }, fetchPolicy: 'cache-and-network' });
  const connection = data?.activityLog;
  const actionLabel = (action: string) =>
    i18n.exists(`activity.actions.${action}`) ? t(`activity.actions.${action as 'SIGN_IN'}`) : humanize(action);

  if (loading && !connection) return <Loading />;
  if (error) return <QueryError error={error} retry={() => void refetch()} />;
  if (!connection || connection.edges.length === 0) return <EmptyState title={t('activity.none')} />;

  return (
    <>
      <div className="cg-table-wrap" tabIndex={0} role="region" aria-label={t('activity.entries')}>
        <table className="cg-table">
          <caption className="cg-visually-hidden">{t('activity.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('activity.when')}</th>
              <th scope="col">{t('activity.what')}</th>
              <th scope="col">{t('activity.who')}</th>
              {compact ? null : <th scope="col">{t('activity.organization')}</th>}
              <th scope="col">{t('activity.details')}</th>
            </tr>
          </thead>
          <tbody>
            {connection.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>
                  <time dateTime={node.at}>{formatDate(node.at, true)}</time>
                </td>
                <td>{actionLabel(node.action)}</td>
                <td>{node.user ? `${node.user.name} (${node.user.email})` : <span className="cg-muted">{t('activity.nobody')}</span>}</td>
                {compact ? null : <td>{node.organization ? <Link href={`/organizations/${node.organization.slug}`}>{node.organization.name}</Link> : ''}</td>}
                <td className="cg-small">
                  {node.targetType ? `${node.targetType}${node.targetId ? ` ${node.targetId.slice(0, 8)}` : ''}` : ''}
                  {node.details ? <div className="cg-muted">{detailsText(node.details)}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <LoadMore shown={connection.edges.length} total={connection.totalCount} hasNextPage={connection.pageInfo.hasNextPage} onLoadMore={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })} />
    </>
  );
}
