import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, LinkButton, SelectField } from '@commonground/web-ui';
import { useEffect, useRef, useState } from 'react';
import { Button as AriaButton, Header, Link, Menu, MenuItem, MenuSection, MenuTrigger, Popover, Separator } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { NotificationBell } from '../features/funding/notification-bell';
import { HeaderSearch } from '../features/search/search-page';
import { graphql } from '../gql';
import { currentLanguage, LANGUAGES } from '../i18n';
import { ErrorAlert } from '../lib/components';
import { UNAUTHENTICATED_EVENT } from './apollo';
import { useSession, ViewerQuery } from './session';

const SwitchOrganizationMutation = graphql(`
  mutation SwitchOrganization($organizationId: ID!) {
    switchOrganization(organizationId: $organizationId) {
      ...ViewerFields
    }
  }
`);

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

const NAV_ITEMS = [
  { to: '/', key: 'nav.home', end: true },
  { to: '/organizations', key: 'nav.organizations' },
  { to: '/initiatives', key: 'nav.initiatives' },
  { to: '/glossary', key: 'nav.glossary' },
  { to: '/calls', key: 'nav.calls' },
  { to: '/funding', key: 'nav.funding' },
  { to: '/smelters', key: 'nav.smelters' },
  { to: '/concerns', key: 'concerns.nav.link' },
] as const;

export function AppLayout() {
  const { t } = useTranslation();
  const { viewer, error } = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [navOpen, setNavOpen] = useState(false);
  const firstRender = useRef(true);

  // A request refused for want of a session: go and sign in, then come back here.
  useEffect(() => {
    const onUnauthenticated = () => {
      if (location.pathname === '/sign-in') return;
      const next = `${location.pathname}${location.search}`;
      navigate(`/sign-in?next=${encodeURIComponent(next)}`, { state: { reason: 'expired' } });
      void client.refetchQueries({ include: [ViewerQuery] });
    };
    window.addEventListener(UNAUTHENTICATED_EVENT, onUnauthenticated);
    return () => window.removeEventListener(UNAUTHENTICATED_EVENT, onUnauthenticated);
  }, [client, location.pathname, location.search, navigate]);

  // After a client-side navigation, close the small-screen menu and move focus to the new page's heading.
  useEffect(() => {
    setNavOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // a link to a section (#invite) is handled by the page that has it
    if (location.hash) return;
    const frame = window.requestAnimationFrame(() => {
      const heading = document.querySelector<HTMLElement>('#main h1');
      const target = heading ?? document.getElementById('main');
      if (!target) return;
      if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: false });
    });
    return () => window.cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on a new page only, not when the hash changes
  }, [location.pathname]);

  return (
    <>
      <a href="#main" className="cg-skip-link">
        {t('layout.skipToContent')}
      </a>
      <header className="cg-header" data-menu-open={navOpen ? 'true' : 'false'}>
        <div className="cg-header__bar">
          <Link href="/" className="cg-brand">
            <span className="cg-brand__mark" aria-hidden="true" />
            Common Ground
          </Link>
          {/* on a phone the bar holds the brand, the bell and the menu button; the other tools open with the menu */}
          {viewer ? <NotificationBell /> : null}
          <AriaButton className="cg-header-button cg-nav-toggle" aria-expanded={navOpen} aria-controls="primary-navigation header-tools" onPress={() => setNavOpen((open) => !open)}>
            <span aria-hidden="true">☰</span> <span className="cg-nav-toggle__text">{t('nav.menu')}</span>
          </AriaButton>
          <div id="header-tools" className="cg-header__tools">
            <HeaderSearch />
            <OrganizationSwitcher />
            <LanguageSwitcher />
            {viewer ? (
              <UserMenu />
            ) : (
              <>
                <Link href="/sign-in" className="cg-header-button">
                  {t('auth.signIn')}
                </Link>
                <LinkButton href="/sign-up" variant="secondary">
                  {t('auth.signUp')}
                </LinkButton>
              </>
            )}
          </div>
        </div>
        <nav id="primary-navigation" className="cg-nav" aria-label={t('nav.label')} data-collapsed={navOpen ? 'false' : 'true'}>
          <ul className="cg-nav__list">
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={'end' in item ? item.end : false} className="cg-nav__link">
                  {t(item.key)}
                  {'soon' in item ? <span className="cg-nav__soon">({t('nav.soon')})</span> : null}
                </NavLink>
              </li>
            ))}
            {viewer?.isPlatformAdmin ? (
              <li>
                <NavLink to="/admin" className="cg-nav__link">
                  {t('nav.admin')}
                </NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="cg-main">
        {error ? <ErrorAlert error={error} /> : null}
        <Outlet />
      </main>
      <footer className="cg-footer">
        <div className="cg-footer__inner">
          <span>{t('layout.footer')}</span>
          <span>{t('layout.license')}</span>
        </div>
      </footer>
    </>
  );
}

