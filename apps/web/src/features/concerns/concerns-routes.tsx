import { Loading } from '@commonground/web-ui';
import type { RouteObject } from 'react-router';
import { RequireAuth } from '../../lib/components';
import './concerns.css';

// The public pages (report, follow up) are one small chunk, the case pages another.
const publicPages = () => import('./public-pages');
const casePages = () => import('./cases-pages');

/** Community concerns: report and follow up without an account; the cases for handlers and the organizations reached. */
export const concernsRoutes: RouteObject[] = [
  { path: 'concerns', HydrateFallback: Loading, lazy: async () => ({ Component: (await casePages()).ConcernsLandingPage }) },
  { path: 'concerns/report', HydrateFallback: Loading, lazy: async () => ({ Component: (await publicPages()).ReportConcernPage }) },
  { path: 'concerns/follow-up', HydrateFallback: Loading, lazy: async () => ({ Component: (await publicPages()).FollowUpPage }) },
  {
    path: 'concerns/cases',
    HydrateFallback: Loading,
    lazy: async () => {
      const { ConcernCasesPage } = await casePages();
      return { Component: () => <RequireAuth><ConcernCasesPage /></RequireAuth> };
    },
  },
  {
    path: 'concerns/cases/:id',
    HydrateFallback: Loading,
    lazy: async () => {
      const { ConcernCasePage } = await casePages();
      return { Component: () => <RequireAuth><ConcernCasePage /></RequireAuth> };
    },
  },
];
