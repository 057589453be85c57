import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, EmptyState, Loading, PageHeader, TableWrap } from '@commonground/web-ui';
import { useState } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { JointAuditFieldsFragment } from '../../gql/graphql';
import { ErrorAlert, QueryError, useDocumentTitle } from '../../lib/components';
import { useReference } from '../../lib/reference';
import { useFormatDay, useMoney } from '../membership/membership-components';
import { JoinJointAuditMutation, JointAuditsQuery } from './smelters.documents';
import { CidText, evictSmelterData, MetalName } from './smelters-components';
import './smelters.css';

/** /smelters/joint-audits — joint audits you sponsor or of smelters your suppliers report; join to share the cost. */
export function JointAuditsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('smelters.joint.title'));
  const { data, loading, error, refetch } = useQuery(JointAuditsQuery, { fetchPolicy: 'cache-and-network' });
  const list = data?.jointAudits;
  return (
    <>
      <PageHeader title={t('smelters.joint.title')} description={t('smelters.joint.lead')} />
      {error && !list ? (
        <QueryError error={error} retry={() => void refetch()} />
      ) : loading && !list ? (
        <Loading />
      ) : !list?.length ? (
        <EmptyState title={t('smelters.joint.none')}>
          <p>
            <Link href="/smelters/coverage?evidence=NONE">{t('smelters.joint.findCandidates')}</Link>
          </p>
        </EmptyState>
      ) : (
        <ul className="cg-cards cg-joint-list">
          {list.map((j) => (
            <JointAuditCard key={j.id} audit={j} />
          ))}
        </ul>
      )}
    </>
  );
}

function JointAuditCard({ audit }: { audit: JointAuditFieldsFragment }) {
  const { t } = useTranslation();
  const money = useMoney();
  const day = useFormatDay();
  const reference = useReference();
  const [join, { loading, error }] = useMutation(JoinJointAuditMutation, { update: evictSmelterData });
  const [joined, setJoined] = useState(false);
  const headingId = `joint-${audit.id}`;
  return (
    <li className="cg-card cg-joint" aria-labelledby={headingId}>
      <h2 id={headingId} className="cg-card__title">
        {t('smelters.joint.of', { smelter: audit.smelter.name })}
      </h2>
      <p className="cg-list__meta">
        <Link href={`/smelters/${audit.smelter.id}`}>{audit.smelter.name}</Link> · <CidText cid={audit.smelter.cid} /> · <MetalName metal={audit.smelter.metal} /> · {reference.country(audit.smelter.country)}
      </p>
      <p>
        {t('smelters.joint.proposedBy', { proposer: audit.proposer.name, date: day(audit.createdAt) })}{' '}
        {audit.viewerIsSponsor ? <Badge tone="success">{t('smelters.joint.youSponsor')}</Badge> : null}
      </p>
      <p>
        {audit.estimatedCost ? t('smelters.joint.cost', { amount: money.format(audit.estimatedCost) }) : t('smelters.joint.noCost')} · {t('smelters.joint.sponsorCount', { count: audit.sponsors.length })}
      </p>
      <TableWrap label={t('smelters.joint.sharesOf', { smelter: audit.smelter.name })}>
        <table className="cg-table">
          <caption>{t('smelters.joint.shares')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('smelters.joint.sponsor')}</th>
              <th scope="col">{t('smelters.joint.joined')}</th>
              <th scope="col" className="cg-num">
                {t('smelters.joint.share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {audit.shares.map((s) => (
              <tr key={s.organization.id}>
                <th scope="row">
                  <Link href={`/organizations/${s.organization.slug}`}>{s.organization.name}</Link>
                </th>
                <td>{day(s.joinedAt)}</td>
                <td className="cg-num">{s.amount ? money.format(s.amount) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <ErrorAlert error={error} />
      {joined ? <Alert tone="success" title={t('smelters.joint.joinedNow')} /> : null}
      {!audit.viewerIsSponsor && audit.status === 'PROPOSED' ? (
        <Button
          variant="primary"
          isDisabled={loading}
          aria-label={t('smelters.joint.joinOf', { smelter: audit.smelter.name })}
          onPress={async () => {
            try {
              await join({ variables: { id: audit.id } });
              setJoined(true);
            } catch {
              // shown above
            }
          }}
        >
          {t('smelters.joint.join')}
        </Button>
      ) : null}
    </li>
  );
}
