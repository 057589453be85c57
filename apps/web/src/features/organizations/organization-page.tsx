import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, DefinitionList, EmptyState, Loading, PageHeader, Section } from '@commonground/web-ui';
import { useEffect, useState } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { isAdminRole, useSession } from '../../app/session';
import { ActivityList } from '../admin/activity-list';
import { ErrorAlert, MembershipStatusBadge, NotFoundContent, QueryError, RoleBadge, useDocumentTitle, VerifiedBadge } from '../../lib/components';
import { useReference } from '../../lib/reference';
import { EditOrganizationForm } from './edit-organization-form';
import { InvitationsSection } from './invitations-section';
import { MembersSection } from './members-section';
import { OrganizationQuery, SwitchToOrganizationMutation } from './organizations.documents';

export function OrganizationPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const location = useLocation();
  const { viewer, reload } = useSession();
  const reference = useReference();
  const { data, loading, error, refetch } = useQuery(OrganizationQuery, { variables: { slug } });
  const [switchOrganization, switchState] = useMutation(SwitchToOrganizationMutation);
  const [switching, setSwitching] = useState(false);
  const organization = data?.organization;
  useDocumentTitle(organization?.name ?? t('org.directoryTitle'));

  // Links such as /organizations/x#invite: go to that section once the page has loaded.
  const loaded = Boolean(organization);
  useEffect(() => {
    if (!loaded || !location.hash) return;
    const frame = window.requestAnimationFrame(() => {
      const section = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      section?.scrollIntoView({ block: 'start' });
      const target = section?.querySelector<HTMLElement>('input') ?? section?.querySelector<HTMLElement>('h2');
      if (target && target.tagName === 'H2') target.setAttribute('tabindex', '-1');
      target?.focus();
    });
    return () => window.cancelAnimationFrame(frame);
  }, [loaded, location.hash]);

  if (loading && !organization) return <Loading />;
  if (error) return <QueryError error={error} retry={() => void refetch()} />;
  if (!organization) return <NotFoundContent />;

  const role = organization.viewerRole;
  const admin = isAdminRole(role);
  const isActive = viewer?.activeOrganization?.id === organization.id;
  const state = (location.state ?? {}) as { created?: boolean; joined?: boolean; welcome?: boolean };
  const initiatives = organization.initiatives.filter((m) => m.status !== 'LEFT' || admin);

  return (
    <>
      {state.welcome ? <Alert tone="success" title={t('org.welcome', { organization: organization.name })} /> : null}
      {state.created ? <Alert tone="success" title={t('org.created', { organization: organization.name })} /> : null}
      {state.joined ? <Alert tone="success" title={t('org.joined', { organization: organization.name })} /> : null}
      <PageHeader
        eyebrow={reference.kind(organization.kind)}
        title={
          <>
            {organization.name} <VerifiedBadge verified={organization.verified} />
          </>
        }
        description={role ? <RoleBadge role={role} /> : null}
        actions={
          role && !isActive ? (
            <Button
              variant="primary"
              isDisabled={switching}
              onPress={async () => {
                setSwitching(true);
                try {
                  await switchOrganization({ variables: { organizationId: organization.id } });
                  await reload();
                } catch {
                  // shown below
                } finally {
                  setSwitching(false);
                }
              }}
            >
              {t('profile.actFor', { organization: organization.name })}
            </Button>
          ) : isActive ? (
            <Badge tone="info">{t('org.youActForIt')}</Badge>
          ) : null
        }
      />
      <ErrorAlert error={switchState.error} />
      <div className="cg-two-columns">
        <div>
          <Section id="profile" title={t('org.profile')}>
            <Card>
              <DefinitionList
                items={[
                  { term: t('fields.kind'), value: reference.kind(organization.kind) },
                  { term: t('fields.country'), value: reference.country(organization.country) ?? <span className="cg-muted">{t('fields.notSaid')}</span> },
                  { term: t('fields.sizeBand'), value: reference.sizeBand(organization.sizeBand) ?? <span className="cg-muted">{t('fields.notSaid')}</span> },
                  {
                    term: t('fields.website'),
                    value: organization.website ? (
                      <a href={organization.website} rel="noopener noreferrer" target="_blank">
                        {organization.website}
                        <span className="cg-visually-hidden"> ({t('common.opensInNewTab')})</span>
                      </a>
                    ) : (
                      <span className="cg-muted">{t('fields.notSaid')}</span>
                    ),
                  },
                  { term: t('org.verification'), value: organization.verified ? t('org.verifiedLong') : t('org.notVerified') },
                ]}
              />
            </Card>
          </Section>
          {organization.kind === 'SECRETARIAT' ? (
            <Section id="runs" title={t('org.runs')}>
              {organization.runsInitiatives.length === 0 ? (
                <EmptyState
                  title={t('org.runsNone')}
                  action={
                    isActive && admin ? (
                      <Link href="/initiatives/new">{t('initiative.create')}</Link>
                    ) : null
                  }
                />
              ) : (
                <ul className="cg-list">
                  {organization.runsInitiatives.map((initiative) => (
                    <li key={initiative.id} className="cg-list__item">
                      <div className="cg-list__main">
                        <Link href={`/initiatives/${initiative.slug}`} className="cg-list__title">
                          {initiative.name}
                        </Link>
                      </div>
                      <span className="cg-list__meta">{t('initiative.memberCount', { count: initiative.memberCount })}</span>
                    </li>
                  ))}
                </ul>
              )}
            </Section>
          ) : null}
          {organization.kind === 'SECRETARIAT' && initiatives.length === 0 ? null : (
            <Section id="initiatives" title={t('org.initiatives')}>
              {initiatives.length === 0 ? (
                <EmptyState title={t('org.noInitiatives')} action={<Link href="/initiatives">{t('org.browseInitiatives')}</Link>} />
              ) : (
                <ul className="cg-list">
                  {initiatives.map((membership) => (
                    <li key={membership.initiative.id} className="cg-list__item">
                      <div className="cg-list__main">
                        <Link href={`/initiatives/${membership.initiative.slug}`} className="cg-list__title">
                          {membership.initiative.name}
                        </Link>
                      </div>
                      <MembershipStatusBadge status={membership.status} />
                    </li>
                  ))}
                </ul>
              )}
            </Section>
          )}
          {role ? <MembersSection organizationId={organization.id} organizationName={organization.name} viewerRole={role} /> : null}
          {admin ? <InvitationsSection organizationId={organization.id} viewerRole={role!} /> : null}
          {admin && isActive ? (
            <Section id="activity" title={t('org.activity')}>
              <ActivityList pageSize={10} compact />
            </Section>
          ) : null}
        </div>
        <div>{admin ? <EditOrganizationForm organization={organization} /> : null}</div>
      </div>
    </>
  );
}
