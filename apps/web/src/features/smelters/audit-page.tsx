import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, DefinitionList, LinkButton, Loading, PageHeader, Section, TableWrap } from '@commonground/web-ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { UNAUTHENTICATED_EVENT } from '../../app/apollo';
import { useSession } from '../../app/session';
import type { AccessRequestFieldsFragment, AuditQuery as AuditData } from '../../gql/graphql';
import { ErrorAlert, NotFoundContent, QueryError, useDocumentTitle, useFormatDate } from '../../lib/components';
import type { ApiError } from '../../lib/errors';
import { useFormatDay } from '../membership/membership-components';
import { DecideAccessRequest, RequestAccessForm } from './access-components';
import { AccessLogQuery, AccessRequestsQuery, AuditQuery } from './smelters.documents';
import { AccessRequestBadge, CidText, MetalName, useAuditTitle, useFileSize } from './smelters-components';
import './smelters.css';

type Audit = NonNullable<AuditData['audit']>;
const MAX_REPORT_BYTES = 20 * 1024 * 1024;

/** /smelters/audits/:id — an audit: in full for its readers, its summary for other organizations, who asked and who read it for its owner. */
export function AuditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const { viewer } = useSession();
  const day = useFormatDay();
  const { data, loading, error, refetch } = useQuery(AuditQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const audit = data?.audit;
  const title = useAuditTitle();
  useDocumentTitle(audit ? title(audit) : t('smelters.nav.audits'));
  if (loading && !audit) return <Loading />;
  if (error && !audit) return <QueryError error={error} retry={() => void refetch()} />;
  if (!audit) return <NotFoundContent />;
  const state = location.state as { created?: boolean; saved?: boolean } | null;
  const acting = !!viewer?.activeOrganization;

  return (
    <>
      <PageHeader
        eyebrow={
          <>
            <CidText cid={audit.smelter.cid} /> · <MetalName metal={audit.smelter.metal} />
          </>
        }
        title={title(audit)}
        actions={
          audit.viewerIsOwner ? (
            <LinkButton href={`/smelters/audits/${audit.id}/edit`} variant="secondary">
              {t('smelters.audit.edit')}
            </LinkButton>
          ) : null
        }
      />
      {state?.created ? <Alert tone="success" title={t('smelters.audit.created')} /> : state?.saved ? <Alert tone="success" title={t('smelters.audit.saved')} /> : null}
      <Section id="audit-about" title={t('smelters.audit.about')}>
        <DefinitionList
          items={[
            { term: t('smelters.audit.smelter'), value: <Link href={`/smelters/${audit.smelter.id}`}>{audit.smelter.name}</Link> },
            { term: t('smelters.auditForm.standard'), value: t(`smelters.standard.${audit.standard}`) },
            { term: t('smelters.auditForm.type'), value: t(`smelters.auditType.${audit.type}`) },
            { term: t('smelters.auditForm.auditor'), value: audit.auditor ?? '—' },
            { term: t('smelters.auditForm.startedOn'), value: audit.startedOn ? day(audit.startedOn) : '—' },
            { term: t('smelters.auditForm.completedOn'), value: audit.completedOn ? day(audit.completedOn) : '—' },
            { term: t('smelters.auditForm.validUntil'), value: audit.validUntil ? day(audit.validUntil) : '—' },
            { term: t('smelters.audit.owner'), value: <Link href={`/organizations/${audit.owner.slug}`}>{audit.owner.name}</Link> },
          ]}
        />
      </Section>
      {audit.viewerCanDownload ? <Findings audit={audit} /> : null}
      {audit.viewerCanDownload ? <Reports audit={audit} onUploaded={() => void refetch()} /> : null}
      {audit.viewerIsOwner ? <Sharing audit={audit} /> : null}
      {!audit.viewerCanDownload && !audit.viewerIsOwner ? (
        <Section id="audit-access" title={t('smelters.access.title')}>
          <p>{t('smelters.audit.summaryOnlyLong')}</p>
          {acting ? <OutsiderAccess audit={audit} onChange={() => void refetch()} /> : <p>{t('smelters.needOrganization')}</p>}
        </Section>
      ) : null}
      {audit.viewerIsOwner ? <OwnerRequests audit={audit} /> : null}
      {audit.viewerIsOwner ? <AccessLog audit={audit} /> : null}
    </>
  );
}

