import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, ConfirmButton, EmptyState, Loading, Section, SelectField, TextField } from '@commonground/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { OrganizationRole } from '../../gql/graphql';
import { ErrorAlert, QueryError, RoleBadge, useFormatDate } from '../../lib/components';
import { focusFirstInvalid, useFormErrors } from '../../lib/forms';
import { InviteMemberMutation, OrganizationInvitationsQuery, RevokeInvitationMutation } from './organizations.documents';

/** Pending invitations, with a form to invite a colleague. For owners and administrators. */
export function InvitationsSection({ organizationId, viewerRole }: { organizationId: string; viewerRole: OrganizationRole }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { data, loading, error, refetch } = useQuery(OrganizationInvitationsQuery, { variables: { organizationId } });
  const [revoke] = useMutation(RevokeInvitationMutation, { refetchQueries: ['ActivityLog'] });
  const [revokeError, setRevokeError] = useState<unknown>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const invitations = data?.invitations ?? [];

  return (
    <>
      <Section id="invite" title={t('org.inviteTitle')}>
        <InviteForm
          organizationId={organizationId}
          viewerRole={viewerRole}
          onInvited={async (email) => {
            setNotice(t('org.invited', { email }));
            await refetch();
          }}
        />
        {notice ? <Alert tone="success" title={notice} /> : null}
      </Section>
      <Section id="invitations" title={t('org.pendingInvitations', { count: invitations.length })}>
        <ErrorAlert error={revokeError} />
        {loading && !data ? (
          <Loading />
        ) : error ? (
          <QueryError error={error} retry={() => void refetch()} />
        ) : invitations.length === 0 ? (
          <EmptyState title={t('org.noInvitations')} />
        ) : (
          <ul className="cg-list">
            {invitations.map((invitation) => (
              <li key={invitation.id} className="cg-list__item">
                <div className="cg-list__main">
                  <div className="cg-list__title">{invitation.email}</div>
                  <div className="cg-list__meta">
                    <RoleBadge role={invitation.role} /> ·{' '}
                    {invitation.invitedBy
                      ? t('org.invitedBy', { name: invitation.invitedBy.name, date: formatDate(invitation.createdAt) })
                      : t('org.invitedOn', { date: formatDate(invitation.createdAt) })}{' '}
                    · {t('org.expiresOn', { date: formatDate(invitation.expiresAt) })}
                  </div>
                </div>
                <div className="cg-list__actions">
                  <ConfirmButton
                    label={<>{t('org.revoke')}<span className="cg-visually-hidden"> {invitation.email}</span></>}
                    title={t('org.revokeTitle')}
                    message={t('org.revokeMessage', { email: invitation.email })}
                    confirmLabel={t('org.revokeConfirm')}
                    variant="danger"
                    onConfirm={async () => {
                      setRevokeError(undefined);
                      setNotice(null);
                      try {
                        await revoke({ variables: { id: invitation.id } });
                        setNotice(t('org.revoked', { email: invitation.email }));
                        await refetch();
                      } catch (e) {
                        setRevokeError(e);
                      }
                    }}
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

function InviteForm({ organizationId, viewerRole, onInvited }: { organizationId: string; viewerRole: OrganizationRole; onInvited: (email: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<string | null>('MEMBER');
  const [invite, { loading }] = useMutation(InviteMemberMutation, { refetchQueries: ['ActivityLog'] });
  const { setError, fieldErrors, others } = useFormErrors(['email', 'role']);
  const formRef = useRef<HTMLFormElement>(null);
  const roles = (['MEMBER', 'ADMIN', 'OWNER'] as const).filter((r) => viewerRole === 'OWNER' || r !== 'OWNER').map((r) => ({ id: r, label: t(`roles.${r}`) }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    const address = email.trim();
    try {
      await invite({ variables: { input: { organizationId, email: address, role: (role ?? 'MEMBER') as OrganizationRole } } });
      setEmail('');
      await onInvited(address);
    } catch (e) {
      setError(e);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <Card>
      <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} className="cg-form-wide" aria-label={t('org.inviteTitle')}>
        <p className="cg-description">{t('org.inviteHelp')}</p>
        <ErrorAlert errors={others} />
        <div className="cg-inline-form">
          <TextField label={t('fields.email')} name="email" type="email" isRequired value={email} onChange={setEmail} autoComplete="off" />
          <SelectField label={t('org.role')} name="role" isRequired options={roles} value={role} onChange={setRole} />
          <Button type="submit" variant="primary" isDisabled={loading}>
            {loading ? t('org.inviting') : t('org.inviteSubmit')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
