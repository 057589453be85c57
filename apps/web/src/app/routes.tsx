import type { RouteObject } from 'react-router';
import { AdminActivityPage, AdminLayout, AdminMailPage, AdminOrganizationsPage } from '../features/admin/admin-pages';
import { InvitationPage } from '../features/auth/invitation-page';
import { ProfilePage } from '../features/auth/profile-page';
import { SignInPage } from '../features/auth/sign-in-page';
import { SignUpPage } from '../features/auth/sign-up-page';
import { callsRoutes } from '../features/calls/calls-routes';
import { fundingRoutes } from '../features/funding/funding-routes';
import { glossaryRoutes } from '../features/glossary/glossary-routes';
import { HomePage } from '../features/home/home-page';
import { NotFoundPage } from '../features/home/not-found-page';
import { CreateInitiativePage } from '../features/initiatives/create-initiative-page';
import { InitiativePage } from '../features/initiatives/initiative-page';
import { InitiativesPage } from '../features/initiatives/initiatives-page';
import { DuesPage } from '../features/membership/dues-page';
import { PoolPage } from '../features/membership/pool-page';
import { CreateOrganizationPage } from '../features/organizations/create-organization-page';
import { OrganizationPage } from '../features/organizations/organization-page';
import { OrganizationsPage } from '../features/organizations/organizations-page';
import { SearchPage } from '../features/search/search-page';
import { smeltersRoutes } from '../features/smelters/smelters-routes';
import { concernsRoutes } from '../features/concerns/concerns-routes';
import { RequireAuth } from '../lib/components';
import { AppLayout } from './layout';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'search', element: <SearchPage /> },
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'sign-up', element: <SignUpPage /> },
      { path: 'invitations/:token', element: <InvitationPage /> },
      { path: 'profile', element: <RequireAuth><ProfilePage /></RequireAuth> },
      { path: 'organizations', element: <OrganizationsPage /> },
      { path: 'organizations/new', element: <RequireAuth><CreateOrganizationPage /></RequireAuth> },
      { path: 'organizations/:slug', element: <OrganizationPage /> },
      { path: 'initiatives', element: <InitiativesPage /> },
      { path: 'initiatives/new', element: <RequireAuth><CreateInitiativePage /></RequireAuth> },
      { path: 'initiatives/:slug', element: <InitiativePage /> },
      { path: 'initiatives/:slug/dues', element: <RequireAuth><DuesPage /></RequireAuth> },
      { path: 'pools/:id', element: <RequireAuth><PoolPage /></RequireAuth> },
      {
        path: 'admin',
        element: <RequireAuth><AdminLayout /></RequireAuth>,
        children: [
          { index: true, element: <AdminOrganizationsPage /> },
          { path: 'mail', element: <AdminMailPage /> },
          { path: 'activity', element: <AdminActivityPage /> },
        ],
      },
      ...glossaryRoutes,
      ...callsRoutes,
      ...fundingRoutes,
      ...smeltersRoutes,
      ...concernsRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
