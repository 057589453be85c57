import { useMutation } from '@apollo/client/react';
import { Button, Card, FormActions, PageHeader } from '@commonground/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { OrganizationKind, SizeBand } from '../../gql/graphql';
import { useSession } from '../../app/session';
import { ErrorAlert, useDocumentTitle } from '../../lib/components';
import { focusFirstInvalid, optional, useFormErrors } from '../../lib/forms';
import { OrganizationFields, ORGANIZATION_FIELDS, type OrganizationFormValues } from './organization-fields';
import { CreateOrganizationMutation, SwitchToOrganizationMutation } from './organizations.documents';

export function CreateOrganizationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('org.createTitle'));
  const navigate = useNavigate();
  const { reload } = useSession();
  const [values, setValues] = useState<OrganizationFormValues>({ name: '', kind: null, country: null, sizeBand: null, website: '' });
  const [create, { loading }] = useMutation(CreateOrganizationMutation);
  const [switchOrganization] = useMutation(SwitchToOrganizationMutation);
  const { setError, fieldErrors, others } = useFormErrors(ORGANIZATION_FIELDS);
  const formRef = useRef<HTMLFormElement>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    try {
      const result = await create({
        variables: {
          input: {
            name: values.name.trim(),
            kind: values.kind as OrganizationKind,
            country: values.country,
            sizeBand: values.sizeBand as SizeBand | null,
            website: optional(values.website),
          },
        },
      });
      const organization = result.data!.createOrganization;
      // The person who creates an organization goes on to act for it.
      try {
        await switchOrganization({ variables: { organizationId: organization.id } });
      } catch {
        // they can still switch from the header
      }
      await reload();
      navigate(`/organizations/${organization.slug}`, { state: { created: true } });
    } catch (error) {
      setError(error);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <div className="cg-narrow">
      <PageHeader title={t('org.createTitle')} description={t('org.createLead')} />
      <Card>
        <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} className="cg-form" aria-label={t('org.createTitle')}>
          <ErrorAlert errors={others} />
          <OrganizationFields values={values} onChange={setValues} withKind />
          <FormActions>
            <Button type="submit" variant="primary" isDisabled={loading}>
              {loading ? t('common.saving') : t('org.createSubmit')}
            </Button>
          </FormActions>
        </Form>
      </Card>
    </div>
  );
}
