import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, DefinitionList, LinkButton, PageHeader, Section, SelectField } from '@commonground/web-ui';
import { useState } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { currentLanguage, LANGUAGES } from '../../i18n';
import { useSession } from '../../app/session';
import { ErrorAlert, RoleBadge, useDocumentTitle, VerifiedBadge } from '../../lib/components';
import { useReference } from '../../lib/reference';

const SwitchFromProfileMutation = graphql(`
  mutation SwitchFromProfile($organizationId: ID!) {
    switchOrganization(organizationId: $organizationId) {
      ...ViewerFields
    }
  }
`);

export function ProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('profile.title'));
  const { viewer, changeLanguage, reload } = useSession();
  const reference = useReference();
  const [switchOrganization, { error }] = useMutation(SwitchFromProfileMutation);
  const [switching, setSwitching] = useState<string | null>(null);
  if (!viewer) return null;
  const activeId = viewer.activeOrganization?.id;

  return (
    <>
      <PageHeader title={t('profile.title')} description={t('profile.lead')} />
      <div className="cg-two-columns">
        <div>
          <Section id="organizations" title={t('profile.organizations')} actions={<LinkButton href="/organizations/new">{t('org.create')}</LinkButton>}>
            <ErrorAlert error={error} />
            {viewer.user.memberships.length === 0 ? (
              <p>{t('profile.noOrganizations')}</p>
            ) : (
              <ul className="cg-list">
                {viewer.user.memberships.map((membership) => {
                  const organization = membership.organization;
                  const active = organization.id === activeId;
                  return (
                    <li key={organization.id} className="cg-list__item">
                      <div className="cg-list__main">
                        <Link href={`/organizations/${organization.slug}`} className="cg-list__title">
                          {organization.name}
                        </Link>{' '}
                        <VerifiedBadge verified={organization.verified} />
                        <div className="cg-list__meta">
                          {reference.kind(organization.kind)} · <RoleBadge role={membership.role} />
                        </div>
                      </div>
                      <div className="cg-list__actions">
                        {active ? (
                          <Badge tone="info">{t('profile.active')}</Badge>
                        ) : (
                          <Button
                            isDisabled={switching !== null}
                            onPress={async () => {
                              setSwitching(organization.id);
                              try {
                                await switchOrganization({ variables: { organizationId: organization.id } });
                                await reload();
                              } catch {
                                // shown above
                              } finally {
                                setSwitching(null);
                              }
                            }}
                          >
                            {t('profile.actFor', { organization: organization.name })}
                          </Button>
                        )}
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
          </Section>
        </div>
        <div>
          <Section id="account" title={t('profile.account')}>
            <Card>
              <DefinitionList
                items={[
                  { term: t('fields.fullName'), value: viewer.user.name },
                  { term: t('fields.email'), value: viewer.user.email },
                ]}
              />
              <div className="cg-space-top">
                <SelectField
                  label={t('profile.language')}
                  name="profileLanguage"
                  options={LANGUAGES.map((language) => ({ id: language.code, label: language.name }))}
                  value={currentLanguage()}
                  onChange={(value) => value && void changeLanguage(value)}
                  description={t('profile.languageHelp')}
                />
              </div>
            </Card>
          </Section>
        </div>
      </div>
    </>
  );
}
