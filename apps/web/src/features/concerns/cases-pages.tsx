import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, DefinitionList, EmptyState, LinkButton, Loading, PageHeader, Section, TableWrap } from '@commonground/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useSession } from '../../app/session';
import type { ConcernFieldsFragment, ConcernStatus } from '../../gql/graphql';
import { ErrorAlert, NotFoundContent, QueryError, useDocumentTitle } from '../../lib/components';
import { apiErrors, type ApiError } from '../../lib/errors';
import { useReference } from '../../lib/reference';
import {
  AddConcernMessageMutation,
  ConcernCaseHandlerQuery,
  ConcernQuery,
  ConcernsQuery,
  JoinConcernCaseMutation,
  SetConcernStatusMutation,
  ShareConcernEvidenceMutation,
  TriageConcernMutation,
} from './concerns.documents';
import { ConcernStatusBadge, ConcernThread, EVIDENCE_ACCEPT, uploadEvidence } from './concerns-components';

/** /concerns — what the feature offers: report, follow up, and the cases for those who have some. */
export function ConcernsLandingPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  useDocumentTitle(t('concerns.landing.title'));
  return (
    <div className="cg-concern-light">
      <PageHeader title={t('concerns.landing.title')} description={t('concerns.landing.lead')} />
      <ul className="cg-concern-actions">
        <li>
          <LinkButton href="/concerns/report" variant="primary">
            {t('concerns.landing.report')}
          </LinkButton>
        </li>
        <li>
          <LinkButton href="/concerns/follow-up">{t('concerns.landing.followUp')}</LinkButton>
        </li>
        {viewer ? (
          <li>
            <LinkButton href="/concerns/cases">{t('concerns.landing.cases')}</LinkButton>
          </li>
        ) : null}
      </ul>
      <p>{t('concerns.landing.how')}</p>
    </div>
  );
}

/** /concerns/cases — case handlers: the queue (new first) and every case they handle; organizations: the concerns that reached them. */
export function ConcernCasesPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('concerns.cases.title'));
  const reference = useReference();
  const [filter, setFilter] = useState<'new' | 'all'>('new');
  // handlers start with the queue (new concerns); organizations see every concern that reached them
  const role = useQuery(ConcernCaseHandlerQuery, { fetchPolicy: 'cache-and-network' });
  const handler = role.data?.viewerIsConcernCaseHandler ?? false;
  const statuses: ConcernStatus[] | null = handler && filter === 'new' ? ['RECEIVED'] : null;
  const { data, loading, error, refetch } = useQuery(ConcernsQuery, { variables: { statuses, first: 100 }, skip: !role.data, fetchPolicy: 'cache-and-network' });
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  if ((loading || role.loading) && !data) return <Loading />;
  if (role.error && !role.data) return <QueryError error={role.error} retry={() => void role.refetch()} />;
  if (error && !data) return <QueryError error={error} retry={() => void refetch()} />;
  const rows = data?.concerns.edges.map((e) => e.node) ?? [];
  return (
    <>
      <PageHeader title={t('concerns.cases.title')} description={handler ? t('concerns.cases.handlerLead') : t('concerns.cases.companyLead')} />
      {handler ? (
        <div className="cg-button-row" role="group" aria-label={t('concerns.cases.filter')}>
          <Button variant={filter === 'new' ? 'primary' : 'secondary'} onPress={() => setFilter('new')} aria-pressed={filter === 'new'}>
            {t('concerns.cases.queue')}
          </Button>
          <Button variant={filter === 'all' ? 'primary' : 'secondary'} onPress={() => setFilter('all')} aria-pressed={filter === 'all'}>
            {t('concerns.cases.all')}
          </Button>
        </div>
      ) : null}
      {rows.length ? (
        <TableWrap label={t('concerns.cases.title')}>
          <table className="cg-table">
            <thead>
              <tr>
                <th scope="col">{t('concerns.fields.reference')}</th>
                <th scope="col">{t('concerns.fields.subject')}</th>
                <th scope="col">{t('concerns.fields.category')}</th>
                <th scope="col">{t('concerns.fields.status')}</th>
                <th scope="col">{t('concerns.cases.reachedJoined')}</th>
                <th scope="col">{t('concerns.fields.filedOn')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={`/concerns/cases/${c.id}`}>{c.reference}</Link>
                  </td>
                  <td>{c.smelter?.name ?? [c.place, c.country ? reference.country(c.country) : null].filter(Boolean).join(', ')}</td>
                  <td>{t(`concerns.category.${c.category}`)}</td>
                  <td>
                    <ConcernStatusBadge status={c.status} /> {c.viewerIsLead ? <Badge tone="success">{t('concerns.case.lead')}</Badge> : c.viewerJoined ? <Badge>{t('concerns.case.joined')}</Badge> : null}
                  </td>
                  <td>
                    {c.joinedCount} / {c.reachedCount}
                  </td>
                  <td>{day.format(new Date(c.createdAt))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <EmptyState title={handler && filter === 'new' ? t('concerns.cases.emptyQueue') : t('concerns.cases.empty')} />
      )}
    </>
  );
}

/** /concerns/cases/:id — one case: triage for handlers, the organizations reached, join and lead, the thread, evidence, status. */
export function ConcernCasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ConcernQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const concern = data?.concern;
  useDocumentTitle(concern?.reference ?? t('concerns.cases.title'));
  if (loading && !concern) return <Loading />;
  if (error && !concern) return <QueryError error={error} retry={() => void refetch()} />;
  if (!concern) return <NotFoundContent />;
  return <CaseContent concern={concern} refetch={() => void refetch()} />;
}

