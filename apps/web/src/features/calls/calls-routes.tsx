import { Loading } from '@commonground/web-ui';
import type { RouteObject } from 'react-router';

// One chunk for the clearinghouse pages, fetched the first time one of them opens.
const pages = () => import('./calls-pages');

type Pages = Awaited<ReturnType<typeof pages>>;
const page = (path: string, name: keyof Pages): RouteObject => ({
  path,
  HydrateFallback: Loading,
  lazy: async () => ({ Component: (await pages())[name] }),
});

/** The funding-call clearinghouse: /calls (?saved=<id>), a call, its form, saved searches; /unsubscribe/:token from e-mails. */
export const callsRoutes: RouteObject[] = [
  page('calls', 'CallsPage'),
  page('calls/new', 'CreateCallRoute'),
  page('calls/saved', 'SavedSearchesRoute'),
  page('calls/:id', 'CallPage'),
  page('calls/:id/edit', 'EditCallRoute'),
  page('unsubscribe/:token', 'UnsubscribePage'),
];
