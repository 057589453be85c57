import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, ConfirmButton, EmptyState, LinkButton, Loading, PageHeader, Section } from '@commonground/web-ui';
import { useState } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { InitiativeMembershipStatus, InitiativeQuery } from '../../gql/graphql';
import { isAdminRole, useSession } from '../../app/session';
import { ErrorAlert, LoadMore, MembershipStatusBadge, NotFoundContent, QueryError, useDocumentTitle, useFormatDate, VerifiedBadge } from '../../lib/components';
import { useReference } from '../../lib/reference';
import { CostPoolsSection } from '../membership/pools-section';
import { TiersSection } from '../membership/tiers-section';
import { ApplyToInitiativeMutation, InitiativeQuery as InitiativeDocument, SetInitiativeMemberStatusMutation } from './initiatives.documents';

const PAGE_SIZE = 50;
const ORDER: Record<InitiativeMembershipStatus, number> = { APPLIED: 0, ACTIVE: 1, SUSPENDED: 2, LEFT: 3 };

type Initiative = NonNullable<InitiativeQuery['initiative']>;

export function InitiativePage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const location = useLocation();
  const { data, loading, error, refetch, fetchMore } = useQuery(InitiativeDocument, { variables: { slug, first: PAGE_SIZE } });
  const initiative = data?.initiative;
  useDocumentTitle(initiative?.name ?? t('initiative.directoryTitle'));

  if (loading && !initiative) return <Loading />;
  if (error) return <QueryError error={error} retry={() => void refetch()} />;
  if (!initiative) return <NotFoundContent />;
  const created = (location.state as { created?: boolean } | null)?.created;
  const activeMembers = initiative.members.edges.filter((edge) => edge.node.status === 'ACTIVE').map((edge) => ({ id: edge.node.organization.id, name: edge.node.organization.name }));

  return (
    <>
      {created ? <Alert tone="success" title={t('initiative.created', { name: initiative.name })} /> : null}
      <PageHeader
        eyebrow={t('initiative.eyebrow')}
        title={initiative.name}
        description={
          <>
            {t('initiative.runByPrefix')} <Link href={`/organizations/${initiative.secretariat.slug}`}>{initiative.secretariat.name}</Link>{' '}
            <VerifiedBadge verified={initiative.secretariat.verified} /> · {t('initiative.memberCount', { count: initiative.memberCount })}
          </>
        }
      />
      <div className="cg-two-columns">
        <div>
          <Section id="about" title={t('initiative.about')}>
            {initiative.description ? (
              <div className="cg-prose">
                {initiative.description.split(/\n{2,}/).map((paragraph, index) => (
                  <p key={index}>{paragraph}</p>
                ))}
              </div>
            ) : (
              <p className="cg-muted">{t('initiative.noDescription')}</p>
            )}
          </Section>
          <TiersSection initiative={initiative} activeMembers={activeMembers} onMembershipChanged={() => refetch()} />
          <CostPoolsSection initiative={initiative} activeMembers={activeMembers} />
          <MembersList initiative={initiative} onChanged={() => refetch()} onLoadMore={() => fetchMore({ variables: { after: initiative.members.pageInfo.endCursor } })} />
        </div>
        <div>
          <MembershipPanel initiative={initiative} onChanged={() => refetch()} />
        </div>
      </div>
    </>
  );
}

