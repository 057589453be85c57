import { useLazyQuery, useMutation } from '@apollo/client/react';
import { Alert, Button, PageHeader, Section } from '@commonground/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, useDocumentTitle } from '../../lib/components';
import { apiErrors, type ApiError } from '../../lib/errors';
import { AddConcernMessageMutation, ConcernByCodeQuery, RevokeFollowUpCodeMutation } from './concerns.documents';
import { ConcernStatusBadge, ConcernThread, EVIDENCE_ACCEPT, MAX_EVIDENCE_BYTES, uploadEvidence } from './concerns-components';

/**
 * /concerns/follow-up — the reporter, without an account: the code opens the
 * concern (status, replies meant for it), adds information and files, revokes
 * the code. The code stays in memory, never in the address bar or history.
 */
export function FollowUpPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('concerns.followUp.title'));
  const [code, setCode] = useState('');
  const [load, { data, loading, error, refetch }] = useLazyQuery(ConcernByCodeQuery, { fetchPolicy: 'network-only' });
  const [addMessage, adding] = useMutation(AddConcernMessageMutation);
  const [revoke] = useMutation(RevokeFollowUpCodeMutation);
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [newCode, setNewCode] = useState<string | null>(null);
  const files = useRef<HTMLInputElement>(null);
  const concern = data?.concernByFollowUpCode ?? null;
  const tried = data !== undefined;

  const open = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(null);
    setNewCode(null);
    const value = String(new FormData(event.currentTarget).get('code') ?? '').trim();
    setCode(value);
    if (value) void load({ variables: { code: value } });
  };

  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const body = String(new FormData(formElement).get('body') ?? '').trim();
    const chosen = [...(files.current?.files ?? [])];
    setErrors([]);
    setNotice(null);
    try {
      if (chosen.some((f) => f.size > MAX_EVIDENCE_BYTES)) throw new Error(t('concerns.evidence.tooLarge'));
      if (body) await addMessage({ variables: { followUpCode: code, body } });
      for (const file of chosen) {
        const sent = await uploadEvidence(concern!.id, file, code);
        if (!sent.ok) setErrors((list) => [...list, { code: sent.code, message: `${file.name}: ${sent.message}` }]);
      }
      formElement.reset();
      setNotice(t('concerns.followUp.sent'));
      await refetch();
    } catch (e) {
      const list = apiErrors(e);
      setErrors(list.length ? list : [{ code: 'BAD_USER_INPUT', message: e instanceof Error ? e.message : String(e) }]);
    }
  };

  const revokeCode = async (issueNew: boolean) => {
    setErrors([]);
    try {
      const { data: revoked } = await revoke({ variables: { code, issueNew } });
      setNewCode(revoked?.revokeConcernFollowUpCode ?? null);
      setNotice(issueNew ? t('concerns.followUp.replaced') : t('concerns.followUp.revoked'));
      setCode('');
    } catch (e) {
      setErrors(apiErrors(e));
    }
  };

  return (
    <div className="cg-concern-light">
      <PageHeader title={t('concerns.followUp.title')} description={t('concerns.followUp.lead')} />
      <form className="cg-form cg-concern-form" onSubmit={open}>
        <div className="cg-field">
          <label className="cg-label" htmlFor="follow-up-code">
            {t('concerns.followUp.code')}
          </label>
          <input id="follow-up-code" name="code" className="cg-input cg-concern-code-input" autoComplete="off" autoCapitalize="characters" spellCheck={false} />
        </div>
        <Button type="submit" variant="primary" isDisabled={loading}>
          {t('concerns.followUp.open')}
        </Button>
      </form>
      {error ? <ErrorAlert error={error} /> : null}
      {notice ? <Alert tone="success" title={notice} /> : null}
      {newCode ? (
        <div className="cg-concern-code" role="status">
          <p>{t('concerns.report.yourCode')}</p>
          <p className="cg-concern-code__value">{newCode}</p>
          <p>{t('concerns.report.keepBody')}</p>
        </div>
      ) : null}
      {tried && !concern && !error && code ? <Alert tone="error" title={t('concerns.followUp.notFound')} /> : null}
      {concern && code ? (
        <>
          <Section id="concern-status" title={t('concerns.followUp.statusTitle', { reference: concern.reference })}>
            <p>
              <ConcernStatusBadge status={concern.status} /> {t(`concerns.statusHelp.${concern.status}`)}
            </p>
            {concern.reachedCount ? <p>{t('concerns.followUp.reached', { count: concern.reachedCount, joined: concern.joinedCount })}</p> : null}
            {concern.referredTo ? <p>{t('concerns.followUp.referredTo', { to: concern.referredTo })}</p> : null}
            {concern.outcome ? (
              <p>
                <strong>{t('concerns.fields.outcome')}:</strong> {concern.outcome}
              </p>
            ) : null}
          </Section>
          <Section id="concern-replies" title={t('concerns.followUp.replies')}>
            <ConcernThread messages={concern.messages} marks={false} />
          </Section>
          <Section id="concern-add" title={t('concerns.followUp.addTitle')}>
            <ErrorAlert errors={errors} />
            <form className="cg-form cg-concern-form" onSubmit={(e) => void send(e)}>
              <div className="cg-field">
                <label className="cg-label" htmlFor="follow-up-body">
                  {t('concerns.followUp.message')}
                </label>
                <textarea id="follow-up-body" name="body" className="cg-input cg-textarea" rows={4} maxLength={20000} />
              </div>
              <div className="cg-field">
                <label className="cg-label" htmlFor="follow-up-files">
                  {t('concerns.fields.evidence')}
                </label>
                <input id="follow-up-files" type="file" multiple accept={EVIDENCE_ACCEPT} ref={files} className="cg-input" aria-describedby="follow-up-files-hint" />
                <p className="cg-description" id="follow-up-files-hint">
                  {t('concerns.evidence.hint')}
                </p>
              </div>
              <Button type="submit" variant="primary" isDisabled={adding.loading}>
                {t('concerns.followUp.send')}
              </Button>
            </form>
            {concern.evidence.length ? (
              <>
                <h3>{t('concerns.followUp.yourFiles')}</h3>
                <ul>
                  {concern.evidence.map((e) => (
                    <li key={e.id}>{e.fileName}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </Section>
          <Section id="concern-code" title={t('concerns.followUp.codeTitle')}>
            <p>{t('concerns.followUp.revokeHelp')}</p>
            <div className="cg-button-row">
              <Button variant="secondary" onPress={() => void revokeCode(true)}>
                {t('concerns.followUp.replace')}
              </Button>
              <Button variant="danger" onPress={() => void revokeCode(false)}>
                {t('concerns.followUp.revoke')}
              </Button>
            </div>
          </Section>
        </>
      ) : null}
    </div>
  );
}