function Findings({ audit }: { audit: Audit }) {
  const { t } = useTranslation();
  const day = useFormatDay();
  return (
    <Section id="audit-findings" title={t('smelters.audit.findings')}>
      <DefinitionList
        items={[
          { term: t('smelters.auditForm.outcome'), value: audit.outcome ?? '—' },
          { term: t('smelters.auditForm.summary'), value: audit.summary ? <span className="cg-pre-line">{audit.summary}</span> : '—' },
        ]}
      />
      <h3>{t('smelters.audit.correctiveActions')}</h3>
      {audit.correctiveActions.length ? (
        <TableWrap label={t('smelters.audit.correctiveActions')}>
          <table className="cg-table">
            <caption className="cg-visually-hidden">{t('smelters.audit.correctiveActions')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('smelters.audit.action')}</th>
                <th scope="col">{t('smelters.audit.due')}</th>
                <th scope="col">{t('smelters.audit.actionStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {audit.correctiveActions.map((a, i) => (
                <tr key={i}>
                  <th scope="row">{a.description}</th>
                  <td>{a.dueDate ? day(a.dueDate) : '—'}</td>
                  <td>
                    <Badge tone={a.status === 'CLOSED' ? 'success' : a.status === 'IN_PROGRESS' ? 'info' : 'warning'}>{t(`smelters.actionStatus.${a.status as 'OPEN'}`, { defaultValue: a.status })}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p className="cg-muted">{t('smelters.audit.noActions')}</p>
      )}
    </Section>
  );
}

function Reports({ audit, onUploaded }: { audit: Audit; onUploaded: () => void }) {
  const { t } = useTranslation();
  const size = useFileSize();
  const date = useFormatDate();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors([]);
    setFileError(null);
    setUploaded(null);
    const file = inputRef.current?.files?.[0];
    if (!file) return setFileError(t('smelters.reports.choose'));
    if (!/\.pdf$/i.test(file.name) && file.type !== 'application/pdf') return setFileError(t('smelters.reports.notPdf'));
    if (file.size > MAX_REPORT_BYTES) return setFileError(t('smelters.reports.tooLarge'));
    setUploading(true);
    try {
      const form = new FormData();
      form.append('file', file, file.name);
      const response = await fetch(`/api/audits/${audit.id}/reports`, { method: 'POST', body: form, credentials: 'include' });
      if (response.status === 401) {
        window.dispatchEvent(new CustomEvent(UNAUTHENTICATED_EVENT));
        return;
      }
      const body = (await response.json().catch(() => ({}))) as { fileName?: string; error?: { code: string; message: string } };
      if (!response.ok) {
        if (body.error?.code === 'BAD_USER_INPUT' || response.status === 413) setFileError(body.error?.message ?? t('smelters.reports.tooLarge'));
        else setErrors([{ code: body.error?.code ?? 'INTERNAL_SERVER_ERROR', message: body.error?.message ?? '' }]);
        return;
      }
      setUploaded(body.fileName ?? file.name);
      if (inputRef.current) inputRef.current.value = '';
      onUploaded();
    } catch (e) {
      setErrors([{ code: 'NETWORK', message: e instanceof Error ? e.message : String(e) }]);
    } finally {
      setUploading(false);
    }
  };

  return (
    <Section id="audit-reports" title={t('smelters.reports.title')}>
      {audit.reports.length ? (
        <ul className="cg-list">
          {audit.reports.map((r) => (
            <li key={r.id}>
              {/* through the logging endpoint of this site, never a public address */}
              <a href={`/api/reports/${r.id}`} download={r.fileName}>
                {t('smelters.reports.download', { file: r.fileName })}
              </a>{' '}
              <span className="cg-small cg-muted">
                {size(r.sizeBytes)} · {date(r.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="cg-muted">{t('smelters.reports.none')}</p>
      )}
      {audit.viewerIsOwner ? (
        <form className="cg-form cg-report-upload" onSubmit={(e) => void onSubmit(e)} aria-label={t('smelters.reports.upload')} noValidate>
          <ErrorAlert errors={errors} />
          {uploaded ? <Alert tone="success" title={t('smelters.reports.uploaded', { file: uploaded })} /> : null}
          <div className="cg-field" data-invalid={fileError ? true : undefined}>
            <label htmlFor={inputId} className="cg-label">
              {t('smelters.reports.file')}
            </label>
            <input
              ref={inputRef}
              id={inputId}
              type="file"
              name="file"
              accept="application/pdf,.pdf"
              className="cg-file-input"
              aria-invalid={fileError ? true : undefined}
              aria-describedby={`${inputId}-help${fileError ? ` ${inputId}-error` : ''}`}
              onChange={() => setFileError(null)}
            />
            <p id={`${inputId}-help`} className="cg-description">
              {t('smelters.reports.fileHelp')}
            </p>
            {fileError ? (
              <p id={`${inputId}-error`} className="cg-field-error">
                {fileError}
              </p>
            ) : null}
          </div>
          <Button type="submit" variant="primary" isDisabled={uploading}>
            {uploading ? t('smelters.reports.uploading') : t('smelters.reports.upload')}
          </Button>
        </form>
      ) : null}
    </Section>
  );
}

function Sharing({ audit }: { audit: Audit }) {
  const { t } = useTranslation();
  const who =
    audit.visibility.level === 'ORGANIZATIONS'
      ? t('funding.visibility.organizationsList', { list: audit.visibility.organizations.map((o) => o.name).join(', ') })
      : audit.visibility.level === 'INITIATIVE'
        ? t('funding.visibility.initiativesList', { list: audit.visibility.initiatives.map((i) => i.name).join(', ') })
        : t(`funding.visibility.${audit.visibility.level}`);
  return (
    <Section id="audit-sharing" title={t('smelters.audit.sharing')}>
      <DefinitionList
        items={[
          { term: t('smelters.audit.readers'), value: who },
          { term: t('smelters.auditForm.discoverable'), value: audit.discoverable ? t('smelters.audit.discoverableYes') : t('smelters.audit.discoverableNo') },
        ]}
      />
    </Section>
  );
}

/** For another organization: its request and its state, or the form to ask. */
function OutsiderAccess({ audit, onChange }: { audit: Audit; onChange: () => void }) {
  const { t } = useTranslation();
  const date = useFormatDate();
  const { data, loading, refetch } = useQuery(AccessRequestsQuery, { variables: { incoming: false }, fetchPolicy: 'cache-and-network' });
  const [sent, setSent] = useState(false);
  if (loading && !data) return <Loading inline />;
  const mine = (data?.accessRequests ?? []).filter((r) => r.audit.id === audit.id);
  const latest = mine[0];
  const mayAsk = !latest || latest.status === 'DENIED' || latest.status === 'EXPIRED';
  return (
    <>
      {sent ? <Alert tone="success" title={t('smelters.access.sent')} /> : null}
      {latest ? (
        <p>
          {t('smelters.access.yourRequest')} <AccessRequestBadge status={latest.status} />{' '}
          <span className="cg-small cg-muted">
            {latest.status === 'PENDING'
              ? t('smelters.access.pendingSince', { date: date(latest.createdAt) })
              : latest.status === 'APPROVED'
                ? latest.expiresAt
                  ? t('smelters.access.approvedUntil', { date: date(latest.expiresAt) })
                  : t('smelters.access.approvedOpen')
                : latest.status === 'EXPIRED'
                  ? t('smelters.access.expiredOn', { date: date(latest.expiresAt) })
                  : t('smelters.access.deniedOn', { date: date(latest.decidedAt) })}
          </span>
        </p>
      ) : null}
      {mayAsk ? (
        <>
          <h3>{latest ? t('smelters.access.askAgain') : t('smelters.access.requestTitle')}</h3>
          <RequestAccessForm
            auditId={audit.id}
            onDone={() => {
              setSent(true);
              void refetch();
              onChange();
            }}
          />
        </>
      ) : null}
    </>
  );
}

/** For the owner: requests to read this audit, with the decision for pending ones. */
function OwnerRequests({ audit }: { audit: Audit }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(AccessRequestsQuery, { variables: { incoming: true }, fetchPolicy: 'cache-and-network' });
  const requests = (data?.accessRequests ?? []).filter((r) => r.audit.id === audit.id);
  return (
    <Section id="audit-requests" title={t('smelters.access.incomingForAudit')}>
      {error && !data ? <QueryError error={error} retry={() => void refetch()} /> : loading && !data ? <Loading inline /> : requests.length ? <RequestList requests={requests} incoming /> : <p className="cg-muted">{t('smelters.access.noIncoming')}</p>}
    </Section>
  );
}

export function RequestList({ requests, incoming, showAudit = false }: { requests: readonly AccessRequestFieldsFragment[]; incoming: boolean; showAudit?: boolean }) {
  const { t } = useTranslation();
  const date = useFormatDate();
  const title = useAuditTitle();
  return (
    <ul className="cg-cards cg-request-list">
      {requests.map((r) => (
        <li key={r.id} className="cg-card">
          <p className="cg-card__title">
            {incoming ? r.requester.name : r.audit.owner.name} <AccessRequestBadge status={r.status} />
          </p>
          {showAudit ? (
            <p>
              <Link href={`/smelters/audits/${r.audit.id}`}>{title(r.audit)}</Link>
            </p>
          ) : null}
          <p className="cg-small cg-muted">
            {t('smelters.access.askedOn', { date: date(r.createdAt) })}
            {r.decidedAt ? ` · ${t('smelters.access.decidedOn', { date: date(r.decidedAt) })}` : ''}
            {r.expiresAt ? ` · ${t('smelters.access.expires', { date: date(r.expiresAt) })}` : ''}
          </p>
          <blockquote className="cg-request__purpose">{r.purpose}</blockquote>
          {incoming && r.status === 'PENDING' ? <DecideAccessRequest request={r} /> : null}
        </li>
      ))}
    </ul>
  );
}

function AccessLog({ audit }: { audit: Audit }) {
  const { t } = useTranslation();
  const date = useFormatDate();
  const { data, loading, error, refetch } = useQuery(AccessLogQuery, { variables: { auditId: audit.id }, fetchPolicy: 'cache-and-network' });
  const entries = data?.accessLog ?? [];
  const fileOf = (reportId: string | null) => (reportId ? (audit.reports.find((r) => r.id === reportId)?.fileName ?? reportId) : '');
  return (
    <Section
      id="audit-log"
      title={t('smelters.log.title')}
      actions={
        <Button variant="quiet" onPress={() => void refetch()}>
          {t('common.refresh')}
        </Button>
      }
    >
      <p className="cg-description">{t('smelters.log.help')}</p>
      {error && !data ? (
        <QueryError error={error} retry={() => void refetch()} />
      ) : loading && !data ? (
        <Loading inline />
      ) : entries.length ? (
        <TableWrap label={t('smelters.log.title')}>
          <table className="cg-table">
            <caption className="cg-visually-hidden">{t('smelters.log.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('smelters.log.when')}</th>
                <th scope="col">{t('smelters.log.action')}</th>
                <th scope="col">{t('smelters.log.who')}</th>
                <th scope="col">{t('smelters.log.report')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e, i) => (
                <tr key={i}>
                  <td>{date(e.at, true)}</td>
                  <td>{t(`smelters.log.actions.${e.action as 'VIEW'}`, { defaultValue: e.action })}</td>
                  <th scope="row">{t('smelters.log.person', { user: e.user.name, organization: e.organization.name })}</th>
                  <td>{fileOf(e.reportId)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p className="cg-muted">{t('smelters.log.none')}</p>
      )}
    </Section>
  );
}
