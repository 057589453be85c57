import { Alert, Card, DefinitionList } from '@commonground/web-ui';
import { useTranslation } from 'react-i18next';
import type { InvitationPreviewQuery } from '../../gql/graphql';
import { RoleBadge, useFormatDate, VerifiedBadge } from '../../lib/components';
import { useReference } from '../../lib/reference';

type Preview = NonNullable<InvitationPreviewQuery['invitation']>;

/** What an invitation offers: which organization, which role, until when. */
export function InvitationSummary({ invitation }: { invitation: Preview }) {
  const { t } = useTranslation();
  const reference = useReference();
  const formatDate = useFormatDate();
  const organization = invitation.organization;
  return (
    <>
      {invitation.status !== 'PENDING' ? (
        <Alert tone="error" title={t(`invitation.status.${invitation.status}`)}>
          <p>{t('invitation.notUsableHelp')}</p>
        </Alert>
      ) : null}
      <Card className="cg-invitation">
        <p className="cg-eyebrow">{t('invitation.eyebrow')}</p>
        <p className="cg-invitation__org">
          <strong>{organization.name}</strong> <VerifiedBadge verified={organization.verified} />
        </p>
        <DefinitionList
          items={[
            { term: t('fields.kind'), value: reference.kind(organization.kind) },
            ...(organization.country ? [{ term: t('fields.country'), value: reference.country(organization.country) }] : []),
            { term: t('invitation.role'), value: <RoleBadge role={invitation.role} /> },
            { term: t('invitation.sentTo'), value: invitation.email },
            { term: t('invitation.expires'), value: formatDate(invitation.expiresAt, true) },
          ]}
        />
      </Card>
    </>
  );
}
