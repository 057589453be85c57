import { useMutation } from '@apollo/client/react';
import { Alert, Button, ConfirmButton, Section } from '@commonground/web-ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { Call } from './call-page';

const RemoveFileMutation = graphql(`
  mutation RemoveCallFile($id: ID!) {
    removeOpportunityFile(id: $id)
  }
`);

const ACCEPT = '.pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg';

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** Documents uploaded with a call: everyone who sees the call downloads them; the publisher adds and removes them. */
export function DocumentsSection({ call, onChanged }: { call: Call; onChanged: () => Promise<void> | void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [remove] = useMutation(RemoveFileMutation);
  const canEdit = call.viewerIsPublisher && call.status !== 'ARCHIVED';
  if (!call.files.length && !canEdit) return null;

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setError(t('calls.files.choose'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const form = new FormData();
      form.append('file', file, file.name);
      const res = await fetch(`/api/opportunities/${call.id}/files`, { method: 'POST', body: form, credentials: 'same-origin' });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        setError(body?.error?.message ?? t('calls.files.failed'));
        return;
      }
      if (input.current) input.current.value = '';
      await onChanged();
    } catch {
      setError(t('calls.files.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section id="call-files" title={t('calls.files.title')}>
      {call.files.length ? (
        <ul className="cg-list">
          {call.files.map((f) => (
            <li key={f.id} className="cg-list__item">
              <div className="cg-list__main">
                <a href={f.url} download>
                  {f.fileName}
                </a>{' '}
                <span className="cg-muted">({size(f.sizeBytes)})</span>
              </div>
              {canEdit ? (
                <ConfirmButton
                  label={t('calls.files.remove', { name: f.fileName })}
                  title={t('calls.files.removeTitle')}
                  message={t('calls.files.removeMessage', { name: f.fileName })}
                  confirmLabel={t('calls.files.removeConfirm')}
                  onConfirm={async () => {
                    await remove({ variables: { id: f.id } });
                    await onChanged();
                  }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="cg-muted">{t('calls.files.none')}</p>
      )}
      {canEdit ? (
        <form onSubmit={(e) => void upload(e)} className="cg-stack">
          <label htmlFor={inputId}>{t('calls.files.label')}</label>
          <input id={inputId} ref={input} type="file" accept={ACCEPT} aria-describedby={`${inputId}-help`} />
          <p id={`${inputId}-help`} className="cg-muted">
            {t('calls.files.help')}
          </p>
          {error ? <Alert title={error} /> : null}
          <div>
            <Button type="submit" isDisabled={busy}>
              {busy ? t('calls.files.uploading') : t('calls.files.upload')}
            </Button>
          </div>
        </form>
      ) : null}
    </Section>
  );
}
