// The funding pages, loaded as one chunk the first time one of them opens.
import { RequireAuth } from '../../lib/components';
import { DonorProfilePage } from './donor-profile-page';
import { CreateProjectPage, EditProjectPage } from './project-form-page';

export { FundingPage } from './funding-page';
export { ProjectPage } from './project-page';

export function DonorProfileRoute() {
  return (
    <RequireAuth>
      <DonorProfilePage />
    </RequireAuth>
  );
}

export function CreateProjectRoute() {
  return (
    <RequireAuth>
      <CreateProjectPage />
    </RequireAuth>
  );
}

export function EditProjectRoute() {
  return (
    <RequireAuth>
      <EditProjectPage />
    </RequireAuth>
  );
}
