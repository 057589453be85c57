import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, FormActions, Section } from '@commonground/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { OrganizationQuery, SizeBand } from '../../gql/graphql';
import { useSession } from '../../app/session';
import { ErrorAlert } from '../../lib/components';
import { focusFirstInvalid, optional, useFormErrors } from '../../lib/forms';
import { OrganizationFields, ORGANIZATION_FIELDS, type OrganizationFormValues } from './organization-fields';
import { UpdateOrganizationMutation } from './organizations.documents';

type Organization = NonNullable<OrganizationQuery['organization']>;

export function EditOrganizationForm({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { reload } = useSession();
  const initial: OrganizationFormValues = {
    name: organization.name,
    kind: organization.kind,
    country: organization.country,
    sizeBand: organization.sizeBand,
    website: organization.website ?? '',
  };
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(UpdateOrganizationMutation, { refetchQueries: ['ActivityLog'] });
  const { setError, fieldErrors, others } = useFormErrors(ORGANIZATION_FIELDS);
  const formRef = useRef<HTMLFormElement>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    setSaved(false);
    try {
      const result = await update({
        variables: {
          id: organization.id,
          input: {
            name: values.name.trim(),
            country: values.country,
            sizeBand: values.sizeBand as SizeBand | null,
            website: optional(values.website),
          },
        },
      });
      setSaved(true);
      const updated = result.data?.updateOrganization;
      if (updated && updated.name !== organization.name) await reload();
      if (updated && updated.slug !== organization.slug) navigate(`/organizations/${updated.slug}`, { replace: true });
    } catch (e) {
      setError(e);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <Section id="edit-profile" title={t('org.editTitle')}>
      <Card>
        <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} aria-label={t('org.editTitle')}>
          <ErrorAlert errors={others} />
          <OrganizationFields
            values={values}
            onChange={(next) => {
              setSaved(false);
              setValues(next);
            }}
          />
          {saved ? <Alert tone="success" title={t('org.saved')} /> : null}
          <FormActions>
            <Button type="submit" variant="primary" isDisabled={loading}>
              {loading ? t('common.saving') : t('common.save')}
            </Button>
          </FormActions>
        </Form>
      </Card>
    </Section>
  );
}
