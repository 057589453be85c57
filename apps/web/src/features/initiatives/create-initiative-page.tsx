import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, FormActions, LinkButton, PageHeader, TextField } from '@commonground/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../app/session';
import { ErrorAlert, useDocumentTitle } from '../../lib/components';
import { focusFirstInvalid, optional, useFormErrors } from '../../lib/forms';
import { useCanCreateInitiative } from './initiatives-page';
import { CreateInitiativeMutation } from './initiatives.documents';

export function CreateInitiativePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('initiative.createTitle'));
  const navigate = useNavigate();
  const { viewer } = useSession();
  const canCreate = useCanCreateInitiative();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const secretariatId = viewer?.activeOrganization?.id;
  const [create, { loading }] = useMutation(CreateInitiativeMutation, {
    refetchQueries: ['Initiatives'],
    // The secretariat's list of the initiatives it runs is now out of date: read it again when next shown.
    update: (cache) => {
      if (secretariatId) cache.evict({ id: cache.identify({ __typename: 'Organization', id: secretariatId }), fieldName: 'runsInitiatives' });
    },
  });
  const { setError, fieldErrors, others } = useFormErrors(['name', 'description']);
  const formRef = useRef<HTMLFormElement>(null);

  if (!canCreate) {
    return (
      <div className="cg-narrow">
        <PageHeader title={t('initiative.createTitle')} />
        <Alert tone="info" title={t('initiative.onlySecretariats')}>
          <p>{viewer?.activeOrganization ? t('initiative.onlySecretariatsHelp', { organization: viewer.activeOrganization.name }) : t('initiative.noActiveOrganization')}</p>
          <LinkButton href="/initiatives">{t('initiative.backToDirectory')}</LinkButton>
        </Alert>
      </div>
    );
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    try {
      const result = await create({ variables: { input: { name: name.trim(), description: optional(description) } } });
      navigate(`/initiatives/${result.data!.createInitiative.slug}`, { state: { created: true } });
    } catch (e) {
      setError(e);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <div className="cg-narrow">
      <PageHeader title={t('initiative.createTitle')} description={t('initiative.createLead', { organization: viewer?.activeOrganization?.name ?? '' })} />
      <Card>
        <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} className="cg-form" aria-label={t('initiative.createTitle')}>
          <ErrorAlert errors={others} />
          <TextField label={t('initiative.name')} name="name" isRequired minLength={2} maxLength={160} value={name} onChange={setName} />
          <TextField label={t('initiative.description')} name="description" multiline rows={6} maxLength={5000} value={description} onChange={setDescription} description={t('initiative.descriptionHelp')} />
          <FormActions>
            <Button type="submit" variant="primary" isDisabled={loading}>
              {loading ? t('common.saving') : t('initiative.createSubmit')}
            </Button>
          </FormActions>
        </Form>
      </Card>
    </div>
  );
}
