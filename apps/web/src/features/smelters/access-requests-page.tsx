import { useQuery } from '@apollo/client/react';
import { Loading, PageHeader, Section } from '@commonground/web-ui';
import { useTranslation } from 'react-i18next';
import { QueryError, useDocumentTitle } from '../../lib/components';
import { RequestList } from './audit-page';
import { AccessRequestsQuery } from './smelters.documents';
import './smelters.css';

/** /smelters/access-requests — requests to read your audits (to decide), and your organization's requests. */
export function AccessRequestsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('smelters.access.pageTitle'));
  const incoming = useQuery(AccessRequestsQuery, { variables: { incoming: true }, fetchPolicy: 'cache-and-network' });
  const outgoing = useQuery(AccessRequestsQuery, { variables: { incoming: false }, fetchPolicy: 'cache-and-network' });
  return (
    <>
      <PageHeader title={t('smelters.access.pageTitle')} description={t('smelters.access.pageLead')} />
      <Section id="requests-incoming" title={t('smelters.access.incoming')}>
        {incoming.error && !incoming.data ? (
          <QueryError error={incoming.error} retry={() => void incoming.refetch()} />
        ) : !incoming.data ? (
          <Loading inline />
        ) : incoming.data.accessRequests.length ? (
          <RequestList requests={incoming.data.accessRequests} incoming showAudit />
        ) : (
          <p className="cg-muted">{t('smelters.access.noIncoming')}</p>
        )}
      </Section>
      <Section id="requests-outgoing" title={t('smelters.access.outgoing')}>
        {outgoing.error && !outgoing.data ? (
          <QueryError error={outgoing.error} retry={() => void outgoing.refetch()} />
        ) : !outgoing.data ? (
          <Loading inline />
        ) : outgoing.data.accessRequests.length ? (
          <RequestList requests={outgoing.data.accessRequests} incoming={false} showAudit />
        ) : (
          <p className="cg-muted">{t('smelters.access.noOutgoing')}</p>
        )}
      </Section>
    </>
  );
}