function CaseContent({ concern, refetch }: { concern: ConcernFieldsFragment; refetch: () => void }) {
  const { t, i18n } = useTranslation();
  const reference = useReference();
  const { viewer } = useSession();
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [triage] = useMutation(TriageConcernMutation);
  const [join] = useMutation(JoinConcernCaseMutation);
  const [setStatus] = useMutation(SetConcernStatusMutation);
  const [addMessage] = useMutation(AddConcernMessageMutation);
  const [share] = useMutation(ShareConcernEvidenceMutation);
  const handlerFiles = useRef<HTMLInputElement>(null);
  const run = async (action: () => Promise<unknown>, message: string) => {
    setErrors([]);
    setDone(null);
    try {
      await action();
      setDone(message);
      refetch();
    } catch (e) {
      setErrors(apiErrors(e));
    }
  };
  const subject = concern.smelter ? `${concern.smelter.name} (${concern.smelter.cid ?? '—'})` : [concern.place, concern.country ? reference.country(concern.country) : null].filter(Boolean).join(', ');
  const canMoveStatus = concern.viewerIsHandler || concern.viewerIsLead;
  const open = ['TRIAGED', 'IN_PROGRESS', 'RESPONDED'].includes(concern.status);

  const onTriage = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const decision = (submitter?.value ?? 'accept') as 'accept' | 'merge' | 'refer' | 'reject';
    const note = String(form.get('note') ?? '').trim() || null;
    const mergeIntoId = decision === 'merge' ? String(form.get('mergeInto') ?? '').trim() || null : null;
    const referTo = decision === 'refer' ? String(form.get('referTo') ?? '').trim() || null : null;
    void run(() => triage({ variables: { id: concern.id, accept: decision === 'accept', note, mergeIntoId, referTo } }), t(`concerns.case.triaged.${decision}`));
  };

  const onMessage = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const body = String(form.get('body') ?? '').trim();
    void run(async () => {
      await addMessage({ variables: { concernId: concern.id, body, visibleToReporter: form.get('visible') === 'on' } });
      formElement.reset();
    }, t('concerns.case.messageSent'));
  };

  const onStatus = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void run(() => setStatus({ variables: { id: concern.id, status: String(form.get('status')) as ConcernStatus, outcome: String(form.get('outcome') ?? '').trim() || null } }), t('concerns.case.statusSaved'));
  };

  const onHandlerFiles = () =>
    run(async () => {
      for (const file of [...(handlerFiles.current?.files ?? [])]) {
        const sent = await uploadEvidence(concern.id, file);
        if (!sent.ok) throw Object.assign(new Error(sent.message), { graphQLErrors: [{ message: sent.message, extensions: { code: sent.code } }] });
      }
      if (handlerFiles.current) handlerFiles.current.value = '';
    }, t('concerns.evidence.added'));

  return (
    <>
      <PageHeader eyebrow={t(`concerns.category.${concern.category}`)} title={`${concern.reference} · ${subject}`} description={<ConcernStatusBadge status={concern.status} />} />
      <ErrorAlert errors={errors} />
      {done ? <Alert tone="success" title={done} /> : null}
      <Section id="concern-about" title={t('concerns.case.about')}>
        <DefinitionList
          items={[
            { term: t('concerns.fields.subject'), value: subject || '—' },
            ...(concern.latitude != null ? [{ term: t('concerns.fields.coordinates'), value: `${concern.latitude}, ${concern.longitude}` }] : []),
            { term: t('concerns.fields.happenedOn'), value: concern.happenedOn ? day.format(new Date(concern.happenedOn)) : '—' },
            { term: t('concerns.fields.filedOn'), value: day.format(new Date(concern.createdAt)) },
            { term: t('concerns.fields.language'), value: new Intl.DisplayNames([i18n.language], { type: 'language' }).of(concern.language) ?? concern.language },
            {
              term: t('concerns.fields.reporter'),
              value: concern.anonymous ? t('concerns.case.anonymous') : concern.reporterName || concern.reporterContact ? [concern.reporterName, concern.reporterContact].filter(Boolean).join(' · ') : t('concerns.case.reporterHidden'),
            },
            ...(concern.referredTo ? [{ term: t('concerns.fields.referredTo'), value: concern.referredTo }] : []),
            ...(concern.mergedIntoReference ? [{ term: t('concerns.fields.mergedInto'), value: concern.mergedIntoReference }] : []),
            ...(concern.outcome ? [{ term: t('concerns.fields.outcome'), value: concern.outcome }] : []),
          ]}
        />
        <h3>{t('concerns.fields.description')}</h3>
        <p className="cg-concern-description">{concern.description}</p>
      </Section>

      {concern.viewerIsHandler && concern.status === 'RECEIVED' ? (
        <Section id="concern-triage" title={t('concerns.case.triage')}>
          <form className="cg-form" onSubmit={onTriage}>
            <div className="cg-field">
              <label className="cg-label" htmlFor="triage-note">
                {t('concerns.case.note')}
              </label>
              <textarea id="triage-note" name="note" className="cg-input cg-textarea" rows={3} aria-describedby="triage-note-hint" />
              <p className="cg-description" id="triage-note-hint">
                {t('concerns.case.noteHint')}
              </p>
            </div>
            <div className="cg-field">
              <label className="cg-label" htmlFor="triage-merge">
                {t('concerns.case.mergeInto')}
              </label>
              <input id="triage-merge" name="mergeInto" className="cg-input" aria-describedby="triage-merge-hint" />
              <p className="cg-description" id="triage-merge-hint">
                {t('concerns.case.mergeHint')}
              </p>
            </div>
            <div className="cg-field">
              <label className="cg-label" htmlFor="triage-refer">
                {t('concerns.case.referTo')}
              </label>
              <input id="triage-refer" name="referTo" className="cg-input" />
            </div>
            <div className="cg-button-row">
              <button type="submit" name="decision" value="accept" className="cg-button cg-button--primary">
                {t('concerns.case.accept')}
              </button>
              <button type="submit" name="decision" value="merge" className="cg-button cg-button--secondary">
                {t('concerns.case.merge')}
              </button>
              <button type="submit" name="decision" value="refer" className="cg-button cg-button--secondary">
                {t('concerns.case.refer')}
              </button>
              <button type="submit" name="decision" value="reject" className="cg-button cg-button--danger">
                {t('concerns.case.reject')}
              </button>
            </div>
            <p className="cg-description">{t('concerns.case.askHint')}</p>
          </form>
        </Section>
      ) : null}

      {concern.recipients.length ? (
        <Section id="concern-recipients" title={t('concerns.case.recipients')}>
          <TableWrap label={t('concerns.case.recipients')}>
            <table className="cg-table">
              <thead>
                <tr>
                  <th scope="col">{t('concerns.case.organization')}</th>
                  <th scope="col">{t('concerns.case.reason')}</th>
                  <th scope="col">{t('concerns.case.joinedColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {concern.recipients.map((r) => (
                  <tr key={r.organization.id}>
                    <td>{r.organization.name}</td>
                    <td>{r.reason}</td>
                    <td>{r.lead ? <Badge tone="success">{t('concerns.case.lead')}</Badge> : r.joined ? <Badge tone="info">{t('concerns.case.joined')}</Badge> : <Badge tone="warning">{t('concerns.case.notJoined')}</Badge>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          {concern.viewerIsRecipient && open && viewer?.activeOrganization ? (
            <div className="cg-button-row">
              {!concern.viewerJoined ? (
                <Button variant="primary" onPress={() => void run(() => join({ variables: { id: concern.id } }), t('concerns.case.joinedDone'))}>
                  {t('concerns.case.join')}
                </Button>
              ) : null}
              {!concern.viewerIsLead && !concern.recipients.some((r) => r.lead) ? (
                <Button variant="secondary" onPress={() => void run(() => join({ variables: { id: concern.id, lead: true } }), t('concerns.case.ledDone'))}>
                  {t('concerns.case.takeLead')}
                </Button>
              ) : null}
            </div>
          ) : null}
        </Section>
      ) : null}

      <Section id="concern-thread" title={t('concerns.case.thread')}>
        <ConcernThread messages={concern.messages} marks />
        <form className="cg-form" onSubmit={onMessage}>
          <div className="cg-field">
            <label className="cg-label" htmlFor="case-message">
              {t('concerns.case.message')}
            </label>
            <textarea id="case-message" name="body" className="cg-input cg-textarea" rows={4} required />
          </div>
          <label className="cg-radio-line">
            <input type="checkbox" name="visible" /> {t('concerns.case.visibleToReporter')}
          </label>
          <Button type="submit" variant="primary">
            {t('concerns.case.send')}
          </Button>
        </form>
      </Section>

      {canMoveStatus && !['RECEIVED', 'REJECTED', 'REFERRED'].includes(concern.status) ? (
        <Section id="concern-status" title={t('concerns.case.statusTitle')}>
          <form className="cg-form" onSubmit={onStatus}>
            <div className="cg-field">
              <label className="cg-label" htmlFor="case-status">
                {t('concerns.fields.status')}
              </label>
              <select id="case-status" name="status" className="cg-input" defaultValue={concern.status === 'TRIAGED' ? 'IN_PROGRESS' : concern.status}>
                {(['IN_PROGRESS', 'RESPONDED', 'CLOSED'] as const).map((s) => (
                  <option key={s} value={s}>
                    {t(`concerns.status.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="cg-field">
              <label className="cg-label" htmlFor="case-outcome">
                {t('concerns.fields.outcome')}
              </label>
              <textarea id="case-outcome" name="outcome" className="cg-input cg-textarea" rows={3} defaultValue={concern.outcome ?? ''} aria-describedby="case-outcome-hint" />
              <p className="cg-description" id="case-outcome-hint">
                {t('concerns.case.outcomeHint')}
              </p>
            </div>
            <Button type="submit" variant="primary">
              {t('concerns.case.saveStatus')}
            </Button>
          </form>
        </Section>
      ) : null}

      <Section id="concern-evidence" title={t('concerns.case.evidence')}>
        {concern.evidence.length ? (
          <ul className="cg-concern-evidence">
            {concern.evidence.map((e) => (
              <li key={e.id}>
                <a href={e.url}>{e.fileName}</a> ({Math.ceil(e.sizeBytes / 1024)} KB){e.contentType === 'application/pdf' ? ` · ${t('concerns.evidence.pdfNote')}` : ''}{' '}
                {concern.viewerIsHandler ? (
                  <Button variant="quiet" onPress={() => void run(() => share({ variables: { evidenceId: e.id, shared: !e.shared } }), e.shared ? t('concerns.evidence.unshared') : t('concerns.evidence.sharedDone'))}>
                    {e.shared ? t('concerns.evidence.unshare', { name: e.fileName }) : t('concerns.evidence.share', { name: e.fileName })}
                  </Button>
                ) : null}
                {e.shared ? <Badge tone="info">{t('concerns.evidence.shared')}</Badge> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="cg-muted">{t('concerns.evidence.none')}</p>
        )}
        {concern.viewerIsHandler ? (
          <div className="cg-field">
            <label className="cg-label" htmlFor="handler-files">
              {t('concerns.evidence.add')}
            </label>
            <input id="handler-files" type="file" multiple accept={EVIDENCE_ACCEPT} ref={handlerFiles} className="cg-input" onChange={() => void onHandlerFiles()} />
          </div>
        ) : null}
      </Section>
    </>
  );
}