/** What the reader's active organization can do about this initiative. */
function MembershipPanel({ initiative, onChanged }: { initiative: Initiative; onChanged: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { viewer, activeRole } = useSession();
  const formatDate = useFormatDate();
  const [apply, { loading: applying }] = useMutation(ApplyToInitiativeMutation);
  const [setStatus] = useMutation(SetInitiativeMemberStatusMutation);
  const [error, setError] = useState<unknown>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const active = viewer?.activeOrganization ?? null;
  const admin = isAdminRole(activeRole);
  const membership = initiative.viewerMembership;

  let content;
  if (!viewer) {
    content = (
      <>
        <p>{t('initiative.signInToApply')}</p>
        <LinkButton href={`/sign-in?next=${encodeURIComponent(`/initiatives/${initiative.slug}`)}`} variant="primary">
          {t('auth.signIn')}
        </LinkButton>
      </>
    );
  } else if (!active) {
    content = <p>{t('initiative.noActiveOrganization')}</p>;
  } else if (active.id === initiative.secretariat.id) {
    content = <p>{admin ? t('initiative.youRunItAdmin', { organization: active.name }) : t('initiative.youRunIt', { organization: active.name })}</p>;
  } else if (membership?.status === 'ACTIVE') {
    content = (
      <>
        <p>
          <MembershipStatusBadge status="ACTIVE" /> {t('initiative.memberSince', { organization: active.name, date: formatDate(membership.joinedAt) })}
        </p>
        {admin ? (
          <ConfirmButton
            label={t('initiative.leave')}
            title={t('initiative.leaveTitle', { name: initiative.name })}
            message={t('initiative.leaveMessage', { organization: active.name })}
            confirmLabel={t('initiative.leaveConfirm')}
            variant="danger"
            onConfirm={async () => {
              setError(undefined);
              try {
                await setStatus({ variables: { initiativeId: initiative.id, organizationId: active.id, status: 'LEFT' } });
                setNotice(t('initiative.left', { organization: active.name }));
                await onChanged();
              } catch (e) {
                setError(e);
              }
            }}
          />
        ) : null}
      </>
    );
  } else if (membership?.status === 'APPLIED') {
    content = (
      <p>
        <MembershipStatusBadge status="APPLIED" /> {t('initiative.applicationPending', { organization: active.name })}
      </p>
    );
  } else if (membership?.status === 'SUSPENDED') {
    content = (
      <p>
        <MembershipStatusBadge status="SUSPENDED" /> {t('initiative.suspended', { organization: active.name })}
      </p>
    );
  } else {
    content = admin ? (
      <>
        <p>{membership?.status === 'LEFT' ? t('initiative.reapplyHelp', { organization: active.name }) : t('initiative.applyHelp', { organization: active.name })}</p>
        <Button
          variant="primary"
          isDisabled={applying}
          onPress={async () => {
            setError(undefined);
            setNotice(null);
            try {
              await apply({ variables: { initiativeId: initiative.id } });
              setNotice(t('initiative.applied', { organization: active.name }));
              await onChanged();
            } catch (e) {
              setError(e);
            }
          }}
        >
          {applying ? t('initiative.applying') : t('initiative.apply')}
        </Button>
      </>
    ) : (
      <p>{t('initiative.askAdminToApply', { organization: active.name })}</p>
    );
  }

  return (
    <Section id="membership" title={t('initiative.yourMembership')}>
      <Card>
        {notice ? <Alert tone="success" title={notice} /> : null}
        <ErrorAlert error={error} />
        {content}
      </Card>
    </Section>
  );
}

function MembersList({ initiative, onChanged, onLoadMore }: { initiative: Initiative; onChanged: () => Promise<unknown>; onLoadMore: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { viewer, activeRole } = useSession();
  const reference = useReference();
  const formatDate = useFormatDate();
  const [setStatus] = useMutation(SetInitiativeMemberStatusMutation);
  const [error, setError] = useState<unknown>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const decides = viewer?.activeOrganization?.id === initiative.secretariat.id && isAdminRole(activeRole);
  const members = [...initiative.members.edges.map((edge) => edge.node)].sort((a, b) => ORDER[a.status] - ORDER[b.status]);

  const decide = async (organizationId: string, organizationName: string, status: InitiativeMembershipStatus) => {
    setBusy(organizationId);
    setError(undefined);
    setNotice(null);
    try {
      await setStatus({ variables: { initiativeId: initiative.id, organizationId, status } });
      setNotice(t(`initiative.decided.${status as 'ACTIVE' | 'SUSPENDED' | 'LEFT'}`, { organization: organizationName }));
      await onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Section id="members" title={t('initiative.members')}>
      {decides ? <p className="cg-description">{t('initiative.youDecide')}</p> : null}
      {notice ? <Alert tone="success" title={notice} /> : null}
      <ErrorAlert error={error} />
      {members.length === 0 ? (
        <EmptyState title={t('initiative.noMembers')} />
      ) : (
        <ul className="cg-list">
          {members.map((member) => {
            const organization = member.organization;
            const disabled = busy !== null;
            return (
              <li key={organization.id} className="cg-list__item">
                <div className="cg-list__main">
                  <Link href={`/organizations/${organization.slug}`} className="cg-list__title">
                    {organization.name}
                  </Link>{' '}
                  <VerifiedBadge verified={organization.verified} />
                  <div className="cg-list__meta">
                    {reference.kind(organization.kind)}
                    {organization.country ? ` · ${reference.country(organization.country)}` : ''}
                    {member.joinedAt && member.status === 'ACTIVE' ? ` · ${t('initiative.joinedOn', { date: formatDate(member.joinedAt) })}` : ''}
                  </div>
                </div>
                <div className="cg-list__actions">
                  <MembershipStatusBadge status={member.status} />
                  {decides ? (
                    <>
                      {member.status !== 'ACTIVE' ? (
                        <Button variant={member.status === 'APPLIED' ? 'primary' : 'secondary'} isDisabled={disabled} onPress={() => decide(organization.id, organization.name, 'ACTIVE')}>
                          {member.status === 'APPLIED' ? t('initiative.accept') : t('initiative.reinstate')}
                          <span className="cg-visually-hidden"> {organization.name}</span>
                        </Button>
                      ) : null}
                      {member.status === 'ACTIVE' ? (
                        <Button isDisabled={disabled} onPress={() => decide(organization.id, organization.name, 'SUSPENDED')}>
                          {t('initiative.suspend')}
                          <span className="cg-visually-hidden"> {organization.name}</span>
                        </Button>
                      ) : null}
                      {member.status !== 'LEFT' ? (
                        <Button variant="quiet" isDisabled={disabled} onPress={() => decide(organization.id, organization.name, 'LEFT')}>
                          {member.status === 'APPLIED' ? t('initiative.decline') : t('initiative.markLeft')}
                          <span className="cg-visually-hidden"> {organization.name}</span>
                        </Button>
                      ) : null}
                    </>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {initiative.members.totalCount > 0 ? (
        <LoadMore shown={initiative.members.edges.length} total={initiative.members.totalCount} hasNextPage={initiative.members.pageInfo.hasNextPage} onLoadMore={onLoadMore} />
      ) : null}
    </Section>
  );
}
