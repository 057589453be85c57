import { useMutation } from '@apollo/client/react';
import { Button, FormActions, TextField } from '@commonground/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AccessRequestFieldsFragment } from '../../gql/graphql';
import { ErrorAlert } from '../../lib/components';
import { dayToIso, evictSmelterData } from './smelters-components';
import { focusFirstInvalid, useFormErrors } from '../../lib/forms';
import { DecideAccessRequestMutation, RequestAuditAccessMutation } from './smelters.documents';

const PURPOSE_MIN = 10;

/** Ask the owner of a discoverable audit to read it in full, saying why. */
export function RequestAccessForm({ auditId, onDone, onCancel }: { auditId: string; onDone: (request: AccessRequestFieldsFragment) => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const [purpose, setPurpose] = useState('');
  const { setError, fieldErrors, others } = useFormErrors(['purpose']);
  const [request, { loading }] = useMutation(RequestAuditAccessMutation, { update: evictSmelterData });
  const formRef = useRef<HTMLFormElement>(null);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    try {
      const { data } = await request({ variables: { auditId, purpose: purpose.trim() } });
      if (data) onDone(data.requestAuditAccess);
    } catch (e) {
      setError(e);
      focusFirstInvalid(formRef.current);
    }
  };
  return (
    <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} className="cg-form" aria-label={t('smelters.access.requestTitle')}>
      <ErrorAlert errors={others} />
      <TextField
        label={t('smelters.access.purpose')}
        name="purpose"
        multiline
        rows={3}
        isRequired
        minLength={PURPOSE_MIN}
        maxLength={2000}
        value={purpose}
        onChange={setPurpose}
        description={t('smelters.access.purposeHelp')}
      />
      <FormActions>
        <Button type="submit" variant="primary" isDisabled={loading}>
          {loading ? t('common.saving') : t('smelters.access.send')}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onPress={onCancel}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </FormActions>
    </Form>
  );
}

/** The owner's decision on a pending request: approve (until an optional day) or deny. */
export function DecideAccessRequest({ request, onDone }: { request: AccessRequestFieldsFragment; onDone?: () => void }) {
  const { t } = useTranslation();
  const [expires, setExpires] = useState('');
  const { setError, fieldErrors, others } = useFormErrors(['expiresAt']);
  const [decide, { loading }] = useMutation(DecideAccessRequestMutation, { update: evictSmelterData });
  const formRef = useRef<HTMLFormElement>(null);
  const approve = useRef(true);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    try {
      await decide({ variables: { id: request.id, approve: approve.current, expiresAt: approve.current ? dayToIso(expires) : null } });
      onDone?.();
    } catch (e) {
      setError(e);
      focusFirstInvalid(formRef.current);
    }
  };
  const who = request.requester.name;
  return (
    <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} className="cg-form cg-decide-form" aria-label={t('smelters.access.decideFor', { organization: who })}>
      <ErrorAlert errors={others} />
      <TextField label={t('smelters.access.expiresAt')} name="expiresAt" type="date" value={expires} onChange={setExpires} description={t('smelters.access.expiresHelp')} />
      <FormActions>
        <Button type="submit" variant="primary" isDisabled={loading} onPress={() => (approve.current = true)} aria-label={t('smelters.access.approveFor', { organization: who })}>
          {t('smelters.access.approve')}
        </Button>
        <Button type="submit" variant="danger" isDisabled={loading} onPress={() => (approve.current = false)} aria-label={t('smelters.access.denyFor', { organization: who })}>
          {t('smelters.access.deny')}
        </Button>
      </FormActions>
    </Form>
  );
}
