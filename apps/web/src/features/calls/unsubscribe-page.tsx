import { useMutation } from '@apollo/client/react';
import { Alert, Button, LinkButton, PageHeader } from '@commonground/web-ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert, useDocumentTitle } from '../../lib/components';
import { UnsubscribeMutation } from './calls.documents';

/**
 * /unsubscribe/:token — the link of an alert or reminder e-mail. Nothing
 * happens until the button is pressed: mail scanners open links ahead of people.
 */
export function UnsubscribePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('calls.unsubscribe.title'));
  const { token = '' } = useParams();
  const [unsubscribe, { data, loading, error }] = useMutation(UnsubscribeMutation);
  const result = data?.unsubscribe;
  return (
    <div className="cg-narrow">
      <PageHeader title={t('calls.unsubscribe.title')} description={t('calls.unsubscribe.lead')} />
      <ErrorAlert error={error} />
      {result ? (
        <Alert tone={result.done ? 'success' : 'info'} title={result.done ? t('calls.unsubscribe.done') : t('calls.unsubscribe.nothing')}>
          <p lang="en">{result.description}</p>
        </Alert>
      ) : (
        <Button variant="primary" isDisabled={loading} onPress={() => void unsubscribe({ variables: { token } }).catch(() => undefined)}>
          {loading ? t('common.loading') : t('calls.unsubscribe.button')}
        </Button>
      )}
      <p className="cg-space-top">
        <LinkButton href="/calls/saved" variant="quiet">
          {t('calls.unsubscribe.manage')}
        </LinkButton>
      </p>
    </div>
  );
}