function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { changeLanguage } = useSession();
  const options = LANGUAGES.map((language) => ({ id: language.code, label: language.name }));
  return (
    <SelectField
      label={t('layout.language')}
      labelHidden
      name="language"
      options={options}
      value={i18n.resolvedLanguage ? currentLanguage() : 'en'}
      onChange={(value) => value && void changeLanguage(value)}
      className="cg-language-switcher"
    />
  );
}

function OrganizationSwitcher() {
  const { t } = useTranslation();
  const { viewer, reload } = useSession();
  const [switchOrganization, { error }] = useMutation(SwitchOrganizationMutation);
  const [pending, setPending] = useState(false);
  if (!viewer || viewer.user.memberships.length < 2) return null;
  const options = viewer.user.memberships.map((m) => ({ id: m.organization.id, label: m.organization.name }));
  return (
    <div className="cg-org-switcher">
      <SelectField
        label={t('layout.activeOrganization')}
        labelHidden
        name="activeOrganization"
        options={options}
        value={viewer.activeOrganization?.id ?? null}
        placeholder={t('layout.chooseOrganization')}
        isDisabled={pending}
        onChange={async (organizationId) => {
          if (!organizationId || organizationId === viewer.activeOrganization?.id) return;
          setPending(true);
          try {
            await switchOrganization({ variables: { organizationId } });
            await reload();
          } catch {
            // shown below
          } finally {
            setPending(false);
          }
        }}
      />
      {error ? (
        <div className="cg-header-error">
          <ErrorAlert error={error} />
        </div>
      ) : null}
    </div>
  );
}

function UserMenu() {
  const { t } = useTranslation();
  const { viewer, reload } = useSession();
  const navigate = useNavigate();
  const [signOut] = useMutation(SignOutMutation);
  const [failed, setFailed] = useState(false);
  if (!viewer) return null;
  const initials = viewer.user.name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');

  const doSignOut = async () => {
    try {
      await signOut();
      setFailed(false);
    } catch {
      setFailed(true);
      return;
    }
    navigate('/', { state: { signedOut: true } });
    await reload();
  };

  return (
    <>
      <MenuTrigger>
        <AriaButton className="cg-header-button" aria-label={t('layout.userMenu', { name: viewer.user.name })}>
          <span className="cg-avatar" aria-hidden="true">
            {initials || '?'}
          </span>
          <span className="cg-header-button__text">{viewer.user.name}</span>
          <span aria-hidden="true" className="cg-chevron">▾</span>
        </AriaButton>
        <Popover className="cg-popover" placement="bottom end">
          <Menu className="cg-menu" aria-label={t('layout.userMenu', { name: viewer.user.name })}>
            <MenuSection>
              <Header className="cg-menu-header">
                <div>{viewer.user.email}</div>
                {viewer.activeOrganization ? <div>{t('layout.actingFor', { organization: viewer.activeOrganization.name })}</div> : null}
              </Header>
              <MenuItem id="profile" href="/profile" className="cg-menu-item">
                {t('layout.profile')}
              </MenuItem>
              {viewer.activeOrganization ? (
                <MenuItem id="organization" href={`/organizations/${viewer.activeOrganization.slug}`} className="cg-menu-item">
                  {t('layout.myOrganization')}
                </MenuItem>
              ) : null}
              {viewer.isPlatformAdmin ? (
                <MenuItem id="admin" href="/admin" className="cg-menu-item">
                  {t('nav.admin')}
                </MenuItem>
              ) : null}
            </MenuSection>
            <Separator className="cg-menu-separator" />
            <MenuItem id="sign-out" onAction={() => void doSignOut()} className="cg-menu-item">
              {t('auth.signOut')}
            </MenuItem>
          </Menu>
        </Popover>
      </MenuTrigger>
      {failed ? <Alert tone="error" title={t('auth.signOutFailed')} /> : null}
    </>
  );
}
