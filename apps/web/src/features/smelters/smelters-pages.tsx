// The smelters and audits pages, loaded as one chunk the first time one of them opens.
import { Alert } from '@commonground/web-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { RequireAuth } from '../../lib/components';
import { AccessRequestsPage } from './access-requests-page';
import { CreateAuditPage, EditAuditPage } from './audit-form-page';
import { AuditPage } from './audit-page';
import { AuditsPage } from './audits-page';
import { CoveragePage } from './coverage-page';
import { DeclarationPage } from './declaration-page';
import { ImportsPage } from './imports-page';
import { JointAuditsPage } from './joint-audits-page';
import { ReviewPage } from './review-page';

export { RegistryPage } from './registry-page';
export { SmelterPage } from './smelter-page';

const signedIn = (Page: () => ReactNode) =>
  function Route() {
    return (
      <RequireAuth>
        <Page />
      </RequireAuth>
    );
  };

/** Pages about the organization's own declarations, coverage and requests. */
function NeedsOrganization({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  if (!viewer?.activeOrganization) return <Alert tone="warning" title={t('smelters.needOrganization')} />;
  return <>{children}</>;
}

const forOrganization = (Page: () => ReactNode) =>
  function Route() {
    return (
      <RequireAuth>
        <NeedsOrganization>
          <Page />
        </NeedsOrganization>
      </RequireAuth>
    );
  };

export const ImportsRoute = forOrganization(ImportsPage);
export const DeclarationRoute = forOrganization(DeclarationPage);
export const ReviewRoute = forOrganization(ReviewPage);
export const CoverageRoute = forOrganization(CoveragePage);
export const AuditsRoute = signedIn(AuditsPage);
export const AuditRoute = signedIn(AuditPage);
export const CreateAuditRoute = signedIn(CreateAuditPage);
export const EditAuditRoute = signedIn(EditAuditPage);
export const AccessRequestsRoute = forOrganization(AccessRequestsPage);
export const JointAuditsRoute = forOrganization(JointAuditsPage);
