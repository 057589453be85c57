import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Card, EmptyState, LinkButton, Loading, Section } from '@commonground/web-ui';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { isAdminRole, useSession } from '../../app/session';
import { ErrorAlert, MembershipStatusBadge, RoleBadge, useDocumentTitle, VerifiedBadge } from '../../lib/components';
import { useReference } from '../../lib/reference';
import { OrganizationQuery } from '../organizations/organizations.documents';

export function HomePage() {
  const { viewer, loading } = useSession();
  if (loading) return <Loading />;
  return viewer ? <SignedInHome /> : <SignedOutHome />;
}

function SignedOutHome() {
  const { t } = useTranslation();
  useDocumentTitle(null);
  const location = useLocation();
  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut;
  const audiences = ['secretariats', 'companies', 'donors', 'civilSociety'] as const;
  return (
    <>
      {signedOut ? <Alert tone="success" title={t('home.signedOut')} /> : null}
      <div className="cg-hero">
        <p className="cg-eyebrow">{t('home.eyebrow')}</p>
        <h1>{t('home.title')}</h1>
        <p className="cg-lead">{t('home.lead')}</p>
        <p>{t('home.problem')}</p>
        <div className="cg-row">
          <LinkButton href="/sign-up" variant="primary">
            {t('home.getStarted')}
          </LinkButton>
          <LinkButton href="/sign-in">{t('auth.signIn')}</LinkButton>
        </div>
      </div>
      <Section id="audiences" title={t('home.whoFor')}>
        <ul className="cg-feature-list">
          {audiences.map((audience) => (
            <li key={audience}>
              <h3>{t(`home.audiences.${audience}.title`)}</h3>
              <p>{t(`home.audiences.${audience}.body`)}</p>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="explore" title={t('home.explore')}>
        <p>{t('home.exploreBody')}</p>
        <div className="cg-row">
          <LinkButton href="/calls">{t('home.browseCalls')}</LinkButton>
          <LinkButton href="/initiatives">{t('home.browseInitiatives')}</LinkButton>
          <LinkButton href="/organizations">{t('home.browseOrganizations')}</LinkButton>
        </div>
      </Section>
    </>
  );
}

function SignedInHome() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.dashboard'));
  const { viewer, activeRole } = useSession();
  const reference = useReference();
  const active = viewer?.activeOrganization ?? null;
  const { data, loading: loadingOrganization, error: organizationError } = useQuery(OrganizationQuery, { variables: { slug: active?.slug ?? '' }, skip: !active });
  const secretariat = active?.kind === 'SECRETARIAT';
  if (!viewer) return null;
  const organization = data?.organization;
  const admin = isAdminRole(activeRole);
  const loading = loadingOrganization && !organization;
  const error = organizationError;
  const initiatives = [
    ...(organization?.runsInitiatives.map((initiative) => ({ initiative, status: null })) ?? []),
    ...(organization?.initiatives.filter((m) => m.status !== 'LEFT') ?? []),
  ];

  return (
    <>
      <div className="cg-page-header">
        <div className="cg-page-header__text">
          <h1>{t('home.welcome', { name: viewer.user.name })}</h1>
          {active ? (
            <p className="cg-lead">
              {t('home.actingFor')} <Link href={`/organizations/${active.slug}`}>{active.name}</Link> <VerifiedBadge verified={active.verified} />{' '}
              {activeRole ? <RoleBadge role={activeRole} /> : null}
            </p>
          ) : null}
        </div>
      </div>
      {!active ? (
        <EmptyState
          title={t('home.noOrganization')}
          action={
            <LinkButton href="/organizations/new" variant="primary">
              {t('org.create')}
            </LinkButton>
          }
        >
          <p>{t('home.noOrganizationHelp')}</p>
        </EmptyState>
      ) : (
        <div className="cg-two-columns">
          <div>
            {!active.verified ? (
              <Alert tone="info" title={t('home.notVerified')}>
                <p>{t('home.notVerifiedHelp')}</p>
              </Alert>
            ) : null}
            <Section id="your-initiatives" title={t('home.yourInitiatives', { organization: active.name })}>
              {loading ? (
                <Loading />
              ) : error ? (
                <ErrorAlert error={error} />
              ) : initiatives.length === 0 ? (
                <EmptyState
                  title={t('home.noInitiatives')}
                  action={
                    <LinkButton href={secretariat && admin ? '/initiatives/new' : '/initiatives'} variant="primary">
                      {secretariat && admin ? t('initiative.create') : t('home.browseInitiatives')}
                    </LinkButton>
                  }
                >
                  <p>{secretariat ? t('home.noInitiativesSecretariat') : t('home.noInitiativesHelp')}</p>
                </EmptyState>
              ) : (
                <ul className="cg-list">
                  {initiatives.map((membership) => (
                    <li key={membership.initiative.id} className="cg-list__item">
                      <div className="cg-list__main">
                        <Link href={`/initiatives/${membership.initiative.slug}`} className="cg-list__title">
                          {membership.initiative.name}
                        </Link>
                      </div>
                      {membership.status ? <MembershipStatusBadge status={membership.status} /> : <Badge tone="info">{t('home.runBy')}</Badge>}
                    </li>
                  ))}
                </ul>
              )}
            </Section>
          </div>
          <div>
            <Section id="shortcuts" title={t('home.shortcuts')}>
              <Card>
                <ul className="cg-shortcuts">
                  {admin ? (
                    <li>
                      <Link href={`/organizations/${active.slug}#invite`}>{t('home.inviteColleague')}</Link>
                    </li>
                  ) : null}
                  {secretariat && admin ? (
                    <li>
                      <Link href="/initiatives/new">{t('initiative.create')}</Link>
                    </li>
                  ) : null}
                  <li>
                    <Link href="/calls">{t('home.browseCalls')}</Link>
                  </li>
                  <li>
                    <Link href="/calls/new">{t('calls.publish')}</Link>
                  </li>
                  <li>
                    <Link href="/initiatives">{t('home.browseInitiatives')}</Link>
                  </li>
                  <li>
                    <Link href="/organizations">{t('home.browseOrganizations')}</Link>
                  </li>
                  <li>
                    <Link href={`/organizations/${active.slug}`}>{t('home.organizationProfile', { organization: active.name })}</Link>
                  </li>
                  <li>
                    <Link href="/profile">{t('layout.profile')}</Link>
                  </li>
                  {viewer.isPlatformAdmin ? (
                    <li>
                      <Link href="/admin">{t('nav.admin')}</Link>
                    </li>
                  ) : null}
                </ul>
                <p className="cg-small cg-muted">{t('home.kindNote', { kind: reference.kind(active.kind) })}</p>
              </Card>
            </Section>
          </div>
        </div>
      )}
    </>
  );
}
