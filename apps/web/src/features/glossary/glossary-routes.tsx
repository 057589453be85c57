import { Loading } from '@commonground/web-ui';
import { Navigate, useLocation, useParams, type RouteObject } from 'react-router';

// One chunk for the whole glossary, fetched the first time one of its pages opens.
const pages = () => import('./glossary-pages');

type Pages = Awaited<ReturnType<typeof pages>>;
const page = (path: string, name: keyof Pages): RouteObject => ({
  path,
  HydrateFallback: Loading,
  lazy: async () => ({ Component: (await pages())[name] }),
});

/**
 * The concept IRIs of SKOS exports (`/glossary/<initiative>/terms/<slug>`)
 * lead to the term's page.
 */
function ConceptRedirect() {
  const { slug = '' } = useParams();
  const { search } = useLocation();
  return <Navigate to={`/glossary/${encodeURIComponent(slug)}${search}`} replace />;
}

/** /glossary, its terms (/glossary/:slug, stable and public, ?lang=en|fr|es) and principle sets. */
export const glossaryRoutes: RouteObject[] = [
  page('glossary', 'GlossaryHomePage'),
  page('glossary/new', 'CreateTermRoute'),
  page('glossary/principles/new', 'CreatePrincipleSetRoute'),
  page('glossary/principles/:id', 'PrincipleSetPage'),
  page('glossary/principles/:id/revise', 'RevisePrincipleSetRoute'),
  page('glossary/:slug', 'TermPage'),
  page('glossary/:slug/edit', 'EditTermRoute'),
  { path: 'glossary/:scheme/terms/:slug', element: <ConceptRedirect /> },
];
