import { useQuery } from '@apollo/client/react';
import { Alert, Badge, DefinitionList, DialogButton, LinkButton, Loading, PageHeader, Section } from '@commonground/web-ui';
import { useState } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useSession } from '../../app/session';
import type { AccessRequestFieldsFragment, SmelterQuery as SmelterData } from '../../gql/graphql';
import { NotFoundContent, QueryError, useDocumentTitle } from '../../lib/components';
import { useReference } from '../../lib/reference';
import { useFormatDay } from '../membership/membership-components';
import { RequestAccessForm } from './access-components';
import { ProposeJointAuditButton } from './joint-audit-components';
import { AccessRequestsQuery, JointAuditsQuery, SmelterEvidenceQuery, SmelterQuery } from './smelters.documents';
import { AccessRequestBadge, CidText, EvidenceBadge, MetalName, SmelterStatus, useAuditTitle } from './smelters-components';
import { SmelterConcernCounts } from '../concerns/smelter-concern-counts';
import './smelters.css';

type Smelter = NonNullable<SmelterData['smelter']>;
type AuditNode = Smelter['audits']['edges'][number]['node'];

/** /smelters/:id — a smelter: names, status, location, who reports it, its audits. */
export function SmelterPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { viewer } = useSession();
  const acting = !!viewer?.activeOrganization;
  const reference = useReference();
  const day = useFormatDay();
  const { data, loading, error, refetch } = useQuery(SmelterQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const evidence = useQuery(SmelterEvidenceQuery, { skip: !acting, fetchPolicy: 'cache-and-network' });
  const joint = useQuery(JointAuditsQuery, { skip: !acting, fetchPolicy: 'cache-and-network' });
  const requests = useQuery(AccessRequestsQuery, { variables: { incoming: false }, skip: !acting, fetchPolicy: 'cache-and-network' });
  const [proposed, setProposed] = useState(false);
  const smelter = data?.smelter;
  useDocumentTitle(smelter?.name ?? t('smelters.registry.title'));
  if (loading && !smelter) return <Loading />;
  if (error && !smelter) return <QueryError error={error} retry={() => void refetch()} />;
  if (!smelter) return <NotFoundContent />;

  const myEvidence = evidence.data?.coverage.smelters.find((s) => s.smelter.id === smelter.id)?.evidence ?? null;
  const openJoint = joint.data?.jointAudits.find((j) => j.smelter.id === smelter.id && j.status === 'PROPOSED');
  const location = [smelter.city, smelter.stateProvince, reference.country(smelter.country)].filter(Boolean).join(', ');

  return (
    <>
      <PageHeader
        eyebrow={
          <>
            <CidText cid={smelter.cid} /> · <MetalName metal={smelter.metal} />
          </>
        }
        title={smelter.name}
        actions={
          acting ? (
            <LinkButton href={`/smelters/audits/new?smelter=${smelter.id}`} variant="secondary">
              {t('smelters.smelter.createAudit')}
            </LinkButton>
          ) : null
        }
      />
      <Section id="smelter-about" title={t('smelters.smelter.about')}>
        <DefinitionList
          items={[
            { term: t('smelters.fields.cid'), value: <CidText cid={smelter.cid} /> },
            { term: t('smelters.fields.metal'), value: <MetalName metal={smelter.metal} /> },
            { term: t('smelters.fields.status'), value: <SmelterStatus status={smelter.status} asOf={smelter.statusAsOf} /> },
            { term: t('smelters.fields.location'), value: location || '—' },
            { term: t('smelters.fields.source'), value: smelter.source },
            ...(myEvidence ? [{ term: t('smelters.smelter.yourEvidence'), value: <EvidenceBadge evidence={myEvidence} /> }] : []),
          ]}
        />
        <h3>{t('smelters.smelter.aliases')}</h3>
        {smelter.aliases.length ? (
          <ul className="cg-smelter-aliases">
            {smelter.aliases.map((alias) => (
              <li key={alias}>{alias}</li>
            ))}
          </ul>
        ) : (
          <p className="cg-muted">{t('smelters.smelter.noAliases')}</p>
        )}
      </Section>
      <SmelterConcernCounts smelterId={smelter.id} />

      {acting ? (
        <Section id="smelter-reported" title={t('smelters.smelter.reportedBy')}>
          {smelter.reportedBy.length ? (
            <ul className="cg-list">
              {smelter.reportedBy.map((company) => (
                <li key={company}>{company}</li>
              ))}
            </ul>
          ) : (
            <p className="cg-muted">{t('smelters.smelter.reportedByNone')}</p>
          )}
          {myEvidence === 'NONE' ? (
            <div className="cg-smelter-joint">
              {proposed ? <Alert tone="success" title={t('smelters.joint.proposed')} /> : null}
              {openJoint ? (
                <p>
                  {openJoint.viewerIsSponsor ? t('smelters.smelter.jointSponsored') : t('smelters.smelter.jointOpen', { proposer: openJoint.proposer.name })}{' '}
                  <Link href="/smelters/joint-audits">{t('smelters.smelter.seeJoint')}</Link>
                </p>
              ) : (
                <>
                  <p>{t('smelters.smelter.noEvidence')}</p>
                  <ProposeJointAuditButton
                    smelter={smelter}
                    variant="primary"
                    onDone={() => {
                      setProposed(true);
                      void joint.refetch();
                    }}
                  />
                </>
              )}
            </div>
          ) : null}
        </Section>
      ) : null}

      <Section id="smelter-audits" title={t('smelters.smelter.audits')}>
        {smelter.audits.edges.length === 0 ? (
          <p className="cg-muted">{viewer ? t('smelters.smelter.noAudits') : t('smelters.smelter.noAuditsSignedOut')}</p>
        ) : (
          <ul className="cg-cards cg-audit-list">
            {smelter.audits.edges.map(({ node }) => (
              <SmelterAuditCard key={node.id} audit={node} requests={requests.data?.accessRequests ?? []} canRequest={acting} onRequested={() => void requests.refetch()} day={day} />
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

function SmelterAuditCard({
  audit,
  requests,
  canRequest,
  onRequested,
  day,
}: {
  audit: AuditNode;
  requests: readonly AccessRequestFieldsFragment[];
  canRequest: boolean;
  onRequested: () => void;
  day: (value: string) => string;
}) {
  const { t } = useTranslation();
  const title = useAuditTitle()(audit);
  const mine = requests.filter((r) => r.audit.id === audit.id);
  const latest = mine[0];
  const [sent, setSent] = useState(false);
  const full = audit.viewerCanDownload;
  const mayAsk = canRequest && !full && !audit.viewerIsOwner && (!latest || latest.status === 'DENIED' || latest.status === 'EXPIRED');
  return (
    <li className="cg-card">
      <h3 className="cg-card__title">
        <Link href={`/smelters/audits/${audit.id}`}>{title}</Link>
      </h3>
      <p className="cg-list__meta">
        {t('smelters.audit.by', { owner: audit.owner.name })}
        {audit.validUntil ? ` · ${t('smelters.audit.validUntilShort', { date: day(audit.validUntil) })}` : ''}
        {audit.completedOn ? ` · ${t('smelters.audit.completedShort', { date: day(audit.completedOn) })}` : ''}
      </p>
      {full ? (
        <>
          {audit.outcome ? <p>{audit.outcome}</p> : null}
          {audit.summary ? <p className="cg-clamp">{audit.summary}</p> : null}
          <Badge tone="success">{audit.viewerIsOwner ? t('smelters.audit.yours') : t('smelters.audit.fullAccess')}</Badge>
        </>
      ) : (
        <p className="cg-small cg-muted">{t('smelters.audit.summaryOnly')}</p>
      )}
      {latest && !full ? (
        <p className="cg-small">
          {t('smelters.access.yourRequest')} <AccessRequestBadge status={latest.status} />
        </p>
      ) : null}
      {sent ? <Alert tone="success" title={t('smelters.access.sent')} /> : null}
      {mayAsk && !sent ? (
        <DialogButton label={t('smelters.access.request')} title={t('smelters.access.requestTitle')}>
          {(close) => (
            <RequestAccessForm
              auditId={audit.id}
              onCancel={close}
              onDone={() => {
                close();
                setSent(true);
                onRequested();
              }}
            />
          )}
        </DialogButton>
      ) : null}
    </li>
  );
}
