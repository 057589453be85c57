import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, FormActions, LinkButton, Loading, PageHeader } from '@commonground/web-ui';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useSession } from '../../app/session';
import { ErrorAlert, useDocumentTitle } from '../../lib/components';
import { useFormErrors } from '../../lib/forms';
import { AcceptInvitationMutation, InvitationPreviewQuery } from './auth.documents';
import { InvitationSummary } from './invitation-summary';

export function InvitationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('invitation.title'));
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { viewer, roleIn, reload } = useSession();
  const { data, loading, error } = useQuery(InvitationPreviewQuery, { variables: { token }, fetchPolicy: 'network-only' });
  const [accept, { loading: accepting }] = useMutation(AcceptInvitationMutation);
  const acceptErrors = useFormErrors([]);
  const invitation = data?.invitation ?? null;
  const encoded = encodeURIComponent(token);

  const onAccept = async () => {
    acceptErrors.clear();
    try {
      const result = await accept({ variables: { token } });
      await reload();
      const organization = result.data?.acceptInvitation.activeOrganization ?? invitation?.organization;
      navigate(organization ? `/organizations/${organization.slug}` : '/', { state: { joined: true } });
    } catch (e) {
      acceptErrors.setError(e);
    }
  };

  let body;
  if (loading) body = <Loading label={t('invitation.loading')} />;
  else if (error) body = <ErrorAlert error={error} />;
  else if (!invitation)
    body = (
      <Alert tone="error" title={t('invitation.invalid')}>
        <p>{t('invitation.invalidHelp')}</p>
      </Alert>
    );
  else {
    const alreadyMember = viewer ? roleIn(invitation.organization.id) !== null : false;
    const pending = invitation.status === 'PENDING';
    body = (
      <>
        <InvitationSummary invitation={invitation} />
        <div className="cg-stack cg-invitation-actions">
          {!pending ? null : alreadyMember ? (
            <Alert tone="info" title={t('invitation.alreadyMember', { organization: invitation.organization.name })}>
              <LinkButton href={`/organizations/${invitation.organization.slug}`} variant="primary">
                {t('invitation.openOrganization')}
              </LinkButton>
            </Alert>
          ) : viewer ? (
            <>
              {viewer.user.email.toLowerCase() !== invitation.email.toLowerCase() ? (
                <Alert tone="warning" title={t('invitation.otherEmail', { invited: invitation.email, current: viewer.user.email })} />
              ) : null}
              <ErrorAlert errors={acceptErrors.others} />
              <FormActions>
                <Button variant="primary" onPress={onAccept} isDisabled={accepting}>
                  {accepting ? t('invitation.accepting') : t('invitation.accept')}
                </Button>
              </FormActions>
            </>
          ) : (
            <>
              <p>{t('invitation.signedOutHelp')}</p>
              <FormActions>
                <LinkButton href={`/sign-up?invitation=${encoded}`} variant="primary">
                  {t('invitation.createAccount')}
                </LinkButton>
                <LinkButton href={`/sign-in?invitation=${encoded}`} variant="secondary">
                  {t('invitation.signIn')}
                </LinkButton>
              </FormActions>
            </>
          )}
        </div>
      </>
    );
  }

  return (
    <div className="cg-narrow">
      <PageHeader title={t('invitation.title')} />
      {body}
    </div>
  );
}
