import { useQuery } from '@apollo/client/react';
import { Loading } from '@commonground/web-ui';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, type RouteObject } from 'react-router';
import { useSession } from '../../app/session';
import { ReviewCountQuery } from './smelters.documents';
import './smelters.css';

// One chunk for the smelters and audits pages, fetched the first time one of them opens.
const pages = () => import('./smelters-pages');

type Pages = Awaited<ReturnType<typeof pages>>;
const page = (path: string, name: keyof Pages): RouteObject => ({
  path,
  HydrateFallback: Loading,
  lazy: async () => ({ Component: (await pages())[name] }),
});

const SECTIONS = [
  { to: '/smelters', key: 'registry', end: true, organization: false },
  { to: '/smelters/imports', key: 'imports', organization: true },
  { to: '/smelters/review', key: 'review', organization: true },
  { to: '/smelters/coverage', key: 'coverage', organization: true },
  { to: '/smelters/audits', key: 'audits', organization: false, signedIn: true },
  { to: '/smelters/access-requests', key: 'accessRequests', organization: true },
  { to: '/smelters/joint-audits', key: 'jointAudits', organization: true },
] as const;

/** The section's own navigation, above every page of /smelters. */
export function SmeltersLayout() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const acting = !!viewer?.activeOrganization;
  const shown = SECTIONS.filter((s) => (s.organization ? acting : 'signedIn' in s ? !!viewer : true));
  // names waiting for a decision, next to "Review"
  const reviews = useQuery(ReviewCountQuery, { skip: !acting, fetchPolicy: 'cache-and-network' });
  const waiting = reviews.data?.matchReviews.length ?? 0;
  return (
    <>
      {shown.length > 1 ? (
        <nav aria-label={t('smelters.nav.label')} className="cg-subnav">
          <ul className="cg-subnav__list">
            {shown.map((s) => (
              <li key={s.to}>
                <NavLink to={s.to} end={'end' in s ? s.end : false} className="cg-subnav__link">
                  {t(`smelters.nav.${s.key}`)}
                  {s.key === 'review' && waiting > 0 ? (
                    <span className="cg-subnav__count">
                      <span aria-hidden="true">{waiting}</span>
                      <span className="cg-visually-hidden">{t('smelters.nav.waiting', { count: waiting })}</span>
                    </span>
                  ) : null}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <Outlet />
    </>
  );
}

/**
 * Smelters and joint audit sharing: the registry and a smelter, declaration
 * imports and their results, the review queue, coverage, audits with access
 * requests, joint audits.
 */
export const smeltersRoutes: RouteObject[] = [
  {
    path: 'smelters',
    element: <SmeltersLayout />,
    children: [
      { index: true, HydrateFallback: Loading, lazy: async () => ({ Component: (await pages()).RegistryPage }) },
      page('imports', 'ImportsRoute'),
      page('declarations/:id', 'DeclarationRoute'),
      page('review', 'ReviewRoute'),
      page('coverage', 'CoverageRoute'),
      page('audits', 'AuditsRoute'),
      page('audits/new', 'CreateAuditRoute'),
      page('audits/:id', 'AuditRoute'),
      page('audits/:id/edit', 'EditAuditRoute'),
      page('access-requests', 'AccessRequestsRoute'),
      page('joint-audits', 'JointAuditsRoute'),
      page(':id', 'SmelterPage'),
    ],
  },
];
