// The clearinghouse pages, loaded as one chunk the first time one of them opens.
import { RequireAuth } from '../../lib/components';
import { CreateCallPage, EditCallPage } from './call-form-page';
import { SavedSearchesPage } from './saved-searches-page';

export { CallsPage } from './calls-page';
export { CallPage } from './call-page';
export { UnsubscribePage } from './unsubscribe-page';

export function CreateCallRoute() {
  return (
    <RequireAuth>
      <CreateCallPage />
    </RequireAuth>
  );
}

export function EditCallRoute() {
  return (
    <RequireAuth>
      <EditCallPage />
    </RequireAuth>
  );
}

export function SavedSearchesRoute() {
  return (
    <RequireAuth>
      <SavedSearchesPage />
    </RequireAuth>
  );
}
