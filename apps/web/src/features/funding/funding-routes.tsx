import { Loading } from '@commonground/web-ui';
import type { RouteObject } from 'react-router';

// One chunk for the funding pages, fetched the first time one of them opens.
const pages = () => import('./funding-pages');

type Pages = Awaited<ReturnType<typeof pages>>;
const page = (path: string, name: keyof Pages): RouteObject => ({
  path,
  HydrateFallback: Loading,
  lazy: async () => ({ Component: (await pages())[name] }),
});

/** Donor matchmaking and co-funding: /funding, projects, the donor profile. */
export const fundingRoutes: RouteObject[] = [
  page('funding', 'FundingPage'),
  page('funding/profile', 'DonorProfileRoute'),
  page('funding/projects/new', 'CreateProjectRoute'),
  page('funding/projects/:id', 'ProjectPage'),
  page('funding/projects/:id/edit', 'EditProjectRoute'),
];
