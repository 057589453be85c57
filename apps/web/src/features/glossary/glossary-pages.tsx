// The glossary's pages, loaded on first visit to /glossary (see glossary-routes.tsx).
import { RequireAuth } from '../../lib/components';
import { GlossaryHomePage } from './glossary-home-page';
import { CreatePrincipleSetPage, RevisePrincipleSetPage } from './principle-set-form-page';
import { PrincipleSetPage } from './principle-set-page';
import { CreateTermPage, EditTermPage } from './term-form-page';
import { TermPage } from './term-page';

export { GlossaryHomePage, PrincipleSetPage, TermPage };

export function CreateTermRoute() {
  return (
    <RequireAuth>
      <CreateTermPage />
    </RequireAuth>
  );
}

export function EditTermRoute() {
  return (
    <RequireAuth>
      <EditTermPage />
    </RequireAuth>
  );
}

export function CreatePrincipleSetRoute() {
  return (
    <RequireAuth>
      <CreatePrincipleSetPage />
    </RequireAuth>
  );
}

export function RevisePrincipleSetRoute() {
  return (
    <RequireAuth>
      <RevisePrincipleSetPage />
    </RequireAuth>
  );
}
