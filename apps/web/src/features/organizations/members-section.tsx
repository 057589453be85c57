import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, EmptyState, Loading, Section, SelectField } from '@commonground/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationRole } from '../../gql/graphql';
import { isAdminRole, useSession } from '../../app/session';
import { ErrorAlert, QueryError, RoleBadge, useFormatDate } from '../../lib/components';
import { OrganizationMembersQuery, SetMemberRoleMutation } from './organizations.documents';

const ROLES: OrganizationRole[] = ['OWNER', 'ADMIN', 'MEMBER'];

export function MembersSection({ organizationId, organizationName, viewerRole }: { organizationId: string; organizationName: string; viewerRole: OrganizationRole }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const formatDate = useFormatDate();
  const { data, loading, error, refetch } = useQuery(OrganizationMembersQuery, { variables: { organizationId } });
  const [setMemberRole] = useMutation(SetMemberRoleMutation, { refetchQueries: ['ActivityLog'] });
  const [changeError, setChangeError] = useState<unknown>(undefined);
  const [changed, setChanged] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const canManage = isAdminRole(viewerRole);
  const members = data?.organizationMembers ?? [];

  return (
    <Section id="members" title={t('org.members', { count: members.length })}>
      {changed ? <Alert tone="success" title={changed} /> : null}
      <ErrorAlert error={changeError} />
      {loading && !data ? (
        <Loading />
      ) : error ? (
        <QueryError error={error} retry={() => void refetch()} />
      ) : members.length === 0 ? (
        <EmptyState title={t('org.noMembers')} />
      ) : (
        <ul className="cg-list">
          {members.map((member) => {
            const self = member.user.id === viewer?.user.id;
            // Owners are made and unmade by owners only; nobody changes their own role here.
            const editable = canManage && !self && (viewerRole === 'OWNER' || member.role !== 'OWNER');
            const roleOptions = ROLES.filter((role) => viewerRole === 'OWNER' || role !== 'OWNER').map((role) => ({ id: role, label: t(`roles.${role}`) }));
            return (
              <li key={member.user.id} className="cg-list__item">
                <div className="cg-list__main">
                  <div className="cg-list__title">
                    {member.user.name} {self ? <span className="cg-muted">({t('org.you')})</span> : null}
                  </div>
                  <div className="cg-list__meta">
                    {member.user.email} · {t('org.memberSince', { date: formatDate(member.since) })}
                  </div>
                </div>
                <div className="cg-list__actions">
                  {editable ? (
                    <SelectField
                      label={t('org.roleOf', { name: member.user.name })}
                      labelHidden
                      name={`role-${member.user.id}`}
                      options={roleOptions}
                      value={member.role}
                      isDisabled={busy !== null}
                      onChange={async (role) => {
                        if (!role || role === member.role) return;
                        setBusy(member.user.id);
                        setChangeError(undefined);
                        setChanged(null);
                        try {
                          await setMemberRole({ variables: { organizationId, userId: member.user.id, role: role as OrganizationRole } });
                          await refetch();
                          setChanged(t('org.roleChanged', { name: member.user.name, role: t(`roles.${role as OrganizationRole}`), organization: organizationName }));
                        } catch (e) {
                          setChangeError(e);
                        } finally {
                          setBusy(null);
                        }
                      }}
                    />
                  ) : (
                    <RoleBadge role={member.role} />
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
